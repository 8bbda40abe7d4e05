import { hash } from '@node-rs/argon2';
import { Pool } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { freePort } from '../tools/services/free-port';
import { BenchStack, Figure, inTransaction, startProcess, stopProcess } from './harness';

/**
 * A court's caseload brought in from its old spreadsheet: 10,000
 * participants in one CSV file, posted to the built API (checked line by
 * line, then written in one transaction), against a plain COPY of the same
 * 10,000 rows into a table of the same columns, in the same run. The file is
 * then sent again, and must import nothing.
 */

const PARTICIPANTS = 10_000;
const USERNAME = 'bench.courtadmin';
const PASSWORD = 'bench-password-correct-horse';
const AUTH_SECRET = 'bench-auth-secret-0123456789abcdefghijklmnop';
const BASELINE_TABLE = 'bench_import_baseline';
const HEADER = 'participant_number,first_name,last_name,date_of_birth,program,phase,enrolled_on,phase_started_on,case_manager,status';

interface Line {
  number: string;
  first: string;
  last: string;
  born: string;
  phase: number;
  enrolled: string;
  phaseStarted: string;
}

const date = (base: string, days: number) => new Date(Date.parse(`${base}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

function lines(): Line[] {
  return Array.from({ length: PARTICIPANTS }, (_, k) => ({
    number: `IMP-${String(k + 1).padStart(5, '0')}`,
    first: ['Maria', 'James', 'Ashley', 'Robert', 'Jessica'][k % 5],
    last: `Doe ${k + 1}`,
    born: date('1970-01-01', (k * 97) % 12_000),
    phase: 1 + (k % 5),
    enrolled: date('2024-01-01', k % 600),
    phaseStarted: date('2024-01-01', (k % 600) + 30),
  }));
}

const csvOf = (rows: Line[]) =>
  [HEADER, ...rows.map((r) => `${r.number},${r.first},${r.last},${r.born},ATC,${r.phase},${r.enrolled},${r.phaseStarted},,active`)].join('\r\n');

async function seedCourt(pool: Pool): Promise<string> {
  return inTransaction(pool, async (client) => {
    const one = async (sql: string, params: unknown[]) => (await client.query<{ id: string }>(sql, params)).rows[0].id;
    const courtId = await one(`INSERT INTO courts (code, name, time_zone, call_in_window_start, call_in_window_end) VALUES ('IMPORT', 'Import County', 'America/Chicago', '05:00', '09:00') RETURNING id`, []);
    const programId = await one(`INSERT INTO programs (court_id, code, name, model) VALUES ($1, 'ATC', 'Adult Treatment Court', 'treatment_court') RETURNING id`, [courtId]);
    const planId = await one(`INSERT INTO phase_plans (program_id, version) VALUES ($1, 1) RETURNING id`, [programId]);
    await client.query(`INSERT INTO phases (phase_plan_id, position, name, tests_per_week) SELECT $1, n, 'Phase ' || n, 3 FROM generate_series(1, 5) AS n`, [planId]);
    const secretHash = await hash(PASSWORD, { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
    const userId = await one(`INSERT INTO users (kind, username, display_name, secret_hash) VALUES ('staff', $1, 'Bench Court Admin', $2) RETURNING id`, [USERNAME, secretHash]);
    await client.query(`INSERT INTO court_memberships (user_id, court_id, role) VALUES ($1, $2, 'court_admin')`, [userId, courtId]);
    return courtId;
  });
}

/** The same rows, COPY'd into a table of the imported columns with the same unique key: the least a database can do with them. */
async function baselineCopy(pool: Pool, courtId: string, rows: Line[]): Promise<number> {
  await pool.query(`DROP TABLE IF EXISTS ${BASELINE_TABLE}`);
  await pool.query(
    `CREATE TABLE ${BASELINE_TABLE} (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), court_id uuid NOT NULL, participant_number varchar(32) NOT NULL,
       first_name varchar(100) NOT NULL, last_name varchar(100) NOT NULL, date_of_birth date, status varchar(32) NOT NULL, phase int NOT NULL,
       enrolled_on date NOT NULL, phase_started_on date NOT NULL, UNIQUE (court_id, participant_number))`,
  );
  const started = performance.now();
  await inTransaction(pool, async (client) => {
    const text = rows.map((r) => [courtId, r.number, r.first, r.last, r.born, 'active', r.phase, r.enrolled, r.phaseStarted].join('\t')).join('\n') + '\n';
    await pipeline(
      Readable.from([text]),
      client.query(copyFrom(`COPY ${BASELINE_TABLE} (court_id, participant_number, first_name, last_name, date_of_birth, status, phase, enrolled_on, phase_started_on) FROM STDIN`)),
    );
  });
  return Math.round(performance.now() - started);
}

export async function importFigures(stack: BenchStack): Promise<Figure[]> {
  const pool = new Pool({ connectionString: stack.databaseUrl, max: 2, application_name: 'import-bench' });
  const rows = lines();
  const csv = csvOf(rows);
  try {
    const courtId = await seedCourt(pool);
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const api = await startProcess(
      'dist/apps/api/src/main.js',
      [],
      { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'info', PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: stack.databaseUrl, REDIS_URL: stack.redisUrl, AUTH_SECRET },
      `${base}/health`,
    );
    let imported: number;
    let dryRun: number;
    let again: number;
    try {
      const login = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: USERNAME, password: PASSWORD }) });
      if (login.status !== 200) throw new Error(`import bench: sign-in answered ${login.status}`);
      const { accessToken } = (await login.json()) as { accessToken: string };
      const post = async (dry: boolean) => {
        const started = performance.now();
        const response = await fetch(`${base}/api/v1/courts/${courtId}/imports/participants?dryRun=${dry}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'text/csv' },
          body: csv,
        });
        const report = (await response.json()) as { created: number; alreadyPresent: number; problems: unknown[] };
        if (response.status !== 200 || report.problems.length > 0) throw new Error(`import bench: answered ${response.status}: ${JSON.stringify(report).slice(0, 300)}`);
        return { ms: Math.round(performance.now() - started), report };
      };
      const dry = await post(true);
      if (dry.report.created !== PARTICIPANTS) throw new Error(`import bench: the dry run would create ${dry.report.created}`);
      dryRun = dry.ms;
      const first = await post(false);
      if (first.report.created !== PARTICIPANTS) throw new Error(`import bench: created ${first.report.created}`);
      imported = first.ms;
      const second = await post(false);
      if (second.report.created !== 0 || second.report.alreadyPresent !== PARTICIPANTS) throw new Error(`import bench: the second import created ${second.report.created}`);
      again = second.ms;
    } finally {
      await stopProcess(api);
    }
    const [{ n }] = (await pool.query<{ n: string }>(`SELECT count(*) AS n FROM participants WHERE court_id = $1`, [courtId])).rows;
    if (Number(n) !== PARTICIPANTS) throw new Error(`import bench: ${n} participants in the court after two imports`);
    const baseline = await baselineCopy(pool, courtId, rows);
    return [
      {
        name: `import of ${PARTICIPANTS.toLocaleString('en-US')} participants (CSV, through the API, one transaction)`,
        value: imported,
        unit: 'ms',
        baselineName: 'COPY of the same rows',
        baseline,
        ratio: imported / baseline,
        target: 'under 60 s',
        met: imported < 60_000,
        notes: `dry run of the same file ${dryRun} ms; the same file again (nothing imported) ${again} ms`,
      },
    ];
  } finally {
    await pool.end();
  }
}
