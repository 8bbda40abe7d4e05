/**
 * The fidelity dashboard's lines, their targets and verdicts: pure data and
 * functions, no database, so the rules are unit-tested on their own. Where a
 * target comes from (the NADCP Adult Treatment Court Best Practice
 * Standards, the HOPE model, the program's own settings) is in the README's
 * "The fidelity dashboard".
 */

export const FIDELITY_LINE_KEYS = [
  'weekend_holiday_share',
  'tests_per_week_plan',
  'tests_per_week_floor',
  'notice_to_collection',
  'lab_turnaround',
  'heard_in_time',
  'jail_days_per_sanction',
  'incentive_sanction_ratio',
  'hearing_intervals',
  'treatment_entry',
] as const;
export type FidelityLineKey = (typeof FIDELITY_LINE_KEYS)[number];

export const FIDELITY_UNITS = ['share', 'tests_per_week', 'hours', 'days', 'ratio'] as const;
export type FidelityUnit = (typeof FIDELITY_UNITS)[number];

/** Whether the value must reach the target (`at_least`) or stay within it (`at_most`). */
export const FIDELITY_COMPARISONS = ['at_least', 'at_most'] as const;
export type FidelityComparison = (typeof FIDELITY_COMPARISONS)[number];

export const FIDELITY_VERDICTS = ['met', 'not_met', 'no_data'] as const;
export type FidelityVerdict = (typeof FIDELITY_VERDICTS)[number];

/** The fixed targets; the others come from the data (the period's calendar, the phase plans, the program's jail limit). */
export const FIDELITY_TARGETS = {
  /** Standard VII (drug and alcohol testing): a specimen within about eight hours of the notice. */
  noticeToCollectionHours: 8,
  /** Standard VII: results back within 48 hours of collection. */
  labTurnaroundHours: 48,
  /** The 72-hour rule: every violation before the judge within its window, so every one counts. */
  heardInTimeShare: 1,
  /** Standard VII: at least two tests a week until the last phase. */
  testsPerWeekFloor: 2,
  /** Standard IV (incentives, sanctions): at least four incentives for each sanction. */
  incentivesPerSanction: 4,
  /** Days from admission to the first treatment session (the treatment-initiation measure's 14 days). */
  treatmentEntryDays: 14,
} as const;

/**
 * Met when the value reaches (`at_least`) or stays within (`at_most`) the
 * target; no data when either is missing. Values are compared as the screen
 * shows them (rounded by the measure), so a line never reads "2.0 of 2.0:
 * not met".
 */
export function verdictOf(value: number | null, target: number | null, comparison: FidelityComparison): FidelityVerdict {
  if (value === null || target === null || !Number.isFinite(value) || !Number.isFinite(target)) return 'no_data';
  return comparison === 'at_least' ? (value >= target ? 'met' : 'not_met') : value <= target ? 'met' : 'not_met';
}

/**
 * A line read phase by phase (or program by program) is met only when every
 * part with data is: one phase tested too rarely is a phase the court does
 * not test as it planned, however well the others do.
 */
export function worstVerdict(verdicts: readonly FidelityVerdict[]): FidelityVerdict {
  if (verdicts.includes('not_met')) return 'not_met';
  return verdicts.includes('met') ? 'met' : 'no_data';
}

/** Median of numbers (null for none), to one decimal. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const m = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return Math.round(m * 10) / 10;
}

/** `count ÷ whole`, three decimals; null for an empty whole. */
export function shareOf(count: number, whole: number): number | null {
  return whole > 0 ? Math.round((count / whole) * 1000) / 1000 : null;
}
