import { disparityRatio, FOUR_FIFTHS } from './disparity';
import { derivedFigure, type ShownCount, type ShownRate, SUPPRESSED_COUNT, suppressSmallCells } from './small-cells';

/**
 * The outcome measures per group, each against the two reference
 * populations of the funnel: pure, so the rules are unit-tested on their own.
 */

/** An outcome counted in people or events, and whether more of it is good for the people counted. */
export interface OutcomeSpec {
  key: string;
  favourable: boolean;
}

/**
 * The outcome figures the equity view compares, as the outcome measures
 * name them (OutcomeFiguresDto). Favourable outcomes are flagged below
 * four-fifths of a group's share of the reference; adverse ones (a
 * termination, a sanction, a positive test, an arrest) above its inverse,
 * 1.25: a group that gets more than its share of them.
 */
export const EQUITY_OUTCOMES: readonly OutcomeSpec[] = [
  { key: 'admissions', favourable: true },
  { key: 'graduations', favourable: true },
  { key: 'retention12Retained', favourable: true },
  { key: 'incentives', favourable: true },
  { key: 'terminations', favourable: false },
  { key: 'sanctions', favourable: false },
  { key: 'jailSanctions', favourable: false },
  { key: 'positiveTests', favourable: false },
  { key: 'arrestedDuringProgram', favourable: false },
];

/** The share of an adverse outcome above which a group is flagged: the inverse of four-fifths. */
export const ADVERSE_LIMIT = 1 / FOUR_FIFTHS;

/** Whether a ratio is a disparity for an outcome of this kind; null when there is no ratio. */
export function outcomeFlag(ratio: ShownRate, favourable: boolean): boolean | null {
  if (typeof ratio !== 'number') return null;
  return favourable ? ratio < FOUR_FIFTHS : ratio > ADVERSE_LIMIT;
}

/** A reference population (those referred, those eligible): each count, and whether it is hidden. */
export interface Reference {
  referred: number;
  eligible: number;
  referredHidden: boolean;
  eligibleHidden: boolean;
}

export interface OutcomeGroupFigures {
  group: string;
  count: ShownCount;
  ratioToReferred: ShownRate;
  flagToReferred: boolean | null;
  ratioToEligible: ShownRate;
  flagToEligible: boolean | null;
}

export interface OutcomeFigures {
  measure: string;
  favourable: boolean;
  count: ShownCount;
  groups: OutcomeGroupFigures[];
}

/**
 * Each outcome for everyone and each group, with the group's share of it ÷
 * its share of those referred and of those eligible. For the public the
 * outcome counts are one table (everyone and the groups as rows, the
 * outcomes as columns) suppressed as the funnel is; a ratio is hidden when
 * its outcome count or its reference count is.
 */
export function outcomeDisparities(
  specs: readonly OutcomeSpec[],
  total: Readonly<Record<string, number>>,
  groups: ReadonlyArray<{ group: string; counts: Readonly<Record<string, number>> }>,
  reference: { total: Reference; groups: ReadonlyMap<string, Reference> },
  audience: 'team' | 'public',
): OutcomeFigures[] {
  const table = [total, ...groups.map((g) => g.counts)].map((counts) => specs.map((spec) => counts[spec.key] ?? 0));
  const hidden = audience === 'public' ? suppressSmallCells(table).hidden : table.map((row) => row.map(() => false));
  const none: Reference = { referred: 0, eligible: 0, referredHidden: false, eligibleHidden: false };
  return specs.map((spec, column) => ({
    measure: spec.key,
    favourable: spec.favourable,
    count: hidden[0][column] ? SUPPRESSED_COUNT : table[0][column],
    groups: groups.map((g, index) => {
      const row = index + 1;
      const ref = reference.groups.get(g.group) ?? none;
      const ratio = (groupRef: number, allRef: number, refHidden: boolean[]) =>
        derivedFigure(disparityRatio(table[row][column], table[0][column], groupRef, allRef), [hidden[row][column], hidden[0][column], ...refHidden]);
      const ratioToReferred = ratio(ref.referred, reference.total.referred, [ref.referredHidden, reference.total.referredHidden]);
      const ratioToEligible = ratio(ref.eligible, reference.total.eligible, [ref.eligibleHidden, reference.total.eligibleHidden]);
      return {
        group: g.group,
        count: hidden[row][column] ? SUPPRESSED_COUNT : table[row][column],
        ratioToReferred,
        flagToReferred: outcomeFlag(ratioToReferred, spec.favourable),
        ratioToEligible,
        flagToEligible: outcomeFlag(ratioToEligible, spec.favourable),
      };
    }),
  }));
}
