import { returnedRows } from '@app/core';
import type { EntityManager } from 'typeorm';

/**
 * What makes a violation answered, as the 72-hour rule means it: brought
 * before the judge at a hearing held with the participant (heard) and the
 * court's response, or its decision of none, recorded (responded). Either
 * may come first: staff may respond where the program delegates, and the
 * hearing then takes the violation up; or the judge responds at the hearing
 * itself. Only with both does the violation leave `open`, so its clock (and
 * the overdue count) runs until the hearing. These run inside the caller's
 * transaction and touch open violations only.
 */

/** The first response naming each violation, or the court's decision of none, at `at`. */
export async function markResponded(manager: EntityManager, violationIds: readonly string[], at: Date): Promise<void> {
  if (violationIds.length === 0) return;
  await manager.query(`UPDATE violations SET responded_at = COALESCE(responded_at, $2) WHERE id = ANY($1::uuid[]) AND status = 'open'`, [violationIds, at]);
}

/** Heard at the hearing (held with the participant present) at `at`: the first hearing to take a violation up is the one kept. */
export async function markHeard(manager: EntityManager, violationIds: readonly string[], hearingId: string, at: Date): Promise<void> {
  if (violationIds.length === 0) return;
  await manager.query(
    `UPDATE violations SET heard_at = $3, heard_hearing_id = $2 WHERE id = ANY($1::uuid[]) AND status = 'open' AND heard_at IS NULL AND detected_at <= $3`,
    [violationIds, hearingId, at],
  );
}

/** Answers those of the violations both heard and responded to (the clock stops); returns their ids. */
export async function settleAnswered(manager: EntityManager, violationIds: readonly string[]): Promise<string[]> {
  if (violationIds.length === 0) return [];
  const rows = returnedRows<{ id: string }>(
    await manager.query(
      `UPDATE violations SET status = 'answered', answered_at = GREATEST(heard_at, responded_at)
        WHERE id = ANY($1::uuid[]) AND status = 'open' AND heard_at IS NOT NULL AND responded_at IS NOT NULL
        RETURNING id`,
      [violationIds],
    ),
  );
  const answered = new Set(rows.map((r) => r.id));
  return violationIds.filter((id) => answered.has(id));
}

/**
 * When the hearing was held with the participant present (its outcome's
 * first recording, the latest version saying `appeared`), or null: a
 * response recorded later against that hearing is heard at it.
 */
export async function heldWithParticipantAt(manager: EntityManager, hearingId: string): Promise<Date | null> {
  const [row] = (await manager.query(
    `SELECT (SELECT recorded_at FROM hearing_outcomes WHERE hearing_id = $1 ORDER BY version LIMIT 1) AS held_at,
            (SELECT attendance FROM hearing_outcomes WHERE hearing_id = $1 ORDER BY version DESC LIMIT 1) AS attendance`,
    [hearingId],
  )) as Array<{ held_at: Date | null; attendance: string | null }>;
  return row?.attendance === 'appeared' ? row.held_at : null;
}
