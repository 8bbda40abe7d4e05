import { CHARGE_CATEGORIES, PROGRAM_MODELS, SCREENING_PARTIES } from './program-model';
import { excludedChargeCategoriesProblems, hasAtMostDecimals, phasePlanProblems, requiredApprovalsProblems } from './program-rules';
import { PROGRAM_TEMPLATES, programTemplate } from './program-templates';

describe('program templates', () => {
  it('has one template per program model', () => {
    expect(PROGRAM_TEMPLATES.map((t) => t.model)).toEqual([...PROGRAM_MODELS]);
    for (const model of PROGRAM_MODELS) expect(programTemplate(model).model).toBe(model);
  });

  describe.each(PROGRAM_TEMPLATES.map((t) => [t.model, t] as const))('%s', (_model, template) => {
    it('numbers its phases 1..n', () => {
      expect(template.phases.map((p) => p.position)).toEqual(template.phases.map((_p, i) => i + 1));
    });

    it('passes the phase plan rules a court-written plan must pass', () => {
      expect(phasePlanProblems(template.phases)).toEqual([]);
      expect(requiredApprovalsProblems(template.requiredApprovals)).toEqual([]);
      expect(excludedChargeCategoriesProblems(template.excludedChargeCategories)).toEqual([]);
    });

    it('never lowers the cumulative community service hours or fees', () => {
      for (let i = 1; i < template.phases.length; i++) {
        expect(template.phases[i].communityServiceHours).toBeGreaterThanOrEqual(template.phases[i - 1].communityServiceHours);
        expect(template.phases[i].feesDue).toBeGreaterThanOrEqual(template.phases[i - 1].feesDue);
      }
    });

    it('keeps every value within the checks of the phases table', () => {
      for (const phase of template.phases) {
        expect(phase.name.length).toBeGreaterThan(0);
        expect(phase.name.length).toBeLessThanOrEqual(120);
        expect((phase.description ?? '').length).toBeLessThanOrEqual(1000);
        expect(Number.isInteger(phase.minDaysInPhase) && phase.minDaysInPhase >= 0).toBe(true);
        expect(Number.isInteger(phase.sobrietyDays) && phase.sobrietyDays >= 0).toBe(true);
        expect(phase.testsPerWeek).toBeGreaterThanOrEqual(0);
        expect(phase.testsPerWeek).toBeLessThanOrEqual(7);
        expect(hasAtMostDecimals(phase.testsPerWeek, 1)).toBe(true);
        expect(phase.hearingEveryWeeks === null || (Number.isInteger(phase.hearingEveryWeeks) && phase.hearingEveryWeeks >= 1)).toBe(true);
        expect(Number.isInteger(phase.treatmentSessionsPerWeek) && phase.treatmentSessionsPerWeek >= 0).toBe(true);
        expect(phase.communityServiceHours).toBeGreaterThanOrEqual(0);
        expect(phase.communityServiceHours).toBeLessThan(100_000);
        expect(hasAtMostDecimals(phase.communityServiceHours, 2)).toBe(true);
        expect(phase.feesDue).toBeGreaterThanOrEqual(0);
        expect(hasAtMostDecimals(phase.feesDue, 2)).toBe(true);
        for (const milestone of phase.milestones) expect(milestone.length).toBeLessThanOrEqual(120);
      }
    });

    it('names only known screening parties and charge categories', () => {
      for (const party of template.requiredApprovals) expect(SCREENING_PARTIES).toContain(party);
      for (const category of template.excludedChargeCategories) expect(CHARGE_CATEGORIES).toContain(category);
    });
  });

  it('treatment_court: 5 phases over about 20 months, stepping supervision down', () => {
    const { phases, requiredApprovals, excludedChargeCategories } = programTemplate('treatment_court');
    expect(phases).toHaveLength(5);
    const days = phases.reduce((sum, p) => sum + p.minDaysInPhase, 0);
    expect(days / 30.4).toBeGreaterThanOrEqual(18);
    expect(days / 30.4).toBeLessThanOrEqual(22);
    expect(phases[0]).toMatchObject({ testsPerWeek: 3, hearingEveryWeeks: 1, treatmentSessionsPerWeek: 3 });
    expect(phases[0].minDaysInPhase).toBeGreaterThanOrEqual(60);
    expect(phases[4].sobrietyDays).toBeGreaterThanOrEqual(90);
    expect(phases[4].milestones).toEqual(expect.arrayContaining(['employed or in school', 'stable housing']));
    for (let i = 1; i < phases.length; i++) {
      expect(phases[i].testsPerWeek).toBeLessThanOrEqual(phases[i - 1].testsPerWeek);
      expect(phases[i].hearingEveryWeeks!).toBeGreaterThanOrEqual(phases[i - 1].hearingEveryWeeks!);
      expect(phases[i].sobrietyDays).toBeGreaterThanOrEqual(phases[i - 1].sobrietyDays);
    }
    expect([...requiredApprovals].sort()).toEqual(['defense', 'prosecutor', 'team']);
    expect([...excludedChargeCategories].sort()).toEqual(['drug_trafficking', 'sex_offense', 'violent']);
  });

  it('hope_probation: hearings only on violations, no required treatment', () => {
    const { phases, requiredApprovals, excludedChargeCategories } = programTemplate('hope_probation');
    expect(phases).toHaveLength(2);
    for (const phase of phases) expect(phase).toMatchObject({ hearingEveryWeeks: null, treatmentSessionsPerWeek: 0 });
    expect(phases[1].testsPerWeek).toBeLessThan(phases[0].testsPerWeek);
    expect(requiredApprovals).toEqual(['team']);
    expect(excludedChargeCategories).toEqual(['sex_offense']);
  });

  it('deferred_judgment: a six-week orientation with 30 hours, then milestones ending at 220 hours in all', () => {
    const { phases, requiredApprovals, excludedChargeCategories } = programTemplate('deferred_judgment');
    expect(phases.map((p) => p.name)).toEqual(['Orientation', 'Milestones']);
    expect(phases[0]).toMatchObject({ minDaysInPhase: 42, communityServiceHours: 30 });
    expect(phases[1].minDaysInPhase).toBeGreaterThanOrEqual(365);
    expect(phases[phases.length - 1].communityServiceHours).toBe(220);
    expect(phases[1].milestones).toEqual(expect.arrayContaining(['employed or in school', 'child support current']));
    expect([...requiredApprovals].sort()).toEqual(['prosecutor', 'team']);
    expect([...excludedChargeCategories].sort()).toEqual(['sex_offense', 'violent', 'weapons']);
  });

  it('words every phase and milestone of every template in Spanish and Portuguese, milestone for milestone', () => {
    for (const template of PROGRAM_TEMPLATES) {
      for (const phase of template.phases) {
        for (const language of ['es', 'pt'] as const) {
          expect(phase.translations?.[language]?.name).toEqual(expect.any(String));
          expect(phase.translations?.[language]?.name).not.toBe(phase.name);
          if (phase.milestones.length > 0) expect(phase.milestoneTranslations?.[language]).toHaveLength(phase.milestones.length);
        }
      }
      expect(phasePlanProblems(template.phases)).toEqual([]);
    }
  });
});
