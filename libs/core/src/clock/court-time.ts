import { DateTime, IANAZone } from 'luxon';

/**
 * Court-local calendar arithmetic. Instants are stored in UTC; a court day,
 * a call-in window and a reporting deadline are wall-clock times in the
 * court's IANA zone, so they are converted here and nowhere else.
 */

/** A calendar date as `YYYY-MM-DD`. */
export type CalendarDate = string;
/** A wall-clock time as `HH:mm`. */
export type WallTime = string;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * Zones already found valid. Luxon builds an `Intl.DateTimeFormat` for every
 * check, which was a sixth of the API's CPU in the call-in benchmark; only
 * valid names are kept, so user input cannot grow the set.
 */
const validZones = new Set<string>();

export function isValidTimeZone(zone: string): boolean {
  if (validZones.has(zone)) return true;
  const valid = IANAZone.isValidZone(zone);
  if (valid) validZones.add(zone);
  return valid;
}

export function isValidCalendarDate(date: string): boolean {
  return DATE.test(date) && DateTime.fromISO(date, { zone: 'UTC' }).isValid;
}

export function isValidWallTime(time: string): boolean {
  return TIME.test(time);
}

function assertZone(zone: string): void {
  if (!isValidTimeZone(zone)) throw new RangeError(`Unknown IANA time zone: ${zone}`);
}

/** The court's calendar date at an instant. */
export function courtDateAt(instant: Date, zone: string): CalendarDate {
  assertZone(zone);
  return DateTime.fromJSDate(instant, { zone }).toISODate()!;
}

/** The court's wall-clock time `HH:mm` at an instant. */
export function courtTimeAt(instant: Date, zone: string): WallTime {
  assertZone(zone);
  return DateTime.fromJSDate(instant, { zone }).toFormat('HH:mm');
}

/**
 * The instant at which the court's wall clock shows `time` on `date`.
 * In the spring-forward gap (a time that does not exist that day) the instant
 * is moved forward by the gap, as a wall clock would; in the autumn overlap the
 * earlier of the two instants is used, so a deadline is never later than stated.
 */
export function courtInstant(date: CalendarDate, time: WallTime, zone: string): Date {
  assertZone(zone);
  if (!isValidCalendarDate(date)) throw new RangeError(`Not a calendar date: ${date}`);
  if (!isValidWallTime(time)) throw new RangeError(`Not a wall-clock time: ${time}`);
  const [hour, minute] = time.split(':').map(Number);
  const local = DateTime.fromISO(date, { zone }).set({ hour, minute, second: 0, millisecond: 0 });
  return local.toJSDate();
}

/** Start (inclusive) and end (exclusive) instants of a court day. */
export function courtDayBounds(date: CalendarDate, zone: string): { start: Date; end: Date } {
  assertZone(zone);
  const start = DateTime.fromISO(date, { zone }).startOf('day');
  return { start: start.toJSDate(), end: start.plus({ days: 1 }).toJSDate() };
}

const DAY_MS = 86_400_000;
const YMD = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Days since 1970-01-01 of a valid `YYYY-MM-DD`, else undefined. Calendar
 * arithmetic needs no zone, so plain UTC dates do it: Luxon's, which builds
 * a DateTime per call, was a sixth of the CPU of the judge's docket (each
 * participant's readiness counts days over a year of history).
 */
function epochDay(date: string): number | undefined {
  const match = YMD.exec(date);
  if (!match) return undefined;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  // Date.UTC rolls 2026-02-30 over to March; such a date is not a date.
  return new Date(ms).toISOString().slice(0, 10) === date ? ms / DAY_MS : undefined;
}

const fromEpochDay = (day: number): CalendarDate => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** The calendar date `days` after `date` (negative for before). */
export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  const day = epochDay(date);
  if (day === undefined || !Number.isInteger(days)) return DateTime.fromISO(date, { zone: 'UTC' }).plus({ days }).toISODate()!;
  return fromEpochDay(day + days);
}

/** ISO weekday of a calendar date: 1 = Monday … 7 = Sunday. */
export function weekdayOf(date: CalendarDate): number {
  const day = epochDay(date);
  if (day === undefined) return DateTime.fromISO(date, { zone: 'UTC' }).weekday;
  return new Date(day * DAY_MS).getUTCDay() || 7;
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  const [a, b] = [epochDay(from), epochDay(to)];
  if (a === undefined || b === undefined) return Math.round(DateTime.fromISO(to, { zone: 'UTC' }).diff(DateTime.fromISO(from, { zone: 'UTC' }), 'days').days);
  return b - a;
}
