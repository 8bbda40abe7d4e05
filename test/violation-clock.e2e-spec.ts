import { INestApplicationContext } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import { getDataSourceToken } from '@nestjs/typeorm';
import { TestClock } from '@app/core';
import { bullJobId, OutboxRelayService, QueueName } from '@app/queue';
import { clockJobKey, recordViolations, ViolationClockService } from '@app/violations';
import { Job, Queue, Worker } from 'bullmq';
import { DataSource } from 'typeorm';
import { createCourt, createParticipant, createTestingProgram, CourtFixture, placeInProgram, ParticipantFixture } from './support/fixtures';
import { createTestDatabase, eventually, testConfig, TestDatabase } from './support/test-env';
import { createTestingJobs } from './support/testing-jobs';

const HOUR = 3_600_000;
/**
 * The injected clock starts at the real hour: BullMQ delays and Postgres run
 * on real time, so a fixed calendar date would make "delayed" jobs due at once
 * (and the test pass only on the days around that date).
 */
const DETECTED = new Date(Math.floor(Date.now() / HOUR) * HOUR);
const at = (hours: number) => new Date(DETECTED.getTime() + hours * HOUR).toISOString();

/**
 * The 72-hour clock against real Postgres and Redis: every violation's
 * moments are committed with it, fire at most once, do nothing once it is
 * met, and survive Redis losing every job.
 */
describe("violations' 72-hour clock", () => {
  let db: TestDatabase;
  let jobs: INestApplicationContext;
  let ds: DataSource;
  const clock = new TestClock(DETECTED);
  let court: CourtFixture;
  let participants: ParticipantFixture[];

  const clocks = () => jobs.get(ViolationClockService);
  const queue = () => jobs.get<Queue>(getQueueToken(QueueName.Violations));
  const record = (count: number, tag: string, detectedAt = DETECTED) =>
    ds.transaction((manager) =>
      recordViolations(
        manager,
        Array.from({ length: count }, (_, i) => ({
          courtId: court.id,
          participantId: participants[i % participants.length].id,
          kind: 'missed_call_in',
          detectedAt,
          sourceKey: `test:${tag}:${i}`,
          evidence: {},
        })),
      ),
    );
  const escalated = async (ids: string[]) =>
    (await ds.query(`SELECT count(*)::int AS n FROM violations WHERE id = ANY($1) AND escalated_at IS NOT NULL`, [ids]))[0].n as number;

  beforeAll(async () => {
    db = await createTestDatabase();
    jobs = await createTestingJobs(testConfig(db.url), clock);
    ds = jobs.get<DataSource>(getDataSourceToken());
    court = await createCourt(ds, 'CLOCK');
    const program = await createTestingProgram(ds, court.id, 'HOPE');
    await ds.query(`UPDATE programs SET reminder_hours = '{24,48}' WHERE id = $1`, [program.id]);
    participants = [];
    for (let i = 1; i <= 5; i++) {
      const p = await createParticipant(ds, court, `C-${String(i).padStart(4, '0')}`);
      await placeInProgram(ds, p.id, program, at(-60 * 24).slice(0, 10));
      participants.push(p);
    }
  });

  afterAll(async () => {
    await queue()?.obliterate({ force: true });
    await jobs?.close();
    await db?.drop();
  });

  it('commits every moment with the violation, and its delayed job through the outbox, keyed from the violation', async () => {
    clock.set(DETECTED);
    const [id] = await record(1, 'keys');
    expect(await record(1, 'keys')).toEqual([]); // the same event again: nothing new
    const moments = await ds.query(`SELECT event, due_at FROM violation_clock_events WHERE violation_id = $1 ORDER BY due_at`, [id]);
    expect(moments.map((m: { event: string; due_at: Date }) => [m.event, m.due_at.toISOString()])).toEqual([
      ['reminder:24h', at(24)],
      ['reminder:48h', at(48)],
      ['deadline', at(72)],
    ]);
    const [violation] = await ds.query(`SELECT deadline_at FROM violations WHERE id = $1`, [id]);
    expect(violation.deadline_at.getTime() - DETECTED.getTime()).toBe(72 * HOUR);
    expect(await jobs.get(OutboxRelayService).drain()).toBeGreaterThanOrEqual(3);
    const job = await queue().getJob(bullJobId(clockJobKey(id, 'deadline')));
    expect(job?.data).toEqual({ violationId: id, event: 'deadline' });
    expect(await job?.isDelayed()).toBe(true);
  });

  it("records thousands of violations with their clocks in one call (a large court's missed call-ins of one day)", async () => {
    const ids = await record(5_000, 'many');
    expect(new Set(ids).size).toBe(5_000);
    const [events] = await ds.query(`SELECT count(*)::int AS n FROM violation_clock_events WHERE violation_id = ANY($1)`, [ids]);
    const [outbox] = await ds.query(`SELECT count(*)::int AS n FROM outbox_events WHERE job_key LIKE 'violation:%' AND relayed_at IS NULL`);
    expect(events.n).toBe(15_000);
    expect(outbox.n).toBeGreaterThanOrEqual(15_000);
    await ds.query(`UPDATE violations SET status = 'dismissed', dismissed_at = $2, dismissed_reason = 'test' WHERE id = ANY($1)`, [ids, clock.now()]);
    // Their 15,000 jobs are not this file's subject: relaying them would only slow the tests after it.
    await ds.query(`DELETE FROM outbox_events WHERE job_key LIKE 'violation:%' AND relayed_at IS NULL`);
  });

  it('fires a moment exactly once, however many jobs and retries ask at once', async () => {
    const [id] = await record(1, 'once', new Date(DETECTED.getTime() - 80 * HOUR));
    clock.set(DETECTED);
    // A worker killed mid-job: its transaction never commits, and the retry fires it.
    await ds
      .transaction(async (manager) => {
        await manager.query(`UPDATE violation_clock_events SET fired_at = $2 WHERE violation_id = $1 AND event = 'deadline'`, [id, clock.now()]);
        throw new Error('worker killed');
      })
      .catch(() => undefined);
    const outcomes = await Promise.all(Array.from({ length: 5 }, () => clocks().fire(id, 'deadline')));
    expect(outcomes.filter((o) => o === 'escalated')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'already_fired')).toHaveLength(4);
    expect(await clocks().fire(id, 'deadline')).toBe('already_fired');
    const [event] = await ds.query(`SELECT late_by_ms, outcome FROM violation_clock_events WHERE violation_id = $1 AND event = 'deadline'`, [id]);
    expect(event).toEqual({ late_by_ms: 8 * HOUR, outcome: 'escalated' });
  });

  it('does not escalate a violation met one second before its deadline', async () => {
    const [id] = await record(1, 'met');
    clock.set(new Date(DETECTED.getTime() + 72 * HOUR - 1000));
    await ds.query(`UPDATE violations SET status = 'answered', answered_at = $2 WHERE id = $1`, [id, clock.now()]);
    clock.set(new Date(DETECTED.getTime() + 72 * HOUR));
    expect(await clocks().fire(id, 'deadline')).toBe('already_met');
    expect(await escalated([id])).toBe(0);
  });

  it('leaves a moment that is not due yet to its own time (an alarm that rings early does nothing)', async () => {
    const [id] = await record(1, 'early');
    clock.set(new Date(DETECTED.getTime() + 71 * HOUR));
    expect(await clocks().fire(id, 'deadline')).toBe('not_due');
    expect(await escalated([id])).toBe(0);
  });

  it('after Redis lost every job, restores the alarms due soon and escalates, once, every unmet violation past 72 hours', async () => {
    clock.set(DETECTED);
    const ids = await record(500, 'lost');
    await jobs.get(OutboxRelayService).drain();
    await queue().obliterate({ force: true }); // every job gone, as after a Redis crash with data loss
    // Four minutes before the deadlines, the sweep re-creates their alarms.
    clock.set(new Date(DETECTED.getTime() + 72 * HOUR - 4 * 60_000));
    const before = await clocks().sweep();
    expect(before.rescheduled).toBeGreaterThanOrEqual(500);
    expect(await queue().getJob(bullJobId(clockJobKey(ids[0], 'deadline')))).toBeDefined();
    // The clock moved 73 hours: every unmet violation is escalated by the sweep, late, each once.
    clock.set(new Date(DETECTED.getTime() + 73 * HOUR));
    const first = await clocks().sweep();
    expect(first.fired).toBeGreaterThanOrEqual(500);
    expect(await escalated(ids)).toBe(500);
    const [late] = await ds.query(
      `SELECT count(*)::int AS n, min(late_by_ms) AS min FROM violation_clock_events WHERE violation_id = ANY($1) AND event = 'deadline' AND outcome = 'escalated'`,
      [ids],
    );
    expect(late).toEqual({ n: 500, min: HOUR });
    expect((await clocks().sweep()).fired).toBe(0);
    const reminders = await ds.query(
      `SELECT count(*)::int AS n FROM violation_clock_events WHERE violation_id = ANY($1) AND event LIKE 'reminder:%' AND outcome = 'reminded'`,
      [ids],
    );
    expect(reminders[0].n).toBe(1000);
  }, 120_000);

  it('fires a deadline exactly once when the worker running its job is killed mid-job and the job is picked up again', async () => {
    // BullMQ delays run on real time: this violation's moments are all past in real time too.
    const realNow = new Date();
    const [id] = await record(1, 'killed', new Date(realNow.getTime() - 80 * HOUR));
    clock.set(realNow);
    await queue().obliterate({ force: true });
    // Only the deadline's job goes to Redis, so it is the one the dying worker holds.
    await ds.query(`DELETE FROM outbox_events WHERE job_key LIKE $1 AND relayed_at IS NULL`, [`violation:${id}:reminder:%`]);
    await jobs.get(OutboxRelayService).drain(); // the job is due already: it waits to run at once
    const { connection, prefix } = queue().opts;
    // The first worker takes the job and dies without finishing: its lock lapses and BullMQ sees the job stalled.
    let taken!: (jobId: string) => void;
    const tookIt = new Promise<string>((resolve) => (taken = resolve));
    const killed = new Worker(
      QueueName.Violations,
      async (job: Job) => {
        taken(job.id as string);
        await new Promise(() => undefined);
      },
      { connection, prefix, lockDuration: 500, stalledInterval: 500 },
    );
    expect(await tookIt).toBe(bullJobId(clockJobKey(id, 'deadline')));
    await killed.close(true);
    const processedBy: string[] = [];
    const restarted = new Worker(
      QueueName.Violations,
      async (job: Job) => {
        processedBy.push(job.id as string);
        return jobs.get(ViolationClockService).fire(job.data.violationId, job.data.event);
      },
      { connection, prefix, lockDuration: 500, stalledInterval: 500 },
    );
    try {
      await eventually(async () => (await escalated([id])) === 1, 15_000, 'the deadline to fire after the restart');
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const [event] = await ds.query(`SELECT outcome FROM violation_clock_events WHERE violation_id = $1 AND event = 'deadline'`, [id]);
      expect(event.outcome).toBe('escalated');
      expect(processedBy.filter((jobId) => jobId === bullJobId(clockJobKey(id, 'deadline')))).toHaveLength(1);
    } finally {
      await restarted.close();
    }
  });
});
