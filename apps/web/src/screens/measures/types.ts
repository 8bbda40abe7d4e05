/**
 * The measures the API answers, field for field as its DTOs
 * (libs/violations/src/dto/swiftness.dto.ts, libs/reporting/src/dto/*.dto.ts).
 */

export interface Period {
  from: string;
  to: string;
}

export interface SwiftnessRow {
  kind: string;
  violations: number;
  answeredInTime: number;
  shareAnsweredInTime: number | null;
  dismissed: number;
  overdue: number;
  medianHoursToResponse: number | null;
  p90HoursToResponse: number | null;
}

export interface Swiftness extends Period {
  courtId: string;
  all: SwiftnessRow;
  byKind: SwiftnessRow[];
}

export interface TestingFigures {
  participants: number;
  participantDays: number;
  participantDaysUnderOrder: number;
  expectedTests: number;
  drawn: number;
  drawnUnderOrder: number;
  excused: number;
  forced: number;
  ordered: number;
  collected: number;
  orderedCollected: number;
  weekendOrdered: number;
  weekendCollected: number;
  expectedPerParticipantWeek: number | null;
  orderedPerParticipantWeek: number | null;
  collectedPerParticipantWeek: number | null;
  shareOrderedCollected: number | null;
  weekendShareOfOrdered: number | null;
  weekendShareOfCollected: number | null;
}

export interface TestingPhase extends TestingFigures {
  programId: string | null;
  programCode: string | null;
  programName: string | null;
  phasePosition: number | null;
  phaseName: string | null;
  plannedTestsPerWeek: number | null;
}

export interface TestingWeek extends TestingFigures {
  weekStart: string;
  days: number;
}

export interface TestingFidelity extends Period {
  courtId: string;
  weekendDayShare: number;
  all: TestingFigures;
  byPhase: TestingPhase[];
  weeks: TestingWeek[];
}

export interface PhaseMoves {
  promotions: number;
  demotions: number;
  graduations: number;
  terminations: number;
  withdrawals: number;
  transfers: number;
}

export interface PhaseMonth extends PhaseMoves {
  month: string;
}

export interface PhaseTotals extends PhaseMoves {
  left: number;
  graduationRate: number | null;
  inProgramNow: number;
}

export interface PhaseFigures {
  programId: string;
  programCode: string;
  programName: string;
  phasePosition: number;
  phaseName: string;
  participantsNow: number;
  medianDaysSoFar: number | null;
  completedStays: number;
  medianDaysInPhase: number | null;
  promotedOut: number;
  demotedOut: number;
}

export interface PhaseMeasures extends Period {
  courtId: string;
  asOf: string;
  totals: PhaseTotals;
  months: PhaseMonth[];
  phases: PhaseFigures[];
}
