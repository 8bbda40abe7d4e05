/**
 * A participant tested three times a week for a year has 150 negative tests:
 * on the timeline they would bury the positives, missed tests and everything
 * the team must act on. Negatives are therefore shown as one line per week
 * (expandable); every other event stays a line of its own.
 */

export interface WeekGroupable {
  /** Court-local `YYYY-MM-DD HH:mm:ss`, newest first in the list. */
  sortKey: string;
  /** A collection whose every result is negative. */
  negativeTest?: boolean;
}

export type TimelineRow<E> = { type: 'event'; event: E } | { type: 'negativeWeek'; weekStart: string; weekEnd: string; events: E[] };

/** The Monday (`YYYY-MM-DD`) of a court-local day's week. */
export function mondayOf(day: string): string {
  const [y, m, d] = day.slice(0, 10).split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  const sinceMonday = (date.getUTCDay() + 6) % 7;
  return new Date(Date.UTC(y, m - 1, d - sinceMonday)).toISOString().slice(0, 10);
}

function sundayAfter(monday: string): string {
  const [y, m, d] = monday.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + 6)).toISOString().slice(0, 10);
}

/**
 * The rows of a newest-first event list: each week's negative tests become
 * one row, placed where the week's newest negative was; a week with a single
 * negative keeps it as an ordinary line (a group of one says nothing more).
 */
export function collapseNegativeWeeks<E extends WeekGroupable>(events: E[]): Array<TimelineRow<E>> {
  const byWeek = new Map<string, E[]>();
  for (const event of events) {
    if (!event.negativeTest) continue;
    const week = mondayOf(event.sortKey);
    byWeek.set(week, [...(byWeek.get(week) ?? []), event]);
  }
  const rows: Array<TimelineRow<E>> = [];
  const placed = new Set<string>();
  for (const event of events) {
    const week = event.negativeTest ? mondayOf(event.sortKey) : null;
    const group = week ? byWeek.get(week)! : null;
    if (!week || !group || group.length < 2) {
      rows.push({ type: 'event', event });
    } else if (!placed.has(week)) {
      placed.add(week);
      rows.push({ type: 'negativeWeek', weekStart: week, weekEnd: sundayAfter(week), events: group });
    }
  }
  return rows;
}
