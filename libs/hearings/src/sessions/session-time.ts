import { addCalendarDays, CalendarDate, courtDateAt, courtInstant, courtTimeAt, daysBetween, FieldProblem, WallTime } from '@app/core';

/**
 * When a court session sits, as pure functions of the court's IANA zone. A
 * session is set by the court's wall clock (the 09:00 docket stays at 09:00
 * across a daylight-saving change); what deadlines are compared with is the
 * instant that wall-clock time names.
 */

/** Days a calendar query covers when it names no end (today and the four weeks after). */
export const DEFAULT_CALENDAR_DAYS = 28;
/** The longest calendar one query may ask for. */
export const MAX_CALENDAR_SPAN_DAYS = 366;

/**
 * The instant the court's wall clock shows `time` on `date`, or null when it
 * never does: a time in the spring-forward gap (02:30 on the day clocks jump
 * from 02:00 to 03:00) cannot be a session's start. In the autumn overlap
 * (01:30 happens twice) the earlier instant is used, as for every court time.
 */
export function sessionStartsAt(date: CalendarDate, time: WallTime, zone: string): Date | null {
  const instant = courtInstant(date, time, zone);
  return courtDateAt(instant, zone) === date && courtTimeAt(instant, zone) === time ? instant : null;
}

/** The problem with a session's start (a time that does not exist that day, or one already past), if any. */
export function sessionStartProblem(
  date: CalendarDate,
  time: WallTime,
  zone: string,
  now: Date,
): { problem: FieldProblem; startsAt: null } | { problem: null; startsAt: Date } {
  const startsAt = sessionStartsAt(date, time, zone);
  if (!startsAt) {
    return { problem: { field: 'startTime', message: `${time} does not exist on ${date} in ${zone} (the clocks go forward that night)` }, startsAt: null };
  }
  if (startsAt <= now) return { problem: { field: 'date', message: `the session would start in the past (${date} ${time})` }, startsAt: null };
  return { problem: null, startsAt };
}

/**
 * The court-local dates a calendar query covers, both inclusive: `from`
 * defaults to today, `to` to four weeks after `from`. Refuses a range that
 * ends before it starts or spans more than a year.
 */
export function calendarRange(
  today: CalendarDate,
  from?: CalendarDate,
  to?: CalendarDate,
): { from: CalendarDate; to: CalendarDate; problem: null } | { problem: FieldProblem } {
  const start = from ?? today;
  const end = to ?? addCalendarDays(start, DEFAULT_CALENDAR_DAYS);
  const span = daysBetween(start, end);
  if (span < 0) return { problem: { field: 'to', message: 'must not be before from' } };
  if (span > MAX_CALENDAR_SPAN_DAYS) return { problem: { field: 'to', message: `must be at most ${MAX_CALENDAR_SPAN_DAYS} days after from` } };
  return { from: start, to: end, problem: null };
}
