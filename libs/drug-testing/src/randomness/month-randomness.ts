import type { CalendarDate } from '@app/core';
import type { EntityManager } from 'typeorm';
import { selectedWithOverride } from '../draw/selection';
import { randomnessCheck, type DrawRecord, type RandomnessCheck } from './randomness-stats';

interface RandomnessRow {
  participant_id: string;
  court_day: string;
  probability: number;
  tests_per_week: number;
  selected: boolean;
  action: 'force' | 'excuse' | null;
}

/** `YYYY-MM` → the first day of the following month. */
export function nextMonthStart(month: string): CalendarDate {
  const [year, m] = month.split('-').map(Number);
  return m === 12 ? `${year + 1}-01-01` : `${year}-${String(m + 1).padStart(2, '0')}-01`;
}

/** `YYYY-MM` → the month before. */
export function previousMonth(month: string): string {
  const [year, m] = month.split('-').map(Number);
  return m === 1 ? `${year - 1}-12` : `${year}-${String(m - 1).padStart(2, '0')}`;
}

/**
 * The randomness check of one court's month of draws, read from the draws,
 * their entries, the overrides and the court's holidays. The staff report
 * and the worker's monthly self-check both call it.
 */
export async function monthRandomness(manager: EntityManager, courtId: string, month: string): Promise<RandomnessCheck> {
  const from = `${month}-01`;
  const to = nextMonthStart(month);
  const rows = (await manager.query(
    `SELECT e.participant_id, d.court_day::text, e.probability, e.tests_per_week, e.selected, o.action
       FROM draws d
       JOIN draw_entries e ON e.draw_id = d.id
       LEFT JOIN draw_overrides o ON o.participant_id = e.participant_id AND o.court_day = d.court_day AND o.withdrawn_at IS NULL
      WHERE d.court_id = $1 AND d.court_day >= $2 AND d.court_day < $3`,
    [courtId, from, to],
  )) as RandomnessRow[];
  const holidays = (await manager.query(`SELECT date::text FROM court_holidays WHERE court_id = $1 AND date >= $2 AND date < $3`, [
    courtId,
    from,
    to,
  ])) as Array<{ date: string }>;
  const records: DrawRecord[] = rows.map((row) => ({
    participantId: row.participant_id,
    courtDay: row.court_day,
    probability: row.probability,
    testsPerWeek: row.tests_per_week,
    randomSelected: row.selected,
    selected: selectedWithOverride(row.action, row.selected),
    override: row.action === 'force' ? 'forced' : row.action === 'excuse' ? 'excused' : null,
  }));
  return randomnessCheck(records, new Set(holidays.map((h) => h.date)));
}
