import { addCalendarDays, daysBetween, ValidationFailedError, weekdayOf, type CalendarDate } from '@app/core';

/**
 * The period a measure is read over, and its calendar: pure functions, no
 * database, so the rules are unit-tested on their own.
 */

/** At most a year per request: measures are read per week, month or quarter. */
export const MAX_MEASURE_DAYS = 366;

/** Refuses a period that ends before it starts or is longer than a year (422, as the swiftness measure does). */
export function checkMeasurePeriod(from: CalendarDate, to: CalendarDate): void {
  if (to < from) throw new ValidationFailedError([{ field: 'to', message: 'must not be before from' }]);
  if (to > addCalendarDays(from, MAX_MEASURE_DAYS - 1)) throw new ValidationFailedError([{ field: 'to', message: `must be within ${MAX_MEASURE_DAYS} days of from` }]);
}

/** The Monday of a date's week (court-local calendar weeks run Monday to Sunday). */
export function weekStartOf(date: CalendarDate): CalendarDate {
  return addCalendarDays(date, 1 - weekdayOf(date));
}

/** The weeks a period touches, each with its Monday and how many of its days fall in the period. */
export function periodWeeks(from: CalendarDate, to: CalendarDate): Array<{ weekStart: CalendarDate; days: number }> {
  const weeks: Array<{ weekStart: CalendarDate; days: number }> = [];
  for (let monday = weekStartOf(from); monday <= to; monday = addCalendarDays(monday, 7)) {
    const first = monday < from ? from : monday;
    const sunday = addCalendarDays(monday, 6);
    const last = sunday > to ? to : sunday;
    weeks.push({ weekStart: monday, days: daysBetween(first, last) + 1 });
  }
  return weeks;
}

/** The calendar months (`YYYY-MM`) a period touches, in order. */
export function periodMonths(from: CalendarDate, to: CalendarDate): string[] {
  const months: string[] = [];
  let [year, month] = from.slice(0, 7).split('-').map(Number);
  const last = to.slice(0, 7);
  for (;;) {
    const label = `${year}-${String(month).padStart(2, '0')}`;
    if (label > last) return months;
    months.push(label);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
}

/** Saturdays and Sundays among the period's days: the weekend share a draw that ignores the weekday gives on average. */
export function weekendDayShare(from: CalendarDate, to: CalendarDate): number {
  let weekend = 0;
  const days = daysBetween(from, to) + 1;
  for (let i = 0; i < days; i++) if (weekdayOf(addCalendarDays(from, i)) >= 6) weekend++;
  return share(weekend, days)!;
}

/**
 * Days that are a Saturday, a Sunday or one of the court's holidays, as a
 * share of the period's days: what a draw that ignores the calendar gives on
 * average, and so the target of the weekend-and-holiday share of tests.
 */
export function weekendOrHolidayDayShare(from: CalendarDate, to: CalendarDate, holidays: readonly CalendarDate[]): number {
  const holidaySet = new Set(holidays);
  let count = 0;
  const days = daysBetween(from, to) + 1;
  for (let i = 0; i < days; i++) {
    const day = addCalendarDays(from, i);
    if (weekdayOf(day) >= 6 || holidaySet.has(day)) count++;
  }
  return share(count, days)!;
}

/** `part ÷ whole` to three decimals; null when the whole is zero (nothing to measure). */
export function share(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 1000) / 1000 : null;
}

/** Events per participant-week (`count ÷ (participant-days ÷ 7)`) to two decimals; null without participant-days. */
export function perParticipantWeek(count: number, participantDays: number): number | null {
  return participantDays > 0 ? Math.round(((count * 7) / participantDays) * 100) / 100 : null;
}

/** A median or other figure from SQL (numeric or double) to one decimal; null stays null. */
export function oneDecimal(value: number | string | null | undefined): number | null {
  return value === null || value === undefined ? null : Math.round(Number(value) * 10) / 10;
}
