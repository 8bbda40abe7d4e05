import { JobName, QueueName } from '@app/queue';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { PIN } from '../support/fixtures';
import { eventually } from '../support/test-env';
import { BigCourt, createBigCourt, HOUR, insertOpenDraw, openDataSource, queueClient, recordMissedCallIns } from './support/fault-fixtures';
import { recordFault, secondsSince } from './support/fault-report';
import { FaultStack, ServerProcess, sleep, startFaultStack } from './support/fault-stack';

jest.setTimeout(300_000);

/**
 * Redis losing everything while nothing restarts (FLUSHALL under a running
 * worker), and Redis down for a while (call-ins and the participant's day go
 * on from Postgres, an API starts without it, and the queued work catches up).
 */
describe('faults: Redis flushed or away for a while', () => {
  let stack: FaultStack;
  let ds: DataSource;
  let servers: ServerProcess[] = [];

  beforeAll(async () => {
    stack = await startFaultStack('redis-outage');
    ds = await openDataSource(stack.databaseUrl);
  }, 120_000);

  afterAll(async () => {
    for (const server of servers) await server.kill();
    await ds?.destroy().catch(() => undefined);
    await stack?.stop();
  });

  afterEach(async () => {
    for (const server of servers) await server.kill();
    servers = [];
  });

  async function schedulerKeys(): Promise<string[]> {
    const keys: string[] = [];
    for (const name of [QueueName.Maintenance, QueueName.DrugTesting, QueueName.Violations]) {
      const queue = queueClient(stack.redisPort, stack.queuePrefix, name);
      try {
        for (const scheduler of await queue.getJobSchedulers(0, -1)) keys.push(`${name}:${scheduler.key}`);
      } finally {
        await queue.close();
      }
    }
    return keys.sort();
  }

  it('4: FLUSHALL under a running worker: every job scheduler and sweep is back within two minutes, and every pending deadline fires', async () => {
    const COUNT = 200;
    const court = await createBigCourt(ds, 'FLU', COUNT, { reminderHours: [] });
    servers.push(await stack.startWorker());
    // Deadlines 50 s away: their delayed jobs are flushed with everything else.
    const dueAt = Date.now() + 50_000;
    const ids = await recordMissedCallIns(ds, court, new Date(dueAt - 72 * HOUR), 'flush');
    await eventually(async () => (await stack.count(`SELECT count(*) AS n FROM outbox_events WHERE relayed_at IS NULL`)) === 0, 30_000, 'the alarms to be relayed');
    let before: string[] = [];
    await eventually(
      async () => (before = await schedulerKeys()).some((key) => key.includes(`court/${court.court.id}/draw`)),
      90_000,
      "the court's schedulers to be created",
    );
    const redis = new Redis({ host: '127.0.0.1', port: stack.redisPort, maxRetriesPerRequest: 1 });
    await redis.flushall();
    await redis.quit();
    const flushedAt = Date.now();
    expect(await schedulerKeys()).toEqual([]);
    await eventually(async () => JSON.stringify(await schedulerKeys()) === JSON.stringify(before), 120_000, 'every job scheduler to be back');
    const schedulersBack = secondsSince(flushedAt);
    const violations = queueClient(stack.redisPort, stack.queuePrefix, QueueName.Violations);
    try {
      await eventually(
        async () => (await violations.getJobs(['completed'], 0, -1)).some((job) => job.name === JobName.ViolationSweep && (job.finishedOn ?? 0) > flushedAt),
        90_000,
        'a violation sweep to run after the flush',
      );
    } finally {
      await violations.close();
    }
    const fired = () =>
      stack.count(`SELECT count(*) AS n FROM violation_clock_events WHERE violation_id = ANY($1) AND event = 'deadline' AND outcome = 'escalated'`, [ids]);
    await eventually(async () => (await fired()) === COUNT, Math.max(0, dueAt - Date.now()) + 90_000, 'every flushed deadline to fire');
    const [late] = (
      await stack.db.query(`SELECT max(late_by_ms)::int AS max FROM violation_clock_events WHERE violation_id = ANY($1) AND event = 'deadline'`, [ids])
    ).rows;
    recordFault({
      scenario: '4 FLUSHALL under a running worker',
      inFlight: `${before.length} job schedulers, ${COUNT} delayed deadlines due 50 s ahead`,
      killed: 'nothing: Redis FLUSHALL, no process restarted',
      lost: COUNT - (await fired()),
      duplicated: 0,
      recoverSeconds: schedulersBack,
      note: `every scheduler back after ${Math.round(schedulersBack)} s; the deadlines fired at most ${Math.round(late.max / 1000)} s late`,
    });
  });

  it('8: Redis down for a while: call-ins and the participant\'s day keep working, an API starts during the outage, and queued work catches up', async () => {
    const PARTICIPANTS = 20;
    const court: BigCourt = await createBigCourt(ds, 'OUT', PARTICIPANTS, { pins: true });
    await insertOpenDraw(ds, court);
    const env = { AUTH_SIGN_IN_PER_MINUTE: '100000', RATE_LIMIT_PER_MINUTE: '100000' };
    const first = await stack.startApi(env);
    servers.push(first.server, await stack.startWorker());
    const phone = (url: string, number: string) =>
      fetch(`${url}/api/v1/call-ins/phone`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ courtCode: court.court.code, participantNumber: number, pin: PIN, channel: 'phone' }),
        signal: AbortSignal.timeout(15_000),
      });

    await stack.killRedis();
    const downAt = Date.now();
    // Call-ins through the API that was running.
    const through = await Promise.all(court.numbers.slice(0, 10).map((n) => phone(first.url, n)));
    expect(through.map((r) => r.status)).toEqual(Array(10).fill(200));
    // A participant signs in and reads their day.
    const login = await fetch(`${first.url}/api/v1/auth/participant-login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ court: court.court.code, participantNumber: court.numbers[0], pin: PIN }),
      signal: AbortSignal.timeout(15_000),
    });
    expect(login.status).toBe(200);
    const { accessToken } = (await login.json()) as { accessToken: string };
    const today = await fetch(`${first.url}/api/v1/me/today`, { headers: { authorization: `Bearer ${accessToken}` }, signal: AbortSignal.timeout(15_000) });
    expect(today.status).toBe(200);
    expect(((await today.json()) as { calledIn: boolean }).calledIn).toBe(true);
    // An API started while Redis is down starts, and serves call-ins.
    const second = await stack.startApi(env);
    servers.push(second.server);
    const late = await Promise.all(court.numbers.slice(10).map((n) => phone(second.url, n)));
    expect(late.map((r) => r.status)).toEqual(Array(PARTICIPANTS - 10).fill(200));
    // Work committed during the outage: violations whose deadlines are already due.
    const ids = await recordMissedCallIns(ds, court, new Date(Date.now() - 73 * HOUR), 'outage');
    await sleep(3_000);
    const backAt = Date.now();
    await stack.startRedis();
    await eventually(
      async () =>
        (await stack.count(`SELECT count(*) AS n FROM violation_clock_events WHERE violation_id = ANY($1) AND fired_at IS NOT NULL`, [ids])) === ids.length * 3,
      90_000,
      'the work queued during the outage to catch up',
    );
    const caughtUp = secondsSince(backAt);
    const callIns = await stack.count(`SELECT count(*) AS n FROM call_ins WHERE court_id = $1`, [court.court.id]);
    recordFault({
      scenario: '8 Redis down for a while',
      inFlight: `${PARTICIPANTS} call-ins, a sign-in and /me/today, an API start and ${ids.length} violations during a ${Math.round((backAt - downAt) / 1000)} s outage`,
      killed: 'redis-server, SIGKILL; restarted on its AOF',
      lost: PARTICIPANTS - callIns,
      duplicated: 0,
      recoverSeconds: caughtUp,
      note: 'call-ins, sign-in and /me/today answered 200 during the outage; an API started without Redis',
    });
    expect(callIns).toBe(PARTICIPANTS);
  });
});
