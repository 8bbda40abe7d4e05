import { disparityRatio, fourFifthsFlag } from './disparity';
import { funnelFigures } from './funnel';
import { outcomeDisparities } from './outcome-disparity';
import { derivedFigure, SUPPRESSED_COUNT, SUPPRESSED_RATE, suppressSmallCells } from './small-cells';

describe('disparity ratio', () => {
  it("divides a group's share at a stage by its share of the reference population", () => {
    // 20 of 100 referred are in the group; 6 of the 50 admitted: 0.12 ÷ 0.2.
    expect(disparityRatio(6, 50, 20, 100)).toBe(0.6);
    // In proportion: 10 of 50 admitted, 20 of 100 referred.
    expect(disparityRatio(10, 50, 20, 100)).toBe(1);
    expect(disparityRatio(1, 3, 1, 2)).toBe(0.667);
  });

  it('has no ratio when a share cannot be taken', () => {
    expect(disparityRatio(0, 0, 20, 100)).toBeNull();
    expect(disparityRatio(3, 10, 0, 100)).toBeNull();
    expect(disparityRatio(3, 10, 0, 0)).toBeNull();
  });

  it('flags a ratio below four-fifths, and not one at it or above, nor a missing one', () => {
    expect(fourFifthsFlag(0.799)).toBe(true);
    expect(fourFifthsFlag(0.8)).toBe(false);
    expect(fourFifthsFlag(1.3)).toBe(false);
    expect(fourFifthsFlag(null)).toBeNull();
  });
});

describe('small-cell suppression', () => {
  it('shows counts of five and more, and zero, as they are', () => {
    expect(suppressSmallCells([[0, 5, 12]]).cells).toEqual([[0, 5, 12]]);
  });

  it('hides a count of 1 to 4 as "<5", and the next smallest cell of its row and column so subtraction cannot recover it', () => {
    // Groups × (referred, admitted), with the total row: a group of 3 admitted.
    const { cells, hidden } = suppressSmallCells([
      [20, 3],
      [30, 12],
      [25, 9],
      [75, 24],
    ]);
    // Row 0 hides 20 (its only other cell); column 1 hides 9 (its next smallest);
    // then row 2 has one hidden cell (9) and hides 25, and column 0, now with 20 and 25 hidden, is settled.
    expect(cells).toEqual([
      [SUPPRESSED_COUNT, SUPPRESSED_COUNT],
      [30, 12],
      [SUPPRESSED_COUNT, SUPPRESSED_COUNT],
      [75, 24],
    ]);
    expect(hidden[1]).toEqual([false, false]);
  });

  it('leaves alone a row or column that already hides two cells', () => {
    const { cells } = suppressSmallCells([
      [2, 3, 40],
      [2, 3, 40],
    ]);
    expect(cells).toEqual([
      [SUPPRESSED_COUNT, SUPPRESSED_COUNT, 40],
      [SUPPRESSED_COUNT, SUPPRESSED_COUNT, 40],
    ]);
  });

  it('prefers a non-zero complement, and hides a zero only when nothing else is left', () => {
    expect(suppressSmallCells([[0, 4, 7, 9]]).cells).toEqual([[0, SUPPRESSED_COUNT, SUPPRESSED_COUNT, 9]]);
    expect(suppressSmallCells([[0, 4]]).cells).toEqual([[SUPPRESSED_COUNT, SUPPRESSED_COUNT]]);
  });

  it('cannot hide a complement in a line of one cell, and still hides the small cell', () => {
    expect(suppressSmallCells([[3]]).cells).toEqual([[SUPPRESSED_COUNT]]);
  });

  it('hides a rate or ratio taken from a hidden cell', () => {
    expect(derivedFigure(0.25, [false, true])).toBe(SUPPRESSED_RATE);
    expect(derivedFigure(0.25, [false, false])).toBe(0.25);
    expect(derivedFigure(null, [])).toBeNull();
  });
});

describe('funnel figures', () => {
  const counts = (referred: number, screened: number, eligible: number, accepted: number, admitted: number, graduated: number) => ({
    referred,
    screened,
    eligible,
    accepted,
    admitted,
    graduated,
  });
  const total = counts(30, 28, 24, 20, 18, 12);
  const groups = [
    { group: 'female', counts: counts(10, 10, 8, 6, 6, 3) },
    { group: 'male', counts: counts(20, 18, 16, 14, 12, 9) },
  ];

  it('gives the team every count, each stage against the one before, and both ratios with their flags', () => {
    const figures = funnelFigures(total, groups, 'team');
    expect(figures.stages.map((s) => s.conversionRate)).toEqual([null, 0.933, 0.857, 0.833, 0.9, 0.667]);
    expect(figures.groups[0].stages[5]).toEqual({
      stage: 'graduated',
      count: 3,
      conversionRate: 0.5,
      ratioToReferred: 0.75,
      belowFourFifthsToReferred: true,
      ratioToEligible: 0.75,
      belowFourFifthsToEligible: true,
    });
    expect(figures.groups[1].stages[0]).toMatchObject({ ratioToReferred: 1, belowFourFifthsToReferred: false });
  });

  it('hides for the public the small count, its complements, and every rate and ratio taken from them', () => {
    const figures = funnelFigures(total, groups, 'public');
    expect(figures.groups.map((g) => g.stages.map((s) => s.count))).toEqual([
      [10, 10, 8, SUPPRESSED_COUNT, 6, SUPPRESSED_COUNT],
      [20, 18, 16, SUPPRESSED_COUNT, 12, SUPPRESSED_COUNT],
    ]);
    expect(figures.groups[0].stages[5]).toMatchObject({ conversionRate: SUPPRESSED_RATE, ratioToReferred: SUPPRESSED_RATE, belowFourFifthsToReferred: null });
    // Admitted is shown, but its conversion is taken from the hidden accepted.
    expect(figures.groups[0].stages[4]).toMatchObject({ count: 6, conversionRate: SUPPRESSED_RATE, ratioToReferred: 1 });
    expect(figures.stages.map((s) => s.count)).toEqual([30, 28, 24, 20, 18, 12]);
  });
});

describe('outcome disparities', () => {
  const specs = [
    { key: 'graduations', favourable: true },
    { key: 'terminations', favourable: false },
  ];
  const reference = {
    total: { referred: 30, eligible: 24, referredHidden: false, eligibleHidden: false },
    groups: new Map([
      ['female', { referred: 10, eligible: 8, referredHidden: false, eligibleHidden: false }],
      ['male', { referred: 20, eligible: 16, referredHidden: false, eligibleHidden: false }],
    ]),
  };
  const groups = [
    { group: 'female', counts: { graduations: 3, terminations: 6 } },
    { group: 'male', counts: { graduations: 9, terminations: 6 } },
  ];

  it('flags a favourable outcome below four-fifths and an adverse one above 1.25 of the group’s share', () => {
    const [graduations, terminations] = outcomeDisparities(specs, { graduations: 12, terminations: 12 }, groups, reference, 'team');
    expect(graduations.groups[0]).toEqual({ group: 'female', count: 3, ratioToReferred: 0.75, flagToReferred: true, ratioToEligible: 0.75, flagToEligible: true });
    // Half the terminations against a third of the referrals: 1.5.
    expect(terminations.groups[0]).toMatchObject({ count: 6, ratioToReferred: 1.5, flagToReferred: true });
    expect(terminations.groups[1]).toMatchObject({ ratioToReferred: 0.75, flagToReferred: false });
  });

  it('hides for the public a small outcome count, its complements, and ratios taken from a hidden reference', () => {
    const hiddenReference = { ...reference, groups: new Map([...reference.groups, ['female', { ...reference.groups.get('female')!, referredHidden: true }]]) };
    const [graduations, terminations] = outcomeDisparities(specs, { graduations: 12, terminations: 12 }, groups, hiddenReference, 'public');
    expect(graduations.groups.map((g) => g.count)).toEqual([SUPPRESSED_COUNT, SUPPRESSED_COUNT]);
    expect(terminations.groups[0]).toMatchObject({ count: SUPPRESSED_COUNT, ratioToReferred: SUPPRESSED_RATE, flagToReferred: null });
    // The female row's complement (6 terminations) leaves its column with one hidden cell, so the men's 6 go too.
    expect(terminations.groups[1]).toMatchObject({ count: SUPPRESSED_COUNT, ratioToReferred: SUPPRESSED_RATE });
  });
});
