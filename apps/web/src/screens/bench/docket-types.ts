import type { Requirement } from '../../components/readiness';

/** The docket of a session as GET /court-sessions/{id}/docket gives it (libs/docket). */
export interface Docket {
  session: {
    id: string;
    courtId: string;
    date: string;
    startTime: string;
    startsAt: string;
    courtroom: string | null;
    judge: { id: string; name: string } | null;
    status: string;
    timeZone: string;
  };
  generatedAt: string;
  entries: DocketEntry[];
  redisclosureNotice: string | null;
}

export interface DocketViolation {
  id: string;
  kind: string;
  status: string;
  detectedAt: string;
  deadlineAt: string;
  hoursLeft: number | null;
  overdue: boolean;
}

export interface DocketEntry {
  position: number;
  hearing: { id: string; kind: string; status: string; outcome: { attendance?: string; version?: number } | null };
  participant: { id: string; participantNumber: string; firstName: string; lastName: string; status: string; programCode: string };
  compliant: boolean;
  since: { lastHearingOn: string | null; from: string; to: string };
  phase: { position: number; name: string; phaseCount: number; daysInPhase: number; continuousSoberDays: number; soberSince: string | null } | null;
  readiness: { ready: boolean; requirements: Requirement[]; nextRequirements: string[] } | null;
  tests: { selected: number; calledIn: number; collected: number; results: Record<string, number>; awaitingResults: number; missedCallIns: number; missedTests: number };
  violations: DocketViolation[];
  responses: { id: string; kind: string; code: string; name: string; orderedOn: string; amount: number | null }[];
  ratio: { incentives: number; sanctions: number; incentivesPerSanction: number | null };
  treatmentAttendance: { withheld: boolean; withheldReason: string | null; attended: number | null; excused: number | null; noShow: number | null; upcoming: number | null };
  progressReport: { withheld: boolean; withheldReason: string | null; latest: { organisationName: string; reportedOn: string; engagement: string; narrative: string | null } | null };
  communityService: { done: number; required: number; doneSinceLastHearing: number };
  milestonesSinceLastHearing: { name: string; achievedOn: string }[];
}

export interface CourtSession {
  id: string;
  date: string;
  startTime: string;
  startsAt: string;
  courtroom: string | null;
  judge: { id: string; name: string } | null;
  programs: { id: string; code: string; name: string }[];
  status: string;
  hearingCount: number;
}

export interface CatalogueEntry {
  id: string;
  kind: 'sanction' | 'incentive' | 'treatment_adjustment';
  code: string;
  name: string;
  level: number;
  effect: 'none' | 'increased_testing' | 'community_service' | 'jail';
  active: boolean;
}
