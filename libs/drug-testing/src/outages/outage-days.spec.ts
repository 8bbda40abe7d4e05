import { daysWithWindowIn } from './outage-days';
import type { TestingSchedule } from '../draw/testing-day';

const chicago: TestingSchedule = {
  timeZone: 'America/Chicago',
  callInWindowStart: '05:00',
  callInWindowEnd: '09:00',
  reportByTime: '17:00',
  drawLeadMinutes: 60,
};

const days = (start: string, end: string, schedule = chicago) => daysWithWindowIn(schedule, new Date(start), new Date(end)).map((d) => d.courtDay);

describe('court days whose call-in window an outage overlaps', () => {
  it('finds the day whose window the outage covers in part', () => {
    // 08:30-10:00 CST on 2026-11-23 overlaps the 05:00-09:00 window.
    expect(days('2026-11-23T14:30:00Z', '2026-11-23T16:00:00Z')).toEqual(['2026-11-23']);
  });

  it('ignores an outage outside every window, and one that ends exactly when the window opens', () => {
    expect(days('2026-11-23T16:00:00Z', '2026-11-23T22:00:00Z')).toEqual([]);
    // The window opens at 11:00Z (05:00 CST): an outage ending then touched no call.
    expect(days('2026-11-23T09:00:00Z', '2026-11-23T11:00:00Z')).toEqual([]);
    // And one starting exactly at the close (15:00Z) touched none either.
    expect(days('2026-11-23T15:00:00Z', '2026-11-23T18:00:00Z')).toEqual([]);
  });

  it('spans several days, and keeps to wall-clock windows across the daylight-saving change', () => {
    // From Saturday noon to Monday 06:00 CST, across the fall-back night.
    expect(days('2026-10-31T17:00:00Z', '2026-11-02T12:00:00Z')).toEqual(['2026-11-01', '2026-11-02']);
  });

  it('uses the court day of the court, not of UTC', () => {
    const honolulu: TestingSchedule = { ...chicago, timeZone: 'Pacific/Honolulu', callInWindowStart: '05:00', callInWindowEnd: '09:00' };
    // 2026-11-24T16:00Z is 06:00 on 2026-11-24 in Honolulu.
    expect(days('2026-11-24T16:00:00Z', '2026-11-24T16:30:00Z', honolulu)).toEqual(['2026-11-24']);
  });
});
