import type { Requirement } from '../../components/readiness';
/** The API's answers the coordinator screens read (shapes from libs/*\/src/**\/dto). */

/** Statuses, and those of someone in the program (the readiness board's choices): the server's own lists. */
export { IN_PROGRAM_STATUSES, PARTICIPANT_STATUSES } from '../../api/vocabulary';

export const PARTICIPANT_SORTS = ['name', 'number', 'status', 'phase', 'phaseStartedOn', 'enrolledOn'] as const;
export type ParticipantSort = (typeof PARTICIPANT_SORTS)[number];

export interface Court {
  id: string;
  code: string;
  name: string;
  timeZone: string;
}

export interface PhaseRef {
  id: string;
  position: number;
  name: string;
}

export interface ParticipantSummary {
  id: string;
  courtId: string;
  participantNumber: string | null;
  firstName: string;
  lastName: string;
  status: string;
  caseManagerId: string | null;
  caseManagerName: string | null;
  programId: string | null;
  programCode: string | null;
  phase: PhaseRef | null;
  phaseStartedOn: string | null;
}

export type { Requirement } from '../../components/readiness';

export interface Readiness {
  ready: boolean;
  finalPhase: boolean;
  phase: PhaseRef;
  daysInPhase: number;
  continuousSoberDays: number;
  soberSince: string;
  asOf: string;
  requirements: Requirement[];
}

export interface ParticipantDetail extends ParticipantSummary {
  phasePlanId: string | null;
  enrolledOn: string | null;
  dischargedOn: string | null;
  referralSource: string;
  caseNumbers: string[];
  readiness: Readiness | null;
}

export interface ProgramPhase {
  id: string;
  position: number;
  name: string;
}

export interface Program {
  id: string;
  code: string;
  name: string;
  active: boolean;
  currentPlan: { phases: ProgramPhase[] } | null;
}

export interface ReadinessBoardRow extends ParticipantSummary {
  readiness: Readiness;
  unmet: number;
}

export interface ReadinessBoard {
  courtId: string;
  items: ReadinessBoardRow[];
}

export const BOARD_STATES = ['awaiting_collection', 'missing', 'not_called_in', 'called_in', 'collected', 'excused'] as const;
export type BoardState = (typeof BOARD_STATES)[number];

export interface BoardParticipant {
  participantId: string;
  participantNumber: string | null;
  firstName: string;
  lastName: string;
  inDraw: boolean;
  toTest: boolean;
  override: { action: 'force' | 'excuse'; reason: string } | null;
  calledInAt: string | null;
  toldToTest: boolean | null;
  collectedAt: string | null;
  testingSite: string | null;
  state: BoardState;
}

export interface TestingBoard {
  courtId: string;
  courtDay: string;
  drawStatus: 'made' | 'missing' | 'not_yet_due';
  drawAt: string;
  window: { opensAt: string; closesAt: string; open: boolean };
  reportBy: string;
  counts: {
    inDraw: number;
    toTest: number;
    excused: number;
    calledIn: number;
    notCalledIn: number;
    toldToCallAgain: number;
    collected: number;
    awaitingCollection: number;
    missing: number;
  };
  bySite: { testingSite: string; collected: number }[];
  participants: BoardParticipant[];
}

export const VIOLATION_STATUSES = ['open', 'answered', 'dismissed'] as const;

export interface HearingProposal {
  status: string;
  session: { id: string; date: string; startTime: string; startsAt: string; courtroom: string | null } | null;
  message: string;
}

export interface Violation {
  id: string;
  courtId: string;
  participantId: string;
  participantNumber: string | null;
  firstName: string;
  lastName: string;
  kind: string;
  status: 'open' | 'answered' | 'dismissed';
  detectedAt: string;
  deadlineAt: string;
  timeLeftMs: number;
  overdue: boolean;
  escalatedAt: string | null;
  answeredAt: string | null;
  dismissedAt: string | null;
  dismissedReason: string | null;
  description: string | null;
  hearingBeforeDeadline: boolean;
  hearingProposal: HearingProposal | null;
}

export interface TestResult {
  id: string;
  collectionId: string | null;
  testedOn: string;
  substance: string | null;
  outcome: string;
  method: string;
  overturned: boolean;
  admitted: boolean;
  contestedAt: string | null;
}

export interface Collection {
  id: string;
  courtDay: string;
  collectedAt: string;
  testingSiteName: string | null;
  observed: boolean;
  specimenType: string;
  basis: string;
  results: TestResult[];
}

export interface DrugTestHistory {
  participantId: string;
  collections: Collection[];
  missedTests: TestResult[];
}

export interface CourtResponse {
  id: string;
  kind: 'sanction' | 'incentive' | 'treatment_adjustment';
  code: string;
  name: string;
  effect: string;
  amount: number | null;
  orderedOn: string;
  note: string | null;
  violationIds: string[];
}

export interface ResponseHistory {
  items: CourtResponse[];
  ratio: { incentives: number; sanctions: number; treatmentAdjustments: number; incentivesPerSanction: number | null };
}

export interface Hearing {
  id: string;
  kind: string;
  scheduledAt: string;
  status: 'scheduled' | 'held' | 'cancelled';
  cancellationReason: string | null;
  courtroom: string | null;
}

export interface PhaseHistoryEntry {
  id: string;
  position: number;
  name: string;
  startedOn: string;
  endedOn: string | null;
  startReason: string;
  endReason: string | null;
  orderNote: string | null;
}

export interface StatusChange {
  id: string;
  fromStatus: string | null;
  toStatus: string;
  reason: string;
  effectiveOn: string;
  createdAt: string;
}

export interface TreatmentAttendance {
  id: string;
  sessionOn: string;
  sessionType: string;
  attendance: 'scheduled' | 'attended' | 'excused' | 'no_show';
}

export interface TreatmentAttendanceList {
  items: TreatmentAttendance[];
  redisclosureNotice: string | null;
}
