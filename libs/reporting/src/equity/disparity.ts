/**
 * Disparity between groups, as the equity view reads it: pure functions, no
 * database, so the rules are unit-tested on their own.
 */

/** The four-fifths rule of thumb: a group whose ratio falls below this is flagged. */
export const FOUR_FIFTHS = 0.8;

/**
 * A group's share at a stage ÷ its share of a reference population:
 * `(groupAtStage ÷ allAtStage) ÷ (groupInReference ÷ allInReference)`, to
 * three decimals. 1 means the group reaches the stage in proportion to its
 * place in the reference population; below 1, less often. Null when either
 * share cannot be taken (an empty stage or reference, or a group absent from
 * the reference): there is nothing to compare.
 */
export function disparityRatio(groupAtStage: number, allAtStage: number, groupInReference: number, allInReference: number): number | null {
  if (allAtStage <= 0 || allInReference <= 0 || groupInReference <= 0) return null;
  const ratio = groupAtStage / allAtStage / (groupInReference / allInReference);
  return Math.round(ratio * 1000) / 1000;
}

/** Whether a ratio falls below four-fifths; null when there is no ratio to judge. */
export function fourFifthsFlag(ratio: number | null): boolean | null {
  return ratio === null ? null : ratio < FOUR_FIFTHS;
}
