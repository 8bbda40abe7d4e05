import { callInDay, daysDueForDraw, isWindowOpen, testingCronPatterns, testingDay, type TestingSchedule } from './testing-day';

const HOPE: TestingSchedule = { timeZone: 'Pacific/Honolulu', callInWindowStart: '05:00', callInWindowEnd: '09:00', reportByTime: '14:00', drawLeadMinutes: 60 };
const CHICAGO: TestingSchedule = { timeZone: 'America/Chicago', callInWindowStart: '05:00', callInWindowEnd: '09:00', reportByTime: '17:00', drawLeadMinutes: 60 };
const ALL_DAY: TestingSchedule = { timeZone: 'America/Chicago', callInWindowStart: '00:00', callInWindowEnd: '24:00', reportByTime: '24:00', drawLeadMinutes: 90 };
const iso = (d: Date) => d.toISOString();

describe('a court day of testing', () => {
  it('places the draw, window and deadline in the court zone', () => {
    const day = testingDay(HOPE, '2026-11-23');
    expect(iso(day.drawAt)).toBe('2026-11-23T14:00:00.000Z');
    expect(iso(day.windowOpensAt)).toBe('2026-11-23T15:00:00.000Z');
    expect(iso(day.windowClosesAt)).toBe('2026-11-23T19:00:00.000Z');
    expect(iso(day.reportBy)).toBe('2026-11-24T00:00:00.000Z');
    expect(iso(day.dayEndsAt)).toBe('2026-11-24T10:00:00.000Z');
  });

  it('keeps the window at 05:00-09:00 local on the spring-forward day (a 23-hour day)', () => {
    const day = testingDay(CHICAGO, '2026-03-08');
    expect(iso(day.drawAt)).toBe('2026-03-08T09:00:00.000Z'); // 04:00 CDT: already daylight time
    expect(iso(day.windowOpensAt)).toBe('2026-03-08T10:00:00.000Z');
    expect(iso(day.windowClosesAt)).toBe('2026-03-08T14:00:00.000Z');
    // The day before, the same wall clock is an hour later in UTC.
    expect(iso(testingDay(CHICAGO, '2026-03-07').windowOpensAt)).toBe('2026-03-07T11:00:00.000Z');
  });

  it('keeps the window at 05:00-09:00 local on the fall-back day (a 25-hour day)', () => {
    const day = testingDay(CHICAGO, '2026-11-01');
    expect(iso(day.drawAt)).toBe('2026-11-01T10:00:00.000Z'); // 04:00 CST
    expect(iso(day.windowOpensAt)).toBe('2026-11-01T11:00:00.000Z');
    expect(iso(day.windowClosesAt)).toBe('2026-11-01T15:00:00.000Z');
    expect(iso(day.dayEndsAt)).toBe('2026-11-02T06:00:00.000Z');
  });

  it('opens and closes the window exactly at its edges, in local time, across both changes', () => {
    for (const date of ['2026-03-08', '2026-11-01']) {
      const day = testingDay(CHICAGO, date);
      expect(isWindowOpen(day, new Date(day.windowOpensAt.getTime() - 1))).toBe(false);
      expect(isWindowOpen(day, day.windowOpensAt)).toBe(true);
      expect(isWindowOpen(day, new Date(day.windowClosesAt.getTime() - 1))).toBe(true);
      expect(isWindowOpen(day, day.windowClosesAt)).toBe(false);
    }
    // 08:59 CDT on the spring-forward day is 13:59Z; 08:59 CST on the fall-back day is 14:59Z.
    expect(isWindowOpen(callInDay(CHICAGO, new Date('2026-03-08T13:59:00Z')), new Date('2026-03-08T13:59:00Z'))).toBe(true);
    expect(isWindowOpen(callInDay(CHICAGO, new Date('2026-11-01T14:59:00Z')), new Date('2026-11-01T14:59:00Z'))).toBe(true);
    expect(isWindowOpen(callInDay(CHICAGO, new Date('2026-11-01T15:00:00Z')), new Date('2026-11-01T15:00:00Z'))).toBe(false);
  });

  it('draws an all-day window the evening before, and closes it at midnight', () => {
    const day = testingDay(ALL_DAY, '2026-11-24');
    expect(iso(day.drawAt)).toBe('2026-11-24T04:30:00.000Z'); // 22:30 CST on the 23rd
    expect(iso(day.windowClosesAt)).toBe('2026-11-25T06:00:00.000Z');
    expect(iso(day.reportBy)).toBe(iso(day.windowClosesAt));
  });

  it('says which draws are due: from the draw time until the window closes', () => {
    expect(daysDueForDraw(HOPE, new Date('2026-11-23T13:59:00Z')).map((d) => d.courtDay)).toEqual([]);
    expect(daysDueForDraw(HOPE, new Date('2026-11-23T14:00:00Z')).map((d) => d.courtDay)).toEqual(['2026-11-23']);
    expect(daysDueForDraw(HOPE, new Date('2026-11-23T19:00:00Z')).map((d) => d.courtDay)).toEqual([]);
    // An all-day window: late on the 23rd both the 23rd and the 24th are due.
    expect(daysDueForDraw(ALL_DAY, new Date('2026-11-24T05:00:00Z')).map((d) => d.courtDay)).toEqual(['2026-11-23', '2026-11-24']);
  });

  it('gives cron patterns in local wall-clock time', () => {
    expect(testingCronPatterns(HOPE)).toEqual({ draw: '0 4 * * *', windowClose: '0 9 * * *', reportingDeadline: '0 14 * * *' });
    expect(testingCronPatterns(ALL_DAY)).toEqual({ draw: '30 22 * * *', windowClose: '0 0 * * *', reportingDeadline: '0 0 * * *' });
  });
});
