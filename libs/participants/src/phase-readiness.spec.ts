import { phaseReadiness, PhaseRequirements, ReadinessRecord } from './phase-readiness';

const phase = (overrides: Partial<PhaseRequirements> = {}): PhaseRequirements => ({
  minDaysInPhase: 0,
  sobrietyDays: 0,
  treatmentSessionsPerWeek: 0,
  communityServiceHours: 0,
  milestones: [],
  feesDue: 0,
  ...overrides,
});

const record = (overrides: Partial<ReadinessRecord> = {}): ReadinessRecord => ({
  today: '2026-06-30',
  enrolledOn: '2026-01-01',
  phaseStartedOn: '2026-06-01',
  lastUseOn: null,
  treatmentSessionsLast7Days: 0,
  communityServiceHours: 0,
  feesPaid: 0,
  milestonesAchieved: [],
  ...overrides,
});

describe('phaseReadiness', () => {
  it('is ready when the phase asks nothing', () => {
    expect(phaseReadiness(record(), phase())).toMatchObject({ ready: true, requirements: [], daysInPhase: 29 });
  });

  it('counts days in phase and says how many remain', () => {
    const result = phaseReadiness(record(), phase({ minDaysInPhase: 41 }));
    expect(result.requirements).toEqual([
      { code: 'min_days_in_phase', met: false, required: 41, actual: 29, remaining: 12, summary: '12 more days in this phase' },
    ]);
    expect(result.ready).toBe(false);
    expect(phaseReadiness(record({ today: '2026-07-12' }), phase({ minDaysInPhase: 41 })).ready).toBe(true);
  });

  it('counts continuous sobriety from enrolment when nothing shows use', () => {
    const result = phaseReadiness(record(), phase({ sobrietyDays: 90 }));
    expect(result.soberSince).toBe('2026-01-01');
    expect(result.continuousSoberDays).toBe(180);
    expect(result.requirements[0]).toMatchObject({ met: true, summary: '180 continuous clean days' });
  });

  it('restarts sobriety the day after the last use', () => {
    const result = phaseReadiness(record({ lastUseOn: '2026-06-12' }), phase({ sobrietyDays: 30 }));
    expect(result.soberSince).toBe('2026-06-13');
    expect(result.continuousSoberDays).toBe(17);
    expect(result.requirements[0]).toMatchObject({ met: false, remaining: 13, summary: '13 more continuous clean days' });
  });

  it('ignores use before enrolment', () => {
    expect(phaseReadiness(record({ lastUseOn: '2025-12-01' }), phase({ sobrietyDays: 1 })).soberSince).toBe('2026-01-01');
  });

  it('counts zero clean days on the day of use', () => {
    expect(phaseReadiness(record({ lastUseOn: '2026-06-30' }), phase({ sobrietyDays: 1 })).continuousSoberDays).toBe(0);
  });

  it('reports treatment sessions as "2 of 3", or withheld without a consent (never met)', () => {
    expect(phaseReadiness(record({ treatmentSessionsLast7Days: 2 }), phase({ treatmentSessionsPerWeek: 3 })).requirements[0]).toEqual({
      code: 'treatment_sessions',
      met: false,
      required: 3,
      actual: 2,
      remaining: 1,
      summary: '2 of 3 sessions this week (last 7 days)',
    });
    const withheld = phaseReadiness(record({ treatmentSessionsLast7Days: 'withheld' }), phase({ treatmentSessionsPerWeek: 3 }));
    expect(withheld.requirements[0]).toMatchObject({ met: null, actual: null, remaining: null });
    expect(withheld.ready).toBe(false);
  });

  it('measures community service and fees cumulatively, with fractions', () => {
    const result = phaseReadiness(record({ communityServiceHours: 27.5, feesPaid: 150 }), phase({ communityServiceHours: 30, feesDue: 150 }));
    expect(result.requirements).toEqual([
      expect.objectContaining({ code: 'community_service', met: false, remaining: 2.5, summary: '2.5 more hours of community service (27.5 of 30)' }),
      expect.objectContaining({ code: 'fees', met: true, remaining: 0, summary: 'fees paid (150 of 150 paid)' }),
    ]);
  });

  it('matches milestones by name regardless of case and spacing', () => {
    const result = phaseReadiness(
      record({ milestonesAchieved: ['Employed  or in school '] }),
      phase({ milestones: ['employed or in school', 'child support current'] }),
    );
    expect(result.requirements.map((r) => [r.name, r.met])).toEqual([
      ['employed or in school', true],
      ['child support current', false],
    ]);
    expect(result.ready).toBe(false);
  });

  it('is ready only when every requirement is met', () => {
    const full = phase({ minDaysInPhase: 10, sobrietyDays: 10, treatmentSessionsPerWeek: 1, communityServiceHours: 5, feesDue: 10, milestones: ['housing'] });
    const good = record({ treatmentSessionsLast7Days: 1, communityServiceHours: 5, feesPaid: 10, milestonesAchieved: ['Housing'] });
    expect(phaseReadiness(good, full).ready).toBe(true);
    expect(phaseReadiness({ ...good, feesPaid: 9.99 }, full).ready).toBe(false);
  });
});

describe('community service ordered by the court', () => {
  it('adds the sanctioned hours to the phase requirement, and makes it a requirement where the phase had none', () => {
    const record = {
      today: '2026-11-23',
      enrolledOn: '2026-01-01',
      phaseStartedOn: '2026-06-01',
      lastUseOn: null,
      treatmentSessionsLast7Days: 0,
      communityServiceHours: 20,
      communityServiceOrdered: 8,
      feesPaid: 0,
      milestonesAchieved: [],
    };
    const phase = { minDaysInPhase: 0, sobrietyDays: 0, treatmentSessionsPerWeek: 0, communityServiceHours: 20, milestones: [], feesDue: 0 };
    const withHours = phaseReadiness(record, phase).requirements.find((r) => r.code === 'community_service');
    expect(withHours).toMatchObject({ met: false, required: 28, actual: 20, remaining: 8 });
    const none = phaseReadiness(record, { ...phase, communityServiceHours: 0 }).requirements.find((r) => r.code === 'community_service');
    expect(none).toMatchObject({ met: true, required: 8 });
  });
});
