import type { ProgramModel } from '@app/programs';
import { disparityRatio, fourFifthsFlag } from './disparity';
import { derivedFigure, type ShownCount, type ShownRate, suppressSmallCells } from './small-cells';

/**
 * The referral funnel, from counts to the figures shown: pure, so the
 * definitions are unit-tested on their own (README "Referral funnel").
 */

/** The stages a referral passes, in order. Each counts the people referred in the period who reached it. */
export const FUNNEL_STAGES = ['referred', 'screened', 'eligible', 'accepted', 'admitted', 'graduated'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

/** Who reads the figures: the court team sees exact counts; anything published is suppressed. */
export const AUDIENCES = ['team', 'public'] as const;
export type Audience = (typeof AUDIENCES)[number];

type Level = 'low' | 'moderate' | 'high';

/**
 * The risk and need levels each program model is meant for, which the
 * "eligible" stage asks besides legal eligibility. A treatment court serves
 * high-risk, high-need people (NADCP Adult Treatment Court Best Practice
 * Standards, Standard I, Target Population); HOPE probation, probationers at
 * moderate or high risk of violating whatever their need; a deferred-judgment
 * program, young first offenders at low or moderate risk.
 */
export const PROGRAM_TARGETS: Readonly<Record<ProgramModel, { risk: readonly Level[]; need: readonly Level[] }>> = {
  treatment_court: { risk: ['high'], need: ['high'] },
  hope_probation: { risk: ['moderate', 'high'], need: ['low', 'moderate', 'high'] },
  deferred_judgment: { risk: ['low', 'moderate'], need: ['low', 'moderate', 'high'] },
};

/** A stage's count for the whole population and for each group. */
export type StageCounts = Record<FunnelStage, number>;

export interface FunnelStageFigures {
  stage: FunnelStage;
  count: ShownCount;
  /** This stage's count ÷ the previous stage's; null for the first stage or when the previous is empty. */
  conversionRate: ShownRate;
}

export interface FunnelGroupStageFigures extends FunnelStageFigures {
  /** The group's share at this stage ÷ its share of those referred. */
  ratioToReferred: ShownRate;
  belowFourFifthsToReferred: boolean | null;
  /** The group's share at this stage ÷ its share of those found eligible. */
  ratioToEligible: ShownRate;
  belowFourFifthsToEligible: boolean | null;
}

export interface FunnelFigures {
  stages: FunnelStageFigures[];
  groups: Array<{ group: string; stages: FunnelGroupStageFigures[] }>;
  /** Which counts are hidden: the whole population's row first, then each group's; a column per stage. */
  hidden: boolean[][];
}

/** `part ÷ whole` to three decimals; null when the whole is zero. */
const rate = (part: number, whole: number): number | null => (whole > 0 ? Math.round((part / whole) * 1000) / 1000 : null);

const flagOf = (ratio: ShownRate): boolean | null => (typeof ratio === 'number' ? fourFifthsFlag(ratio) : null);

/**
 * The whole population's stages and each group's, with conversion rates and
 * both disparity ratios. For the public every count goes through
 * small-cell suppression as one table (the groups and the total as rows,
 * the stages as columns), and a rate or ratio taken from a hidden count is
 * hidden too, its flag with it.
 */
export function funnelFigures(total: StageCounts, groups: ReadonlyArray<{ group: string; counts: StageCounts }>, audience: Audience): FunnelFigures {
  const table = [total, ...groups.map((g) => g.counts)].map((counts) => FUNNEL_STAGES.map((stage) => counts[stage]));
  const hidden = audience === 'public' ? suppressSmallCells(table).hidden : table.map((row) => row.map(() => false));
  const shown = (row: number, column: number): ShownCount => (hidden[row][column] ? '<5' : table[row][column]);
  const stageFigures = (row: number, column: number): FunnelStageFigures => ({
    stage: FUNNEL_STAGES[column],
    count: shown(row, column),
    conversionRate: column === 0 ? null : derivedFigure(rate(table[row][column], table[row][column - 1]), [hidden[row][column], hidden[row][column - 1]]),
  });
  const referred = 0;
  const eligible = FUNNEL_STAGES.indexOf('eligible');
  const ratioTo = (row: number, column: number, reference: number): ShownRate =>
    derivedFigure(disparityRatio(table[row][column], table[0][column], table[row][reference], table[0][reference]), [
      hidden[row][column],
      hidden[0][column],
      hidden[row][reference],
      hidden[0][reference],
    ]);
  return {
    hidden,
    stages: FUNNEL_STAGES.map((_, column) => stageFigures(0, column)),
    groups: groups.map((g, index) => {
      const row = index + 1;
      return {
        group: g.group,
        stages: FUNNEL_STAGES.map((_, column) => {
          const ratioToReferred = ratioTo(row, column, referred);
          const ratioToEligible = ratioTo(row, column, eligible);
          return {
            ...stageFigures(row, column),
            ratioToReferred,
            belowFourFifthsToReferred: flagOf(ratioToReferred),
            ratioToEligible,
            belowFourFifthsToEligible: flagOf(ratioToEligible),
          };
        }),
      };
    }),
  };
}
