import type { DrugTestOutcome, TestMethod } from '../entities/drug-test-result.entity';

/**
 * Whether a collection's results are a violation, and of which kind: a pure
 * rule, so the write services and any later re-evaluation agree.
 *
 * A result counts when its outcome is one the program counts, it is not
 * overturned, and no confirmation supersedes it. A positive counts only once
 * it is certain: a positive confirmation, or a positive the participant
 * admitted, and never while the participant contests it and no confirmation
 * has settled it. Every other counted outcome (dilute, adulterated,
 * substituted, invalid, refused) counts at once. A negative never does, and a
 * missed test has no collection (the reporting deadline charges it).
 */

/** The facts of a result the rule reads. */
export interface PolicyResult {
  id: string;
  outcome: DrugTestOutcome;
  method: TestMethod;
  supersedesId: string | null;
  overturned: boolean;
  admitted: boolean;
  contestedAt: Date | null;
}

export type TestViolationKind = 'refused_test' | 'substituted_test' | 'adulterated_test' | 'positive_test' | 'dilute_test' | 'invalid_test';

/** Most serious first: a collection with several counted outcomes is one violation of the most serious kind. */
export const TEST_VIOLATION_SEVERITY: readonly TestViolationKind[] = [
  'refused_test',
  'substituted_test',
  'adulterated_test',
  'positive_test',
  'dilute_test',
  'invalid_test',
];

const KIND_OF: Partial<Record<DrugTestOutcome, TestViolationKind>> = {
  refused: 'refused_test',
  substituted: 'substituted_test',
  adulterated: 'adulterated_test',
  positive: 'positive_test',
  dilute: 'dilute_test',
  invalid: 'invalid_test',
};

export interface CollectionVerdict {
  kind: TestViolationKind;
  /** Every result that counts, in the order given. */
  resultIds: string[];
}

/** The ids of the results a confirmation supersedes. */
export function supersededIds(results: readonly PolicyResult[]): Set<string> {
  return new Set(results.filter((r) => r.method === 'confirmation' && r.supersedesId !== null).map((r) => r.supersedesId as string));
}

/** Whether a positive is certain enough to count: confirmed positive, or admitted and not awaiting a confirmation the participant asked for. */
function positiveIsCertain(result: PolicyResult): boolean {
  if (result.method === 'confirmation') return true;
  return result.admitted && result.contestedAt === null;
}

/** The results of one collection that count as a violation under the program's `violationOutcomes`. */
export function countingResults(results: readonly PolicyResult[], violationOutcomes: readonly string[]): PolicyResult[] {
  const superseded = supersededIds(results);
  return results.filter((result) => {
    if (result.overturned || superseded.has(result.id)) return false;
    if (!KIND_OF[result.outcome] || !violationOutcomes.includes(result.outcome)) return false;
    return result.outcome !== 'positive' || positiveIsCertain(result);
  });
}

/** The violation a collection stands for, or null when nothing in it counts. */
export function collectionViolation(results: readonly PolicyResult[], violationOutcomes: readonly string[]): CollectionVerdict | null {
  const counting = countingResults(results, violationOutcomes);
  if (counting.length === 0) return null;
  const kinds = new Set(counting.map((r) => KIND_OF[r.outcome]));
  const kind = TEST_VIOLATION_SEVERITY.find((k) => kinds.has(k)) as TestViolationKind;
  return { kind, resultIds: counting.map((r) => r.id) };
}
