/**
 * The API's vocabularies, as its OpenAPI document lists them (the value
 * lists generated into ./schema.ts by `npm run api:types`), so a screen
 * never offers a value the API would refuse, nor misses one it added.
 */
import {
  courtDtoLanguageValues,
  participantSummaryDtoStatusValues,
  pathsApiV1CourtsCourtIdReadinessGetParametersQueryStatusValues,
  programDtoExcludedChargeCategoriesValues,
  programDtoModelValues,
  programDtoRequiredApprovalsValues,
  programDtoViolationOutcomesValues,
  progressReportDtoEngagementValues,
  providerReferralDtoLevelOfCareValues,
  providerReferralDtoModalityValues,
  treatmentAttendanceDtoAttendanceValues,
} from './schema';

/** A value list of a nullable field holds no null: its type says so. */
const present = <T>(values: readonly T[]): readonly NonNullable<T>[] => values as readonly NonNullable<T>[];

export const ATTENDANCE_VALUES = treatmentAttendanceDtoAttendanceValues;
export type AttendanceValue = (typeof ATTENDANCE_VALUES)[number];
export const ENGAGEMENT_LEVELS = progressReportDtoEngagementValues;
export type EngagementLevel = (typeof ENGAGEMENT_LEVELS)[number];
export const LEVELS_OF_CARE = present(providerReferralDtoLevelOfCareValues);
export type LevelOfCare = (typeof LEVELS_OF_CARE)[number];
export const TREATMENT_MODALITIES = present(providerReferralDtoModalityValues);
export type TreatmentModality = (typeof TREATMENT_MODALITIES)[number];

export const PARTICIPANT_STATUSES = participantSummaryDtoStatusValues;
export type ParticipantStatus = (typeof PARTICIPANT_STATUSES)[number];
/** The statuses of someone in the program (the readiness board's choices). */
export const IN_PROGRAM_STATUSES = pathsApiV1CourtsCourtIdReadinessGetParametersQueryStatusValues;

export const LANGUAGES = courtDtoLanguageValues;
export type Language = (typeof LANGUAGES)[number];
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
/** Court wording in other languages: language → field → text (the server's `translations` objects). */
export type Translations<F extends string> = Partial<Record<Language, Partial<Record<F, string>>>>;

export const PROGRAM_MODELS = programDtoModelValues;
export type ProgramModel = (typeof PROGRAM_MODELS)[number];
export const SCREENING_PARTIES = programDtoRequiredApprovalsValues;
export const CHARGE_CATEGORIES = programDtoExcludedChargeCategoriesValues;
export const VIOLATION_OUTCOMES = programDtoViolationOutcomesValues;
