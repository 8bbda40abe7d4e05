import type { CalendarDate } from '@app/core';
import type { EntityManager } from 'typeorm';

/** The panels a prescription of the participant covers on the court day `day`. */
export async function prescribedPanels(manager: EntityManager, participantId: string, day: CalendarDate): Promise<Set<string>> {
  const rows = (await manager.query(
    `SELECT DISTINCT substance FROM prescriptions
      WHERE participant_id = $1 AND starts_on <= $2::date AND (ends_on IS NULL OR ends_on >= $2::date)`,
    [participantId, day],
  )) as Array<{ substance: string }>;
  return new Set(rows.map((row) => row.substance));
}
