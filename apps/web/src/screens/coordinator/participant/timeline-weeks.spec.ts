import { collapseNegativeWeeks, mondayOf } from './timeline-weeks';

const negative = (sortKey: string) => ({ sortKey, negativeTest: true, id: `n ${sortKey}` });
const other = (sortKey: string) => ({ sortKey, id: `o ${sortKey}` });

describe('a participant timeline: negative tests one line per week', () => {
  it('finds the Monday of a week (weeks run Monday to Sunday)', () => {
    expect(mondayOf('2026-11-08 10:00:00')).toBe('2026-11-02'); // a Sunday
    expect(mondayOf('2026-11-02 00:00:01')).toBe('2026-11-02');
    expect(mondayOf('2027-01-01 09:00:00')).toBe('2026-12-28'); // across a year
  });

  it("collapses a week's negatives into one row where the newest was, and leaves everything else alone", () => {
    const events = [negative('2026-11-12 09:00:00'), other('2026-11-11 15:00:00'), negative('2026-11-10 09:00:00'), negative('2026-11-07 09:00:00'), negative('2026-11-03 09:00:00'), other('2026-11-01 12:00:00')];
    const rows = collapseNegativeWeeks(events);
    expect(rows.map((r) => (r.type === 'event' ? r.event.id : `${r.weekStart}…${r.weekEnd} ×${r.events.length}`))).toEqual([
      '2026-11-09…2026-11-15 ×2',
      'o 2026-11-11 15:00:00',
      '2026-11-02…2026-11-08 ×2',
      'o 2026-11-01 12:00:00',
    ]);
  });

  it('keeps a lone negative of a week as its own line, and never groups a positive or a missed test', () => {
    const rows = collapseNegativeWeeks([negative('2026-11-12 09:00:00'), other('2026-11-11 09:00:00'), other('2026-11-10 09:00:00')]);
    expect(rows.every((r) => r.type === 'event')).toBe(true);
    expect(rows).toHaveLength(3);
  });
});
