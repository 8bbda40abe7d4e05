import { excludedChargeCategoriesProblems, hasAtMostDecimals, phasePlanProblems, requiredApprovalsProblems } from './program-rules';
import type { PhaseRequirements } from './program-templates';

const phase = (overrides: Partial<PhaseRequirements> = {}): PhaseRequirements => ({
  name: 'Phase',
  description: null,
  minDaysInPhase: 30,
  sobrietyDays: 0,
  testsPerWeek: 2,
  hearingEveryWeeks: 2,
  treatmentSessionsPerWeek: 1,
  communityServiceHours: 0,
  milestones: [],
  feesDue: 0,
  ...overrides,
});

const fields = (problems: Array<{ field: string }>) => problems.map((p) => p.field);

describe('phasePlanProblems', () => {
  it('accepts a valid plan', () => {
    expect(phasePlanProblems([phase({ name: 'One' }), phase({ name: 'Two', communityServiceHours: 10, feesDue: 50, hearingEveryWeeks: null })])).toEqual([]);
  });

  it('needs 1 to 12 phases', () => {
    expect(fields(phasePlanProblems([]))).toEqual(['phases']);
    expect(fields(phasePlanProblems(Array.from({ length: 13 }, (_x, i) => phase({ name: `P${i}` }))))).toEqual(['phases']);
    expect(phasePlanProblems(Array.from({ length: 12 }, (_x, i) => phase({ name: `P${i}` })))).toEqual([]);
  });

  it('refuses blank and repeated names (whatever the case)', () => {
    expect(fields(phasePlanProblems([phase({ name: '  ' })]))).toEqual(['phases.0.name']);
    expect(fields(phasePlanProblems([phase({ name: 'Stabilisation' }), phase({ name: ' stabilisation ' })]))).toEqual(['phases.1.name']);
  });

  it('refuses cumulative hours or fees that go down', () => {
    const problems = phasePlanProblems([
      phase({ name: 'A', communityServiceHours: 30, feesDue: 100 }),
      phase({ name: 'B', communityServiceHours: 20, feesDue: 100 }),
      phase({ name: 'C', communityServiceHours: 40, feesDue: 50 }),
    ]);
    expect(fields(problems)).toEqual(['phases.1.communityServiceHours', 'phases.2.feesDue']);
  });

  it.each([
    [{ testsPerWeek: 8 }, 'phases.0.testsPerWeek'],
    [{ testsPerWeek: -1 }, 'phases.0.testsPerWeek'],
    [{ testsPerWeek: 2.25 }, 'phases.0.testsPerWeek'],
    [{ hearingEveryWeeks: 0 }, 'phases.0.hearingEveryWeeks'],
    [{ minDaysInPhase: 1.5 }, 'phases.0.minDaysInPhase'],
    [{ sobrietyDays: -1 }, 'phases.0.sobrietyDays'],
    [{ treatmentSessionsPerWeek: -1 }, 'phases.0.treatmentSessionsPerWeek'],
    [{ communityServiceHours: 1.234 }, 'phases.0.communityServiceHours'],
    [{ communityServiceHours: 100000 }, 'phases.0.communityServiceHours'],
    [{ feesDue: -5 }, 'phases.0.feesDue'],
    [{ milestones: [''] }, 'phases.0.milestones.0'],
    [{ milestones: ['x'.repeat(121)] }, 'phases.0.milestones.0'],
    [{ milestones: ['employed', 'Employed'] }, 'phases.0.milestones'],
    [{ description: 'x'.repeat(1001) }, 'phases.0.description'],
  ] as Array<[Partial<PhaseRequirements>, string]>)('refuses %j', (overrides, field) => {
    expect(fields(phasePlanProblems([phase(overrides)]))).toEqual([field]);
  });

  it('accepts one decimal of tests per week, and 7', () => {
    expect(phasePlanProblems([phase({ testsPerWeek: 1.1 })])).toEqual([]);
    expect(phasePlanProblems([phase({ testsPerWeek: 7 })])).toEqual([]);
    expect(hasAtMostDecimals(0.7, 1)).toBe(true);
    expect(hasAtMostDecimals(0.75, 1)).toBe(false);
  });
});

describe('requiredApprovalsProblems and excludedChargeCategoriesProblems', () => {
  it('need a non-empty list of known parties without repeats', () => {
    expect(requiredApprovalsProblems(['team', 'prosecutor'])).toEqual([]);
    expect(fields(requiredApprovalsProblems([]))).toEqual(['requiredApprovals']);
    expect(fields(requiredApprovalsProblems(['team', 'judge']))).toEqual(['requiredApprovals']);
    expect(fields(requiredApprovalsProblems(['team', 'team']))).toEqual(['requiredApprovals']);
  });

  it('allow no excluded categories, but only known ones', () => {
    expect(excludedChargeCategoriesProblems([])).toEqual([]);
    expect(excludedChargeCategoriesProblems(['violent', 'weapons'])).toEqual([]);
    expect(fields(excludedChargeCategoriesProblems(['violent', 'jaywalking']))).toEqual(['excludedChargeCategories']);
    expect(fields(excludedChargeCategoriesProblems(['violent', 'violent']))).toEqual(['excludedChargeCategories']);
  });
});
