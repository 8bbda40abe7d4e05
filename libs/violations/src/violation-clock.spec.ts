import { clockJobKey, clockMoments } from './violation-clock';

describe('a violation clock', () => {
  const detected = new Date('2026-11-01T05:30:00Z');

  it('has its reminders before the deadline, 72 elapsed hours after detection by default', () => {
    expect(clockMoments(detected, 72, [48, 24, 24]).map((m) => [m.event, m.dueAt.toISOString()])).toEqual([
      ['reminder:24h', '2026-11-02T05:30:00.000Z'],
      ['reminder:48h', '2026-11-03T05:30:00.000Z'],
      ['deadline', '2026-11-04T05:30:00.000Z'],
    ]);
  });

  it('counts elapsed hours across the fall-back day (the deadline is not moved by the extra hour)', () => {
    // 2026-11-01 is a 25-hour day in Chicago: the deadline is still exactly 72 × 3,600 s later.
    const [deadline] = clockMoments(detected, 72, []);
    expect(deadline.dueAt.getTime() - detected.getTime()).toBe(72 * 3_600_000);
  });

  it('drops reminders at or after the deadline', () => {
    expect(clockMoments(detected, 24, [24, 48, 12]).map((m) => m.event)).toEqual(['reminder:12h', 'deadline']);
  });

  it('keys jobs from the violation and the moment', () => {
    expect(clockJobKey('v1', 'reminder:24h')).toBe('violation:v1:reminder:24h');
    expect(clockJobKey('v1', 'deadline')).toBe('violation:v1:deadline');
  });
});
