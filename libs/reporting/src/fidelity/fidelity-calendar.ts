import type { DataSource } from 'typeorm';
import { weekendOrHolidayDayShare } from '../measure-period';

/**
 * The share of the period's days that are a weekend or one of the court's
 * holidays (`court_holidays`), averaged over the courts read: the share of
 * tests a draw that ignores the calendar puts on those days, and so the
 * weekend-and-holiday line's target (2/7 with no holiday).
 */
export async function weekendOrHolidayTarget(ds: DataSource, courtIds: readonly string[], from: string, to: string): Promise<number> {
  const holidays = (await ds.query(
    `SELECT court_id, to_char(date, 'YYYY-MM-DD') AS date FROM court_holidays WHERE court_id = ANY($1::uuid[]) AND date BETWEEN $2::date AND $3::date`,
    [courtIds, from, to],
  )) as Array<{ court_id: string; date: string }>;
  if (courtIds.length === 0) return weekendOrHolidayDayShare(from, to, []);
  const shares = courtIds.map((id) => weekendOrHolidayDayShare(from, to, holidays.filter((h) => h.court_id === id).map((h) => h.date)));
  return Math.round((shares.reduce((a, b) => a + b, 0) / shares.length) * 1000) / 1000;
}
