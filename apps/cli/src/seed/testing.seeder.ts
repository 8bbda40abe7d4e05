import { addCalendarDays, courtDateAt } from '@app/core';
import {
  activeCourtsTesting,
  daysDueForDraw,
  describeHours,
  drawCandidates,
  ensureSeedChain,
  parseOpeningHours,
  RECEIPT_ALPHABET,
  testingDay,
  writeDraw,
  type CourtTesting,
} from '@app/drug-testing';
import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { DemoSeeder } from './demo-seeder';

/** Testing sites per court: name, address, hours, and the programs they serve. */
const SITES: Array<{ court: string; name: string; address: string; hours: string; instructions: string; programs: string[] }> = [
  {
    court: 'DEMO',
    name: 'County Testing Center',
    address: '200 N Main St, Springfield',
    hours: 'Every day 06:00-22:00',
    instructions: 'Bring photo ID. Observed collection; allow 20 minutes.',
    programs: ['ATC', 'BOT'],
  },
  { court: 'DEMO', name: 'Eastside Clinic', address: '1450 E Oak Ave, Springfield', hours: 'Mon-Sat 07:00-19:00, Sun 09:00-15:00', instructions: 'Enter by the side door.', programs: ['ATC'] },
  {
    court: 'HOPE',
    name: 'Harbor City Probation Testing',
    address: '777 Punchbowl St, Honolulu',
    hours: 'Every day 06:00-14:00',
    instructions: 'Report by 14:00. Bring your probation card.',
    programs: ['HOPE'],
  },
];

/** Reporting deadlines: the all-day demo window reports by midnight; HOPE by 14:00. */
const REPORT_BY: Record<string, string> = { DEMO: '24:00', HOPE: '14:00' };

/** Days of draw history seeded before today. */
const HISTORY_DAYS = 42;

/** A stable pseudo-random number in [0, 1) for a label, so the demo history is varied but the same on every run. */
const chance = (label: string) => createHash('sha256').update(label).digest().readUInt32BE(0) / 2 ** 32;

interface Enrolled {
  id: string;
  participant_number: string;
  enrolled_on: string;
  index: number;
}

/**
 * Testing sites, the testing-site login, and six weeks of random testing:
 * one committed draw per court day (made as the worker makes it), call-ins,
 * collections with screen results (a few positives, confirmed), missed
 * call-ins and missed tests answered at a hearing, and the draws due now,
 * so a participant can call in as soon as `npm start` is up.
 */
export const testingSeeder: DemoSeeder = {
  name: 'testing sites, draws, call-ins and results',
  logins: [],

  async seed({ manager, now }) {
    const courts = new Map(((await manager.query(`SELECT id, code FROM courts`)) as Array<{ id: string; code: string }>).map((c) => [c.code, c.id]));
    for (const [code, reportBy] of Object.entries(REPORT_BY)) {
      await manager.query(`UPDATE courts SET report_by_time = $2 WHERE id = $1`, [courts.get(code), reportBy]);
    }
    const sites = new Map<string, string>();
    for (const site of SITES) {
      const courtId = courts.get(site.court);
      // Hours as data, as an administrator enters them; the clinic closes on the year's two holidays.
      const weeklyHours = parseOpeningHours(site.hours);
      if (!weeklyHours) throw new Error(`demo hours of ${site.name} cannot be read: ${site.hours}`);
      const year = now.getUTCFullYear();
      const closures = site.name === 'Eastside Clinic' ? [{ date: `${year}-12-25`, reason: 'Christmas Day' }, { date: `${year + 1}-01-01`, reason: "New Year's Day" }] : [];
      const [{ id }] = (await manager.query(
        `INSERT INTO testing_sites (court_id, name, address, hours, weekly_hours, closures, instructions) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [courtId, site.name, site.address, describeHours(weeklyHours, 'en'), JSON.stringify(weeklyHours), JSON.stringify(closures), site.instructions],
      )) as Array<{ id: string }>;
      sites.set(site.court, sites.get(site.court) ?? id);
      await manager.query(
        `INSERT INTO program_testing_sites (program_id, testing_site_id) SELECT id, $2 FROM programs WHERE court_id = $1 AND code = ANY($3::text[])`,
        [courtId, id, site.programs],
      );
    }
    // Every program's panels with the common federal workplace cut-offs (ng/mL: screen, confirmation).
    await manager.query(
      `INSERT INTO program_test_panels (program_id, substance, screen_cutoff_ng_ml, confirmation_cutoff_ng_ml)
       SELECT p.id, x.substance, x.screen, x.confirmation FROM programs p,
              (VALUES ('thc', 50, 15), ('cocaine', 150, 100), ('opiates', 2000, 2000), ('amphetamines', 500, 250),
                      ('methamphetamine', 500, 250), ('fentanyl', 1, 0.5), ('buprenorphine', 5, NULL)) AS x(substance, screen, confirmation)`,
    );
    const collector = ((await manager.query(`SELECT id FROM users WHERE username = 'collector'`)) as Array<{ id: string }>)[0]?.id ?? null;
    for (const court of await activeCourtsTesting(manager)) {
      await seedHistory(manager, court, now, sites.get([...courts].find(([, id]) => id === court.courtId)![0]) ?? null, collector);
      await seedResponses(manager, court.courtId);
      // Today's draw (and tomorrow's, once its time has come), as the worker would make it.
      for (const day of daysDueForDraw(court, now)) {
        await writeDraw(manager, { courtId: court.courtId, day, committedAt: now, candidates: await drawCandidates(manager, court.courtId, day.courtDay) });
      }
    }
  },
};

async function seedHistory(manager: EntityManager, court: CourtTesting, now: Date, siteId: string | null, collector: string | null): Promise<void> {
  const today = courtDateAt(now, court.timeZone);
  const enrolled = (
    (await manager.query(
      `SELECT id, participant_number, enrolled_on::text FROM participants WHERE court_id = $1 AND enrolled_on IS NOT NULL ORDER BY participant_number`,
      [court.courtId],
    )) as Array<Omit<Enrolled, 'index'>>
  ).map((row, index) => ({ ...row, index }));
  const byId = new Map(enrolled.map((p) => [p.id, p]));
  // The seed chains of the history's years, published on 1 December before each year as the worker publishes them.
  for (const year of new Set([addCalendarDays(today, -HISTORY_DAYS), addCalendarDays(today, 1)].map((d) => Number(d.slice(0, 4))))) {
    const published = new Date(Date.UTC(year - 1, 11, 1));
    await ensureSeedChain(manager, court.courtId, year, published < now ? published : now);
  }
  const positiveDone = new Set<string>();
  for (let ago = HISTORY_DAYS; ago >= 1; ago--) {
    const day = testingDay(court, addCalendarDays(today, -ago));
    const candidates = (await drawCandidates(manager, court.courtId, day.courtDay)).filter((c) => byId.get(c.participantId)!.enrolled_on <= day.courtDay);
    const { drawId } = await writeDraw(manager, { courtId: court.courtId, day, committedAt: day.drawAt, candidates });
    const selected = new Set(
      ((await manager.query(`SELECT participant_id FROM draw_entries WHERE draw_id = $1 AND selected`, [drawId])) as Array<{ participant_id: string }>).map(
        (r) => r.participant_id,
      ),
    );
    for (const { participantId } of candidates) {
      const p = byId.get(participantId)!;
      const label = `${p.participant_number} ${day.courtDay}`;
      const calledAt = new Date(day.windowOpensAt.getTime() + Math.floor(chance(`${label} at`) * 100) * 60_000);
      if (chance(`${label} call`) < 0.04) {
        await answeredViolation(manager, court.courtId, participantId, 'missed_call_in', day.windowClosesAt, `call-in:${participantId}:${day.courtDay}:missed`);
        continue;
      }
      const toTest = selected.has(participantId);
      await manager.query(
        `INSERT INTO call_ins (court_id, participant_id, court_day, called_at, channel, receipt_code, told, answered_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $4)`,
        [court.courtId, participantId, day.courtDay, calledAt, chance(`${label} channel`) < 0.7 ? 'web' : 'phone', receipt(label), toTest],
      );
      if (!toTest) continue;
      if (chance(`${label} test`) < 0.05) {
        await manager.query(`INSERT INTO drug_test_results (court_id, participant_id, tested_on, outcome, released_at) VALUES ($1, $2, $3, 'missed', $4)`, [
          court.courtId,
          participantId,
          day.courtDay,
          day.reportBy,
        ]);
        await answeredViolation(manager, court.courtId, participantId, 'missed_test', day.reportBy, `test:${participantId}:${day.courtDay}:missed`);
        continue;
      }
      // Every third participant had one positive (THC) about three weeks ago, confirmed by the lab.
      const positive = p.index % 3 === 0 && ago <= 24 && ago >= 14 && !positiveDone.has(participantId);
      if (positive) positiveDone.add(participantId);
      await seedCollection(manager, court.courtId, participantId, day.courtDay, new Date(calledAt.getTime() + 3 * 3_600_000), siteId, collector, positive);
    }
    await manager.query(`UPDATE draws SET missed_call_ins_recorded_at = $2, missed_tests_recorded_at = $3 WHERE id = $1`, [drawId, day.windowClosesAt, day.reportBy]);
  }
}

async function seedCollection(
  manager: EntityManager,
  courtId: string,
  participantId: string,
  courtDay: string,
  collectedAt: Date,
  siteId: string | null,
  collector: string | null,
  positive: boolean,
): Promise<void> {
  const [{ id }] = (await manager.query(
    `INSERT INTO drug_test_collections (court_id, participant_id, court_day, collected_at, testing_site_id, observed, specimen_type, basis, collected_by)
     VALUES ($1, $2, $3, $4, $5, true, 'urine', 'random', COALESCE($6, (SELECT case_manager_id FROM participants WHERE id = $2))) RETURNING id`,
    [courtId, participantId, courtDay, collectedAt, siteId, collector],
  )) as Array<{ id: string }>;
  // Results come back (and are recorded) a day and a half after collection, so the turnaround measures show the lab's time, not the seeding's.
  const released = new Date(collectedAt.getTime() + 36 * 3_600_000);
  const [screen] = (await manager.query(
    `INSERT INTO drug_test_results (court_id, participant_id, collection_id, tested_on, substance, outcome, method, released_at, recorded_by, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, 'screen', $7, $8, $7) RETURNING id`,
    [courtId, participantId, id, courtDay, positive ? 'thc' : null, positive ? 'positive' : 'negative', released, collector],
  )) as Array<{ id: string }>;
  if (!positive) return;
  await manager.query(`UPDATE drug_test_collections SET lab = 'Springfield Reference Laboratory', accession_number = $2 WHERE id = $1`, [id, `SRL-${courtDay.replace(/-/g, '')}-${id.slice(0, 6).toUpperCase()}`]);
  await manager.query(
    `INSERT INTO drug_test_results (court_id, participant_id, collection_id, tested_on, substance, outcome, method, supersedes_id, released_at, recorded_by, level_ng_ml, lab, technique, created_at)
     VALUES ($1, $2, $3, $4, 'thc', 'positive', 'confirmation', $5, $6, $7, 42.5, 'Springfield Reference Laboratory', 'lc_ms', $6)`,
    [courtId, participantId, id, courtDay, screen.id, released, collector],
  );
  await answeredViolation(manager, courtId, participantId, 'positive_test', released, `collection:${id}`);
}

/** A violation of the past, already heard and answered at a hearing two days after it was detected. */
async function answeredViolation(manager: EntityManager, courtId: string, participantId: string, kind: string, detectedAt: Date, sourceKey: string) {
  await manager.query(
    `INSERT INTO violations (court_id, participant_id, kind, detected_at, deadline_at, status, answered_at, heard_at, responded_at, source_key)
     VALUES ($1, $2, $3, $4::timestamptz, $4::timestamptz + interval '72 hours', 'answered', $4::timestamptz + interval '48 hours',
             $4::timestamptz + interval '48 hours', $4::timestamptz + interval '48 hours', $5)`,
    [courtId, participantId, kind, detectedAt, sourceKey],
  );
}

/** A receipt code in the call-in's alphabet and shape, stable for the demo. */
function receipt(label: string): string {
  const digest = createHash('sha256').update(`receipt ${label}`).digest();
  const chars = Array.from(digest.subarray(0, 8), (byte) => RECEIPT_ALPHABET[byte % RECEIPT_ALPHABET.length]).join('');
  return `${chars.slice(0, 4)}-${chars.slice(4)}`;
}

/**
 * The court's answers to the history: each answered violation met with the
 * mildest sanction of the participant's catalogue on the day it was
 * answered, and praise from the bench every other week for everyone, so the
 * record shows responses and an incentive:sanction ratio.
 */
async function seedResponses(manager: EntityManager, courtId: string): Promise<void> {
  const mildest = (kind: string) => `(SELECT e.id FROM response_catalogue_entries e WHERE e.program_id = p.program_id AND e.kind = '${kind}' AND e.effect = 'none' ORDER BY e.level, e.code LIMIT 1)`;
  const judge = `(SELECT m.user_id FROM court_memberships m WHERE m.court_id = $1 AND m.role IN ('judge', 'case_manager') ORDER BY m.role DESC LIMIT 1)`;
  const answered = (await manager.query(
    `SELECT v.id, v.participant_id, (v.answered_at AT TIME ZONE c.time_zone)::date::text AS answered_on, ${mildest('sanction')} AS entry_id
       FROM violations v JOIN participants p ON p.id = v.participant_id JOIN courts c ON c.id = v.court_id
      WHERE v.court_id = $1 AND v.status = 'answered'`,
    [courtId],
  )) as Array<{ id: string; participant_id: string; answered_on: string; entry_id: string | null }>;
  for (const violation of answered.filter((v) => v.entry_id)) {
    const [{ id }] = (await manager.query(
      `INSERT INTO court_responses (court_id, participant_id, catalogue_entry_id, kind, level, effect, ordered_on, ordered_by, note)
       SELECT $1, $2, e.id, e.kind, e.level, e.effect, $4, ${judge}, 'answered at a status hearing' FROM response_catalogue_entries e WHERE e.id = $3
       RETURNING id`,
      [courtId, violation.participant_id, violation.entry_id, violation.answered_on],
    )) as Array<{ id: string }>;
    await manager.query(`INSERT INTO court_response_violations (response_id, violation_id) VALUES ($1, $2)`, [id, violation.id]);
  }
  await manager.query(
    `INSERT INTO court_responses (court_id, participant_id, catalogue_entry_id, kind, level, effect, ordered_on, ordered_by, note)
     SELECT $1, p.id, ${mildest('incentive')}, 'incentive', 1, 'none', d::date, ${judge}, 'doing well'
       FROM participants p CROSS JOIN generate_series(CURRENT_DATE - 35, CURRENT_DATE - 7, interval '14 days') AS d
      WHERE p.court_id = $1 AND p.enrolled_on IS NOT NULL AND p.enrolled_on <= d::date AND ${mildest('incentive')} IS NOT NULL`,
    [courtId],
  );
}
