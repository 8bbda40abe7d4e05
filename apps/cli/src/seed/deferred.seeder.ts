import { addCalendarDays, courtDateAt } from '@app/core';
import { addMonths } from '@app/deferred-judgment';
import type { EntityManager } from 'typeorm';
import type { DemoSeeder } from './demo-seeder';

/** The demo's deferred judgments: who pleaded when, to what, for how long. */
const PLEAS: Array<{ number: string; monthsAgo: number; programMonths: number; sentence: string }> = [
  // Near the end: the plea is over 16 months old, so the worker warns the team and the page shows the maximum.
  { number: 'D-0009', monthsAgo: 16, programMonths: 18, sentence: '16 months in county jail, suspended while the program runs' },
];

/**
 * A deferred judgment near its 18-month maximum, its community service and
 * milestones met (D-0006, just enrolled, has none yet: the form to record a
 * plea is there to try), and the bench warrant behind each participant the demo puts
 * on a warrant, issued by the judge. Skips what is already there.
 */
export const deferredSeeder: DemoSeeder = {
  name: 'deferred judgments and warrants',
  logins: [],
  async seed({ manager, now }) {
    const [judge] = (await manager.query(`SELECT id FROM users WHERE username = 'judge'`)) as Array<{ id: string }>;
    const [coordinator] = (await manager.query(`SELECT id FROM users WHERE username = 'coordinator'`)) as Array<{ id: string }>;
    await seedWarrants(manager, judge?.id ?? null, now);
    for (const plea of PLEAS) {
      const [p] = (await manager.query(
        `SELECT p.id, p.court_id, p.charges, c.time_zone FROM participants p JOIN courts c ON c.id = p.court_id
          WHERE c.code = 'DEMO' AND p.participant_number = $1 AND NOT EXISTS (SELECT 1 FROM deferred_judgments d WHERE d.participant_id = p.id)`,
        [plea.number],
      )) as Array<{ id: string; court_id: string; charges: unknown[]; time_zone: string }>;
      if (!p) continue;
      const today = courtDateAt(now, p.time_zone);
      const pleaOn = addCalendarDays(addMonths(today, -plea.monthsAgo), -5);
      const charges = [{ statute: 'HSC 11351', description: 'Possession for sale of a controlled substance', level: 'felony', category: 'drug_sale' }];
      await manager.query(
        `INSERT INTO deferred_judgments (participant_id, court_id, charges, plea, plea_entered_on, deferred_sentence, program_months, community_service_hours, required_milestones, source, recorded_by)
         VALUES ($1, $2, $3, 'guilty', $4, $5, $6, 220, '{employment,education}', 'court_paper', $7)`,
        [p.id, p.court_id, JSON.stringify(charges), pleaOn, plea.sentence, plea.programMonths, coordinator?.id ?? null],
      );
      if (plea.monthsAgo >= 16) await nearlyDone(manager, p.id, today, coordinator?.id ?? null);
    }
  },
};

/** A participant on a warrant has the warrant behind it. */
async function seedWarrants(manager: EntityManager, judgeId: string | null, now: Date): Promise<void> {
  await manager.query(
    `INSERT INTO warrants (participant_id, court_id, issued_at, issued_by, reason)
     SELECT p.id, p.court_id, $1::timestamptz - interval '3 days', $2, 'Failed to appear at the status hearing'
       FROM participants p
      WHERE p.status = 'warrant' AND NOT EXISTS (SELECT 1 FROM warrants w WHERE w.participant_id = p.id AND w.served_at IS NULL AND w.recalled_at IS NULL)`,
    [now, judgeId],
  );
}

/** The service hours up to 220 (in entries of a day's work) and the milestones the terms name, so only completion remains. */
async function nearlyDone(manager: EntityManager, participantId: string, today: string, by: string | null): Promise<void> {
  const [{ done }] = (await manager.query(
    `SELECT COALESCE(sum(amount), 0)::float AS done FROM participant_ledger_entries WHERE participant_id = $1 AND kind = 'community_service'`,
    [participantId],
  )) as Array<{ done: number }>;
  let missing = Math.max(0, 220 - done);
  for (let day = 7; missing > 0; day += 7) {
    const hours = Math.min(8, missing);
    await manager.query(
      `INSERT INTO participant_ledger_entries (participant_id, kind, occurred_on, amount, description, recorded_by) VALUES ($1, 'community_service', $2, $3, 'Goodwill job-training site', $4)`,
      [participantId, addCalendarDays(today, -day), hours, by],
    );
    missing -= hours;
  }
  for (const [name, evidence] of [
    ['employment', 'Pay stubs from a full-time job'],
    ['education', 'High-school equivalency certificate'],
  ]) {
    await manager.query(
      `INSERT INTO participant_milestones (participant_id, name, achieved_on, evidence, recorded_by)
       SELECT $1, $2::varchar, $3::date, $4::varchar, $5::uuid WHERE NOT EXISTS (SELECT 1 FROM participant_milestones WHERE participant_id = $1 AND lower(name) = $2::varchar)`,
      [participantId, name, addCalendarDays(today, -40), evidence, by],
    );
  }
}
