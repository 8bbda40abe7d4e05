import { courtDayStart, courtInstant } from './court-time';

describe('court-local moments', () => {
  it("reads a court's wall-clock time in its own zone, on both sides of a daylight-saving change", () => {
    expect(courtInstant('2026-11-23', '14:30', 'America/Chicago')).toBe('2026-11-23T20:30:00.000Z');
    expect(courtInstant('2026-07-01', '14:30', 'America/Chicago')).toBe('2026-07-01T19:30:00.000Z');
    // The morning after the autumn change in Chicago (1 November 2026), and Honolulu, which has none.
    expect(courtInstant('2026-11-01', '08:00', 'America/Chicago')).toBe('2026-11-01T14:00:00.000Z');
    expect(courtInstant('2026-11-01', '08:00', 'Pacific/Honolulu')).toBe('2026-11-01T18:00:00.000Z');
    expect(courtInstant('2026-11-23', '00:00', 'America/Chicago')).toBe(courtDayStart('2026-11-23', 'America/Chicago'));
  });

  it('gives nothing for text that is not a date and a time', () => {
    expect(courtInstant('23/11/2026', '14:30', 'America/Chicago')).toBeUndefined();
    expect(courtInstant('2026-11-23', '2:30 pm', 'America/Chicago')).toBeUndefined();
  });
});
