import { roundTicks } from './chart-ticks';

describe('roundTicks', () => {
  it.each([
    [100, [0, 20, 40, 60, 80, 100]],
    [73, [0, 20, 40, 60, 80]],
    [7, [0, 2, 4, 6, 8]],
    [1, [0, 0.2, 0.4, 0.6, 0.8, 1]],
    [0.37, [0, 0.1, 0.2, 0.3, 0.4]],
    [96, [0, 20, 40, 60, 80, 100]],
    [250, [0, 50, 100, 150, 200, 250]],
    [1234, [0, 500, 1000, 1500]],
  ])('gives round steps up to at least %p', (highest, ticks) => {
    expect(roundTicks(highest).ticks).toEqual(ticks);
  });

  it('steps by 1, 2 or 5 times a power of ten, at most five steps', () => {
    for (const highest of [0.013, 0.9, 3, 11, 19, 42, 72, 99.5, 480, 7200, 123456]) {
      const { step, top, ticks } = roundTicks(highest);
      const mantissa = step / 10 ** Math.floor(Math.log10(step));
      expect([1, 2, 5]).toContainEqual(Number(mantissa.toPrecision(6)));
      expect(top).toBeGreaterThanOrEqual(highest);
      expect(ticks.length - 1).toBeLessThanOrEqual(5);
      expect(ticks[0]).toBe(0);
    }
  });

  it('draws an axis of 0 to 1 when there is nothing to show', () => {
    expect(roundTicks(0).top).toBe(1);
    expect(roundTicks(Number.NaN).top).toBe(1);
  });
});
