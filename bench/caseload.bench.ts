import { hash } from '@node-rs/argon2';
import { AccessService, Permission, Principal, Role } from '@app/auth';
import { caseloadQuery } from '@app/participants';
import { ChildProcess } from 'node:child_process';
import { Pool, PoolClient } from 'pg';
import { freePort } from '../tools/services/free-port';
import { BenchStack, Figure, load, LoadResult, startProcess, stopProcess } from './harness';

/**
 * Requests per second of the caseload listing — one court of 5,000
 * participants, filtered by phase (≈1,000 match), sorted by name, second
 * page of 50, as a signed-in case manager — through the whole API (auth
 * guard and session lookup, rate limit, validation, the query, the audit
 * row), against the very same SQL issued with the plain `pg` driver from a
 * pool of the API's size, at the same concurrency, in the same run.
 */

const CONNECTIONS = 50;
const SECONDS = 8;
const WARM_UP_SECONDS = 2;
/** DATABASE_POOL_SIZE's default (libs/core/src/config/environment.ts): the API's pool. */
const POOL_SIZE = 10;
const PARTICIPANTS = 5_000;
const OTHER_COURT_PARTICIPANTS = 300;
const PHASES = 5;
const PAGE = { page: 2, pageSize: 50 };
const USERNAME = 'bench.casemanager';
const PASSWORD = 'bench-password-correct-horse';
const AUTH_SECRET = 'bench-auth-secret-0123456789abcdefghijklmnop';

const FIRST_NAMES = [
  'Maria', 'James', 'Ashley', 'Robert', 'Jessica', 'Michael', 'Amanda', 'David', 'Brittany', 'William',
  'Jennifer', 'Joseph', 'Sarah', 'Christopher', 'Stephanie', 'Daniel', 'Nicole', 'Matthew', 'Heather', 'Anthony',
  'Elizabeth', 'Joshua', 'Megan', 'Andrew', 'Amber', 'Justin', 'Tiffany', 'Brandon', 'Rachel', 'Tyler',
  'Crystal', 'Kevin', 'Samantha', 'Brian', 'Lauren', 'Jose', 'Danielle', 'Travis', 'Kayla', 'Dustin',
];
const LAST_NAMES = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez',
  'Hernandez', 'Lopez', 'Gonzalez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin',
  'Lee', 'Perez', 'Thompson', 'White', 'Harris', 'Sanchez', 'Clark', 'Ramirez', 'Lewis', 'Robinson',
  'Walker', 'Young', 'Allen', 'King', 'Wright', 'Scott', 'Torres', 'Nguyen', 'Hill', 'Flores',
  'Green', 'Adams', 'Nelson', 'Baker', 'Hall', 'Rivera', 'Campbell', 'Mitchell', 'Carter', 'Roberts',
  'Gomez', 'Phillips', 'Evans', 'Turner', 'Diaz', 'Parker', 'Cruz', 'Edwards', 'Collins', 'Reyes',
];

export interface Seeded {
  courtId: string;
  phaseIds: string[];
}

/**
 * One court, its treatment-court program with a five-phase plan, `count`
 * enrolled participants spread evenly (and uncorrelated with their names)
 * over the phases, each with the open phase-history row the app would write.
 * Set-based, so 5,000 participants take well under a second.
 */
async function seedCourt(client: PoolClient, code: string, numberPrefix: string, count: number): Promise<Seeded> {
  const [court] = (
    await client.query<{ id: string }>(
      `INSERT INTO courts (code, name, time_zone, call_in_window_start, call_in_window_end)
       VALUES ($1, $2, 'America/Chicago', '05:00', '09:00') RETURNING id`,
      [code, `${code} County Drug Treatment Court`],
    )
  ).rows;
  const [program] = (
    await client.query<{ id: string }>(
      `INSERT INTO programs (court_id, code, name, model) VALUES ($1, 'ADULT-DTC', 'Adult Drug Treatment Court', 'treatment_court') RETURNING id`,
      [court.id],
    )
  ).rows;
  const [plan] = (
    await client.query<{ id: string }>(`INSERT INTO phase_plans (program_id, version, note) VALUES ($1, 1, 'benchmark plan') RETURNING id`, [
      program.id,
    ])
  ).rows;
  const phases = (
    await client.query<{ id: string; position: number }>(
      `INSERT INTO phases (phase_plan_id, position, name, min_days_in_phase, sobriety_days, tests_per_week, hearing_every_weeks,
                           treatment_sessions_per_week)
       SELECT $1, n, (ARRAY['Orientation', 'Stabilisation', 'Intensive treatment', 'Transition', 'Maintenance'])[n],
              30 * n, 14 * n, 3, 2, 3
         FROM generate_series(1, 5) AS n
       RETURNING id, position`,
      [plan.id],
    )
  ).rows.sort((a, b) => a.position - b.position);
  // k*7919 mod count is a permutation of 0..count-1 (7919 is prime, coprime to 5,000 and 300),
  // so exactly count/5 land in each phase, and not by name.
  await client.query(
    `WITH s AS (
       SELECT k, (k * 7919) % $3 * $4 / $3 AS phase_index FROM generate_series(0, $3 - 1) AS k
     )
     INSERT INTO participants (court_id, participant_number, first_name, last_name, status, program_id, phase_plan_id, phase_id,
                               enrolled_on, phase_started_on, referred_on, referral_source, date_of_birth)
     SELECT $1, $2 || lpad((k + 1)::text, 5, '0'),
            ($5::text[])[1 + k % cardinality($5::text[])],
            ($6::text[])[1 + (k / cardinality($5::text[])) % cardinality($6::text[])]
              || CASE WHEN k < cardinality($5::text[]) * cardinality($6::text[]) THEN ''
                      ELSE '-' || ($6::text[])[1 + (k * 7 + k / (cardinality($5::text[]) * cardinality($6::text[]))) % cardinality($6::text[])] END,
            'active', $7, $8, ($9::uuid[])[1 + phase_index],
            CURRENT_DATE - (90 + (k * 37) % 600), CURRENT_DATE - (1 + (k * 11) % 85), CURRENT_DATE - (120 + (k * 37) % 600),
            (ARRAY['prosecutor', 'defense', 'judge', 'probation', 'police'])[1 + k % 5],
            DATE '1970-01-01' + (k * 97) % 12000
       FROM s`,
    [court.id, numberPrefix, count, PHASES, FIRST_NAMES, LAST_NAMES, program.id, plan.id, phases.map((p) => p.id)],
  );
  await client.query(
    `INSERT INTO participant_phases (participant_id, phase_plan_id, phase_id, started_on, start_reason)
     SELECT id, phase_plan_id, phase_id, phase_started_on, 'enrolment' FROM participants WHERE court_id = $1`,
    [court.id],
  );
  return { courtId: court.id, phaseIds: phases.map((p) => p.id) };
}

export async function seedCaseload(pool: Pool): Promise<Seeded> {
  const client = await pool.connect();
  let court: Seeded;
  try {
    await client.query('BEGIN');
    court = await seedCourt(client, 'BENCH', 'B-', PARTICIPANTS);
    // Another court's participants, which the case manager must not see.
    await seedCourt(client, 'OTHER', 'O-', OTHER_COURT_PARTICIPANTS);
    const secretHash = await hash(PASSWORD, { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
    const [user] = (
      await client.query<{ id: string }>(
        `INSERT INTO users (kind, username, display_name, secret_hash) VALUES ('staff', $1, 'Bench Case Manager', $2) RETURNING id`,
        [USERNAME, secretHash],
      )
    ).rows;
    await client.query(`INSERT INTO court_memberships (user_id, court_id, role) VALUES ($1, $2, 'case_manager')`, [user.id, court.courtId]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
  // Fresh statistics, as autovacuum would have them on a court's real data.
  await pool.query('ANALYZE');
  const [check] = (
    await pool.query<{ n: string; distinct_names: string }>(
      `SELECT count(*) AS n, count(DISTINCT (last_name, first_name)) AS distinct_names FROM participants WHERE court_id = $1`,
      [court.courtId],
    )
  ).rows;
  if (Number(check.n) !== PARTICIPANTS) throw new Error(`caseload bench: seeded ${check.n} participants, expected ${PARTICIPANTS}`);
  if (Number(check.distinct_names) < PARTICIPANTS * 0.95) throw new Error(`caseload bench: only ${check.distinct_names} distinct names`);
  return court;
}

/**
 * The SQL the API issues for this request, built the way the API builds it:
 * the access layer's scope for a case manager of the court, then the caseload query.
 */
export function caseloadSql(courtId: string, phaseId: string): { sql: string; params: unknown[] } {
  const principal = new Principal('bench', 'staff', 'Bench', 'bench', null, [{ courtId, code: 'BENCH', role: Role.CaseManager, organisationId: null }], null, null);
  const scope = new AccessService(null as never, null as never, null as never).participantScope(principal, Permission.ParticipantRead, 1);
  if (scope.sql !== '(p.court_id = ANY($1::uuid[]))') throw new Error(`caseload bench: unexpected scope for a case manager: ${scope.sql}`);
  return caseloadQuery(scope, { courtId, phaseId, sort: 'name' }, PAGE);
}

/** `connections` loops, each awaiting one query at a time, for `seconds`; queries per second and latency. */
export async function drivePool(pool: Pool, sql: string, params: unknown[], connections: number, seconds: number): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const end = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < end) {
        const t0 = performance.now();
        try {
          await pool.query(sql, params);
          latencies.push(performance.now() - t0);
        } catch {
          errors++;
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0);
  return { requestsPerSecond: Math.round(latencies.length / elapsed), p50Ms: at(0.5), p99Ms: at(0.99), errors, non2xx: 0 };
}

/** The built API as production runs it, and the bearer header of the case manager signed in to it. */
export async function startSignedInApi(
  stack: BenchStack,
  env: NodeJS.ProcessEnv = {},
): Promise<{ api: ChildProcess; base: string; headers: Record<string, string> }> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const api = await startProcess(
    'dist/apps/api/src/main.js',
    [],
    {
      ...process.env,
      NODE_ENV: 'production',
      LOG_LEVEL: 'info',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: stack.databaseUrl,
      REDIS_URL: stack.redisUrl,
      AUTH_SECRET,
      AUTH_SIGN_IN_PER_MINUTE: '1000',
      AUTH_SIGN_IN_PER_MINUTE_PER_ACCOUNT: '1000',
      // Every request comes from one address: the per-address limit (600/min by default) would answer 429.
      RATE_LIMIT_PER_MINUTE: '100000000',
      ...env,
    },
    `${base}/health`,
  );
  try {
    const login = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: USERNAME, password: PASSWORD }),
    });
    if (login.status !== 200) throw new Error(`caseload bench: sign-in answered ${login.status}: ${await login.text()}`);
    const { accessToken } = (await login.json()) as { accessToken: string };
    return { api, base, headers: { authorization: `Bearer ${accessToken}` } };
  } catch (error) {
    await stopProcess(api);
    throw error;
  }
}

export async function caseloadFigures(stack: BenchStack): Promise<Figure[]> {
  // startBenchStack() has already migrated the database (startScratchStack runs the migrations).
  const pool = new Pool({ connectionString: stack.databaseUrl, max: POOL_SIZE, application_name: 'caseload-bench' });
  let result: { api: LoadResult; driver: LoadResult };
  try {
    const { courtId, phaseIds } = await seedCaseload(pool);
    const phaseId = phaseIds[2];
    const query = caseloadSql(courtId, phaseId);

    // Baseline: the same statement through the plain driver.
    const probe = await pool.query<{ id: string; total: string }>(query.sql, query.params);
    const probeTotal = Number(probe.rows[0]?.total);
    if (probe.rows.length !== PAGE.pageSize || Math.abs(probeTotal - PARTICIPANTS / PHASES) > 50) {
      throw new Error(`caseload bench: the plain query returned ${probe.rows.length} rows of ${probeTotal}`);
    }
    await drivePool(pool, query.sql, query.params, CONNECTIONS, WARM_UP_SECONDS);
    const driver = await drivePool(pool, query.sql, query.params, CONNECTIONS, SECONDS);

    // The API, signed in as the case manager.
    const { api, base, headers } = await startSignedInApi(stack);
    try {
      const url = `${base}/api/v1/participants?courtId=${courtId}&phaseId=${phaseId}&sort=name&pageSize=${PAGE.pageSize}&page=${PAGE.page}`;
      const check = await fetch(url, { headers });
      const body = (await check.json()) as { items?: Array<{ id: string }>; total?: number };
      if (check.status !== 200 || body.items?.length !== PAGE.pageSize || body.total !== probeTotal) {
        throw new Error(`caseload bench: GET participants answered ${check.status} with ${body.items?.length} items of ${body.total}: ${JSON.stringify(body).slice(0, 300)}`);
      }
      const sameRows = probe.rows.map((r) => r.id).join();
      if (body.items.map((i) => i.id).join() !== sameRows) throw new Error('caseload bench: the API and the plain query returned different pages');

      result = { driver, api: await load(url, { connections: CONNECTIONS, seconds: SECONDS, headers }) };
    } finally {
      await stopProcess(api);
    }
  } finally {
    await pool.end();
  }

  const { api, driver } = result;
  const ratio = api.requestsPerSecond / driver.requestsPerSecond;
  return [
    {
      name: 'caseload page (5,000 participants, phase filter, name sort, 50/page)',
      value: api.requestsPerSecond,
      unit: 'req/s',
      baselineName: 'same SQL via pg',
      baseline: driver.requestsPerSecond,
      ratio,
      target: '≥ 0.50',
      met: ratio >= 0.5 && api.errors === 0 && api.non2xx === 0,
      notes:
        `${CONNECTIONS} connections (pg: ${CONNECTIONS} loops on a pool of ${POOL_SIZE}, the API's), ${SECONDS} s after a ${WARM_UP_SECONDS} s warm-up; ` +
        `p99 latency ${api.p99Ms} ms (pg ${driver.p99Ms} ms); errors ${api.errors}, non-2xx ${api.non2xx} (pg errors ${driver.errors})`,
    },
  ];
}
