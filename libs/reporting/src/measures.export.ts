import type { ExportSpec } from '@app/audit';

const FIGURES = [
  'participants',
  'participantDays',
  'participantDaysUnderOrder',
  'expectedTests',
  'drawn',
  'drawnUnderOrder',
  'excused',
  'forced',
  'ordered',
  'collected',
  'orderedCollected',
  'weekendOrdered',
  'weekendCollected',
  'expectedPerParticipantWeek',
  'orderedPerParticipantWeek',
  'collectedPerParticipantWeek',
  'shareOrderedCollected',
  'weekendShareOfOrdered',
  'weekendShareOfCollected',
] as const;

/** Testing fidelity over a period: the whole court, by phase, by week. */
export const TESTING_FIDELITY_EXPORT: ExportSpec = {
  name: 'testing-fidelity',
  sheets: [
    { name: 'testingAll', rows: (body: { all: unknown }) => [body.all], columns: FIGURES },
    {
      name: 'testingByPhase',
      rows: (body: { byPhase: unknown[] }) => body.byPhase,
      columns: ['programCode', 'programName', 'phasePosition', 'phaseName', 'plannedTestsPerWeek', ...FIGURES],
    },
    { name: 'testingWeeks', rows: (body: { weeks: unknown[] }) => body.weeks, columns: ['weekStart', 'days', ...FIGURES] },
  ],
};

const MOVES = ['promotions', 'demotions', 'graduations', 'terminations', 'withdrawals', 'transfers'] as const;

/** Phases and graduation over a period: totals, by month, and each phase now. */
export const PHASE_MEASURES_EXPORT: ExportSpec = {
  name: 'phases',
  sheets: [
    {
      name: 'phaseTotals',
      rows: (body: { from: string; to: string; totals: object }) => [{ from: body.from, to: body.to, ...body.totals }],
      columns: ['from', 'to', ...MOVES, 'left', 'graduationRate', 'inProgramNow'],
    },
    { name: 'phaseMonths', rows: (body: { months: unknown[] }) => body.months, columns: [{ key: 'month', type: 'text' }, ...MOVES] },
    {
      name: 'phases',
      rows: (body: { phases: unknown[] }) => body.phases,
      columns: ['programCode', 'programName', 'phasePosition', 'phaseName', 'participantsNow', 'medianDaysSoFar', 'completedStays', 'medianDaysInPhase', 'promotedOut', 'demotedOut'],
    },
  ],
};
