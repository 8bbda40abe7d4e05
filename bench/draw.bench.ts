import { addCalendarDays, type CalendarDate, courtDateAt, dataSourceOptions } from '@app/core';
import { courtTesting, drawCandidates, storedChainedDraw, testingDay, writeDraw } from '@app/drug-testing';
import { SCHEMA } from '@app/schema';
import { execFile } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { Client, Pool, PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DataSource } from 'typeorm';
import { BenchStack, Figure, inTransaction } from './harness';

/**
 * The daily draw of a court of 100,000 active participants testing 3 times a
 * week, made as the worker makes it (population query, one HMAC per
 * participant, one `draws` row and 100,000 `draw_entries` in one transaction),
 * against a COPY of the same 100,000 rows into a table of the same columns
 * and primary key, in the same run. Each draw and each baseline write
 * runs in a fresh process of its own, so its memory peak is its own.
 */

const PARTICIPANTS = 100_000;
const TESTS_PER_WEEK = 3;
/** Distinct court days drawn (each a fresh 100,000-row draw), and as many baseline writes; medians are reported. */
const RUNS = 5;
const SAMPLE_MS = 5;
const ZONE = 'America/Chicago';
const MB = 1024 * 1024;
const BASELINE_TABLE = 'bench_draw_entries_baseline';

/**
 * A court (America/Chicago) with one program whose one phase tests 3 times a
 * week, and `count` active participants in it numbered `<code>-000001`…:
 * everything the draw reads. Set-based, so 100,000 take a few seconds.
 */
export async function seedTestingCourt(client: PoolClient, code: string, times: { window: [string, string]; reportBy: string }, count: number): Promise<string> {
  const one = async (sql: string, params: unknown[]) => (await client.query<{ id: string }>(sql, params)).rows[0].id;
  const courtId = await one(
    `INSERT INTO courts (code, name, time_zone, call_in_window_start, call_in_window_end, report_by_time)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [code, `${code} County Drug Treatment Court`, ZONE, ...times.window, times.reportBy],
  );
  const programId = await one(
    `INSERT INTO programs (court_id, code, name, model) VALUES ($1, 'ADULT-DTC', 'Adult Drug Treatment Court', 'treatment_court') RETURNING id`,
    [courtId],
  );
  const planId = await one(`INSERT INTO phase_plans (program_id, version, note) VALUES ($1, 1, 'benchmark plan') RETURNING id`, [programId]);
  const phaseId = await one(`INSERT INTO phases (phase_plan_id, position, name, tests_per_week) VALUES ($1, 1, 'Phase 1', $2) RETURNING id`, [
    planId,
    TESTS_PER_WEEK,
  ]);
  await client.query(
    `INSERT INTO participants (court_id, participant_number, first_name, last_name, status, program_id, phase_plan_id, phase_id,
                               enrolled_on, phase_started_on, referred_on)
     SELECT $1, $2 || '-' || lpad(k::text, 6, '0'), 'Pat', 'Doe ' || k, 'active', $4, $5, $6,
            CURRENT_DATE - 90 - k % 600, CURRENT_DATE - 1 - k % 85, CURRENT_DATE - 120 - k % 600
       FROM generate_series(1, $3::int) AS k`,
    [courtId, code, count, programId, planId, phaseId],
  );
  return courtId;
}

/** What one measured process reports: wall time, and its memory rise over the level just before. */
export interface RunReport {
  drawId: string;
  ms: number;
  /** The population query alone (draw only). */
  queryMs: number;
  rssRiseMb: number;
  heapRiseMb: number;
}

type Mode = 'draw' | 'baseline';

/** Runs one draw (or one baseline write) in a fresh process, with --expose-gc so the level before is taken after a collection. */
export async function runMeasuredProcess(databaseUrl: string, mode: Mode, courtId: string, day: CalendarDate): Promise<RunReport> {
  const args = ['--expose-gc', __filename, mode, databaseUrl, courtId, day];
  const { stdout } = await promisify(execFile)(process.execPath, args, { maxBuffer: 16 * MB });
  const line = stdout.split('\n').find((l) => l.startsWith('RESULT '));
  if (!line) throw new Error(`draw bench: the ${mode} process printed no result: ${stdout.slice(-2000)}`);
  return JSON.parse(line.slice('RESULT '.length)) as RunReport;
}

/**
 * Memory peaks from now until the returned function is called: RSS and heap
 * sampled every 5 ms, and the kernel's max RSS, which also catches peaks
 * inside synchronous code (the HMAC loop) where no timer can fire.
 */
function memoryWatch(): () => { rssRiseMb: number; heapRiseMb: number } {
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.memoryUsage();
  const maxRssBefore = process.resourceUsage().maxRSS * 1024;
  let [rss, heap] = [before.rss, before.heapUsed];
  const sample = () => {
    const now = process.memoryUsage();
    [rss, heap] = [Math.max(rss, now.rss), Math.max(heap, now.heapUsed)];
  };
  const timer = setInterval(sample, SAMPLE_MS);
  return () => {
    clearInterval(timer);
    sample();
    const maxRss = process.resourceUsage().maxRSS * 1024;
    const peakRss = maxRss > maxRssBefore ? Math.max(maxRss, rss) : rss;
    return { rssRiseMb: (peakRss - before.rss) / MB, heapRiseMb: (heap - before.heapUsed) / MB };
  };
}

/** The measured process: one draw exactly as DrawMaker.draw's transaction makes it, or one baseline write. */
async function measuredProcess(mode: Mode, databaseUrl: string, courtId: string, day: CalendarDate): Promise<RunReport> {
  const dataSource = await new DataSource(dataSourceOptions(databaseUrl, SCHEMA, 2)).initialize();
  try {
    if (mode === 'draw') {
      const schedule = await courtTesting(dataSource.manager, courtId);
      const stop = memoryWatch();
      const started = performance.now();
      let queryMs = 0;
      const written = await dataSource.transaction(async (manager) => {
        const candidates = await drawCandidates(manager, courtId, day);
        queryMs = performance.now() - started;
        return writeDraw(manager, { courtId, day: testingDay(schedule, day), committedAt: new Date(), candidates });
      });
      return { drawId: written.drawId, ms: performance.now() - started, queryMs, ...stop() };
    }
    // Read the ids and build the CSV rows (counted in memory, not in time), then one COPY … FROM STDIN (timed).
    await dataSource.destroy();
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const stop = memoryWatch();
      const rows = (await client.query<{ id: string }>(`SELECT id FROM participants WHERE court_id = $1 ORDER BY id`, [courtId])).rows;
      const drawId = randomUUID();
      const lines = rows.map(
        (r) => `${drawId},${r.id},${TESTS_PER_WEEK},${TESTS_PER_WEEK / 7},,${Math.random() < 3 / 7 ? 't' : 'f'},${randomBytes(32).toString('hex')},3,,,,,3/7\n`,
      );
      const started = performance.now();
      await client.query('BEGIN');
      await pipeline(Readable.from(lines), client.query(copyFrom(`COPY ${BASELINE_TABLE} FROM STDIN WITH (FORMAT csv)`)));
      await client.query('COMMIT');
      return { drawId, ms: performance.now() - started, queryMs: 0, ...stop() };
    } finally {
      await client.end();
    }
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
  }
}

/** draw_entries' column types and primary key (the public record's columns included), with no foreign key, check or trigger. */
async function createBaselineTable(pool: Pool): Promise<void> {
  await pool.query(`CREATE TABLE ${BASELINE_TABLE} (
      draw_id uuid NOT NULL, participant_id uuid NOT NULL, tests_per_week double precision NOT NULL,
      probability double precision NOT NULL, rule varchar(24), selected boolean NOT NULL,
      token char(64), frequency varchar(8), max_untested_days smallint, max_tests_per_7_days smallint,
      untested_days smallint, tests_in_previous_6_days smallint, exact_probability varchar(48),
      PRIMARY KEY (draw_id, participant_id))`);
}

const VERIFIER = resolve(__dirname, '../../tools/verify-draw/verify-draw.mjs');

/**
 * One drawn day as the public record shows it once the day is over (the
 * shape of GET /api/v1/public/courts/:code/draws/:date), written to a file,
 * as a lawyer would download it.
 */
async function writePublicRecord(dataSource: DataSource, drawId: string, file: string): Promise<number> {
  const stored = await storedChainedDraw(dataSource.manager, drawId);
  const [draw] = (await dataSource.query(
    `SELECT d.seed, d.committed_at, d.window_opens_at, d.participant_count, d.selected_count, c.published_at
       FROM draws d JOIN draw_seed_chains c ON c.id = d.seed_chain_id WHERE d.id = $1`,
    [drawId],
  )) as Array<{ seed: Buffer; committed_at: Date; window_opens_at: Date; participant_count: number; selected_count: number; published_at: Date }>;
  const record = {
    court: stored.court,
    courtDay: stored.courtDay,
    algorithm: stored.algorithm,
    commitment: stored.commitment,
    seedCommitment: stored.seedCommitment,
    committedAt: draw.committed_at.toISOString(),
    windowOpensAt: draw.window_opens_at.toISOString(),
    revealed: true,
    seed: draw.seed.toString('hex'),
    participantCount: draw.participant_count,
    selectedCount: draw.selected_count,
    forced: 0,
    excused: 0,
    chain: { ...stored.chain, publishedAt: draw.published_at.toISOString() },
    entries: stored.entries.map((e) => ({
      token: e.token,
      testsPerWeek: e.testsPerWeek,
      maxUntestedDays: e.rails.maxUntestedDays,
      maxTestsPer7Days: e.rails.maxTestsPer7Days,
      untestedDays: e.recent?.untestedDays ?? null,
      testsInPrevious6Days: e.recent?.testsInPrevious6Days ?? null,
      rule: e.rule,
      probability: e.probability,
      selected: e.selected,
    })),
  };
  await writeFile(file, JSON.stringify(record));
  return record.entries.length;
}

/** Wall time of a child process, which must exit 0. */
async function timedChild(args: string[]): Promise<{ ms: number; stdout: string }> {
  const started = performance.now();
  const { stdout } = await promisify(execFile)(process.execPath, args, { maxBuffer: 16 * MB });
  return { ms: performance.now() - started, stdout };
}

/** The standalone verifier on a day of 100,000 entries, against reading and parsing the same file in a fresh process. */
async function verifierFigure(databaseUrl: string, drawId: string): Promise<Figure> {
  const dir = await mkdtemp(join(tmpdir(), 'draw-bench-'));
  const file = join(dir, 'day.json');
  const dataSource = await new DataSource(dataSourceOptions(databaseUrl, SCHEMA, 2)).initialize();
  try {
    const entries = await writePublicRecord(dataSource, drawId, file);
    const runs: number[] = [];
    const baselines: number[] = [];
    for (let i = 0; i < 3; i++) {
      const run = await timedChild([VERIFIER, '--file', file]);
      if (!run.stdout.includes('VERIFIED')) throw new Error(`draw bench: the verifier did not verify the day: ${run.stdout.slice(-2000)}`);
      runs.push(run.ms);
      baselines.push((await timedChild(['-e', `JSON.parse(require('node:fs').readFileSync(${JSON.stringify(file)}, 'utf8'))`])).ms);
    }
    const [ms, baseline] = [median(runs), median(baselines)];
    return {
      name: `standalone verifier on one day of ${entries.toLocaleString('en-US')} entries (tools/verify-draw)`,
      value: Math.round(ms),
      unit: 'ms',
      baselineName: 'a fresh node process reading and parsing the same JSON file',
      baseline: Math.round(baseline),
      ratio: ms / baseline,
      target: 'under 10,000 ms',
      met: ms < 10_000,
      notes: `median of 3 runs (ms: ${list(runs)}; baseline: ${list(baselines)}); commitment, chain, every exact probability and every selection recomputed`,
    };
  } finally {
    await dataSource.destroy();
    await rm(dir, { recursive: true, force: true });
  }
}

/** Every entry written and counted, and a selected count within 5 standard deviations of n·3/7: else the bench throws. */
export async function checkDraw(pool: Pool, drawId: string, expected: number): Promise<number> {
  const sql = `SELECT count(*)::int AS n, count(*) FILTER (WHERE e.selected)::int AS selected, d.participant_count, d.selected_count
                 FROM draws d JOIN draw_entries e ON e.draw_id = d.id WHERE d.id = $1 GROUP BY d.id`;
  const [row] = (await pool.query<{ n: number; selected: number; participant_count: number; selected_count: number }>(sql, [drawId])).rows;
  const p = TESTS_PER_WEEK / 7;
  const sigma = Math.sqrt(expected * p * (1 - p));
  if (!row || row.n !== expected || row.participant_count !== expected || row.selected_count !== row.selected) {
    throw new Error(`draw bench: draw ${drawId} has ${row?.n} entries (${row?.participant_count} counted), expected ${expected}`);
  }
  if (Math.abs(row.selected - expected * p) > 5 * sigma) {
    throw new Error(`draw bench: ${row.selected} selected of ${expected}, expected ${Math.round(expected * p)} ± ${Math.round(5 * sigma)}`);
  }
  return row.selected;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const list = (values: number[]) => values.map((v) => Math.round(v)).join(', ');

export async function drawFigures(stack: BenchStack): Promise<Figure[]> {
  const pool = new Pool({ connectionString: stack.databaseUrl, max: 2, application_name: 'draw-bench' });
  const runs: Record<Mode, RunReport[]> = { draw: [], baseline: [] };
  const selected: number[] = [];
  try {
    const courtId = await inTransaction(pool, (client) => seedTestingCourt(client, 'DRAW', { window: ['05:00', '09:00'], reportBy: '17:00' }, PARTICIPANTS));
    await createBaselineTable(pool);
    await pool.query('VACUUM ANALYZE');
    // Alternated, each after a checkpoint (as a daily draw always follows one), so all see the same table growth.
    const today = courtDateAt(new Date(), ZONE);
    for (let i = 1; i <= RUNS; i++) {
      for (const [mode, day] of [['baseline', today], ['draw', addCalendarDays(today, i)]] as const) {
        await pool.query('CHECKPOINT');
        runs[mode].push(await runMeasuredProcess(stack.databaseUrl, mode, courtId, day));
      }
      selected.push(await checkDraw(pool, runs.draw[i - 1].drawId, PARTICIPANTS));
    }
    const [copied] = (await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${BASELINE_TABLE}`)).rows;
    if (copied.n !== RUNS * PARTICIPANTS) throw new Error(`draw bench: ${BASELINE_TABLE} holds ${copied.n} rows, expected ${RUNS * PARTICIPANTS}`);
  } finally {
    await pool.end();
  }

  const verifier = await verifierFigure(stack.databaseUrl, runs.draw[0].drawId);
  const { draw, baseline } = runs;
  const [drawMs, baselineMs] = [median(draw.map((d) => d.ms)), median(baseline.map((b) => b.ms))];
  const [drawRss, baselineRss] = [Math.max(...draw.map((d) => d.rssRiseMb)), Math.max(...baseline.map((b) => b.rssRiseMb))];
  return [
    {
      name: `draw of one court day (${PARTICIPANTS.toLocaleString('en-US')} participants, ${TESTS_PER_WEEK}/week)`,
      value: Math.round(drawMs),
      unit: 'ms',
      baselineName: 'COPY of 100,000 rows of the same width (same column types and primary key)',
      baseline: Math.round(baselineMs),
      ratio: drawMs / baselineMs,
      target: '≤ 3.00 (draw ÷ baseline)',
      met: drawMs / baselineMs <= 3,
      notes:
        `median of ${RUNS} fresh draws (ms: ${list(draw.map((d) => d.ms))}; baseline: ${list(baseline.map((b) => b.ms))}); ` +
        `population query ${Math.round(median(draw.map((d) => d.queryMs)))} ms, selections + write ${Math.round(median(draw.map((d) => d.ms - d.queryMs)))} ms; ` +
        `selected ${selected.join(', ')} (expected ≈ ${Math.round((PARTICIPANTS * TESTS_PER_WEEK) / 7)}); the baseline table has no foreign key, check or trigger`,
    },
    {
      name: 'draw peak memory (RSS rise of the drawing process)',
      value: Number(drawRss.toFixed(1)),
      unit: 'MB',
      baselineName: 'read ids, build rows, COPY them',
      baseline: Number(baselineRss.toFixed(1)),
      ratio: drawRss / baselineRss,
      target: '≤ 3.00 (draw ÷ baseline)',
      met: drawRss / baselineRss <= 3,
      notes:
        `max of ${RUNS} draws, each in a fresh process, over its level after a GC (kernel max RSS and 5 ms samples; per draw MB: ${list(draw.map((d) => d.rssRiseMb))}); ` +
        `heap used rose by up to ${Math.max(...draw.map((d) => d.heapRiseMb)).toFixed(1)} MB (baseline ${Math.max(...baseline.map((b) => b.heapRiseMb)).toFixed(1)} MB)`,
    },
    verifier,
  ];
}

// `node --expose-gc dist/bench/draw.bench.js <mode> <databaseUrl> <courtId> <courtDay>`: one measured run, printed as JSON.
if (require.main === module) {
  const [mode, databaseUrl, courtId, day] = process.argv.slice(2);
  measuredProcess(mode as Mode, databaseUrl, courtId, day).then(
    (report) => process.stdout.write(`RESULT ${JSON.stringify(report)}\n`),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
