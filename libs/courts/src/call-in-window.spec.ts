import { callInWindowProblem, isWindowEnd, isWindowStart } from './call-in-window';

describe('call-in window', () => {
  it.each([
    ['05:00', '09:00'],
    ['00:00', '24:00'],
    ['23:58', '23:59'],
  ])('accepts %s-%s', (start, end) => {
    expect(callInWindowProblem(start, end)).toBeNull();
  });

  it.each([
    ['09:00', '05:00', 'callInWindowEnd'],
    ['05:00', '05:00', 'callInWindowEnd'],
    ['24:00', '24:00', 'callInWindowStart'],
    ['5:00', '09:00', 'callInWindowStart'],
    ['05:00', '24:01', 'callInWindowEnd'],
    ['05:00', '25:00', 'callInWindowEnd'],
  ])('refuses %s-%s, naming %s', (start, end, field) => {
    expect(callInWindowProblem(start, end)).toMatchObject({ field });
  });

  it('allows 24:00 only as the end', () => {
    expect(isWindowStart('24:00')).toBe(false);
    expect(isWindowEnd('24:00')).toBe(true);
    expect(isWindowEnd('00:00')).toBe(true);
  });
});
