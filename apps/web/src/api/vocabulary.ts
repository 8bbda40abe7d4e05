/**
 * The API's vocabularies, taken from the server's own lists (plain
 * constant modules with no imports), so a screen never offers a value the
 * API would refuse, nor misses one it added.
 */
export {
  ATTENDANCE_VALUES,
  type AttendanceValue,
  ENGAGEMENT_LEVELS,
  type EngagementLevel,
  LEVELS_OF_CARE,
  type LevelOfCare,
  TREATMENT_MODALITIES,
  type TreatmentModality,
} from '../../../../libs/treatment/src/treatment-terms';
export { IN_PROGRAM_STATUSES, PARTICIPANT_STATUSES, type ParticipantStatus } from '../../../../libs/participants/src/participant-status';
export { isLanguage, LANGUAGES, type Language, type Translations } from '../../../../libs/core/src/languages';
export { CHARGE_CATEGORIES, PROGRAM_MODELS, type ProgramModel, SCREENING_PARTIES, VIOLATION_OUTCOMES } from '../../../../libs/programs/src/program-model';
