import { instantToWallTime, wallTimeToInstant } from './wall-time';

describe('wall-clock times in a court zone', () => {
  it("reads a datetime-local value in the court's zone, not the browser's", () => {
    expect(wallTimeToInstant('2026-11-23T05:30', 'America/Chicago')).toBe('2026-11-23T11:30:00.000Z');
    expect(wallTimeToInstant('2026-11-23T05:30', 'Pacific/Honolulu')).toBe('2026-11-23T15:30:00.000Z');
  });

  it('follows daylight saving on each side of the change', () => {
    // Chicago moved from CDT (-5) to CST (-6) at 02:00 on 2026-11-01.
    expect(wallTimeToInstant('2026-10-31T08:00', 'America/Chicago')).toBe('2026-10-31T13:00:00.000Z');
    expect(wallTimeToInstant('2026-11-01T08:00', 'America/Chicago')).toBe('2026-11-01T14:00:00.000Z');
  });

  it('leaves text that is no wall-clock time as it is, for the API to refuse', () => {
    expect(wallTimeToInstant('', 'America/Chicago')).toBe('');
    expect(wallTimeToInstant('yesterday', 'America/Chicago')).toBe('yesterday');
  });

  it('shows an instant as the wall-clock time of the zone', () => {
    expect(instantToWallTime(new Date('2026-11-23T11:30:00Z'), 'America/Chicago')).toBe('2026-11-23T05:30');
    expect(wallTimeToInstant(instantToWallTime(new Date('2026-07-04T20:15:00Z'), 'America/Chicago'), 'America/Chicago')).toBe('2026-07-04T20:15:00.000Z');
  });
});
