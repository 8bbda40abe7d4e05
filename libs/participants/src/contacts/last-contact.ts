import type { LastContactSource } from './dto/contact.dto';

/**
 * The participant's latest contact with the court, as a LATERAL join over
 * the participants alias `p` giving `lc.at` and `lc.source`. Three things
 * count: a contact log entry that reached the person, a hearing they
 * appeared at (by the outcome's latest version, so an amended "failed to
 * appear" is not contact), and a specimen collected from them. A call-in
 * does not: it is an automated call that proves a phone works, not that
 * anyone saw or spoke with the person, and counting it would hide someone
 * who calls in every morning but has stopped coming.
 *
 * Each branch reads one row through an index (newest first), so the caseload
 * pays three index probes a row.
 */
export const lastContactJoin = (participant = 'p') => `LEFT JOIN LATERAL (
    SELECT s.at, s.source FROM (
      (SELECT c.occurred_at AS at, 'contact' AS source FROM participant_contacts c
        WHERE c.participant_id = ${participant}.id AND c.reached ORDER BY c.occurred_at DESC LIMIT 1)
      UNION ALL
      (SELECT h.scheduled_at, 'hearing' FROM hearings h
        WHERE h.participant_id = ${participant}.id AND h.status = 'held'
          AND (SELECT o.attendance FROM hearing_outcomes o WHERE o.hearing_id = h.id ORDER BY o.version DESC LIMIT 1) = 'appeared'
        ORDER BY h.scheduled_at DESC LIMIT 1)
      UNION ALL
      (SELECT d.collected_at, 'collection' FROM drug_test_collections d
        WHERE d.participant_id = ${participant}.id ORDER BY d.collected_at DESC LIMIT 1)
    ) s ORDER BY s.at DESC LIMIT 1
  ) lc ON true`;

export interface LastContact {
  at: Date;
  source: LastContactSource;
}
