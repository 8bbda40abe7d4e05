import { checkMeasurePeriod, oneDecimal, perParticipantWeek, periodMonths, periodWeeks, share, weekendDayShare, weekendOrHolidayDayShare, weekStartOf } from './measure-period';

describe('measure period', () => {
  it('accepts a period of up to a year and refuses one that ends first or runs longer', () => {
    expect(() => checkMeasurePeriod('2026-11-01', '2026-11-01')).not.toThrow();
    expect(() => checkMeasurePeriod('2026-01-01', '2027-01-01')).not.toThrow();
    expect(() => checkMeasurePeriod('2026-11-02', '2026-11-01')).toThrow(expect.objectContaining({ code: 'validation-failed' }));
    expect(() => checkMeasurePeriod('2026-01-01', '2027-01-02')).toThrow(expect.objectContaining({ code: 'validation-failed' }));
  });

  it('splits a period into Monday weeks, counting the days of each inside it', () => {
    expect(weekStartOf('2026-11-01')).toBe('2026-10-26'); // a Sunday
    expect(weekStartOf('2026-11-02')).toBe('2026-11-02'); // a Monday
    expect(periodWeeks('2026-11-01', '2026-11-18')).toEqual([
      { weekStart: '2026-10-26', days: 1 },
      { weekStart: '2026-11-02', days: 7 },
      { weekStart: '2026-11-09', days: 7 },
      { weekStart: '2026-11-16', days: 3 },
    ]);
  });

  it('lists the months a period touches, across a year end', () => {
    expect(periodMonths('2026-11-15', '2027-02-01')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(periodMonths('2026-11-15', '2026-11-20')).toEqual(['2026-11']);
  });

  it('gives the weekend share of the calendar and the figures rounded', () => {
    expect(weekendDayShare('2026-11-02', '2026-11-15')).toBe(0.286); // two full weeks
    expect(weekendDayShare('2026-11-07', '2026-11-08')).toBe(1); // a Saturday and a Sunday
    expect(weekendOrHolidayDayShare('2026-11-02', '2026-11-15', [])).toBe(0.286);
    // Thanksgiving week: a Thursday holiday, and one that falls on the Sunday counts once.
    expect(weekendOrHolidayDayShare('2026-11-23', '2026-11-29', ['2026-11-26', '2026-11-29'])).toBe(0.429);
    expect(share(1, 3)).toBe(0.333);
    expect(share(1, 0)).toBeNull();
    expect(perParticipantWeek(3, 14)).toBe(1.5);
    expect(perParticipantWeek(3, 0)).toBeNull();
    expect(oneDecimal('12.345')).toBe(12.3);
    expect(oneDecimal(null)).toBeNull();
  });
});
