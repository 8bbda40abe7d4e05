import { addToOutbox, bullJobId, JobName, QueueName } from '@app/queue';
import { clockJobKey } from '@app/violations';
import { DataSource } from 'typeorm';
import { eventually } from '../support/test-env';
import { createBigCourt, HOUR, jobIds, openDataSource, queueClient, recordMissedCallIns } from './support/fault-fixtures';
import { recordFault, secondsSince } from './support/fault-report';
import { FaultStack, ServerProcess, sleep, startFaultStack } from './support/fault-stack';

jest.setTimeout(240_000);

/**
 * The outbox relay and BullMQ's delayed jobs when Redis or the worker dies:
 * Redis SIGKILLed while the worker relays 1,000 rows, Redis SIGKILLed and
 * restarted from its append-only file with 1,000 deadlines 30 s away, and
 * rows committed while no worker runs (a crash between commit and enqueue).
 */
describe('faults: the outbox relay and delayed jobs', () => {
  let stack: FaultStack;
  let ds: DataSource;
  let worker: ServerProcess | undefined;

  beforeAll(async () => {
    stack = await startFaultStack('relay');
    ds = await openDataSource(stack.databaseUrl);
  }, 120_000);

  afterAll(async () => {
    await ds?.destroy().catch(() => undefined);
    await stack?.stop();
  });

  afterEach(async () => {
    await worker?.kill();
    worker = undefined;
  });

  it('1: Redis SIGKILLed while the relay moves 1,000 outbox rows; restarted from its AOF, every row becomes exactly one job', async () => {
    const ROWS = 1_000;
    worker = await stack.startWorker();
    const queue = queueClient(stack.redisPort, stack.queuePrefix, QueueName.Maintenance);
    try {
      const runAt = new Date(Date.now() + HOUR); // delayed, so every job stays in Redis to be counted
      const relayed = () => stack.count(`SELECT count(*) AS n FROM outbox_events WHERE job_key LIKE 'fault1:%' AND relayed_at IS NOT NULL`);
      // Commits keep coming, 50 rows at a time, while the relay moves them and Redis dies.
      const writing = (async () => {
        for (let start = 0; start < ROWS; start += 50) {
          await ds.transaction((manager) =>
            addToOutbox(
              manager,
              Array.from({ length: 50 }, (_, i) => ({ job: JobName.PruneOutbox, key: `fault1:${start + i}:prune`, payload: { olderThanDays: 30 }, runAt })),
            ),
          );
          await sleep(30);
        }
      })();
      await eventually(async () => (await relayed()) >= 150, 30_000, 'the relay to be under way');
      await stack.killRedis();
      const relayedAtKill = await relayed();
      await writing; // Postgres takes every commit while Redis is down
      await sleep(2_000);
      const restarted = Date.now();
      await stack.startRedis();
      await eventually(
        async () => (await stack.count(`SELECT count(*) AS n FROM outbox_events WHERE job_key LIKE 'fault1:%' AND relayed_at IS NULL`)) === 0,
        60_000,
        'every outbox row to be relayed after Redis returned',
      );
      const recovered = secondsSince(restarted);
      expect(await stack.count(`SELECT count(*) AS n FROM outbox_events WHERE job_key LIKE 'fault1:%'`)).toBe(ROWS);
      const ids = await jobIds(queue, 'fault1/');
      const unique = new Set(ids);
      const expected = Array.from({ length: ROWS }, (_, i) => bullJobId(`fault1:${i}:prune`));
      const lost = expected.filter((id) => !unique.has(id)).length;
      recordFault({
        scenario: '1 Redis killed under the relay',
        inFlight: `${ROWS} outbox rows being committed and relayed (${relayedAtKill} relayed at the kill)`,
        killed: 'redis-server, SIGKILL; restarted on its AOF 2 s later',
        lost,
        duplicated: ids.length - unique.size,
        recoverSeconds: recovered,
      });
      expect({ lost, duplicated: ids.length - unique.size, jobs: unique.size }).toEqual({ lost: 0, duplicated: 0, jobs: ROWS });
      expect(worker.running).toBe(true); // the worker rode the outage out
    } finally {
      await queue.close();
    }
  });

  it('3: Redis SIGKILLed and restarted from its AOF: 1,000 delayed deadline jobs survive and fire on time', async () => {
    const COUNT = 1_000;
    const court = await createBigCourt(ds, 'DLY', COUNT, { reminderHours: [] });
    worker = await stack.startWorker();
    const queue = queueClient(stack.redisPort, stack.queuePrefix, QueueName.Violations);
    try {
      // Detected 72 h minus 30 s ago: each deadline is 30 s away in real time.
      const dueAt = Date.now() + 30_000;
      const ids = await recordMissedCallIns(ds, court, new Date(dueAt - 72 * HOUR), 'delayed');
      expect(ids).toHaveLength(COUNT);
      const pending = () => stack.count(`SELECT count(*) AS n FROM outbox_events WHERE job_key LIKE 'violation:%' AND relayed_at IS NULL`);
      await eventually(async () => (await pending()) === 0, 30_000, 'the deadlines to be relayed');
      const deadlineJobs = async () => (await jobIds(queue, 'violation/', ['delayed'])).filter((id) => id.endsWith('/deadline')).length;
      expect(await deadlineJobs()).toBe(COUNT);
      await sleep(1_500); // appendfsync everysec: give the AOF its second, as a real outage would not wait
      await stack.killRedis();
      const restarted = Date.now();
      await stack.startRedis();
      const survived = await deadlineJobs();
      const backWithJobs = secondsSince(restarted);
      expect(Date.now()).toBeLessThan(dueAt); // the restart happened before the deadlines
      const escalated = () =>
        stack.count(`SELECT count(*) AS n FROM violation_clock_events WHERE violation_id = ANY($1) AND event = 'deadline' AND outcome = 'escalated'`, [ids]);
      await eventually(async () => (await escalated()) === COUNT, dueAt - Date.now() + 60_000, 'every deadline to fire');
      const [timing] = (
        await stack.db.query(
          `SELECT count(*)::int AS fired, max(late_by_ms)::int AS max_late, count(*) FILTER (WHERE v.escalated_at IS NOT NULL)::int AS escalated
             FROM violation_clock_events e JOIN violations v ON v.id = e.violation_id
            WHERE e.violation_id = ANY($1) AND e.event = 'deadline' AND e.fired_at IS NOT NULL`,
          [ids],
        )
      ).rows;
      recordFault({
        scenario: '3 Redis restarted with 1,000 delayed deadlines',
        inFlight: `${COUNT} delayed deadline jobs due 30 s ahead`,
        killed: 'redis-server, SIGKILL; restarted at once on its AOF',
        lost: COUNT - survived,
        duplicated: timing.fired - COUNT,
        recoverSeconds: backWithJobs,
        note: `latest deadline fired ${timing.max_late} ms after its due time`,
      });
      expect({ survived, fired: timing.fired, escalated: timing.escalated }).toEqual({ survived: COUNT, fired: COUNT, escalated: COUNT });
      // On time: from their own delayed jobs (1,000 of them, 8 at a time, on 2 busy cores), not a minute sweep catching them late.
      expect(timing.max_late).toBeLessThan(20_000);
    } finally {
      await queue.close();
    }
  });

  it('7: rows committed while no worker runs (a crash between commit and enqueue) are relayed and fire once when it starts', async () => {
    const COUNT = 500;
    expect(worker).toBeUndefined();
    const court = await createBigCourt(ds, 'CMT', COUNT);
    // Detected 73 h ago: both reminders and the deadline are already due.
    const ids = await recordMissedCallIns(ds, court, new Date(Date.now() - 73 * HOUR), 'committed');
    expect(await stack.count(`SELECT count(*) AS n FROM outbox_events WHERE job_key LIKE ANY($1) AND relayed_at IS NULL`, [ids.map((id) => `violation:${id}:%`)])).toBe(
      COUNT * 3,
    );
    const queue = queueClient(stack.redisPort, stack.queuePrefix, QueueName.Violations);
    try {
      expect(await queue.getJob(bullJobId(clockJobKey(ids[0], 'deadline')))).toBeUndefined(); // committed, never enqueued
      const started = Date.now();
      worker = await stack.startWorker();
      const fired = () => stack.count(`SELECT count(*) AS n FROM violation_clock_events WHERE violation_id = ANY($1) AND fired_at IS NOT NULL`, [ids]);
      await eventually(async () => (await fired()) === COUNT * 3, 90_000, 'every moment to fire after the worker started');
      const recovered = secondsSince(started);
      await sleep(1_000);
      const [outcomes] = (
        await stack.db.query(
          `SELECT count(*) FILTER (WHERE e.outcome = 'escalated')::int AS escalated, count(*) FILTER (WHERE e.outcome = 'reminded')::int AS reminded,
                  count(DISTINCT v.id) FILTER (WHERE v.escalated_at IS NOT NULL)::int AS overdue
             FROM violation_clock_events e JOIN violations v ON v.id = e.violation_id WHERE e.violation_id = ANY($1)`,
          [ids],
        )
      ).rows;
      const pending = await stack.count(`SELECT count(*) AS n FROM outbox_events WHERE relayed_at IS NULL`);
      const deadlineJobs = (await jobIds(queue, 'violation/')).filter((id) => id.endsWith('/deadline') && ids.includes(id.split('/')[1]));
      recordFault({
        scenario: '7 crash between commit and enqueue',
        inFlight: `${COUNT} violations committed with ${COUNT * 3} outbox rows, no job in Redis`,
        killed: 'the worker (not running while they were committed)',
        lost: COUNT - outcomes.overdue,
        duplicated: Math.max(0, outcomes.escalated - COUNT) + Math.max(0, outcomes.reminded - 2 * COUNT),
        recoverSeconds: recovered,
      });
      expect({ ...outcomes, pending, deadlineJobs: new Set(deadlineJobs).size }).toEqual({
        escalated: COUNT,
        reminded: 2 * COUNT,
        overdue: COUNT,
        pending: 0,
        deadlineJobs: COUNT,
      });
    } finally {
      await queue.close();
    }
  });
});
