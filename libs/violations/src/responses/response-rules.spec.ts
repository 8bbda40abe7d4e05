import { incentiveRatio, orderProblems, responseWarnings, type DecisionContext } from './response-rules';

const calm: DecisionContext = { jailLimitDays: 5, highestSanctionLevel: 2, incentiveGapWeeks: 4, cleanForGap: false, recentIncentive: false };

describe('court responses', () => {
  it('asks each effect for its own parameters', () => {
    expect(orderProblems({ kind: 'sanction', effect: 'jail', violationCount: 1, amount: 2 })).toEqual([]);
    expect(orderProblems({ kind: 'sanction', effect: 'jail', violationCount: 1, amount: 1.5 }).map((p) => p.field)).toEqual(['amount']);
    expect(orderProblems({ kind: 'sanction', effect: 'increased_testing', violationCount: 1, amount: 14 }).map((p) => p.field)).toEqual(['testsPerWeek']);
    expect(orderProblems({ kind: 'sanction', effect: 'community_service', violationCount: 1, amount: 8 })).toEqual([]);
    expect(orderProblems({ kind: 'incentive', effect: 'none', violationCount: 0, amount: 3 }).map((p) => p.field)).toEqual(['amount']);
  });

  it('ties sanctions to violations and keeps incentives free of them', () => {
    expect(orderProblems({ kind: 'sanction', effect: 'none', violationCount: 0 }).map((p) => p.message)).toEqual(['a sanction must answer at least one violation']);
    expect(orderProblems({ kind: 'incentive', effect: 'none', violationCount: 1 }).map((p) => p.message)).toEqual(['an incentive answers no violation']);
    expect(orderProblems({ kind: 'treatment_adjustment', effect: 'none', violationCount: 1 })).toEqual([]);
  });

  it('warns of a jail stay over the limit, a skipped level, and a participant doing well with no incentive', () => {
    expect(responseWarnings({ kind: 'sanction', effect: 'jail', violationCount: 1, amount: 6, level: 3 }, calm).map((w) => w.code)).toEqual(['jail_over_limit']);
    expect(responseWarnings({ kind: 'sanction', effect: 'jail', violationCount: 1, amount: 5, level: 3 }, calm)).toEqual([]);
    expect(responseWarnings({ kind: 'sanction', effect: 'none', violationCount: 1, level: 4 }, calm).map((w) => w.code)).toEqual(['level_skipped']);
    const clean = { ...calm, cleanForGap: true };
    expect(responseWarnings({ kind: 'treatment_adjustment', effect: 'none', violationCount: 0, level: 1 }, clean).map((w) => w.code)).toEqual(['no_recent_incentive']);
    expect(responseWarnings({ kind: 'incentive', effect: 'none', violationCount: 0, level: 1 }, clean)).toEqual([]);
    expect(responseWarnings({ kind: 'treatment_adjustment', effect: 'none', violationCount: 0, level: 1 }, { ...clean, recentIncentive: true })).toEqual([]);
  });

  it('counts incentives per sanction, treatment adjustments aside', () => {
    expect(incentiveRatio(8, 2)).toBe(4);
    expect(incentiveRatio(1, 3)).toBe(0.33);
    expect(incentiveRatio(3, 0)).toBeNull();
  });
});
