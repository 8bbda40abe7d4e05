import { firstPin, isTrivial } from './first-pin';

describe('a first PIN drawn for a new participant', () => {
  it('refuses what a stranger tries first, and the birth date', () => {
    for (const pin of ['111111', '123456', '654321', '890123', '121212', '123123']) expect(isTrivial(pin, null)).toBe(true);
    expect(isTrivial('140390', '1990-03-14')).toBe(true);
    expect(isTrivial('031490', '1990-03-14')).toBe(true);
    expect(isTrivial('135790', '1990-03-14')).toBe(false);
  });

  it('is six digits, drawn again until it is not trivial', () => {
    const draws = [[1, 1, 1, 1, 1, 1], [1, 2, 3, 4, 5, 6], [8, 0, 2, 4, 6, 1]];
    const pin = firstPin(null, (bytes) => {
      bytes.set(draws.shift()!);
      return bytes;
    });
    expect(pin).toBe('802461');
    expect(draws).toEqual([]);
  });

  it('takes its digits from the cryptographic source by default', () => {
    const pins = new Set(Array.from({ length: 20 }, () => firstPin('1990-03-14')));
    for (const pin of pins) expect(pin).toMatch(/^\d{6}$/);
    expect(pins.size).toBeGreaterThan(15);
  });
});
