/**
 * The API's answers the provider screens read: aliases of the types generated
 * from its OpenAPI document; the treatment vocabulary is the server's own (api/vocabulary).
 */
import type { components } from '../../api/schema';
import { treatmentNoteDtoCategoryValues } from '../../api/schema';

type Schemas = components['schemas'];

export {
  ATTENDANCE_VALUES,
  type AttendanceValue,
  ENGAGEMENT_LEVELS,
  type EngagementLevel,
  LEVELS_OF_CARE,
  type LevelOfCare,
  TREATMENT_MODALITIES,
  type TreatmentModality,
} from '../../api/vocabulary';

/** Kinds of information a treatment note can carry (the consent kinds except drug test results). */
export const NOTE_CATEGORIES = treatmentNoteDtoCategoryValues;

export type ClientConsent = Schemas['ClientConsentDto'];
export type ProviderClient = Schemas['ProviderClientDto'];
export type ProviderClientList = Schemas['ProviderClientListDto'];
export type TreatmentAttendance = Schemas['TreatmentAttendanceDto'];
export type TreatmentAttendanceList = Schemas['TreatmentAttendanceListDto'];
export type ProgressReport = Schemas['ProgressReportDto'];
export type ProgressReportList = Schemas['ProgressReportListDto'];
export type TreatmentNote = Schemas['TreatmentNoteDto'];
export type TreatmentNoteList = Schemas['TreatmentNotesDto'];
/** `GET /participants/{id}`, of which the client screen shows the summary. */
export type ParticipantSummary = Schemas['ParticipantDetailDto'];
export type Court = Schemas['CourtDto'];

/** Request bodies. */
export type NewTreatmentNote = Schemas['CreateTreatmentNoteDto'];
export type NewGroupSession = Schemas['CreateGroupSessionDto'];
export type GroupSession = Schemas['GroupSessionDto'];
export type NewProgressReport = Schemas['CreateProgressReportDto'];
export type NewAttendance = Schemas['CreateTreatmentAttendanceDto'];
/** `PATCH /treatment-attendance/{id}`. */
export type AttendanceCorrection = Schemas['UpdateTreatmentAttendanceDto'];
