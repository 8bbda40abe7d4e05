import { getQueueToken } from '@nestjs/bullmq';
import { getDataSourceToken } from '@nestjs/typeorm';
import { ALL_QUEUES, bullJobId, JobName, OutboxService, QueueName } from '@app/queue';
import { Queue } from 'bullmq';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { freePort } from '../../../tools/services/free-port';
import { startRedisServer } from '../../../tools/services/redis-server';
import { createTestDatabase, eventually, testConfig, TestDatabase } from '../../../test/support/test-env';
import { createCourt } from '../../../test/support/fixtures';
import { CourtSchedulesService } from './court-schedules.service';
import { createWorker } from './create-worker';
import { SchedulesService } from './schedules.service';
import Redis from 'ioredis';

describe('worker', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(async () => {
    await db?.drop();
  });

  it('relays a committed event on its own and runs the job', async () => {
    const worker = await createWorker(testConfig(db.url));
    await worker.init();
    try {
      const dataSource = worker.get<DataSource>(getDataSourceToken());
      await dataSource.query(
        `INSERT INTO outbox_events (queue, job_name, job_key, payload, relayed_at) VALUES ('maintenance', 'maintenance.prune-outbox', 'old:1:prune', '{}', now() - interval '40 days')`,
      );
      await dataSource.transaction((manager) =>
        worker.get(OutboxService).add(manager, { job: JobName.PruneOutbox, key: 'prune:now:1', payload: { olderThanDays: 30 } }),
      );
      const queue = worker.get<Queue>(getQueueToken(QueueName.Maintenance));
      await eventually(async () => (await (await queue.getJob(bullJobId('prune:now:1')))?.isCompleted()) ?? false, 10_000, 'the job to complete');
      const job = await queue.getJob(bullJobId('prune:now:1'));
      expect(job?.returnvalue).toEqual({ deleted: 1 });
      const remaining = await dataSource.query(`SELECT job_key FROM outbox_events ORDER BY id`);
      expect(remaining.map((r: { job_key: string }) => r.job_key)).toEqual(['prune:now:1']);
      await queue.obliterate({ force: true });
    } finally {
      await worker.close();
    }
  });

  it('registers its recurring schedules idempotently', async () => {
    const config = testConfig(db.url);
    const a = await createWorker(config, { relayLoop: false });
    const b = await createWorker(config, { relayLoop: false });
    await Promise.all([a.init(), b.init()]);
    try {
      const queue = a.get<Queue>(getQueueToken(QueueName.Maintenance));
      const schedulers = await queue.getJobSchedulers();
      expect(schedulers.map((s) => s.key).sort()).toEqual([JobName.PruneIdempotencyKeys, JobName.PruneOutbox, JobName.ProgramLengthAlerts, JobName.RefreshMeasureSummaries].sort());
      expect(schedulers.find((s) => s.key === JobName.PruneOutbox)?.pattern).toBe('17 3 * * *');
      expect(schedulers.find((s) => s.key === JobName.PruneIdempotencyKeys)?.pattern).toBe('23 * * * *');
      await queue.obliterate({ force: true });
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('puts back every job scheduler Redis lost, without a restart', async () => {
    const worker = await createWorker(testConfig(db.url), { relayLoop: false });
    await worker.init();
    const dataSource = worker.get<DataSource>(getDataSourceToken());
    const court = await createCourt(dataSource, 'FLUSH');
    const queues = ALL_QUEUES.map((name) => worker.get<Queue>(getQueueToken(name)));
    const schedulerKeys = async () => (await Promise.all(queues.map((q) => q.getJobSchedulers()))).flat().map((s) => s.key).sort();
    try {
      const schedules = worker.get(SchedulesService);
      expect(await schedules.ensure()).toBe(false); // nothing missing: nothing written
      await worker.get(CourtSchedulesService).syncAll();
      const before = await schedulerKeys();
      expect(before).toEqual(expect.arrayContaining([JobName.TestingSweep, JobName.ViolationSweep, JobName.PruneOutbox, CourtSchedulesService.keys(court.id).windowClose]));
      // A flush (or a failover to an empty replica) takes every queue's keys while the worker runs.
      for (const queue of queues) await queue.obliterate({ force: true });
      expect(await schedulerKeys()).toEqual([]);
      expect(await schedules.ensure()).toBe(true);
      expect(await schedulerKeys()).toEqual(before);
      // Each scheduler has its next run waiting again.
      const drugTesting = worker.get<Queue>(getQueueToken(QueueName.DrugTesting));
      expect(await drugTesting.getDelayedCount()).toBeGreaterThanOrEqual(4);
      // Only the court's keys lost: found and put back too.
      await drugTesting.removeJobScheduler(CourtSchedulesService.keys(court.id).draw);
      expect(await schedules.ensure()).toBe(true);
      expect(await schedulerKeys()).toEqual(before);
    } finally {
      for (const queue of queues) await queue.obliterate({ force: true });
      await worker.close();
    }
  });

  describe('against a Redis that may evict keys', () => {
    let dir: string;
    let redis: Awaited<ReturnType<typeof startRedisServer>>;

    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'tc-evict-'));
      redis = await startRedisServer({ dataDir: dir, port: await freePort(), persistent: false });
      const client = new Redis(redis.url);
      await client.config('SET', 'maxmemory-policy', 'allkeys-lru');
      client.disconnect();
    });

    afterAll(async () => {
      await redis?.stop();
      await rm(dir, { recursive: true, force: true });
    });

    it('refuses to start, naming the policy', async () => {
      await expect(createWorker(testConfig(db.url, { REDIS_URL: redis.url }))).rejects.toThrow(
        /maxmemory-policy is "allkeys-lru".*noeviction/,
      );
    });
  });
});
