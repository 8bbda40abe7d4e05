import { DateTime } from 'luxon';
import {
  addCalendarDays,
  courtDateAt,
  courtDayBounds,
  courtInstant,
  daysBetween,
  isValidCalendarDate,
  isValidTimeZone,
  weekdayOf,
} from './court-time';
import { TestClock } from './clock';

const CHICAGO = 'America/Chicago';
const HONOLULU = 'Pacific/Honolulu';

describe('court time', () => {
  it('gives the court-local date of an instant', () => {
    // 03:30 UTC on 2026-03-02 is still the evening of 1 March in Chicago.
    expect(courtDateAt(new Date('2026-03-02T03:30:00Z'), CHICAGO)).toBe('2026-03-01');
    expect(courtDateAt(new Date('2026-03-02T03:30:00Z'), 'UTC')).toBe('2026-03-02');
  });

  it('places a wall-clock time in standard and daylight time', () => {
    expect(courtInstant('2026-01-15', '05:00', CHICAGO).toISOString()).toBe('2026-01-15T11:00:00.000Z');
    expect(courtInstant('2026-07-15', '05:00', CHICAGO).toISOString()).toBe('2026-07-15T10:00:00.000Z');
    // Honolulu keeps no daylight time.
    expect(courtInstant('2026-07-15', '05:00', HONOLULU).toISOString()).toBe('2026-07-15T15:00:00.000Z');
  });

  it('survives the spring-forward day: the window still opens at 05:00 local', () => {
    // US DST starts 2026-03-08 at 02:00 local.
    expect(courtInstant('2026-03-08', '05:00', CHICAGO).toISOString()).toBe('2026-03-08T10:00:00.000Z');
    // 02:30 does not exist that day; a wall clock shows 03:30 CDT.
    expect(courtInstant('2026-03-08', '02:30', CHICAGO).toISOString()).toBe('2026-03-08T08:30:00.000Z');
    const day = courtDayBounds('2026-03-08', CHICAGO);
    expect(day.end.getTime() - day.start.getTime()).toBe(23 * 3600_000);
  });

  it('survives the fall-back day: 01:30 happens twice, the earlier one is used', () => {
    // US DST ends 2026-11-01 at 02:00 local.
    expect(courtInstant('2026-11-01', '01:30', CHICAGO).toISOString()).toBe('2026-11-01T06:30:00.000Z');
    expect(courtInstant('2026-11-01', '09:00', CHICAGO).toISOString()).toBe('2026-11-01T15:00:00.000Z');
    const day = courtDayBounds('2026-11-01', CHICAGO);
    expect(day.end.getTime() - day.start.getTime()).toBe(25 * 3600_000);
  });

  it('rejects unknown zones, impossible dates and times', () => {
    expect(isValidTimeZone('America/Chicago')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(isValidCalendarDate('2026-02-30')).toBe(false);
    expect(() => courtInstant('2026-01-01', '24:00', CHICAGO)).toThrow(RangeError);
    expect(() => courtDateAt(new Date(), 'Nowhere/Else')).toThrow(RangeError);
  });

  it('does calendar arithmetic across month ends and knows weekdays', () => {
    expect(addCalendarDays('2026-02-27', 2)).toBe('2026-03-01');
    expect(addCalendarDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(weekdayOf('2026-11-23')).toBe(1);
    expect(weekdayOf('2026-11-29')).toBe(7);
  });

  it('counts, adds and names days as Luxon does, across years, leap days and centuries', () => {
    const luxon = (date: string) => DateTime.fromISO(date, { zone: 'UTC' });
    for (let n = 0; n < 3000; n++) {
      const from = luxon('1899-12-25').plus({ days: n * 29 + (n % 7) }).toISODate()!;
      const days = ((n * 7919) % 1500) - 750;
      const to = luxon(from).plus({ days }).toISODate()!;
      expect([addCalendarDays(from, days), daysBetween(from, to), weekdayOf(from)]).toEqual([to, days, luxon(from).weekday]);
    }
  });
});

describe('TestClock', () => {
  it('stands still until moved', () => {
    const clock = new TestClock('2026-01-01T00:00:00Z');
    expect(clock.now().toISOString()).toBe('2026-01-01T00:00:00.000Z');
    clock.advance(73 * 3600_000);
    expect(clock.now().toISOString()).toBe('2026-01-04T01:00:00.000Z');
    clock.set('2026-06-01T12:00:00Z');
    expect(clock.now().toISOString()).toBe('2026-06-01T12:00:00.000Z');
  });
});
