import { INestApplicationContext } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getQueueToken } from '@nestjs/bullmq';
import { TestClock } from '@app/core';
import { DayCloseService, DrawMaker } from '@app/drug-testing';
import { JobName, QueueName } from '@app/queue';
import { Queue } from 'bullmq';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createWorker } from '../apps/worker/src/create-worker';
import { CourtSchedulesService } from '../apps/worker/src/court-schedules.service';
import {
  ApiClient,
  CourtFixture,
  createCourt,
  createParticipant,
  createStaff,
  createTestingProgram,
  dataSourceOf,
  ParticipantFixture,
  placeInProgram,
  ProgramFixture,
  signIn,
  signInParticipant,
} from './support/fixtures';
import { createTestApi } from './support/test-app';
import { createTestDatabase, eventually, testConfig, TestDatabase } from './support/test-env';
import { createTestingJobs } from './support/testing-jobs';

const DAY = '2026-11-24';
/** America/Chicago, CST: the draw at 04:00 local, the window 05:00-09:00, tests by 14:00. */
const AT = {
  beforeDraw: '2026-11-24T09:59:00Z',
  draw: '2026-11-24T10:00:00Z',
  windowEnds: '2026-11-24T15:00:00Z',
  /** The close's grace after the window's end (WINDOW_CLOSE_GRACE_MS). */
  windowClosed: '2026-11-24T15:00:30Z',
  deadlinePassed: '2026-11-24T20:00:00Z',
  dayOver: '2026-11-25T06:00:00Z',
};

describe('the daily draw and the end of the testing day', () => {
  let db: TestDatabase;
  /** A session as the tables' owner (the API and the worker connect as the application's role). */
  const asOwner = async (work: (owner: Client) => Promise<void>) => {
    const owner = new Client({ connectionString: db.url });
    await owner.connect();
    try {
      await work(owner);
    } finally {
      await owner.end();
    }
  };
  let app: NestFastifyApplication;
  let jobs: INestApplicationContext;
  let ds: DataSource;
  const clock = new TestClock(AT.beforeDraw);
  let court: CourtFixture;
  let always: ProgramFixture;
  let never: ProgramFixture;
  const p: Record<string, ParticipantFixture> = {};
  let coordinator: ApiClient;

  const drawMaker = () => jobs.get(DrawMaker);
  const dayClose = () => jobs.get(DayCloseService);
  const violations = async (kind: string) =>
    (await ds.query(`SELECT participant_id, detected_at, source_key FROM violations WHERE kind = $1 ORDER BY participant_id`, [kind])) as Array<{
      participant_id: string;
      detected_at: Date;
    }>;

  beforeAll(async () => {
    db = await createTestDatabase();
    const config = testConfig(db.url, { AUTH_SIGN_IN_PER_MINUTE: '10000', AUTH_SIGN_IN_PER_MINUTE_PER_ACCOUNT: '10000' });
    app = await createTestApi(config, clock);
    jobs = await createTestingJobs(config, clock);
    ds = dataSourceOf(app);
    court = await createCourt(ds, 'DRAW', { timeZone: 'America/Chicago', window: ['05:00', '09:00'] });
    await ds.query(`UPDATE courts SET report_by_time = '14:00' WHERE id = $1`, [court.id]);
    always = await createTestingProgram(ds, court.id, 'DAILY', { testsPerWeek: 7 });
    never = await createTestingProgram(ds, court.id, 'NONE', { testsPerWeek: 0 });
    let number = 0;
    const enrolled = async (key: string, program: ProgramFixture, status = 'active') => {
      p[key] = await createParticipant(ds, court, `W-${String(++number).padStart(4, '0')}`, { status });
      await placeInProgram(ds, p[key].id, program, '2026-10-01');
    };
    await enrolled('calls', always);
    await enrolled('silent', always);
    await enrolled('excused', always);
    await enrolled('later', always);
    await enrolled('never', never);
    await enrolled('custody', always, 'in_custody');
    p.referred = await createParticipant(ds, court, 'W-0099', { status: 'referred' });
    await createStaff(ds, 'coord', 'coordinator', court.id);
    await createStaff(ds, 'collector', 'testing_site', court.id);
    await createStaff(ds, 'other-coord', 'coordinator', (await createCourt(ds, 'ELSE')).id);
    coordinator = await signIn(app, 'coord');
  });

  afterAll(async () => {
    await jobs?.close();
    await app?.close();
    await db?.drop();
  });

  describe('the draw', () => {
    it('is not made before its time, then made once for the active participants', async () => {
      expect(await drawMaker().drawDueDays(court.id)).toEqual([]);
      clock.set(AT.draw);
      const [first] = await drawMaker().drawDueDays(court.id);
      expect(first.created).toBe(true);
      const [draw] = await ds.query(`SELECT court_day::text, participant_count, selected_count, window_opens_at, report_by FROM draws`);
      expect(draw).toMatchObject({ court_day: DAY, participant_count: 5, selected_count: 4 });
      expect(draw.window_opens_at.toISOString()).toBe('2026-11-24T11:00:00.000Z');
      expect(draw.report_by.toISOString()).toBe('2026-11-24T20:00:00.000Z');
      const drawn = (await ds.query(`SELECT participant_id FROM draw_entries`)).map((r: { participant_id: string }) => r.participant_id);
      expect(drawn).not.toContain(p.custody.id);
      expect(drawn).not.toContain(p.referred.id);
    });

    it('is idempotent: a retry or a second worker at the same time gets the same draw', async () => {
      const [again, ...concurrent] = await Promise.all([drawMaker().drawDueDays(court.id), drawMaker().drawDueDays(court.id), drawMaker().drawDueDays(court.id)]);
      const ids = new Set([...again, ...concurrent.flat()].map((w) => w.drawId));
      expect(ids.size).toBe(1);
      expect([...again, ...concurrent.flat()].every((w) => !w.created)).toBe(true);
      expect((await ds.query(`SELECT count(*)::int AS n FROM draws`))[0].n).toBe(1);
      expect((await ds.query(`SELECT count(*)::int AS n FROM draw_entries`))[0].n).toBe(5);
    });

    it('cannot be changed or deleted after its commitment, by anyone with SQL access through the application', async () => {
      // The application's role has no such privilege at all.
      await expect(ds.query(`UPDATE draw_entries SET selected = NOT selected`)).rejects.toThrow(/permission denied for table draw_entries/);
      await expect(ds.query(`DELETE FROM draw_entries`)).rejects.toThrow(/permission denied for table draw_entries/);
      await expect(ds.query(`UPDATE draws SET seed = '\\x00'::bytea`)).rejects.toThrow(/permission denied for table draws/);
      await expect(ds.query(`DELETE FROM draws`)).rejects.toThrow(/permission denied for table draws/);
      await expect(ds.query(`ALTER TABLE draws DISABLE TRIGGER draws_no_change`)).rejects.toThrow(/must be owner/);
      // And the triggers refuse even the tables' owner.
      await asOwner(async (owner) => {
        await expect(owner.query(`UPDATE draw_entries SET selected = NOT selected`)).rejects.toThrow(/append-only/);
        await expect(owner.query(`DELETE FROM draw_entries`)).rejects.toThrow(/append-only/);
        await expect(owner.query(`UPDATE draws SET seed = '\\x00'::bytea`)).rejects.toThrow(/cannot be changed after its commitment/);
        await expect(owner.query(`DELETE FROM draws`)).rejects.toThrow(/cannot be changed after its commitment/);
      });
    });

    it('is listed for staff and testing sites with overrides shown as such, and audited', async () => {
      await ds.query(
        `INSERT INTO draw_overrides (court_id, participant_id, court_day, action, reason, recorded_by)
         SELECT $1, $2, $3, 'excuse', 'medical appointment', id FROM users WHERE username = 'coord'`,
        [court.id, p.excused.id, DAY],
      );
      const response = await coordinator.get(`/api/v1/courts/${court.id}/draws/${DAY}`);
      expect(response.statusCode).toBe(200);
      const body = response.json();
      expect(body).toMatchObject({ courtDay: DAY, participantCount: 5, selectedCount: 4 });
      expect(body.toTest.map((e: { participantId: string }) => e.participantId).sort()).toEqual([p.calls.id, p.silent.id, p.later.id].sort());
      expect(body.excused).toEqual([expect.objectContaining({ participantId: p.excused.id, selectedByDraw: true, override: expect.objectContaining({ action: 'excuse', reason: 'medical appointment' }) })]);
      const collector = await signIn(app, 'collector');
      expect((await collector.get(`/api/v1/courts/${court.id}/draws/${DAY}`)).statusCode).toBe(200);
      const [audit] = await ds.query(`SELECT participant_ids FROM audit_events WHERE action = 'draw.read' ORDER BY occurred_at DESC LIMIT 1`);
      expect(audit.participant_ids.length).toBe(4);
    });

    it('is out of reach of another court, of participants, and answers 404 for a day without a draw', async () => {
      expect((await (await signIn(app, 'other-coord')).get(`/api/v1/courts/${court.id}/draws/${DAY}`)).statusCode).toBe(404);
      expect((await (await signInParticipant(app, p.calls)).get(`/api/v1/courts/${court.id}/draws/${DAY}`)).statusCode).toBe(403);
      const missing = await coordinator.get(`/api/v1/courts/${court.id}/draws/2026-11-20`);
      expect(missing.statusCode).toBe(404);
      expect(missing.headers['content-type']).toContain('application/problem+json');
      const bad = await coordinator.get(`/api/v1/courts/${court.id}/draws/2026-02-30`);
      expect(bad.statusCode).toBe(422);
      expect(bad.headers['content-type']).toContain('application/problem+json');
    });
  });

  describe('the end of the window and the reporting deadline', () => {
    it('charges a missed call-in to each participant in the draw who did not call, not to the excused, once', async () => {
      clock.set('2026-11-24T12:00:00Z');
      await ds.query(
        `INSERT INTO call_ins (court_id, participant_id, court_day, called_at, channel, receipt_code, told, answered_at)
         VALUES ($1, $2, $3, $4, 'web', 'AAAA-BBBB', true, $4)`,
        [court.id, p.calls.id, DAY, clock.now()],
      );
      // Taken into custody later that day: excused from the day's obligations.
      await ds.query(
        `INSERT INTO participant_status_changes (participant_id, from_status, to_status, reason, effective_on) VALUES ($1, 'active', 'in_custody', 'arrested', $2)`,
        [p.later.id, DAY],
      );
      await ds.query(`UPDATE participants SET status = 'in_custody' WHERE id = $1`, [p.later.id]);
      expect(await dayClose().closeDueWindows(court.id)).toBe(0); // not closed yet
      clock.set(AT.windowEnds);
      expect(await dayClose().closeDueWindows(court.id)).toBe(0); // calls that began in time may still be committing
      clock.set(AT.windowClosed);
      const [charged, twice] = await Promise.all([dayClose().closeDueWindows(court.id), dayClose().closeDueWindows(court.id)]);
      expect(charged + twice).toBe(2);
      const missed = await violations('missed_call_in');
      expect(missed.map((v) => v.participant_id).sort()).toEqual([p.silent.id, p.never.id].sort());
      expect(missed[0].detected_at.toISOString()).toBe('2026-11-24T15:00:00.000Z');
      expect(await dayClose().closeDueWindows(court.id)).toBe(0);
    });

    it('charges a missed test to each participant to test with no specimen who did not call or was told to test', async () => {
      clock.set(AT.deadlinePassed);
      expect(await dayClose().passDueDeadlines(court.id)).toBe(2);
      expect((await violations('missed_test')).map((v) => v.participant_id).sort()).toEqual([p.calls.id, p.silent.id].sort());
      const results = await ds.query(`SELECT participant_id, outcome, released_at FROM drug_test_results WHERE tested_on = $1`, [DAY]);
      expect(results).toHaveLength(2);
      expect(results.every((r: { outcome: string; released_at: Date | null }) => r.outcome === 'missed' && r.released_at)).toBe(true);
      expect(await dayClose().passDueDeadlines(court.id)).toBe(0);
    });

    it('charges nothing for a window a recorded outage overlapped, and no missed test to one who could not call', async () => {
      clock.set('2026-11-25T10:00:00Z');
      await drawMaker().drawDueDays(court.id);
      await ds.query(
        `INSERT INTO system_outages (court_id, starts_at, ends_at, reason, recorded_by)
         SELECT NULL, '2026-11-25T12:00:00Z', '2026-11-25T12:30:00Z', 'database failover', id FROM users WHERE username = 'coord'`,
      );
      clock.set('2026-11-25T21:00:00Z');
      expect(await dayClose().closeDueWindows(court.id)).toBe(0);
      expect(await dayClose().passDueDeadlines(court.id)).toBe(0);
      const [draw] = await ds.query(`SELECT missed_call_ins_recorded_at, missed_tests_recorded_at FROM draws WHERE court_day = '2026-11-25'`);
      expect(draw.missed_call_ins_recorded_at).not.toBeNull();
      expect(draw.missed_tests_recorded_at).not.toBeNull();
    });
  });

  describe('verification', () => {
    const url = `/api/v1/courts/:court/draws/${DAY}/verification`;

    it('shows only the commitment until the court day is over', async () => {
      clock.set('2026-11-25T05:59:00Z');
      const participant = await signInParticipant(app, p.calls);
      const body = (await participant.get(url.replace(':court', court.id))).json();
      expect(body).toMatchObject({ courtDay: DAY, seed: null, verified: null, committedBeforeWindowOpened: true, revealsAt: '2026-11-25T06:00:00.000Z' });
      expect(body.commitment).toMatch(/^[0-9a-f]{64}$/);
    });

    it('reveals the seed afterwards and confirms every selection from it', async () => {
      clock.set(AT.dayOver);
      const body = (await (await signIn(app, 'coord')).get(url.replace(':court', court.id))).json();
      expect(body).toMatchObject({ verified: true, commitmentMatches: true, mismatchedEntries: 0, entriesMatchCounts: true });
      expect(body.seed).toMatch(/^[0-9a-f]{64}$/);
    });

    it('detects a selection changed behind the triggers', async () => {
      // Only the tables' owner (or a superuser) can bypass the triggers; the application's role cannot.
      await expect(ds.query(`SET session_replication_role = replica`)).rejects.toThrow(/permission denied/);
      await asOwner(async (owner) => {
        await owner.query(`SET session_replication_role = replica`);
        await owner.query(`UPDATE draw_entries SET selected = false WHERE participant_id = $1`, [p.silent.id]);
      });
      const body = (await (await signIn(app, 'coord')).get(url.replace(':court', court.id))).json();
      expect(body).toMatchObject({ verified: false, commitmentMatches: true, mismatchedEntries: 1 });
    });
  });

  describe('reports', () => {
    it("shows the day's board: who was to test, called in, is missing or excused", async () => {
      const board = (await (await signIn(app, 'coord')).get(`/api/v1/courts/${court.id}/testing-board?date=${DAY}`)).json();
      expect(board).toMatchObject({ courtDay: DAY, drawStatus: 'made', window: { open: false } });
      // The verification tests above tampered W-0002's selection away, so two are left to test.
      expect(board.counts).toMatchObject({ inDraw: 5, toTest: 2, excused: 1, calledIn: 1, collected: 0, missing: 2 });
      const state = (id: string) => board.participants.find((row: { participantId: string }) => row.participantId === id)?.state;
      expect([state(p.calls.id), state(p.later.id), state(p.excused.id), state(p.never.id)]).toEqual(['missing', 'missing', 'excused', 'not_called_in']);
    });

    it('says loudly when a draw that should exist is missing', async () => {
      clock.set('2026-11-27T10:30:00Z');
      const board = (await (await signIn(app, 'coord')).get(`/api/v1/courts/${court.id}/testing-board`)).json();
      expect(board).toMatchObject({ courtDay: '2026-11-27', drawStatus: 'missing' });
    });

    it('checks a month of draws for randomness, and refuses a malformed month', async () => {
      const client = await signIn(app, 'coord');
      const check = (await client.get(`/api/v1/courts/${court.id}/randomness-check?month=2026-11`)).json();
      // Five participants in the draw of the 24th, four on the 25th (one was taken into custody).
      expect(check.summary).toMatchObject({ records: 9, excused: 1 });
      expect(check.weekday.observed.reduce((a: number, b: number) => a + b, 0)).toBe(check.summary.tests);
      expect(check.weekday.labels).toHaveLength(7);
      const bad = await client.get(`/api/v1/courts/${court.id}/randomness-check?month=2026-13`);
      expect(bad.statusCode).toBe(422);
      expect((await client.get(`/api/v1/courts/${court.id}/randomness-check?month=2026-11&extra=1`)).statusCode).toBe(422);
    });
  });

  describe('the worker', () => {
    it("schedules each court's draw, window close and deadline in the court's own zone, and its jobs do the work", async () => {
      const worker = await createWorker(testConfig(db.url), { clock, relayLoop: false });
      await worker.init();
      try {
        const queue = worker.get<Queue>(getQueueToken(QueueName.DrugTesting));
        const schedulers = await queue.getJobSchedulers();
        const keys = CourtSchedulesService.keys(court.id);
        const mine = schedulers.filter((s) => s.key.startsWith(`court/${court.id}/`));
        expect(mine.map((s) => [s.key, s.pattern, s.tz]).sort()).toEqual(
          [
            [keys.draw, '0 4 * * *', 'America/Chicago'],
            [keys.windowClose, '0 9 * * *', 'America/Chicago'],
            [keys.reportingDeadline, '0 14 * * *', 'America/Chicago'],
          ].sort(),
        );
        expect(schedulers.map((s) => s.key)).toContain(JobName.TestingSweep);
        // The next day's draw, made by the job the scheduler would run at 04:00 local.
        clock.set('2026-11-26T10:00:00Z');
        const job = await queue.add(JobName.DrawCourtDay, { courtId: court.id });
        await eventually(async () => (await job.isCompleted()) || (await job.isFailed()), 15_000, 'the draw job');
        expect(await job.isCompleted()).toBe(true);
        expect((await ds.query(`SELECT count(*)::int AS n FROM draws WHERE court_day = '2026-11-26'`))[0].n).toBe(1);
        await queue.obliterate({ force: true });
      } finally {
        await worker.close();
      }
    });
  });
});
