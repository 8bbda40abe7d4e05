import { type CalendarDate, returnedRows } from '@app/core';
import type { EntityManager } from 'typeorm';
import type { Collection } from '../entities/collection.entity';
import { settleCollectionViolation } from '../collections/collection-violation';

export const PRESCRIBED_REASON = 'positive for a prescribed medication';

/**
 * A prescription recorded after the test: the positives it covers become
 * `prescribed`, and each collection's violation is brought in line (an open
 * one is dismissed; one the court already answered stays, for the court to
 * revisit). Returns the collections changed.
 */
export async function markPrescribedResults(
  manager: EntityManager,
  prescription: { participantId: string; substance: string; startsOn: CalendarDate; endsOn: CalendarDate | null },
  now: Date,
): Promise<string[]> {
  const rows = returnedRows<{ collection_id: string }>(
    await manager.query(
    `UPDATE drug_test_results SET outcome = 'prescribed'
      WHERE participant_id = $1 AND substance = $2 AND outcome = 'positive'
        AND tested_on >= $3::date AND ($4::date IS NULL OR tested_on <= $4::date)
      RETURNING collection_id`,
    [prescription.participantId, prescription.substance, prescription.startsOn, prescription.endsOn],
    ),
  );
  const collectionIds = [...new Set(rows.map((row) => row.collection_id))].sort();
  for (const id of collectionIds) {
    const [collection] = (await manager.query(
      `SELECT id, court_id AS "courtId", participant_id AS "participantId", court_day::text AS "courtDay" FROM drug_test_collections WHERE id = $1 FOR UPDATE`,
      [id],
    )) as Collection[];
    await settleCollectionViolation(manager, collection, now, PRESCRIBED_REASON);
  }
  return collectionIds;
}
