/**
 * The API's answers the provider screens read, as libs/treatment and
 * libs/participants write them; the treatment vocabulary is the server's own (api/vocabulary).
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
} from '../../api/vocabulary';
import type { AttendanceValue, EngagementLevel, LevelOfCare, TreatmentModality } from '../../api/vocabulary';

/** Kinds of information a treatment note can carry (the consent kinds except drug test results). */
export const NOTE_CATEGORIES = [
  'treatment_attendance',
  'treatment_progress',
  'treatment_plan',
  'diagnosis_and_assessment',
  'level_of_care',
  'discharge_summary',
] as const;

export interface ClientConsent {
  write: boolean;
  read: boolean;
}

export interface ProviderClient {
  participant: {
    id: string;
    participantNumber: string | null;
    firstName: string;
    lastName: string;
    status: string;
    programCode: string | null;
    phase: { position: number; name: string } | null;
  };
  episode: { referralId: string; levelOfCare: LevelOfCare | null; modality: TreatmentModality | null; referredOn: string };
  consents: { treatmentAttendance: ClientConsent; treatmentProgress: ClientConsent };
  /** Null without a consent letting the caller read attendance, or none reported yet. */
  lastAttendance: { sessionOn: string; sessionType: string; attendance: AttendanceValue } | null;
  /** Null without a consent letting the caller read progress, or none yet. */
  lastProgressReport: { id: string; reportedOn: string; engagement: EngagementLevel } | null;
}

export interface ProviderClientList {
  organisationId: string;
  organisationName: string;
  items: ProviderClient[];
}

export interface TreatmentAttendance {
  id: string;
  participantId: string;
  organisationId: string;
  sessionOn: string;
  sessionType: string;
  attendance: AttendanceValue;
  groupSessionId: string | null;
  recordedBy: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface TreatmentAttendanceList {
  items: TreatmentAttendance[];
  redisclosureNotice: string;
}

export interface ProgressReport {
  id: string;
  participantId: string;
  organisationId: string;
  referralId: string;
  reportedOn: string;
  engagement: EngagementLevel;
  levelOfCareRecommendation: LevelOfCare | null;
  narrative: string;
  authorId: string;
  createdAt: string;
}

export interface ProgressReportList {
  items: ProgressReport[];
  redisclosureNotice: string;
}

export interface TreatmentNote {
  id: string;
  participantId: string;
  organisationId: string;
  authorId: string;
  category: string;
  occurredOn: string;
  body: string;
  createdAt: string;
}

export interface TreatmentNoteList {
  items: TreatmentNote[];
  coveredCategories: string[];
  redisclosureNotice: string;
}

/** The part of `GET /participants/{id}` the client screen shows. */
export interface ParticipantSummary {
  id: string;
  participantNumber: string | null;
  firstName: string;
  lastName: string;
  status: string;
  programCode: string | null;
  phase: { position: number; name: string } | null;
}

export interface Court {
  id: string;
  timeZone: string;
}
