import { lowestRunningTotal, totalOf } from './ledger-balance';

describe('ledger balance', () => {
  it('sums two-decimal amounts exactly', () => {
    expect(totalOf([{ occurredOn: '2026-01-01', amount: 0.1 }, { occurredOn: '2026-01-02', amount: 0.2 }])).toBe(0.3);
    expect(totalOf([])).toBe(0);
  });

  it('finds no dip when every correction follows what it corrects', () => {
    const entries = [
      { occurredOn: '2026-01-01', amount: 4 },
      { occurredOn: '2026-01-03', amount: -1.5 },
      { occurredOn: '2026-01-05', amount: 2 },
    ];
    expect(lowestRunningTotal(entries)).toBe(0);
  });

  it('counts a day as a whole, so a same-day correction is fine', () => {
    expect(lowestRunningTotal([{ occurredOn: '2026-01-01', amount: -3 }, { occurredOn: '2026-01-01', amount: 3 }])).toBe(0);
  });

  it('finds a correction dated before the hours it would correct', () => {
    expect(lowestRunningTotal([{ occurredOn: '2026-01-01', amount: -2 }, { occurredOn: '2026-01-05', amount: 5 }])).toBe(-2);
  });

  it('finds a total taken below zero', () => {
    expect(lowestRunningTotal([{ occurredOn: '2026-01-01', amount: 2.25 }, { occurredOn: '2026-01-02', amount: -2.5 }])).toBe(-0.25);
  });
});
