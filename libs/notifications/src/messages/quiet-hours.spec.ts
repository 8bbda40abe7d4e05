import { afterQuietHours } from './quiet-hours';

const QUIET = { start: '21:00', end: '08:00' };
const CHICAGO = 'America/Chicago';

describe('afterQuietHours', () => {
  it('lets a text due in the day go at once', () => {
    const noon = new Date('2026-12-08T18:00:00Z'); // 12:00 in Chicago
    expect(afterQuietHours(noon, CHICAGO, QUIET)).toEqual(noon);
  });

  it('holds a text due in the evening until 08:00 the next morning in the court zone', () => {
    const evening = new Date('2026-12-09T04:30:00Z'); // 22:30 on the 8th in Chicago
    expect(afterQuietHours(evening, CHICAGO, QUIET).toISOString()).toBe('2026-12-09T14:00:00.000Z');
  });

  it('holds a text due before dawn until 08:00 the same morning', () => {
    const early = new Date('2026-12-09T11:00:00Z'); // 05:00 in Chicago
    expect(afterQuietHours(early, CHICAGO, QUIET).toISOString()).toBe('2026-12-09T14:00:00.000Z');
  });

  it('keeps to the court wall clock across a daylight-saving change', () => {
    // 23:00 on Saturday 7 March 2026 in Chicago; clocks spring forward that night.
    const beforeChange = new Date('2026-03-08T05:00:00Z');
    expect(afterQuietHours(beforeChange, CHICAGO, QUIET).toISOString()).toBe('2026-03-08T13:00:00.000Z');
  });

  it('reads quiet hours that do not span midnight', () => {
    const lunch = { start: '12:00', end: '13:00' };
    expect(afterQuietHours(new Date('2026-12-08T18:30:00Z'), CHICAGO, lunch).toISOString()).toBe('2026-12-08T19:00:00.000Z');
    expect(afterQuietHours(new Date('2026-12-08T19:30:00Z'), CHICAGO, lunch).toISOString()).toBe('2026-12-08T19:30:00.000Z');
  });
});
