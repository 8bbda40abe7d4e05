import { CoreModule, courtTimeAt, loadConfig, type AppConfig } from '@app/core';
import { type NewMessage, queueMessages } from '@app/notifications';
import { DEFAULT_JOB_OPTIONS, OutboxRelayService, QueueModule } from '@app/queue';
import { SCHEMA } from '@app/schema';
import { INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import { Queue, Worker } from 'bullmq';
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { seedTestingCourt } from './draw.bench';
import { BenchStack, Figure, inTransaction, stopProcess } from './harness';

/**
 * A morning's reminders: 10,000 texts to as many participants written in one
 * transaction (as the minute sweep writes those due), relayed to BullMQ, and
 * handed to the SMS channel by the built worker in a process of its own at
 * the configured rate (SMS_PER_SECOND; the development outbox stands in for
 * Twilio, so the channel itself costs nothing and the rate limiter and the
 * delivery path are what is measured). Afterwards Postgres must show each
 * text handed over exactly once. The baseline is a bare BullMQ worker with
 * the same rate limiter and a no-op processor over as many jobs.
 */

const COUNT = 10_000;
const RATE = 200;
const ZONE = 'America/Chicago';
const RUN = `bm-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;

/** Quiet hours a minute long, half a day away on the court's clock: the run never falls in them. */
function quietFarAway(): string {
  const start = courtTimeAt(new Date(Date.now() + 12 * 3600_000), ZONE);
  const end = courtTimeAt(new Date(Date.now() + 12 * 3600_000 + 60_000), ZONE);
  return `${start}-${end}`;
}

async function relayContext(config: AppConfig): Promise<INestApplicationContext> {
  @Module({ imports: [CoreModule.forRoot({ service: 'cli', schema: SCHEMA, config }), QueueModule], providers: [OutboxRelayService] })
  class RelayModule {}
  return NestFactory.createApplicationContext(RelayModule, { logger: false });
}

async function startWorker(environment: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['dist/apps/worker/src/main.js'], { env: environment, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000));
  child.stderr!.on('data', keep);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`messages bench: worker not ready in 60 s: ${output}`)), 60_000);
    child.once('exit', (code) => reject(new Error(`messages bench: worker exited with ${code}: ${output}`)));
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

/** Most handovers in one calendar second. BullMQ's limiter counts per window of its own, not per calendar second, so two windows can share one. */
function busiestSecond(instants: number[]): number {
  const perSecond = new Map<number, number>();
  for (const at of instants) perSecond.set(Math.floor(at / 1000), (perSecond.get(Math.floor(at / 1000)) ?? 0) + 1);
  return Math.max(0, ...perSecond.values());
}

/** The bare rate: as many no-op jobs through a BullMQ worker with the same limiter. */
async function bareRate(stack: BenchStack): Promise<{ rate: number; busiest: number }> {
  const connection = { url: stack.redisUrl };
  const prefix = `${RUN}-bare`;
  const queue = new Queue('bench-sms', { connection, prefix, defaultJobOptions: DEFAULT_JOB_OPTIONS });
  const done: number[] = [];
  let finished!: () => void;
  const all = new Promise<void>((resolve) => (finished = resolve));
  try {
    for (let from = 0; from < COUNT; from += 1_000) {
      await queue.addBulk(Array.from({ length: 1_000 }, (_, k) => ({ name: 'send', data: {}, opts: { jobId: `sms/${from + k}` } })));
    }
    const worker = new Worker('bench-sms', async () => void (done.push(Date.now()) === COUNT && finished()), {
      connection,
      prefix,
      concurrency: 4,
      limiter: { max: RATE, duration: 1_000 },
    });
    try {
      await Promise.race([all, new Promise((_, reject) => setTimeout(() => reject(new Error('messages bench: bare jobs did not finish')), (COUNT / RATE) * 3_000 + 60_000).unref())]);
    } finally {
      await worker.close();
    }
    return { rate: (COUNT - 1) / ((done[COUNT - 1] - done[0]) / 1000), busiest: busiestSecond(done) };
  } finally {
    await queue.obliterate({ force: true }).catch(() => undefined);
    await queue.close();
  }
}

export async function messagesFigures(stack: BenchStack): Promise<Figure[]> {
  const pool = new Pool({ connectionString: stack.databaseUrl, max: 2, application_name: 'messages-bench' });
  let worker: ChildProcess | undefined;
  const environment = {
    NODE_ENV: 'development',
    DEV_OUTBOX: 'true',
    LOG_LEVEL: 'warn',
    QUEUE_PREFIX: `${RUN}-texts`,
    DATABASE_URL: stack.databaseUrl,
    REDIS_URL: stack.redisUrl,
    SMS_PER_SECOND: String(RATE),
    SMS_QUIET_HOURS: quietFarAway(),
  };
  const app = await relayContext(loadConfig(environment));
  try {
    const courtId = await inTransaction(pool, (c) => seedTestingCourt(c, 'MSGS', { window: ['05:00', '09:00'], reportBy: '17:00' }, COUNT));
    await pool.query(
      `INSERT INTO participant_phone_numbers (court_id, participant_id, phone_e164, sms_opt_in)
       SELECT court_id, id, '+1555' || lpad((row_number() OVER (ORDER BY participant_number))::text, 7, '0'), true FROM participants WHERE court_id = $1`,
      [courtId],
    );
    const recipients = (
      await pool.query<{ participant_id: string; phone_e164: string }>(`SELECT participant_id, phone_e164 FROM participant_phone_numbers WHERE court_id = $1`, [courtId])
    ).rows;
    const messages: NewMessage[] = recipients.map((r) => ({
      courtId,
      channel: 'sms',
      participantId: r.participant_id,
      address: r.phone_e164,
      language: 'en',
      template: 'sms.court-date-today',
      params: { time: '09:00', place: 'Courtroom 1' },
      dedupKey: `bench:reminder:${r.participant_id}`,
    }));
    const dataSource = app.get<DataSource>(getDataSourceToken());
    const writeStart = performance.now();
    const written = await dataSource.transaction((manager) => queueMessages(manager, messages));
    const writeMs = performance.now() - writeStart;
    // Written again (a retried sweep): nothing new.
    const again = await dataSource.transaction((manager) => queueMessages(manager, messages));
    const relayed = await app.get(OutboxRelayService).drain();
    worker = await startWorker({ ...process.env, ...environment });
    const deadline = Date.now() + (COUNT / RATE) * 3_000 + 60_000;
    for (;;) {
      const { rows } = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM notification_messages WHERE court_id = $1 AND status <> 'queued'`, [courtId]);
      if (rows[0].n >= COUNT || Date.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
    const [result] = (
      await pool.query<{ sent: number; handovers: number; first: Date; last: Date }>(
        `SELECT count(*) FILTER (WHERE status = 'sent')::int AS sent, sum(attempts)::int AS handovers, min(sent_at) AS first, max(sent_at) AS last
           FROM notification_messages WHERE court_id = $1`,
        [courtId],
      )
    ).rows;
    const busiest = busiestSecond(
      (await pool.query<{ sent_at: Date }>(`SELECT sent_at FROM notification_messages WHERE court_id = $1 AND sent_at IS NOT NULL`, [courtId])).rows.map((r) => r.sent_at.getTime()),
    );
    const rate = (result.sent - 1) / ((result.last.getTime() - result.first.getTime()) / 1000);
    const bare = await bareRate(stack);
    const exact = written.length === COUNT && again.length === 0 && relayed === COUNT && result.sent === COUNT && result.handovers === COUNT;
    return [
      {
        name: `texts handed to the channel, 10,000 reminders at SMS_PER_SECOND=${RATE}`,
        value: Math.round(rate),
        unit: 'texts/s',
        baselineName: `bare BullMQ worker, same limiter, no-op`,
        baseline: Math.round(bare.rate),
        ratio: rate / bare.rate,
        target: `≥ 0.9, mean ≤ ${RATE}/s, each sent once`,
        // The limiter holds the mean to the configured rate. The busiest calendar second is reported, not judged: sent_at is
        // taken inside each delivery's transaction, after the limiter let the job go, so database waits bunch those instants.
        met: rate / bare.rate >= 0.9 && rate <= RATE * 1.02 && exact,
        notes: `written ${written.length} in ${Math.round(writeMs)} ms (again: ${again.length} new), relayed ${relayed}, sent ${result.sent}/${COUNT}, handovers ${result.handovers}, busiest calendar second ${busiest} (bare worker: ${bare.busiest})`,
      },
    ];
  } finally {
    if (worker) await stopProcess(worker);
    await app.close();
    await pool.end();
  }
}
