/**
 * Ledger arithmetic, in whole cents (hundredths of an hour) so sums of
 * two-decimal amounts are exact. Pure: no Nest or TypeORM.
 */

export interface LedgerAmount {
  occurredOn: string;
  amount: number;
}

export const toCents = (amount: number): number => Math.round(amount * 100);

export const fromCents = (cents: number): number => cents / 100;

export function totalOf(entries: readonly LedgerAmount[]): number {
  return fromCents(entries.reduce((sum, e) => sum + toCents(e.amount), 0));
}

/**
 * The lowest running total of a ledger at the end of any day it has entries
 * (entries of one day count together, their order within it being unknown).
 * A correction must not bring it below zero: not overall, and not on the
 * day it is dated, before the entries it may correct were earned.
 */
export function lowestRunningTotal(entries: readonly LedgerAmount[]): number {
  const byDay = new Map<string, number>();
  for (const e of entries) byDay.set(e.occurredOn, (byDay.get(e.occurredOn) ?? 0) + toCents(e.amount));
  let running = 0;
  let lowest = 0;
  for (const day of [...byDay.keys()].sort()) {
    running += byDay.get(day)!;
    lowest = Math.min(lowest, running);
  }
  return fromCents(lowest);
}
