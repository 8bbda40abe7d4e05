import { calendarRange, sessionStartProblem, sessionStartsAt } from './session-time';

const CHICAGO = 'America/Chicago';

describe('session start: court-local date and time to an instant', () => {
  it('places a session in standard and daylight time', () => {
    expect(sessionStartsAt('2026-01-15', '09:00', CHICAGO)?.toISOString()).toBe('2026-01-15T15:00:00.000Z');
    expect(sessionStartsAt('2026-07-15', '09:00', CHICAGO)?.toISOString()).toBe('2026-07-15T14:00:00.000Z');
    expect(sessionStartsAt('2026-07-15', '09:00', 'Pacific/Honolulu')?.toISOString()).toBe('2026-07-15T19:00:00.000Z');
  });

  it('on the spring-forward day (2026-03-08) refuses a time in the gap and keeps the morning docket at 09:00 CDT', () => {
    expect(sessionStartsAt('2026-03-08', '01:59', CHICAGO)?.toISOString()).toBe('2026-03-08T07:59:00.000Z');
    expect(sessionStartsAt('2026-03-08', '02:00', CHICAGO)).toBeNull();
    expect(sessionStartsAt('2026-03-08', '02:30', CHICAGO)).toBeNull();
    expect(sessionStartsAt('2026-03-08', '03:00', CHICAGO)?.toISOString()).toBe('2026-03-08T08:00:00.000Z');
    expect(sessionStartsAt('2026-03-08', '09:00', CHICAGO)?.toISOString()).toBe('2026-03-08T14:00:00.000Z');
    // The day before and after are ordinary.
    expect(sessionStartsAt('2026-03-07', '02:30', CHICAGO)?.toISOString()).toBe('2026-03-07T08:30:00.000Z');
    expect(sessionStartsAt('2026-03-09', '02:30', CHICAGO)?.toISOString()).toBe('2026-03-09T07:30:00.000Z');
  });

  it('on the fall-back day (2026-11-01) takes the earlier of the two 01:30s and keeps 09:00 at 09:00 CST', () => {
    expect(sessionStartsAt('2026-11-01', '01:30', CHICAGO)?.toISOString()).toBe('2026-11-01T06:30:00.000Z');
    expect(sessionStartsAt('2026-11-01', '02:00', CHICAGO)?.toISOString()).toBe('2026-11-01T08:00:00.000Z');
    expect(sessionStartsAt('2026-11-01', '09:00', CHICAGO)?.toISOString()).toBe('2026-11-01T15:00:00.000Z');
    expect(sessionStartsAt('2026-10-31', '09:00', CHICAGO)?.toISOString()).toBe('2026-10-31T14:00:00.000Z');
  });

  it('names the problem: a time in the gap on startTime, a start already past on date', () => {
    const now = new Date('2026-03-01T12:00:00Z');
    expect(sessionStartProblem('2026-03-08', '02:15', CHICAGO, now).problem?.field).toBe('startTime');
    expect(sessionStartProblem('2026-02-27', '09:00', CHICAGO, now).problem?.field).toBe('date');
    // 06:00 Chicago on 1 March is 12:00Z: starting exactly now is not in the future.
    expect(sessionStartProblem('2026-03-01', '06:00', CHICAGO, now).problem?.field).toBe('date');
    expect(sessionStartProblem('2026-03-01', '06:01', CHICAGO, now)).toEqual({ problem: null, startsAt: new Date('2026-03-01T12:01:00Z') });
  });
});

describe('calendar range', () => {
  it('defaults to today and the four weeks after', () => {
    expect(calendarRange('2026-11-23')).toEqual({ from: '2026-11-23', to: '2026-12-21', problem: null });
    expect(calendarRange('2026-11-23', '2026-12-01')).toEqual({ from: '2026-12-01', to: '2026-12-29', problem: null });
    expect(calendarRange('2026-11-23', undefined, '2026-11-30')).toEqual({ from: '2026-11-23', to: '2026-11-30', problem: null });
  });

  it('refuses a range that ends before it starts or spans more than 366 days', () => {
    expect(calendarRange('2026-11-23', '2026-11-30', '2026-11-29').problem?.field).toBe('to');
    expect(calendarRange('2026-11-23', '2026-01-01', '2027-01-02').problem).toBeNull();
    expect(calendarRange('2026-11-23', '2026-01-01', '2027-01-03').problem?.field).toBe('to');
  });
});
