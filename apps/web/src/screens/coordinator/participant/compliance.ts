import type { Collection, CourtResponse, TestResult, Violation } from '../types';

/** Outcomes that end continuous sobriety (every one but negative, invalid and prescribed). */
const USE_OUTCOMES = new Set(['positive', 'dilute', 'adulterated', 'substituted', 'refused', 'missed']);

/** A collection's standing from the results that still count (overturned screens do not). */
export function collectionStanding(collection: Collection): 'negative' | 'prescribed' | 'positive' | 'invalid' | 'pending' {
  const counted = collection.results.filter((r) => !r.overturned);
  if (counted.length === 0) return 'pending';
  if (counted.some((r) => USE_OUTCOMES.has(r.outcome))) return 'positive';
  if (counted.every((r) => r.outcome === 'negative')) return 'negative';
  // Only prescribed medication found (and otherwise negative): no use, never a violation.
  if (counted.every((r) => r.outcome === 'negative' || r.outcome === 'prescribed')) return 'prescribed';
  return 'invalid';
}

const DAY_MS = 86_400_000;
const toDate = (day: string) => new Date(`${day.slice(0, 10)}T00:00:00Z`);
const toDay = (date: Date) => date.toISOString().slice(0, 10);

/** The Monday starting the week of a calendar day. */
export function weekOf(day: string): string {
  const date = toDate(day);
  const weekday = (date.getUTCDay() + 6) % 7;
  return toDay(new Date(date.getTime() - weekday * DAY_MS));
}

export interface WeeklyCompliance {
  /** Mondays, oldest first. */
  weeks: string[];
  negativeTests: number[];
  positiveOrMissedTests: number[];
  violations: number[];
  incentives: number[];
  sanctions: number[];
}

/**
 * Counts per week, from `from` to `today` (court days): negative tests,
 * positive or missed tests, violations (by the court day detected),
 * incentives and sanctions (by the day ordered). At most `maxWeeks` weeks,
 * the most recent.
 */
export function weeklyCompliance(input: {
  from: string | null;
  today: string;
  collections: Collection[];
  missedTests: TestResult[];
  violations: { violation: Violation; courtDay: string }[];
  responses: CourtResponse[];
  maxWeeks?: number;
}): WeeklyCompliance {
  const maxWeeks = input.maxWeeks ?? 26;
  const last = weekOf(input.today);
  const earliest = toDay(new Date(toDate(last).getTime() - (maxWeeks - 1) * 7 * DAY_MS));
  const first = input.from && weekOf(input.from) > earliest ? weekOf(input.from) : earliest;
  const weeks: string[] = [];
  for (let d = toDate(first); toDay(d) <= last; d = new Date(d.getTime() + 7 * DAY_MS)) weeks.push(toDay(d));
  const index = new Map(weeks.map((w, i) => [w, i]));
  const zeros = () => weeks.map(() => 0);
  const result: WeeklyCompliance = { weeks, negativeTests: zeros(), positiveOrMissedTests: zeros(), violations: zeros(), incentives: zeros(), sanctions: zeros() };
  const add = (series: number[], day: string) => {
    const i = index.get(weekOf(day));
    if (i !== undefined) series[i] += 1;
  };
  for (const collection of input.collections) {
    const standing = collectionStanding(collection);
    if (standing === 'negative' || standing === 'prescribed') add(result.negativeTests, collection.courtDay);
    if (standing === 'positive') add(result.positiveOrMissedTests, collection.courtDay);
  }
  for (const missed of input.missedTests) add(result.positiveOrMissedTests, missed.testedOn);
  for (const { courtDay } of input.violations) add(result.violations, courtDay);
  for (const response of input.responses) {
    if (response.kind === 'incentive') add(result.incentives, response.orderedOn);
    if (response.kind === 'sanction') add(result.sanctions, response.orderedOn);
  }
  return result;
}
