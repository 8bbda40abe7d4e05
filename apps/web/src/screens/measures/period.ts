import { formatMonth, formatShortDay } from '../../i18n/format';

/** Calendar arithmetic on `YYYY-MM-DD` court days, which have no zone of their own. */

/** The court's calendar date now, in its IANA zone (not the browser's). */
export function courtToday(timeZone: string, now = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The default period: the last twelve weeks, today included. */
export function lastWeeks(today: string, weeks = 12) {
  return { from: addDays(today, 1 - weeks * 7), to: today };
}

/** A short label for a chart's axis: "2 Nov" (a week's Monday). */
export function shortDay(day: string): string {
  return formatShortDay(day);
}

/** A month (`YYYY-MM`) for a chart's axis: "Nov 2026". */
export function shortMonth(month: string): string {
  return formatMonth(month);
}
