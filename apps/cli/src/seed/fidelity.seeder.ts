import { addCalendarDays, courtDateAt } from '@app/core';
import type { EntityManager } from 'typeorm';
import type { DemoSeeder } from './demo-seeder';

/** Jail sanctions of the demo history: participant number, days, days ago. One in DEMO is longer than the program's limit of 5. */
const JAIL: Array<[string, number, number]> = [
  ['D-0002', 2, 30],
  ['D-0005', 3, 20],
  ['D-0008', 7, 10],
  ['H-0002', 2, 25],
  ['H-0004', 3, 15],
];

/**
 * What the fidelity dashboard reads beyond the testing and calendar history:
 * an earlier held status hearing for each participant in a phase planned
 * with regular hearings (on plan for most, a few weeks late for every
 * fourth, so the hearing-interval line has cases), and a few jail sanctions
 * (one over its program's limit, so that line has a case). Runs after the
 * testing and calendar seeders, on their records.
 */
export const fidelitySeeder: DemoSeeder = {
  name: 'fidelity: hearing intervals and jail sanctions',
  logins: [],

  async seed({ manager, now }) {
    await seedEarlierHearings(manager, now);
    await seedJail(manager, now);
  },
};

async function seedEarlierHearings(manager: EntityManager, now: Date): Promise<void> {
  // Each participant's one held hearing (the calendar seeder's), their phase's plan, and the court's past sessions.
  const held = (await manager.query(
    `SELECT DISTINCT ON (h.participant_id) h.participant_id, h.court_id, h.created_by, c.time_zone, p.participant_number,
            (h.scheduled_at AT TIME ZONE c.time_zone)::date::text AS day, ph.hearing_every_weeks, p.phase_started_on::text AS phase_started_on
       FROM hearings h JOIN participants p ON p.id = h.participant_id JOIN courts c ON c.id = h.court_id JOIN phases ph ON ph.id = p.phase_id
      WHERE h.status = 'held' AND ph.hearing_every_weeks IS NOT NULL
      ORDER BY h.participant_id, h.scheduled_at`,
  )) as Array<{
    participant_id: string;
    court_id: string;
    created_by: string | null;
    time_zone: string;
    participant_number: string;
    day: string;
    hearing_every_weeks: number;
    phase_started_on: string | null;
  }>;
  for (const [i, h] of held.entries()) {
    const late = i % 4 === 3;
    const wanted = addCalendarDays(h.day, -(h.hearing_every_weeks * 7 + (late ? 9 : 0)));
    const earliest = addCalendarDays(courtDateAt(now, h.time_zone), -42);
    // On plan: the first session on or after the planned day; late: the last one on or before it.
    const [session] = (await manager.query(
      `SELECT id, starts_at FROM court_sessions WHERE court_id = $1 AND session_date ${late ? '<=' : '>='} $2 AND session_date >= $3 AND session_date < $4
        ORDER BY session_date ${late ? 'DESC' : 'ASC'} LIMIT 1`,
      [h.court_id, wanted, earliest, h.day],
    )) as Array<{ id: string; starts_at: Date }>;
    if (!session || (h.phase_started_on && h.phase_started_on > wanted)) continue;
    await manager.query(
      `INSERT INTO hearings (court_id, participant_id, kind, scheduled_at, session_id, status, created_by) VALUES ($1, $2, 'status', $3, $4, 'held', $5)`,
      [h.court_id, h.participant_id, session.starts_at, session.id, h.created_by],
    );
  }
}

async function seedJail(manager: EntityManager, now: Date): Promise<void> {
  for (const [number, days, ago] of JAIL) {
    const [p] = (await manager.query(
      `SELECT p.id, p.court_id, c.time_zone, pr.jail_limit_days, e.id AS entry_id, e.level,
              (SELECT m.user_id FROM court_memberships m WHERE m.court_id = p.court_id AND m.role = 'judge' LIMIT 1) AS judge_id
         FROM participants p JOIN courts c ON c.id = p.court_id JOIN programs pr ON pr.id = p.program_id
         JOIN response_catalogue_entries e ON e.program_id = p.program_id AND e.effect = 'jail' AND e.active
        WHERE p.participant_number = $1 ORDER BY e.level LIMIT 1`,
      [number],
    )) as Array<{ id: string; court_id: string; time_zone: string; jail_limit_days: number; entry_id: string; level: number; judge_id: string | null }>;
    if (!p?.judge_id) continue;
    const orderedOn = addCalendarDays(courtDateAt(now, p.time_zone), -ago);
    await manager.query(
      `INSERT INTO court_responses (court_id, participant_id, catalogue_entry_id, kind, level, effect, amount, ordered_on, ordered_by, note, restricts_liberty, over_limit_reason)
       VALUES ($1, $2, $3, 'sanction', $4, 'jail', $5, $6, $7, 'ordered at the hearing', true, $8)`,
      [
        p.court_id,
        p.id,
        p.entry_id,
        p.level,
        days,
        orderedOn,
        p.judge_id,
        days > p.jail_limit_days ? 'Third positive test in a month after two shorter stays; the team asked for a longer stay.' : null,
      ],
    );
  }
}
