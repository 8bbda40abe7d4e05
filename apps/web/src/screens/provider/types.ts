/**
 * The API's answers the provider screens read, as libs/treatment and
 * libs/participants write them; and the treatment vocabulary of
 * libs/treatment/src/treatment-terms.ts.
 */
export const LEVELS_OF_CARE = ['0.5', '1', '2.1', '2.5', '3.1', '3.3', '3.5', '3.7', '4'] as const;
export type LevelOfCare = (typeof LEVELS_OF_CARE)[number];

export const TREATMENT_MODALITIES = [
  'individual_counselling',
  'group_counselling',
  'family_therapy',
  'cognitive_behavioural',
  'medication_assisted',
  'contingency_management',
  'mixed',
] as const;
export type TreatmentModality = (typeof TREATMENT_MODALITIES)[number];

export const ATTENDANCE_VALUES = ['scheduled', 'attended', 'excused', 'no_show'] as const;
export type AttendanceValue = (typeof ATTENDANCE_VALUES)[number];

export const ENGAGEMENT_LEVELS = ['excellent', 'good', 'fair', 'poor', 'not_engaged'] as const;
export type EngagementLevel = (typeof ENGAGEMENT_LEVELS)[number];

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
