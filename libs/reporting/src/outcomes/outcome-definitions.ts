import { share } from '../measure-period';

/**
 * The outcome measures' definitions that are not SQL: pure functions, so
 * each rule is unit-tested on its own. The README's "Outcome measures"
 * section says where each definition comes from.
 */

/** Months after admission at which retention is read. */
export const RETENTION_MONTHS = [3, 6, 12] as const;

/** Years after exit within which new arrests and convictions are counted. */
export const RECIDIVISM_YEARS = [1, 3] as const;

/** Positive tests per 100 tests, to one decimal; null without tests. */
export function per100(positives: number, tests: number): number | null {
  return tests > 0 ? Math.round((positives * 1000) / tests) / 10 : null;
}

/** Incentives per sanction, to two decimals (4 reads "4:1"); null without sanctions. */
export function incentivesPerSanction(incentives: number, sanctions: number): number | null {
  return sanctions > 0 ? Math.round((incentives * 100) / sanctions) / 100 : null;
}

/**
 * Graduates among those whose stay ended by graduation or unsuccessfully
 * (termination, withdrawal). A transfer to another court is a neutral
 * discharge: it is neither, and is left out (as NRAC's measure does).
 */
export function graduationRate(graduations: number, terminations: number, withdrawals: number): number | null {
  return share(graduations, graduations + terminations + withdrawals);
}
