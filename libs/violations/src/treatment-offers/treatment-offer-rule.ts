import { returnedRows } from '@app/core';
import type { EntityManager } from 'typeorm';

/**
 * Treatment after repeated violations (HOPE: "treatment is given on request,
 * or required after repeated positive tests"): when a positive is recorded
 * and the participant has, within the program's `treatment_offer_days`
 * (default 90), as many positives as its `treatment_offer_positives`
 * (default 3), a treatment assessment is proposed for their next hearing.
 * Dismissed positives do not count, nor those that already led to a
 * proposal, nor imported ones (history from the earlier records, never
 * acted on), so after one the count starts again. An open proposal is never
 * doubled (its unique index). Runs in the recording's transaction; proposed
 * at the detection of the positive that reached the count. Returns the new
 * proposals' ids.
 */
export async function proposeTreatmentAfterPositives(manager: EntityManager, violationIds: readonly string[]): Promise<string[]> {
  if (violationIds.length === 0) return [];
  const rows = returnedRows<{ id: string }>(
    await manager.query(
      `WITH recorded AS (
         SELECT DISTINCT ON (v.participant_id) v.participant_id, v.court_id, v.detected_at, pr.treatment_offer_positives AS threshold, pr.treatment_offer_days AS days
           FROM violations v JOIN participants p ON p.id = v.participant_id JOIN programs pr ON pr.id = p.program_id
          WHERE v.id = ANY($1::uuid[]) AND v.kind = 'positive_test' AND pr.treatment_offer_positives IS NOT NULL
          ORDER BY v.participant_id, v.detected_at DESC),
       counted AS (
         SELECT r.participant_id, r.court_id, r.detected_at, r.threshold,
                ARRAY(SELECT w.id FROM violations w
                       WHERE w.participant_id = r.participant_id AND w.kind = 'positive_test' AND w.status <> 'dismissed' AND w.imported_at IS NULL
                         AND w.detected_at > r.detected_at - make_interval(days => r.days) AND w.detected_at <= r.detected_at
                         AND NOT EXISTS (SELECT 1 FROM treatment_proposals t WHERE t.participant_id = w.participant_id AND w.id = ANY(t.violation_ids))
                       ORDER BY w.detected_at) AS positives
           FROM recorded r)
       INSERT INTO treatment_proposals (court_id, participant_id, source, violation_ids, proposed_at)
       SELECT court_id, participant_id, 'repeated_positives', positives, detected_at FROM counted WHERE cardinality(positives) >= threshold
       ON CONFLICT (participant_id) WHERE status = 'open' DO NOTHING
       RETURNING id`,
      [violationIds],
    ),
  );
  return rows.map((row) => row.id);
}
