import { AppConfig, CoreModule, loadConfig } from '@app/core';
import { DEFAULT_JOB_OPTIONS, OutboxRelayService, QueueModule, QueueName, RELAY_BATCH_SIZE } from '@app/queue';
import { SCHEMA } from '@app/schema';
import { NewViolation, recordViolations } from '@app/violations';
import { getQueueToken } from '@nestjs/bullmq';
import { INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import { Job, Queue, Worker } from 'bullmq';
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';
import { DataSource, EntityManager } from 'typeorm';
import { VIOLATIONS_CONCURRENCY } from '../apps/worker/src/processors/violations.processor';
import { seedTestingCourt } from './draw.bench';
import { BenchStack, Figure, inTransaction, stopProcess } from './harness';

/**
 * Violations' clocks under load. (1) 10,000 violations recorded in one
 * transaction by `recordViolations` with their 30,000 clock events and
 * 30,000 outbox rows, against a plain unnest INSERT of the same rows into a
 * bare copy of the table; and the relay of those 30,000 rows to BullMQ
 * against bare `addBulk` calls of as many jobs. (2) 10,000 deadlines due in
 * the same minute, fired by the built worker in a process of its own, against
 * a bare BullMQ delayed job with a no-op processor (same count, same spread).
 * BullMQ keys carry a prefix unique to the run, one per measurement.
 */

const PARTICIPANTS = 1_000;
const PER_PARTICIPANT = 10;
const COUNT = PARTICIPANTS * PER_PARTICIPANT;
const WINDOW_HOURS = 72;
/** Deadlines fall in [LEAD, LEAD + SPREAD) after the start of set-up: recording, relaying and worker start-up fit in the lead. */
const LEAD_MS = 20_000;
const SPREAD_MS = 60_000;
/** Longer than one sweep period (every minute) after the last deadline: a moment whose alarm was lost still fires. */
const SETTLE_MS = 150_000;
const P99_TARGET_MS = 5_000;
const BASELINE_TABLE = 'bench_violations_baseline';
const RUN = `bv-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
const AUTH_SECRET = 'bench-auth-secret-0123456789abcdefghijklmnop';

/** The worker's environment as production sets it (logs at warn: every escalation is one line), with this measurement's prefix. */
const env = (stack: BenchStack, prefix: string) =>
  ({ NODE_ENV: 'production', LOG_LEVEL: 'warn', AUTH_SECRET, QUEUE_PREFIX: prefix, DATABASE_URL: stack.databaseUrl, REDIS_URL: stack.redisUrl });

/** Config, database and queues with the relay only: no processor takes a job while the suite times or counts them. */
async function relayContext(config: AppConfig): Promise<INestApplicationContext> {
  @Module({ imports: [CoreModule.forRoot({ service: 'cli', schema: SCHEMA, config }), QueueModule], providers: [OutboxRelayService] })
  class RelayModule {}
  return NestFactory.createApplicationContext(RelayModule, { logger: false });
}

/** `PER_PARTICIPANT` missed call-ins for each participant of the court, the i-th detected at `detectedAt(i)`. */
async function violationsOf(pool: Pool, courtId: string, tag: string, detectedAt: (i: number) => Date): Promise<NewViolation[]> {
  const ids = (await pool.query<{ id: string }>(`SELECT id FROM participants WHERE court_id = $1 ORDER BY participant_number`, [courtId])).rows;
  return ids.flatMap(({ id }, p) =>
    Array.from({ length: PER_PARTICIPANT }, (_, k) => ({
      courtId, participantId: id, kind: 'missed_call_in', detectedAt: detectedAt(p * PER_PARTICIPANT + k),
      sourceKey: `bench:${tag}:${id}:${k}`, evidence: { callInDay: k },
    })),
  );
}

/** The baseline write: the same rows (deadline computed alike) in one unnest INSERT, nothing else. */
function plainInsert(manager: EntityManager, rows: NewViolation[]): Promise<unknown> {
  return manager.query(
    `INSERT INTO ${BASELINE_TABLE} (court_id, participant_id, kind, detected_at, deadline_at, source_key, evidence)
     SELECT c, p, k, d, d + make_interval(hours => ${WINDOW_HOURS}), s, e
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::timestamptz[], $5::text[], $6::jsonb[]) AS v(c, p, k, d, s, e)`,
    [rows.map((v) => v.courtId), rows.map((v) => v.participantId), rows.map((v) => v.kind), rows.map((v) => v.detectedAt.toISOString()),
      rows.map((v) => v.sourceKey), rows.map((v) => JSON.stringify(v.evidence))],
  );
}

const ROLLBACK = new Error('rollback');
/** Runs `work` in a transaction that is rolled back: warms the code paths and plans without leaving rows behind. */
async function rolledBack(dataSource: DataSource, work: (m: EntityManager) => Promise<unknown>): Promise<void> {
  const attempt = dataSource.transaction(async (m) => {
    await work(m);
    throw ROLLBACK;
  });
  await attempt.catch((error: unknown) => {
    if (error !== ROLLBACK) throw error;
  });
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

const count = async (pool: Pool, sql: string, params: unknown[]) => (await pool.query<{ n: number }>(sql, params)).rows[0].n;
const check = (what: string, actual: number, expected: number) => {
  if (actual !== expected) throw new Error(`violations bench: ${what} is ${actual}, expected ${expected}`);
};

/**
 * Figure 1: recording 10,000 violations with their clocks, and relaying their 30,000 jobs. Targets: the recorder
 * writes 7 rows a violation (1 + 3 events + 3 outbox rows) into tables with keys and indexes, the baseline 1 row
 * into a bare table, so ≥ 1/14 allows each row half the bare rate; the relay adds one claim and one update of
 * each batch to the Redis work, which should cost no more than that work (≥ 0.5).
 */
async function creationFigures(stack: BenchStack, pool: Pool, courtId: string): Promise<Figure[]> {
  const app = await relayContext(loadConfig(env(stack, `${RUN}-create`)));
  const bare = new Queue('bench-bare', { connection: { url: stack.redisUrl }, prefix: `${RUN}-create`, defaultJobOptions: DEFAULT_JOB_OPTIONS });
  try {
    const dataSource = app.get<DataSource>(getDataSourceToken());
    const now = Date.now();
    const rows = await violationsOf(pool, courtId, 'create', (i) => new Date(now - i * 1000));
    const warm = rows.slice(0, 1_000).map((v) => ({ ...v, sourceKey: `${v.sourceKey}:warm` }));
    await rolledBack(dataSource, (m) => recordViolations(m, warm));
    await rolledBack(dataSource, (m) => plainInsert(m, warm));
    await pool.query('CHECKPOINT');
    const baselineMs = await timed(() => dataSource.transaction((m) => plainInsert(m, rows)));
    await pool.query('CHECKPOINT');
    const recordMs = await timed(() => dataSource.transaction((m) => recordViolations(m, rows)));

    const mine = `FROM violations v WHERE v.court_id = $1`;
    check('violations recorded', await count(pool, `SELECT count(*)::int AS n ${mine}`, [courtId]), COUNT);
    check('clock events', await count(pool, `SELECT count(*)::int AS n FROM violation_clock_events e JOIN violations v ON v.id = e.violation_id WHERE v.court_id = $1`, [courtId]), 3 * COUNT);
    check('baseline rows', await count(pool, `SELECT count(*)::int AS n FROM ${BASELINE_TABLE}`, []), COUNT);

    const relayMs = await timed(async () => check('rows relayed by drain()', await app.get(OutboxRelayService).drain(), 3 * COUNT));
    const outbox = `SELECT count(*)::int AS n FROM outbox_events o WHERE o.relayed_at IS NOT NULL AND (o.payload->>'violationId')::uuid IN (SELECT v.id ${mine})`;
    check('relayed outbox rows', await count(pool, outbox, [courtId]), 3 * COUNT);
    check('delayed jobs in BullMQ', await app.get<Queue>(getQueueToken(QueueName.Violations)).getDelayedCount(), 3 * COUNT);

    // Baseline: the Redis side alone, as many delayed jobs added in batches of the relay's size.
    const addMs = await timed(async () => {
      for (let at = 0; at < 3 * COUNT; at += RELAY_BATCH_SIZE) {
        await bare.addBulk(Array.from({ length: RELAY_BATCH_SIZE }, (_, i) => ({ name: 'noop', data: { n: at + i }, opts: { jobId: `noop/${at + i}`, delay: 86_400_000 } })));
      }
    });
    check('bare delayed jobs', await bare.getDelayedCount(), 3 * COUNT);

    const [perSecond, basePerSecond] = [COUNT / (recordMs / 1000), COUNT / (baselineMs / 1000)];
    const [jobsPerSecond, baseJobsPerSecond] = [(3 * COUNT) / (relayMs / 1000), (3 * COUNT) / (addMs / 1000)];
    return [
      {
        name: `recordViolations: ${COUNT.toLocaleString('en-US')} violations with clocks, one transaction`,
        value: Math.round(perSecond), unit: 'violations/s',
        baselineName: 'unnest INSERT of the same rows into a bare copy of violations', baseline: Math.round(basePerSecond),
        ratio: perSecond / basePerSecond, target: '≥ 0.07 (recorder ÷ baseline)', met: perSecond / basePerSecond >= 0.07,
        notes: `${Math.round(recordMs)} ms vs ${Math.round(baselineMs)} ms; ${PARTICIPANTS} participants × ${PER_PARTICIPANT}, ${3 * COUNT} clock events and outbox rows (reminders 24/48 h, deadline 72 h); one call; counts checked`,
      },
      {
        name: `outbox relay: drain() of ${(3 * COUNT).toLocaleString('en-US')} clock jobs into BullMQ`,
        value: Math.round(jobsPerSecond), unit: 'jobs/s',
        baselineName: 'bare Queue.addBulk of as many delayed jobs, batches of 500', baseline: Math.round(baseJobsPerSecond),
        ratio: jobsPerSecond / baseJobsPerSecond, target: '≥ 0.50 (relay ÷ baseline)', met: jobsPerSecond / baseJobsPerSecond >= 0.5,
        notes: `${Math.round(relayMs)} ms vs ${Math.round(addMs)} ms; ${3 * COUNT} rows relayed and ${3 * COUNT} delayed jobs in the queue, checked`,
      },
    ];
  } finally {
    await bare.obliterate({ force: true }).catch(() => undefined);
    await bare.close();
    await app.close();
  }
}

/** Due instant of the i-th of `COUNT` deadlines, spread evenly over one minute after `start + LEAD_MS`. */
const dueAt = (start: number, i: number) => start + LEAD_MS + Math.floor((i * SPREAD_MS) / COUNT);
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];

/** The baseline of figure 2: a bare BullMQ Worker at the violations processor's concurrency, with a no-op processor. */
async function bareDelayedLags(stack: BenchStack): Promise<number[]> {
  const connection = { url: stack.redisUrl };
  const prefix = `${RUN}-bare`;
  const queue = new Queue('bench-noop', { connection, prefix, defaultJobOptions: DEFAULT_JOB_OPTIONS });
  const lags: number[] = [];
  let done!: () => void;
  const all = new Promise<void>((resolve) => (done = resolve));
  const worker = new Worker('bench-noop', async (job: Job<{ due: number }>) => void (lags.push(Date.now() - job.data.due) === COUNT && done()), {
    connection,
    prefix,
    concurrency: VIOLATIONS_CONCURRENCY,
  });
  try {
    const start = Date.now() - LEAD_MS + 10_000;
    for (let from = 0; from < COUNT; from += RELAY_BATCH_SIZE) {
      const now = Date.now();
      const batch = Array.from({ length: RELAY_BATCH_SIZE }, (_, k) => ({ due: dueAt(start, from + k), id: from + k }));
      await queue.addBulk(batch.map((j) => ({ name: 'noop', data: { due: j.due }, opts: { jobId: `noop/${j.id}`, delay: Math.max(0, j.due - now) } })));
    }
    const timeout = new Promise<void>((_, reject) => setTimeout(() => reject(new Error(`violations bench: bare jobs ran ${lags.length}/${COUNT}`)), 10_000 + SPREAD_MS + SETTLE_MS).unref());
    await Promise.race([all, timeout]);
    return lags.sort((a, b) => a - b);
  } finally {
    await worker.close();
    await queue.obliterate({ force: true }).catch(() => undefined);
    await queue.close();
  }
}

/** The built worker as production runs it (`npm run start:worker`), in its own process; resolves once it says it is ready. */
async function startWorker(environment: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['dist/apps/worker/src/main.js'], { env: environment, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000));
  child.stderr!.on('data', keep);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`violations bench: worker not ready in 60 s: ${output}`)), 60_000);
    child.once('exit', (code) => reject(new Error(`violations bench: worker exited with ${code}: ${output}`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      if (keep(chunk).includes('worker ready')) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  child.removeAllListeners('exit');
  return child;
}

/** Figure 2: 10,000 deadlines due within one minute, fired by the real worker; lag = fired_at − due_at from Postgres. */
async function deadlineFigure(stack: BenchStack, pool: Pool, courtId: string): Promise<Figure> {
  const bare = await bareDelayedLags(stack);
  const environment = env(stack, `${RUN}-deadline`);
  const app = await relayContext(loadConfig(environment));
  let worker: ChildProcess | undefined;
  try {
    const dataSource = app.get<DataSource>(getDataSourceToken());
    const start = Date.now();
    const rows = await violationsOf(pool, courtId, 'deadline', (i) => new Date(dueAt(start, i) - WINDOW_HOURS * 3_600_000));
    await dataSource.transaction((m) => recordViolations(m, rows));
    check('deadline jobs relayed', await app.get(OutboxRelayService).drain(), COUNT);
    worker = await startWorker({ ...process.env, ...environment });
    const setupMs = Date.now() - start;
    if (setupMs > LEAD_MS - 2_000) throw new Error(`violations bench: set-up took ${setupMs} ms, past the first deadline; raise LEAD_MS`);

    const events = `FROM violation_clock_events e JOIN violations v ON v.id = e.violation_id WHERE v.court_id = $1`;
    const until = start + LEAD_MS + SPREAD_MS + SETTLE_MS;
    let pending = COUNT;
    while (pending > 0 && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      pending = await count(pool, `SELECT count(*)::int AS n ${events} AND e.fired_at IS NULL`, [courtId]);
    }
    const lags = (await pool.query<{ ms: number }>(`SELECT (extract(epoch FROM e.fired_at - e.due_at) * 1000)::float8 AS ms ${events} AND e.fired_at IS NOT NULL ORDER BY 1`, [courtId])).rows.map((r) => r.ms);
    const escalated = await count(pool, `SELECT count(*)::int AS n ${events} AND e.outcome = 'escalated' AND v.escalated_at IS NOT NULL`, [courtId]);

    // Fired once each: every write of fired_at is a job answered 'escalated' or counted by a sweep; together they must
    // equal the events (this assumes no other moment in the database falls due meanwhile, true of the seeded data).
    const jobs = await app.get<Queue>(getQueueToken(QueueName.Violations)).getJobs(['completed'], 0, -1);
    const outcome = (j: Job) => (j.returnvalue as { outcome?: string; fired?: number } | null) ?? {};
    const byJob = jobs.filter((j) => outcome(j).outcome === 'escalated').map((j) => (j.data as { violationId: string }).violationId);
    const bySweep = jobs.reduce((sum, j) => sum + (outcome(j).fired ?? 0), 0);
    const [alreadyFired, notDue] = ['already_fired', 'not_due'].map((o) => jobs.filter((j) => outcome(j).outcome === o).length);
    check('deadline events fired', lags.length, COUNT);
    check('escalated events', escalated, COUNT);
    check('distinct violations escalated by their job', new Set(byJob).size, byJob.length);
    check('fired_at writes (jobs + sweeps)', byJob.length + bySweep, COUNT);

    const [p50, p99, b50, b99] = [percentile(lags, 0.5), percentile(lags, 0.99), percentile(bare, 0.5), percentile(bare, 0.99)];
    return {
      name: `deadline lag, p99 of ${COUNT.toLocaleString('en-US')} deadlines due within one minute (fired_at − due_at)`,
      value: Math.round(p99), unit: 'ms',
      baselineName: `bare BullMQ delayed job, no-op processor (concurrency ${VIOLATIONS_CONCURRENCY}, as the processor), same count and spread`, baseline: Math.round(b99),
      ratio: Math.max(b99, 1) / Math.max(p99, 1), target: `p99 < ${P99_TARGET_MS.toLocaleString('en-US')} ms`, met: p99 < P99_TARGET_MS,
      notes:
        `p50 ${Math.round(p50)} ms, max ${Math.round(lags[lags.length - 1])} ms (bare: p50 ${b50} ms, max ${bare[bare.length - 1]} ms); ` +
        `${lags.length} fired, ${escalated} escalated, ${byJob.length} by their own job and ${bySweep} by the minute sweep, none twice ` +
        `(${alreadyFired} jobs found their moment already fired, ${notDue} rang before it was due); program reminder_hours = '{}', so only deadlines exist; ` +
        `built worker in its own process; set-up (record, relay, worker start) took ${(setupMs / 1000).toFixed(1)} s of the ${LEAD_MS / 1000} s before the first deadline`,
    };
  } finally {
    if (worker) await stopProcess(worker);
    await app.close();
  }
}

export async function violationsFigures(stack: BenchStack): Promise<Figure[]> {
  const pool = new Pool({ connectionString: stack.databaseUrl, max: 2, application_name: 'violations-bench' });
  try {
    const seed = (code: string) => inTransaction(pool, (c) => seedTestingCourt(c, code, { window: ['05:00', '09:00'], reportBy: '17:00' }, PARTICIPANTS));
    const [createCourt, deadlineCourt] = [await seed('VIOL'), await seed('VDUE')];
    // Deadlines only: with the default reminders (24/48 h) every reminder of these violations would already be late.
    await pool.query(`UPDATE programs SET reminder_hours = '{}' WHERE court_id = $1`, [deadlineCourt]);
    // The columns and defaults of violations, with its primary key only: no foreign key, check, unique or other index.
    await pool.query(`CREATE TABLE ${BASELINE_TABLE} (LIKE violations INCLUDING DEFAULTS)`);
    await pool.query(`ALTER TABLE ${BASELINE_TABLE} ADD PRIMARY KEY (id)`);
    await pool.query('VACUUM ANALYZE');
    const figures = await creationFigures(stack, pool, createCourt);
    figures.push(await deadlineFigure(stack, pool, deadlineCourt));
    return figures;
  } finally {
    await pool.end();
  }
}
