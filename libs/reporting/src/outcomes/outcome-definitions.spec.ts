import { graduationRate, incentivesPerSanction, per100 } from './outcome-definitions';

describe('outcome definitions', () => {
  it('gives positives per 100 tests to one decimal, and nothing without tests', () => {
    expect(per100(2, 3)).toBe(66.7);
    expect(per100(0, 4)).toBe(0);
    expect(per100(0, 0)).toBeNull();
  });

  it('gives incentives per sanction to two decimals, and nothing without sanctions', () => {
    expect(incentivesPerSanction(8, 2)).toBe(4);
    expect(incentivesPerSanction(2, 3)).toBe(0.67);
    expect(incentivesPerSanction(5, 0)).toBeNull();
  });

  it('leaves transfers out of the graduation rate: graduations ÷ (graduations + terminations + withdrawals)', () => {
    expect(graduationRate(3, 1, 0)).toBe(0.75);
    expect(graduationRate(1, 0, 1)).toBe(0.5);
    expect(graduationRate(0, 0, 0)).toBeNull();
  });
});
