import { EligibilityFacts, expungementEligibility } from './expungement-eligibility';

const completed: EligibilityFacts = {
  status: 'graduated',
  pleaEnteredOn: '2025-01-15',
  dischargedOn: '2026-05-20',
  communityServiceHoursRequired: 220,
  communityServiceHoursDone: 224.5,
  requiredMilestones: ['Employment', 'Child support'],
  milestonesReached: ['employment ', 'child support', 'GED'],
  chargeCategories: ['drug_sale'],
  openWarrants: 0,
};

describe('expungementEligibility', () => {
  it('passes every rule for a program completed in time with the hours and milestones', () => {
    const result = expungementEligibility(completed);
    expect(result.eligible).toBe(true);
    expect(result.rules.map((r) => [r.rule, r.passed])).toEqual([
      ['program_completed', true],
      ['within_maximum_length', true],
      ['community_service', true],
      ['milestones', true],
      ['no_violent_charge', true],
      ['no_open_warrant', true],
    ]);
  });

  it('names each rule that fails and what was found', () => {
    const result = expungementEligibility({
      ...completed,
      status: 'active',
      dischargedOn: null,
      communityServiceHoursDone: 180,
      milestonesReached: ['employment'],
      chargeCategories: ['drug_sale', 'violent'],
      openWarrants: 1,
    });
    expect(result.eligible).toBe(false);
    expect(Object.fromEntries(result.rules.map((r) => [r.rule, r.passed ? 'ok' : r.detail]))).toEqual({
      program_completed: 'status is active, not graduated',
      within_maximum_length: 'not completed; the maximum is 2026-07-15',
      community_service: '180 of 220 hours',
      milestones: 'missing: Child support',
      no_violent_charge: '1 charge(s) of violence',
      no_open_warrant: '1 open warrant(s)',
    });
  });

  it('fails a completion later than 18 months after the plea', () => {
    const late = expungementEligibility({ ...completed, dischargedOn: '2026-07-16' });
    expect(late.rules.find((r) => r.rule === 'within_maximum_length')).toMatchObject({ passed: false });
    expect(expungementEligibility({ ...completed, dischargedOn: '2026-07-15' }).eligible).toBe(true);
  });
});
