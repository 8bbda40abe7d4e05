import { parseQuarter, shownCount } from './quarter';

describe('a quarter', () => {
  it('covers its three months, both ends included', () => {
    expect(parseQuarter('2026-Q1')).toMatchObject({ year: 2026, number: 1, from: '2026-01-01', to: '2026-03-31' });
    expect(parseQuarter('2026-Q3')).toMatchObject({ from: '2026-07-01', to: '2026-09-30' });
    expect(parseQuarter('2025-Q4')).toMatchObject({ from: '2025-10-01', to: '2025-12-31' });
  });

  it('is written YYYY-Qn and nothing else', () => {
    for (const text of ['2026-Q5', '2026-Q0', '2026Q3', '26-Q3', '2026-q3', ' 2026-Q3', '2026-Q3x']) expect(parseQuarter(text)).toBeNull();
  });

  it('prints a count of one to four people as "<5", a zero and five or more as they are', () => {
    expect([0, 1, 4, 5, 12].map(shownCount)).toEqual(['0', '<5', '<5', '5', '12']);
  });
});
