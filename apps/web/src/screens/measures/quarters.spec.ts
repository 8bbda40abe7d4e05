import { recentQuarters } from './quarters';

describe('the quarters offered for the quarterly report', () => {
  it('starts with the quarter of the court’s today and goes back across a year', () => {
    expect(recentQuarters('2026-02-10', 3)).toEqual(['2026-Q1', '2025-Q4', '2025-Q3']);
    expect(recentQuarters('2026-12-31', 2)).toEqual(['2026-Q4', '2026-Q3']);
    expect(recentQuarters('2026-07-01')).toHaveLength(8);
  });
});
