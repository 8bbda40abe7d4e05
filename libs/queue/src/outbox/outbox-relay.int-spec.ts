import { getQueueToken } from '@nestjs/bullmq';
import { INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { createWorker } from '../../../../apps/worker/src/create-worker';
import { createTestDatabase, testConfig, TestDatabase } from '../../../../test/support/test-env';
import { bullJobId, JobName, QueueName } from '../queue.contract';
import { OutboxRelayService } from './outbox-relay.service';
import { OutboxService } from './outbox.service';

const EVENTS = 1_000;

describe('transactional outbox → BullMQ', () => {
  let db: TestDatabase;
  let first: INestApplicationContext;
  let second: INestApplicationContext;
  let dataSource: DataSource;
  let queue: Queue;

  beforeAll(async () => {
    db = await createTestDatabase();
    const config = testConfig(db.url);
    // Two independent workers (own connection pools, own Redis connections), relays driven by hand.
    first = await createWorker(config, { relayLoop: false });
    second = await createWorker(config, { relayLoop: false });
    await Promise.all([first.init(), second.init()]);
    dataSource = first.get(getDataSourceToken());
    queue = first.get(getQueueToken(QueueName.Maintenance));
    await queue.pause(); // keep the jobs in the queue so they can be counted
  });

  afterAll(async () => {
    await queue?.obliterate({ force: true });
    await Promise.all([first?.close(), second?.close()]);
    await db?.drop();
  });

  async function writeEvents(count: number, prefix: string): Promise<void> {
    const outbox = first.get(OutboxService);
    for (let start = 0; start < count; start += 100) {
      await dataSource.transaction((manager) =>
        outbox.add(
          manager,
          Array.from({ length: Math.min(100, count - start) }, (_, i) => ({
            job: JobName.PruneOutbox,
            key: `${prefix}:${start + i}:prune`,
            payload: { olderThanDays: 30 },
          })),
        ),
      );
    }
  }

  /** Jobs relayed from this test's events (the worker's own recurring schedule is left out). */
  async function jobsInQueue(): Promise<number> {
    const jobs = await queue.getJobs(['waiting', 'paused', 'delayed', 'active', 'completed', 'failed', 'prioritized']);
    const ids = jobs.map((job) => job.id).filter((id) => id?.startsWith('relay/'));
    expect(new Set(ids).size).toBe(ids.length);
    return ids.length;
  }

  it('turns 1,000 events into exactly 1,000 jobs with two relays running at once', async () => {
    await writeEvents(EVENTS, 'relay');
    const [a, b] = await Promise.all([first.get(OutboxRelayService).drain(), second.get(OutboxRelayService).drain()]);
    expect(a + b).toBe(EVENTS);
    expect(await jobsInQueue()).toBe(EVENTS);
    const [{ pending }] = await dataSource.query(`SELECT count(*)::int AS pending FROM outbox_events WHERE relayed_at IS NULL`);
    expect(pending).toBe(0);
    // Each job carries the id derived from its event, and all are there.
    const job = await queue.getJob(bullJobId('relay:999:prune'));
    expect(job?.name).toBe(JobName.PruneOutbox);
    expect(job?.data).toEqual({ olderThanDays: 30 });
  });

  it('relaying the same rows again (a crash after enqueue, before commit) adds no job', async () => {
    await dataSource.query(`UPDATE outbox_events SET relayed_at = NULL`);
    const [a, b] = await Promise.all([first.get(OutboxRelayService).drain(), second.get(OutboxRelayService).drain()]);
    expect(a + b).toBe(EVENTS);
    expect(await jobsInQueue()).toBe(EVENTS);
  });

  it('writing the same event twice keeps one row', async () => {
    const outbox = first.get(OutboxService);
    const entry = { job: JobName.PruneOutbox, key: 'relay:0:prune', payload: { olderThanDays: 30 } } as const;
    const added = await dataSource.transaction((manager) => outbox.add(manager, entry));
    expect(added).toBe(0);
  });

  it('an event of a rolled-back transaction never becomes a job', async () => {
    const outbox = first.get(OutboxService);
    await expect(
      dataSource.transaction(async (manager) => {
        await outbox.add(manager, { job: JobName.PruneOutbox, key: 'rolled:back:prune', payload: { olderThanDays: 1 } });
        throw new Error('the domain change failed');
      }),
    ).rejects.toThrow('the domain change failed');
    expect(await first.get(OutboxRelayService).drain()).toBe(0);
    expect(await queue.getJob(bullJobId('rolled:back:prune'))).toBeUndefined();
  });

  it('refuses to write outside a transaction', async () => {
    const outbox = first.get(OutboxService);
    await expect(outbox.add(dataSource.manager, { job: JobName.PruneOutbox, key: 'x:y:z', payload: { olderThanDays: 1 } })).rejects.toThrow(
      /inside a transaction/,
    );
  });

  it('schedules an event with a due time as a delayed job', async () => {
    const outbox = first.get(OutboxService);
    const runAt = new Date(Date.now() + 3_600_000);
    await dataSource.transaction((manager) =>
      outbox.add(manager, { job: JobName.PruneOutbox, key: 'later:1:prune', payload: { olderThanDays: 1 }, runAt }),
    );
    await first.get(OutboxRelayService).drain();
    const job = await queue.getJob(bullJobId('later:1:prune'));
    expect(await job?.getState()).toBe('delayed');
    expect(job!.opts.delay).toBeGreaterThan(3_500_000);
  });
});
