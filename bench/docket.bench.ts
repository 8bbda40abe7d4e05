import { addCalendarDays, courtDateAt } from '@app/core';
import { Pool } from 'pg';
import { freePort } from '../tools/services/free-port';
import { openSessions, startApi } from './call-in.bench';
import { seedDocketHistory } from './docket-history';
import { seedTestingCourt } from './draw.bench';
import { BenchStack, Figure, inTransaction, load, startProcess, stopProcess } from './harness';

/**
 * The judge's docket (GET /api/v1/court-sessions/{id}/docket) for a session
 * of 80 participants, each with a year of history (daily draws, call-ins,
 * collections and results, violations answered by sanctions, incentives,
 * treatment attendance and progress reports under a consent, community
 * service), in a court of 2,000 whose history is as deep for 200 of them
 * (more than twice those on the docket: the history tables are not only theirs;
 * more only lengthens the set-up, the queries reach them by index).
 * Measured through the whole production API, against the bare Fastify
 * server at the same concurrency, in the same run.
 */

const ZONE = 'America/Chicago';
const COURT_SIZE = 2_000;
const WITH_HISTORY = 200;
const ON_DOCKET = 80;
const DAYS = 365;
const CONNECTIONS = 10;
const SEQUENTIAL = 20;

interface DocketSetup {
  sessionId: string;
  judgeUserId: string;
}

export async function seedDocket(pool: Pool): Promise<DocketSetup> {
  const today = courtDateAt(new Date(), ZONE);
  const setup = await inTransaction(pool, async (client) => {
    const one = async (sql: string, params: unknown[]) => (await client.query<{ id: string }>(sql, params)).rows[0].id;
    const courtId = await seedTestingCourt(client, 'DOCKET', { window: ['05:00', '09:00'], reportBy: '17:00' }, COURT_SIZE);
    const programId = await one(`SELECT id FROM programs WHERE court_id = $1`, [courtId]);
    await client.query(`UPDATE phases SET sobriety_days = 90, community_service_hours = 40, treatment_sessions_per_week = 2 WHERE phase_plan_id IN
                          (SELECT id FROM phase_plans WHERE program_id = $1)`, [programId]);
    const judgeUserId = await one(`INSERT INTO users (kind, username, display_name) VALUES ('staff', 'bench-judge', 'Judge Bench') RETURNING id`, []);
    await client.query(`INSERT INTO court_memberships (user_id, court_id, role) VALUES ($1, $2, 'judge')`, [judgeUserId, courtId]);
    const organisationId = await one(`INSERT INTO provider_organisations (court_id, name) VALUES ($1, 'Riverside Recovery') RETURNING id`, [courtId]);
    const entry = (kind: string, code: string) =>
      one(`INSERT INTO response_catalogue_entries (program_id, kind, code, name, level, effect) VALUES ($1, $2, $3, $3, 1, 'none') RETURNING id`, [programId, kind, code]);
    const [sanctionEntryId, incentiveEntryId] = [await entry('sanction', 'WARNING'), await entry('incentive', 'PRAISE')];
    const people = (
      await client.query<{ id: string }>(`SELECT id FROM participants WHERE court_id = $1 ORDER BY participant_number LIMIT $2`, [courtId, WITH_HISTORY])
    ).rows.map((r) => r.id);
    await client.query(`UPDATE participants SET enrolled_on = $2::date - 400, phase_started_on = $2::date - 60 WHERE id = ANY($1::uuid[])`, [people, today]);
    await seedDocketHistory(client, {
      courtId,
      timeZone: ZONE,
      participantIds: people,
      endDay: addCalendarDays(today, -1),
      days: DAYS,
      organisationId,
      sanctionEntryId,
      incentiveEntryId,
      staffId: judgeUserId,
    });
    // Consents to the court team, so the docket carries treatment information (the costlier case).
    await client.query(
      `INSERT INTO consents (court_id, participant_id, discloser_organisation_id, recipient_type, recipient_description, information, purpose,
                             expiry_event, signed_on, signed_by, recorded_by)
       SELECT $1, p, $2, 'court_team', 'the court team', '{treatment_attendance,treatment_progress}', 'monitoring of participation',
              'program_discharge', $4::date - 400, 'the participant', $3
         FROM unnest($5::uuid[]) AS p`,
      [courtId, organisationId, judgeUserId, today, people],
    );
    const docket = people.slice(0, ON_DOCKET);
    // Each was last before the judge two weeks ago; a few still have a violation open.
    await client.query(
      `INSERT INTO hearings (court_id, participant_id, kind, scheduled_at, status)
       SELECT $1, p, 'status', (($3::date - 14)::timestamp + interval '9 hours') AT TIME ZONE $4, 'held' FROM unnest($2::uuid[]) AS p`,
      [courtId, docket, today, ZONE],
    );
    await client.query(
      `INSERT INTO violations (court_id, participant_id, kind, detected_at, deadline_at, source_key, evidence)
       SELECT $1, p, 'missed_test', now() - interval '20 hours', now() + interval '52 hours', 'bench:' || p, '{}' FROM unnest($2::uuid[]) WITH ORDINALITY AS t(p, n)
        WHERE n % 8 = 0`,
      [courtId, docket],
    );
    const sessionId = await one(
      `INSERT INTO court_sessions (court_id, session_date, start_time, starts_at, judge_id, courtroom)
       VALUES ($1, $2::date, '09:00', ($2::date + time '09:00') AT TIME ZONE $3, $4, 'Courtroom 1') RETURNING id`,
      [courtId, today, ZONE, judgeUserId],
    );
    await client.query(
      `INSERT INTO hearings (court_id, participant_id, kind, scheduled_at, session_id)
       SELECT $1, p, 'status', s.starts_at, s.id FROM unnest($2::uuid[]) AS p, court_sessions s WHERE s.id = $3`,
      [courtId, docket, sessionId],
    );
    return { sessionId, judgeUserId };
  });
  await pool.query('VACUUM ANALYZE');
  return setup;
}

/** The docket must answer 200 with every participant on it (anything else would make the figures meaningless). */
async function probeDocket(url: string, token: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  const text = await response.text();
  const ms = performance.now() - started;
  const entries = response.ok ? (JSON.parse(text) as { entries: unknown[] }).entries.length : -1;
  if (entries !== ON_DOCKET) throw new Error(`docket bench: the docket answered ${response.status} with ${entries} entries: ${text.slice(0, 400)}`);
  return ms;
}

export async function docketFigures(stack: BenchStack): Promise<Figure[]> {
  const pool = new Pool({ connectionString: stack.databaseUrl, max: 4, application_name: 'docket-bench' });
  try {
    const seeding = performance.now();
    const { sessionId, judgeUserId } = await seedDocket(pool);
    console.log(`docket bench: ${WITH_HISTORY} participants with ${DAYS} days of history seeded in ${((performance.now() - seeding) / 1000).toFixed(1)} s`);
    // A judge's session is one that presented the second factor (judges must have one).
    const [token] = await openSessions(pool, [judgeUserId], { secondFactorPresented: true });

    const barePort = await freePort();
    const bareServer = await startProcess('dist/bench/bare-server.js', [String(barePort)], process.env);
    const bare = await load(`http://127.0.0.1:${barePort}/api/v1/version`, { connections: CONNECTIONS, seconds: 8 });
    await stopProcess(bareServer);

    const { api, base } = await startApi(stack);
    try {
      const url = `${base}/api/v1/court-sessions/${sessionId}/docket`;
      await probeDocket(url, token);
      const single: number[] = [];
      for (let i = 0; i < SEQUENTIAL; i++) single.push(await probeDocket(url, token));
      single.sort((a, b) => a - b);
      const median = single[Math.floor(single.length / 2)];
      const docket = await load(url, { connections: CONNECTIONS, seconds: 8, headers: { authorization: `Bearer ${token}` } });
      const ratio = docket.requestsPerSecond / bare.requestsPerSecond;
      const clean = docket.errors === 0 && docket.non2xx === 0;
      return [
        {
          name: `docket of ${ON_DOCKET} participants, a year of history each`,
          value: docket.requestsPerSecond,
          unit: 'req/s',
          baselineName: 'bare Fastify',
          baseline: bare.requestsPerSecond,
          ratio,
          target: 'p99 < 1 s, no error',
          met: clean && docket.p99Ms < 1000,
          notes:
            `${CONNECTIONS} connections, 8 s; p50 ${docket.p50Ms} ms, p99 ${docket.p99Ms} ms (bare p99 ${bare.p99Ms} ms); ` +
            `errors ${docket.errors}, non-2xx ${docket.non2xx}; ratio to bare ${ratio.toFixed(4)}; each read writes its two audit rows`,
        },
        {
          name: `docket of ${ON_DOCKET}, one request at a time`,
          value: Math.round(median),
          unit: 'ms',
          baselineName: 'one second',
          baseline: 1000,
          ratio: 1000 / median,
          target: 'median < 250 ms',
          met: median < 250,
          notes: `${SEQUENTIAL} requests one after another: median ${median.toFixed(0)} ms, slowest ${single[single.length - 1].toFixed(0)} ms`,
        },
      ];
    } finally {
      await stopProcess(api);
    }
  } finally {
    await pool.end();
  }
}
