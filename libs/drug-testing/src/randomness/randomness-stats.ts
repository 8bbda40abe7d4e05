/**
 * The monthly randomness check of a court's random drug-testing draws.
 *
 * Random testing only deters use when participants cannot predict it: best-practice
 * standards for treatment courts ask that tests be random, frequent, and just as likely
 * on weekends and holidays as on weekdays. A court that draws by probability can audit
 * itself by comparing what its draws actually selected with what the probabilities it
 * used say they should have selected. This module does that comparison from the draw
 * records alone; it is plain TypeScript with no framework or I/O so it can run anywhere
 * (a scheduled job, a report endpoint, a spreadsheet export) and be tested in isolation.
 *
 * Only the random selection (`randomSelected`) is judged. Staff overrides — forcing a
 * participant in or excusing one — are legitimate case decisions, not part of the draw,
 * so they are counted and reported separately and never alter the random statistics.
 */

/** One participant's place in one day's draw. */
export interface DrawRecord {
  participantId: string;
  /** 'YYYY-MM-DD', court-local calendar date. */
  courtDay: string;
  /** The selection probability the draw used that day (0..1). */
  probability: number;
  /** The frequency ordered (phase or court order) that day. */
  testsPerWeek: number;
  /** What the random draw itself selected (before staff force/excuse). */
  randomSelected: boolean;
  /** Final: after staff force/excuse (a forced participant is tested, an excused one is not). */
  selected: boolean;
  override: 'forced' | 'excused' | null;
}

export interface ParticipantRandomness {
  participantId: string;
  /** Days the participant was in the draw. */
  days: number;
  /** Σ probability: how many random selections the draw should have made on average. */
  expectedTests: number;
  /** Random selections actually made. */
  tests: number;
  /** Random selections per week actually delivered. */
  testsPerWeek: number;
  /** Mean ordered frequency over the participant's days, to compare with `testsPerWeek`. */
  orderedPerWeek: number;
  /** tests / expectedTests; null when nothing was expected. */
  ratio: number | null;
  /** The count lies inside the two-sided 99% band around the expectation. */
  withinExpected: boolean;
}

export interface RandomnessSummary {
  participants: number;
  /** Total draw records (participant-days). */
  records: number;
  expectedTests: number;
  /** Random selections. */
  tests: number;
  /** Staff forced a test the draw did not make. */
  forced: number;
  /** Staff excused a test. */
  excused: number;
  participantsOutsideExpected: number;
}

export interface WeekendHolidayCheck {
  /** Random selections on weekend or holiday days. */
  observed: number;
  /** Σ probability on weekend or holiday days. */
  expected: number;
  /** observed / all random selections; null when there were none. */
  observedShare: number | null;
  /** expected / Σ probability overall; null when nothing was expected. */
  expectedShare: number | null;
  /** (observed − expected) / sd; null when the variance is 0. */
  z: number | null;
  consistent: boolean;
}

export interface GapBucket {
  /** Calendar days between consecutive selections; 15 stands for "15 or more" when `orMore`. */
  days: number;
  count: number;
  orMore: boolean;
}

export interface GapStatistics {
  histogram: GapBucket[];
  mean: number | null;
  median: number | null;
  max: number | null;
  /** Number of gaps (consecutive selection pairs) over all participants. */
  count: number;
}

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface WeekdayCheck {
  /** ISO order, Monday first; labels `observed[i]` and `expected[i]`. */
  labels: readonly Weekday[];
  observed: number[];
  expected: number[];
  statistic: number;
  degreesOfFreedom: number;
  pValue: number | null;
  consistent: boolean;
}

export interface RandomnessCheck {
  participants: ParticipantRandomness[];
  summary: RandomnessSummary;
  weekendHoliday: WeekendHolidayCheck;
  gaps: GapStatistics;
  weekday: WeekdayCheck;
}

/** Two-sided 99%: a court reviewing many participants a month should only be alerted by real anomalies. */
export const Z_99 = 2.576;
/** Significance level matching `Z_99` for the weekday chi-square test. */
export const ALPHA = 0.01;
/** Gaps of this many days or more share the histogram's last bucket. */
export const GAP_OVERFLOW_DAYS = 15;

const EPSILON = 1e-9;
const MS_PER_DAY = 86_400_000;

/**
 * Compares a period's random selections with the probabilities the draws used.
 * Records may come in any order; empty input yields zeros and nulls.
 */
export function randomnessCheck(records: readonly DrawRecord[], holidays: ReadonlySet<string>): RandomnessCheck {
  const participants = participantRandomness(records);
  return {
    participants,
    summary: summarise(records, participants),
    weekendHoliday: weekendHolidayCheck(records, holidays),
    gaps: gapStatistics(records),
    weekday: weekdayCheck(records),
  };
}

// ---------------------------------------------------------------------------
// Per participant

/**
 * Whether each participant was selected about as often as their probabilities promise.
 * Too few tests means the draw (or its configuration) is not delivering the ordered
 * frequency; too many means one person is being singled out — either undermines the
 * claim that testing is random and fair.
 */
function participantRandomness(records: readonly DrawRecord[]): ParticipantRandomness[] {
  return [...groupBy(records, (r) => r.participantId)]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([participantId, days]) => participantRow(participantId, days));
}

function participantRow(participantId: string, days: readonly DrawRecord[]): ParticipantRandomness {
  const expected = sum(days, (r) => r.probability);
  const variance = sum(days, (r) => r.probability * (1 - r.probability));
  const tests = days.filter((r) => r.randomSelected).length;
  return {
    participantId,
    days: days.length,
    expectedTests: round(expected),
    tests,
    testsPerWeek: round((tests * 7) / days.length),
    orderedPerWeek: round(sum(days, (r) => r.testsPerWeek) / days.length),
    ratio: expected > 0 ? round(tests / expected) : null,
    withinExpected: withinPoissonBinomialBand(tests, expected, variance),
  };
}

/**
 * A participant's random-selection count is a sum of independent Bernoulli draws with
 * different probabilities (Poisson-binomial). The normal approximation with a continuity
 * correction gives a two-sided 99% band; with zero variance the outcome was certain and
 * must match exactly.
 */
export function withinPoissonBinomialBand(count: number, mean: number, variance: number): boolean {
  if (variance <= 0) return Math.abs(count - mean) < EPSILON;
  return Math.abs(count - mean) - 0.5 <= Z_99 * Math.sqrt(variance);
}

function summarise(records: readonly DrawRecord[], participants: readonly ParticipantRandomness[]): RandomnessSummary {
  return {
    participants: participants.length,
    records: records.length,
    expectedTests: round(sum(records, (r) => r.probability)),
    tests: records.filter((r) => r.randomSelected).length,
    forced: records.filter((r) => r.override === 'forced').length,
    excused: records.filter((r) => r.override === 'excused').length,
    participantsOutsideExpected: participants.filter((p) => !p.withinExpected).length,
  };
}

// ---------------------------------------------------------------------------
// Weekends and holidays

/**
 * Participants learn quickly when testing stops: if weekends and holidays are
 * under-tested they become safe days to use. Best-practice standards require tests to
 * be as likely on weekends and holidays as on any other day, so the random selections
 * on those days are compared with the probability mass the draws placed on them.
 */
function weekendHolidayCheck(records: readonly DrawRecord[], holidays: ReadonlySet<string>): WeekendHolidayCheck {
  const offDays = records.filter((r) => isWeekendOrHoliday(r.courtDay, holidays));
  const observed = offDays.filter((r) => r.randomSelected).length;
  const expected = sum(offDays, (r) => r.probability);
  const variance = sum(offDays, (r) => r.probability * (1 - r.probability));
  const allSelections = records.filter((r) => r.randomSelected).length;
  const allExpected = sum(records, (r) => r.probability);
  const z = variance > 0 ? (observed - expected) / Math.sqrt(variance) : null;
  return {
    observed,
    expected: round(expected),
    observedShare: allSelections > 0 ? round(observed / allSelections) : null,
    expectedShare: allExpected > 0 ? round(expected / allExpected) : null,
    z: z === null ? null : round(z),
    consistent: z === null ? Math.abs(observed - expected) < EPSILON : Math.abs(z) <= Z_99,
  };
}

export function isWeekendOrHoliday(courtDay: string, holidays: ReadonlySet<string>): boolean {
  return holidays.has(courtDay) || isoWeekdayIndex(courtDay) >= 5;
}

// ---------------------------------------------------------------------------
// Gaps between tests

/**
 * The spacing between a participant's tests. Truly random testing produces a
 * geometric-looking spread with short gaps common — including back-to-back days — so
 * a participant who has just tested cannot assume a safe window. A histogram with no
 * short gaps, or a spike at a fixed interval, suggests a schedule rather than a draw.
 */
function gapStatistics(records: readonly DrawRecord[]): GapStatistics {
  const gaps = [...groupBy(records.filter((r) => r.randomSelected), (r) => r.participantId).values()]
    .flatMap((selections) => gapsBetween(selections.map((r) => dayNumber(r.courtDay))))
    .sort((a, b) => a - b);
  if (gaps.length === 0) return { histogram: [], mean: null, median: null, max: null, count: 0 };
  return {
    histogram: gapHistogram(gaps),
    mean: round(gaps.reduce((total, gap) => total + gap, 0) / gaps.length),
    median: round(median(gaps)),
    max: gaps[gaps.length - 1],
    count: gaps.length,
  };
}

/** Calendar days between consecutive distinct selection days. */
function gapsBetween(days: readonly number[]): number[] {
  const distinct = [...new Set(days)].sort((a, b) => a - b);
  return distinct.slice(1).map((day, i) => day - distinct[i]);
}

function gapHistogram(sortedGaps: readonly number[]): GapBucket[] {
  const counts = new Map<number, number>();
  for (const gap of sortedGaps) {
    const bucket = Math.min(gap, GAP_OVERFLOW_DAYS);
    counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
  }
  return [...counts]
    .sort(([a], [b]) => a - b)
    .map(([days, count]) => ({ days, count, orMore: days === GAP_OVERFLOW_DAYS }));
}

function median(sorted: readonly number[]): number {
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

// ---------------------------------------------------------------------------
// Weekday pattern

/**
 * Whether selections are spread over the days of the week as the probabilities predict.
 * A draw that favours, say, Mondays (after the weekend) teaches participants which days
 * are safe. A chi-square goodness-of-fit test over the seven weekdays, with expected
 * counts from the draws' own probabilities, catches such a pattern; a selection on a
 * weekday where nothing was expected (every probability 0) is inconsistent outright.
 */
function weekdayCheck(records: readonly DrawRecord[]): WeekdayCheck {
  const observed = WEEKDAYS.map(() => 0);
  const expected = WEEKDAYS.map(() => 0);
  for (const record of records) {
    const weekday = isoWeekdayIndex(record.courtDay);
    expected[weekday] += record.probability;
    if (record.randomSelected) observed[weekday] += 1;
  }
  const tested = WEEKDAYS.map((_, i) => i).filter((i) => expected[i] > 0);
  const statistic = tested.reduce((total, i) => total + (observed[i] - expected[i]) ** 2 / expected[i], 0);
  const degreesOfFreedom = tested.length - 1;
  const pValue = degreesOfFreedom >= 1 ? chiSquareSurvival(statistic, degreesOfFreedom) : null;
  const impossibleSelections = observed.some((count, i) => count > 0 && expected[i] <= 0);
  return {
    labels: WEEKDAYS,
    observed,
    expected: expected.map(round),
    statistic: round(statistic),
    degreesOfFreedom: Math.max(degreesOfFreedom, 0),
    pValue: pValue === null ? null : round(pValue),
    consistent: !impossibleSelections && (pValue === null || pValue >= ALPHA),
  };
}

// ---------------------------------------------------------------------------
// Chi-square distribution

/**
 * P(X ≥ statistic) for X ~ χ²(degreesOfFreedom): the regularized upper incomplete
 * gamma Q(df/2, statistic/2). Works for odd and even degrees of freedom alike.
 */
export function chiSquareSurvival(statistic: number, degreesOfFreedom: number): number {
  if (!(degreesOfFreedom > 0)) throw new RangeError(`degrees of freedom must be positive, got ${degreesOfFreedom}`);
  if (statistic <= 0) return 1;
  return regularizedUpperGamma(degreesOfFreedom / 2, statistic / 2);
}

/** Q(a, x) = Γ(a, x) / Γ(a) (Numerical Recipes `gammq`). */
export function regularizedUpperGamma(a: number, x: number): number {
  if (x <= 0) return 1;
  return x < a + 1 ? 1 - lowerGammaSeries(a, x) : upperGammaContinuedFraction(a, x);
}

const GAMMA_MAX_ITERATIONS = 500;
const GAMMA_PRECISION = 3e-16;
const TINY = 1e-300;

/** P(a, x) by its power series; converges quickly for x < a + 1 (NR `gser`). */
function lowerGammaSeries(a: number, x: number): number {
  let term = 1 / a;
  let total = term;
  for (let n = 1; n <= GAMMA_MAX_ITERATIONS; n++) {
    term *= x / (a + n);
    total += term;
    if (Math.abs(term) < Math.abs(total) * GAMMA_PRECISION) break;
  }
  return total * Math.exp(-x + a * Math.log(x) - logGamma(a));
}

/** Q(a, x) by Lentz's continued fraction; converges quickly for x ≥ a + 1 (NR `gcf`). */
function upperGammaContinuedFraction(a: number, x: number): number {
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i <= GAMMA_MAX_ITERATIONS; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < GAMMA_PRECISION) break;
  }
  return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
}

const LANCZOS_G = 7;
const LANCZOS_COEFFICIENTS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(z) for z > 0 by the Lanczos approximation (g = 7, n = 9; ~15 significant digits). */
export function logGamma(z: number): number {
  if (z < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * z)) - logGamma(1 - z);
  const shifted = z - 1;
  let series = LANCZOS_COEFFICIENTS[0];
  for (let i = 1; i < LANCZOS_COEFFICIENTS.length; i++) series += LANCZOS_COEFFICIENTS[i] / (shifted + i);
  const t = shifted + LANCZOS_G + 0.5;
  return 0.5 * Math.log(2 * Math.PI) + (shifted + 0.5) * Math.log(t) - t + Math.log(series);
}

// ---------------------------------------------------------------------------
// Calendar (UTC arithmetic on the date string: a court day never shifts with the server's time zone)

const COURT_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for a 'YYYY-MM-DD' court day. */
export function dayNumber(courtDay: string): number {
  const match = COURT_DAY.exec(courtDay);
  if (!match) throw new RangeError(`court day must be YYYY-MM-DD, got '${courtDay}'`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new RangeError(`not a calendar date: '${courtDay}'`);
  }
  return Math.round(ms / MS_PER_DAY);
}

/** 0 = Monday … 6 = Sunday (ISO order). 1970-01-01 was a Thursday. */
export function isoWeekdayIndex(courtDay: string): number {
  return (((dayNumber(courtDay) + 3) % 7) + 7) % 7;
}

// ---------------------------------------------------------------------------
// Helpers

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function sum<T>(items: readonly T[], value: (item: T) => number): number {
  return items.reduce((total, item) => total + value(item), 0);
}

/** Four decimals: enough for a report, stable in JSON; never −0. */
function round(value: number): number {
  const rounded = Math.round(value * 10_000) / 10_000;
  return rounded === 0 ? 0 : rounded;
}
