import { JobName, QueueName } from '@app/queue';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { eventually } from '../support/test-env';
import { createBigCourt, HOUR, insertClosedDraw, openDataSource, queueClient, recordMissedCallIns } from './support/fault-fixtures';
import { recordFault, secondsSince } from './support/fault-report';
import { FaultStack, ServerProcess, sleep, startFaultStack } from './support/fault-stack';

jest.setTimeout(300_000);

/**
 * The worker SIGKILLed in the middle of its jobs: a window close charging
 * thousands of missed call-ins in one transaction, a burst of deadline jobs,
 * a draw for thousands of participants. The production code offers no hook
 * to slow a job, so each test kills the worker while Postgres shows the
 * job's transaction open (pg_stat_activity), then restarts it and counts.
 */
describe('faults: the worker killed mid-job', () => {
  let stack: FaultStack;
  let ds: DataSource;
  let workers: ServerProcess[] = [];

  const startWorker = async () => {
    const worker = await stack.startWorker();
    workers.push(worker);
    return worker;
  };

  /**
   * Waits until a backend of the system (application_name treatment-court) runs, or has just run,
   * a statement matching `statement` inside a transaction still open; returns the matched text, or null if none was seen.
   */
  async function waitForStatement(statement: RegExp, timeoutMs: number): Promise<string | null> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const { rows } = await stack.db.query(
        `SELECT query FROM pg_stat_activity
          WHERE datname = current_database() AND application_name = 'treatment-court'
            AND state IN ('active', 'idle in transaction') AND xact_start IS NOT NULL`,
      );
      for (const row of rows as Array<{ query: string }>) {
        const match = statement.exec(row.query);
        if (match) return match[0].replace(/\s+/g, ' ');
      }
      await sleep(5);
    }
    return null;
  }

  /** Whether the killed job itself redid the work (BullMQ found it stalled) or the minute sweep got there first. */
  async function redoneBy(queue: Queue, jobId: string, didTheWork: (value: unknown) => boolean): Promise<string> {
    const job = await queue.getJob(jobId);
    const state = job ? await job.getState() : 'gone';
    if (state === 'completed' && didTheWork(job!.returnvalue)) return 'redone by the killed job itself, taken up again as stalled';
    return `redone by the minute sweep (the killed job: ${state}${state === 'completed' ? ', found nothing left to do' : ', runs again and finds nothing to do'})`;
  }

  beforeAll(async () => {
    stack = await startFaultStack('worker');
    ds = await openDataSource(stack.databaseUrl);
  }, 120_000);

  afterAll(async () => {
    for (const worker of workers) await worker.kill();
    await ds?.destroy().catch(() => undefined);
    await stack?.stop();
  });

  afterEach(async () => {
    for (const worker of workers) await worker.kill();
    workers = [];
  });

  it('2a: killed while closing a window for 3,000 absent participants: after a restart each is charged exactly one missed call-in', async () => {
    const COUNT = 3_000;
    const court = await createBigCourt(ds, 'BIG', COUNT);
    const first = await startWorker();
    const drawId = await insertClosedDraw(ds, court, 60_000);
    const queue = queueClient(stack.redisPort, stack.queuePrefix, QueueName.DrugTesting);
    try {
      // What the court's scheduler adds at the window's end.
      await queue.add(JobName.CloseCallInWindow, { courtId: court.court.id }, { jobId: `fault2a/${court.court.id}` });
      const seen = await waitForStatement(/INSERT INTO (violations|violation_clock_events|outbox_events)/i, 30_000);
      await first.kill();
      const killedAt = Date.now();
      const charged = (drawIdValue: string) =>
        stack.count(`SELECT count(*) AS n FROM violations WHERE evidence->>'drawId' = $1`, [drawIdValue]);
      const atKill = await charged(drawId);
      await startWorker();
      await eventually(
        async () => (await stack.count(`SELECT count(*) AS n FROM draws WHERE id = $1 AND missed_call_ins_recorded_at IS NOT NULL`, [drawId])) === 1,
        120_000,
        'the window close to be redone after the restart',
      );
      const recovered = secondsSince(killedAt);
      const [counts] = (
        await stack.db.query(
          `SELECT count(*)::int AS violations, count(DISTINCT participant_id)::int AS participants,
                  (SELECT count(*)::int FROM violation_clock_events e JOIN violations w ON w.id = e.violation_id WHERE w.evidence->>'drawId' = $1) AS moments
             FROM violations WHERE evidence->>'drawId' = $1`,
          [drawId],
        )
      ).rows;
      recordFault({
        scenario: '2a worker killed mid window close',
        inFlight: `window close charging ${COUNT} missed call-ins in one transaction (${seen ? `killed during its ${seen}` : 'transaction not caught'}; ${atKill} committed at the kill)`,
        killed: 'worker, SIGKILL; restarted at once',
        note: await redoneBy(queue, `fault2a/${court.court.id}`, (value) => (value as { missedCallIns?: number })?.missedCallIns === COUNT),
        lost: COUNT - counts.participants,
        duplicated: counts.violations - counts.participants,
        recoverSeconds: recovered,
      });
      expect(seen).not.toBeNull();
      expect(counts).toEqual({ violations: COUNT, participants: COUNT, moments: COUNT * 3 });
    } finally {
      await queue.close();
    }
  });

  it('2b: killed while 2,000 deadline jobs fire: after a restart every violation is escalated exactly once', async () => {
    const COUNT = 2_000;
    const court = await createBigCourt(ds, 'ESC', COUNT, { reminderHours: [] });
    const first = await startWorker();
    // Detected 72 h and 5 s ago: every deadline is due the moment its job reaches the worker.
    const ids = await recordMissedCallIns(ds, court, new Date(Date.now() - 72 * HOUR - 5_000), 'escalate');
    const escalated = () =>
      stack.count(`SELECT count(*) AS n FROM violation_clock_events WHERE violation_id = ANY($1) AND event = 'deadline' AND fired_at IS NOT NULL`, [ids]);
    await eventually(async () => (await escalated()) >= 200, 60_000, 'deadlines to be firing');
    await first.kill();
    const killedAt = Date.now();
    const atKill = await escalated();
    await startWorker();
    await eventually(async () => (await escalated()) === COUNT, 120_000, 'every deadline to fire after the restart');
    const recovered = secondsSince(killedAt);
    await sleep(1_000);
    const [counts] = (
      await stack.db.query(
        `SELECT count(*) FILTER (WHERE e.outcome = 'escalated')::int AS escalated, count(*)::int AS moments,
                count(*) FILTER (WHERE v.escalated_at IS NOT NULL)::int AS overdue
           FROM violation_clock_events e JOIN violations v ON v.id = e.violation_id WHERE e.violation_id = ANY($1)`,
        [ids],
      )
    ).rows;
    recordFault({
      scenario: '2b worker killed mid deadline burst',
      inFlight: `${COUNT} deadline jobs firing, 8 at a time (${atKill} fired at the kill)`,
      killed: 'worker, SIGKILL; restarted at once',
      note: 'waiting jobs ran at once; the ones the dead worker held came back as stalled jobs or through the minute sweep',
      lost: COUNT - counts.overdue,
      duplicated: counts.escalated - counts.overdue,
      recoverSeconds: recovered,
    });
    expect(atKill).toBeLessThan(COUNT);
    expect(counts).toEqual({ escalated: COUNT, moments: COUNT, overdue: COUNT });
  });

  it("2c: killed while making a draw for 5,000 participants: after a restart the court day has one complete draw", async () => {
    const COUNT = 5_000;
    const court = await createBigCourt(ds, 'DRW', COUNT);
    const first = await startWorker();
    const queue = queueClient(stack.redisPort, stack.queuePrefix, QueueName.DrugTesting);
    try {
      // What a call-in that finds no draw, or the court's scheduler, asks for.
      await queue.add(JobName.DrawCourtDay, { courtId: court.court.id }, { jobId: `fault2c/${court.court.id}` });
      // The draw's transaction: the candidates' query, the selection computed, the draw row, its entries by COPY.
      const seen = await waitForStatement(/COPY draw_entries|INSERT INTO draws|AS tests_per_week/i, 30_000);
      await first.kill();
      const killedAt = Date.now();
      const atKill = await stack.count(`SELECT count(*) AS n FROM draws WHERE court_id = $1`, [court.court.id]);
      await startWorker();
      await eventually(
        async () => (await stack.count(`SELECT count(*) AS n FROM draws WHERE court_id = $1`, [court.court.id])) >= 1,
        120_000,
        'the draw to be made after the restart',
      );
      const recovered = secondsSince(killedAt);
      // A second request for the same day (a retry, the minute sweep) changes nothing.
      await queue.add(JobName.DrawCourtDay, { courtId: court.court.id }, { jobId: `fault2c/${court.court.id}/again` });
      await eventually(async () => (await queue.getJobState(`fault2c/${court.court.id}/again`)) === 'completed', 30_000, 'the repeated draw request to run');
      const { rows } = await stack.db.query(
        `SELECT d.court_day::text AS day, count(DISTINCT d.id)::int AS draws, count(e.participant_id)::int AS entries, max(d.participant_count)::int AS participant_count
           FROM draws d LEFT JOIN draw_entries e ON e.draw_id = d.id WHERE d.court_id = $1 GROUP BY d.court_day`,
        [court.court.id],
      );
      recordFault({
        scenario: '2c worker killed mid draw',
        inFlight: `draw for ${COUNT} participants (${seen ? `killed during ${/COPY/i.test(seen) ? 'the COPY of its entries' : /INSERT/i.test(seen) ? 'the insert of its row' : 'its transaction, after the candidates query'}` : 'transaction not caught'}; ${atKill} draw(s) committed at the kill)`,
        killed: 'worker, SIGKILL; restarted at once',
        note: await redoneBy(queue, `fault2c/${court.court.id}`, (value) => ((value as { created?: number })?.created ?? 0) > 0),
        lost: rows.some((r: { entries: number }) => r.entries < COUNT) ? 1 : 0,
        duplicated: rows.reduce((sum: number, r: { draws: number }) => sum + r.draws - 1, 0),
        recoverSeconds: recovered,
      });
      expect(seen).not.toBeNull();
      expect(rows.length).toBeGreaterThanOrEqual(1);
      for (const row of rows) expect(row).toMatchObject({ draws: 1, entries: COUNT, participant_count: COUNT });
    } finally {
      await queue.close();
    }
  });
});
