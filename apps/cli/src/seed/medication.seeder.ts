import { addCalendarDays, courtDateAt } from '@app/core';
import type { DemoSeeder } from './demo-seeder';

/** The participant on medication for addiction treatment: D-0002, whose consent covers the treatment plan. */
const ON_BUPRENORPHINE = 'D-0002';

/**
 * Medication in the demo: D-0002 takes buprenorphine on prescription since
 * enrolment, and a test three days ago found it, recorded as "prescribed"
 * (no violation), as the collection write records it.
 */
export const medicationSeeder: DemoSeeder = {
  name: 'prescriptions and a prescribed result',
  logins: [],

  async seed({ manager, now }) {
    const [participant] = (await manager.query(
      `SELECT p.id, p.court_id, p.enrolled_on::text, c.time_zone,
              (SELECT id FROM users WHERE username = 'casemanager') AS recorded_by,
              (SELECT s.id FROM testing_sites s WHERE s.court_id = p.court_id AND s.name = 'County Testing Center') AS site_id
         FROM participants p JOIN courts c ON c.id = p.court_id
        WHERE p.participant_number = $1 AND c.code = 'DEMO' AND p.enrolled_on IS NOT NULL`,
      [ON_BUPRENORPHINE],
    )) as Array<{ id: string; court_id: string; enrolled_on: string; time_zone: string; recorded_by: string; site_id: string | null }>;
    if (!participant) return;
    await manager.query(
      `INSERT INTO prescriptions (court_id, participant_id, substance, medication, prescriber, starts_on, recorded_by)
       VALUES ($1, $2, 'buprenorphine', 'Suboxone 8 mg/2 mg, once a day', 'Dr. Ana Rivera, Riverside Recovery', $3, $4)`,
      [participant.court_id, participant.id, participant.enrolled_on, participant.recorded_by],
    );
    const collectedAt = new Date(now.getTime() - 3 * 86_400_000);
    const courtDay = courtDateAt(collectedAt, participant.time_zone);
    if (courtDay < participant.enrolled_on || addCalendarDays(courtDay, 3) > courtDateAt(now, participant.time_zone)) return;
    const [{ id }] = (await manager.query(
      `INSERT INTO drug_test_collections (court_id, participant_id, court_day, collected_at, testing_site_id, observed, specimen_type, basis, collected_by)
       VALUES ($1, $2, $3, $4, $5, true, 'urine', 'for_cause', $6) RETURNING id`,
      [participant.court_id, participant.id, courtDay, collectedAt, participant.site_id, participant.recorded_by],
    )) as Array<{ id: string }>;
    await manager.query(
      `INSERT INTO drug_test_results (court_id, participant_id, collection_id, tested_on, substance, outcome, method, released_at, recorded_by)
       VALUES ($1, $2, $3, $4, 'buprenorphine', 'prescribed', 'screen', $5, $6)`,
      [participant.court_id, participant.id, id, courtDay, new Date(collectedAt.getTime() + 86_400_000), participant.recorded_by],
    );
  },
};
