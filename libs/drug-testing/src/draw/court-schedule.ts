import { NotFoundError } from '@app/core';
import type { EntityManager } from 'typeorm';
import type { TestingSchedule } from './testing-day';

export interface CourtTesting extends TestingSchedule {
  courtId: string;
}

const COLUMNS = `id, time_zone, call_in_window_start, call_in_window_end, report_by_time, draw_lead_minutes`;

interface CourtRow {
  id: string;
  time_zone: string;
  call_in_window_start: string;
  call_in_window_end: string;
  report_by_time: string;
  draw_lead_minutes: number;
}

const toSchedule = (row: CourtRow): CourtTesting => ({
  courtId: row.id,
  timeZone: row.time_zone,
  callInWindowStart: row.call_in_window_start,
  callInWindowEnd: row.call_in_window_end,
  reportByTime: row.report_by_time,
  drawLeadMinutes: row.draw_lead_minutes,
});

/** A court's testing schedule (zone, window, reporting deadline, draw lead). */
export async function courtTesting(manager: EntityManager, courtId: string): Promise<CourtTesting> {
  const [row] = (await manager.query(`SELECT ${COLUMNS} FROM courts WHERE id = $1`, [courtId])) as CourtRow[];
  if (!row) throw new NotFoundError('court');
  return toSchedule(row);
}

/** Every active court's schedule, for the sweep and the job schedulers. */
export async function activeCourtsTesting(manager: EntityManager): Promise<CourtTesting[]> {
  return ((await manager.query(`SELECT ${COLUMNS} FROM courts WHERE active ORDER BY code`)) as CourtRow[]).map(toSchedule);
}
