import { hash } from '@node-rs/argon2';
import { Pool } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { openSessions, startApi } from './call-in.bench';
import { BenchStack, Figure, inTransaction, stopProcess } from './harness';

/**
 * A court's caseload brought in from its old spreadsheet: 10,000
 * participants in one CSV file, posted to the built API (checked line by
 * line, then written in one transaction), against a plain COPY of the same
 * 10,000 rows into a table of the same columns, in the same run. The file is
 * then sent again, and must import nothing.
 *
 * Then the same caseload's history, 20 records a participant (200,000 in
 * all: 10 drug tests, 5 violations and 5 hearings each), as three files
 * through the same routes, against a COPY of the same rows into tables of
 * the same columns and keys; and the three files again, importing nothing.
 */

const PARTICIPANTS = 10_000;
const USERNAME = 'bench.courtadmin';
const PASSWORD = 'bench-password-correct-horse';
const BASELINE_TABLE = 'bench_import_baseline';
/** History records a participant, by kind: 20 in all. */
const TESTS_EACH = 10;
const VIOLATIONS_EACH = 5;
const HEARINGS_EACH = 5;
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

/** The history files: every participant's tests, violations and hearings, one record a line, dated in 2024 (before any court's today). */
function historyFiles(rows: Line[]): Record<'drug-tests' | 'violations' | 'hearings', string> {
  const each = <T>(count: number, line: (r: Line, i: number) => T) => rows.flatMap((r) => Array.from({ length: count }, (_, i) => line(r, i)));
  return {
    'drug-tests': [
      'participant_number,source_id,collected_on,collected_time,specimen,result,substances,confirmed,lab',
      ...each(TESTS_EACH, (r, i) => `${r.number},T-${i},${date(r.enrolled, 7 * i)},08:30,urine,${i % 4 === 0 ? 'positive,thc' : 'negative,'},,`),
    ].join('\r\n'),
    violations: [
      'participant_number,source_id,detected_on,detected_time,kind,description,status,closed_on',
      ...each(VIOLATIONS_EACH, (r, i) => `${r.number},V-${i},${date(r.enrolled, 11 * i + 1)},07:00,positive_test,,answered,${date(r.enrolled, 11 * i + 3)}`),
    ].join('\r\n'),
    hearings: [
      'participant_number,source_id,held_on,held_time,kind,attendance,outcome',
      ...each(HEARINGS_EACH, (r, i) => `${r.number},H-${i},${date(r.enrolled, 14 * i + 2)},09:00,status,appeared,continued in phase`),
    ].join('\r\n'),
  };
}

/** The history rows COPY'd into tables of the same columns and unique keys: the least a database can do with them. */
async function historyBaselineCopy(pool: Pool, courtId: string, rows: Line[]): Promise<number> {
  const tables = {
    bench_history_tests: `participant_number varchar(32) NOT NULL, source_id varchar(64) NOT NULL, collected_at timestamptz NOT NULL, specimen varchar(16) NOT NULL, outcome varchar(16) NOT NULL, substance varchar(32)`,
    bench_history_violations: `participant_number varchar(32) NOT NULL, source_id varchar(64) NOT NULL, detected_at timestamptz NOT NULL, kind varchar(40) NOT NULL, status varchar(16) NOT NULL, answered_at timestamptz`,
    bench_history_hearings: `participant_number varchar(32) NOT NULL, source_id varchar(64) NOT NULL, held_at timestamptz NOT NULL, kind varchar(16) NOT NULL, attendance varchar(20) NOT NULL, outcome text`,
  };
  for (const [table, columns] of Object.entries(tables)) {
    await pool.query(`DROP TABLE IF EXISTS ${table}`);
    await pool.query(`CREATE TABLE ${table} (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), court_id uuid NOT NULL, ${columns}, UNIQUE (participant_number, source_id))`);
  }
  const each = (count: number, line: (r: Line, i: number) => unknown[]) => rows.flatMap((r) => Array.from({ length: count }, (_, i) => [courtId, ...line(r, i)].join('\t'))).join('\n') + '\n';
  const started = performance.now();
  await inTransaction(pool, async (client) => {
    const copy = (table: string, columns: string, text: string) => pipeline(Readable.from([text]), client.query(copyFrom(`COPY ${table} (court_id, ${columns}) FROM STDIN`)));
    await copy('bench_history_tests', 'participant_number, source_id, collected_at, specimen, outcome, substance', each(TESTS_EACH, (r, i) => [r.number, `T-${i}`, `${date(r.enrolled, 7 * i)} 14:30+00`, 'urine', i % 4 === 0 ? 'positive' : 'negative', i % 4 === 0 ? 'thc' : '\\N']));
    await copy('bench_history_violations', 'participant_number, source_id, detected_at, kind, status, answered_at', each(VIOLATIONS_EACH, (r, i) => [r.number, `V-${i}`, `${date(r.enrolled, 11 * i + 1)} 13:00+00`, 'positive_test', 'answered', `${date(r.enrolled, 11 * i + 3)} 18:00+00`]));
    await copy('bench_history_hearings', 'participant_number, source_id, held_at, kind, attendance, outcome', each(HEARINGS_EACH, (r, i) => [r.number, `H-${i}`, `${date(r.enrolled, 14 * i + 2)} 15:00+00`, 'status', 'appeared', 'continued in phase']));
  });
  return Math.round(performance.now() - started);
}

async function seedCourt(pool: Pool): Promise<{ courtId: string; userId: string }> {
  return inTransaction(pool, async (client) => {
    const one = async (sql: string, params: unknown[]) => (await client.query<{ id: string }>(sql, params)).rows[0].id;
    const courtId = await one(`INSERT INTO courts (code, name, time_zone, call_in_window_start, call_in_window_end) VALUES ('IMPORT', 'Import County', 'America/Chicago', '05:00', '09:00') RETURNING id`, []);
    const programId = await one(`INSERT INTO programs (court_id, code, name, model) VALUES ($1, 'ATC', 'Adult Treatment Court', 'treatment_court') RETURNING id`, [courtId]);
    const planId = await one(`INSERT INTO phase_plans (program_id, version) VALUES ($1, 1) RETURNING id`, [programId]);
    await client.query(`INSERT INTO phases (phase_plan_id, position, name, tests_per_week) SELECT $1, n, 'Phase ' || n, 3 FROM generate_series(1, 5) AS n`, [planId]);
    const secretHash = await hash(PASSWORD, { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
    const userId = await one(`INSERT INTO users (kind, username, display_name, secret_hash) VALUES ('staff', $1, 'Bench Court Admin', $2) RETURNING id`, [USERNAME, secretHash]);
    await client.query(`INSERT INTO court_memberships (user_id, court_id, role) VALUES ($1, $2, 'court_admin')`, [userId, courtId]);
    return { courtId, userId };
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
    const { courtId, userId } = await seedCourt(pool);
    const { api, base } = await startApi(stack);
    let imported: number;
    let dryRun: number;
    let again: number;
    const history = { dryRun: 0, imported: 0, again: 0, records: 0 };
    try {
      // A court administrator's session with its second factor presented (the role requires one), opened as the call-in bench opens its sessions.
      const [accessToken] = await openSessions(pool, [userId], { secondFactorPresented: true });
      const post = async (dry: boolean, kind = 'participants', body = csv) => {
        const started = performance.now();
        const response = await fetch(`${base}/api/v1/courts/${courtId}/imports/${kind}?dryRun=${dry}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'text/csv' },
          body,
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

      // The history: each file checked (dry run), imported, and sent again.
      for (const [kind, body] of Object.entries(historyFiles(rows))) {
        const expected = body.split('\r\n').length - 1;
        const checked = await post(true, kind, body);
        const written = await post(false, kind, body);
        if (written.report.created !== expected) throw new Error(`import bench: ${kind} created ${written.report.created} of ${expected}`);
        const repeated = await post(false, kind, body);
        if (repeated.report.created !== 0 || repeated.report.alreadyPresent !== expected) throw new Error(`import bench: ${kind} again created ${repeated.report.created}`);
        history.dryRun += checked.ms;
        history.imported += written.ms;
        history.again += repeated.ms;
        history.records += expected;
      }
    } finally {
      await stopProcess(api);
    }
    const [{ n }] = (await pool.query<{ n: string }>(`SELECT count(*) AS n FROM participants WHERE court_id = $1`, [courtId])).rows;
    if (Number(n) !== PARTICIPANTS) throw new Error(`import bench: ${n} participants in the court after two imports`);
    const baseline = await baselineCopy(pool, courtId, rows);
    const historyBaseline = await historyBaselineCopy(pool, courtId, rows);
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
      {
        name: `import of their history: ${history.records.toLocaleString('en-US')} records, 20 a participant (tests, violations, hearings; three files through the API)`,
        value: history.imported,
        unit: 'ms',
        baselineName: 'COPY of the same rows',
        baseline: historyBaseline,
        ratio: history.imported / historyBaseline,
        target: 'under 60 s',
        met: history.imported < 60_000,
        notes: `dry runs of the same files ${history.dryRun} ms; the same files again (nothing imported) ${history.again} ms`,
      },
    ];
  } finally {
    await pool.end();
  }
}
