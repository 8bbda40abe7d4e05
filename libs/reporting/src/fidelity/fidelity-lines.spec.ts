import { median, shareOf, verdictOf, worstVerdict } from './fidelity-lines';

describe('fidelity verdicts', () => {
  it('meets an at-least target at or above it, and an at-most target at or below it', () => {
    expect(verdictOf(0.286, 0.286, 'at_least')).toBe('met');
    expect(verdictOf(0.25, 0.286, 'at_least')).toBe('not_met');
    expect(verdictOf(8, 8, 'at_most')).toBe('met');
    expect(verdictOf(8.1, 8, 'at_most')).toBe('not_met');
    expect(verdictOf(0, 1, 'at_most')).toBe('met');
  });

  it('has no verdict without a value or a target', () => {
    expect(verdictOf(null, 2, 'at_least')).toBe('no_data');
    expect(verdictOf(3, null, 'at_most')).toBe('no_data');
    expect(verdictOf(Number.NaN, 2, 'at_least')).toBe('no_data');
  });

  it('meets a line read by phase only when every phase with data does', () => {
    expect(worstVerdict(['met', 'no_data', 'met'])).toBe('met');
    expect(worstVerdict(['met', 'not_met', 'no_data'])).toBe('not_met');
    expect(worstVerdict(['no_data'])).toBe('no_data');
    expect(worstVerdict([])).toBe('no_data');
  });

  it('takes medians and shares to the screen’s precision', () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([1, 2, 3, 10])).toBe(2.5);
    expect(shareOf(2, 3)).toBe(0.667);
    expect(shareOf(0, 0)).toBeNull();
  });
});
