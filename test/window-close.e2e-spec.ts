import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { TestClock } from '@app/core';
import { DayCloseService, DrawMaker } from '@app/drug-testing';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import {
  ApiClient,
  CourtFixture,
  createCourt,
  createParticipant,
  createTestingProgram,
  dataSourceOf,
  expectProblem,
  ParticipantFixture,
  placeInProgram,
  signInParticipant,
} from './support/fixtures';
import { createTestApi } from './support/test-app';
import { createTestDatabase, eventually, testConfig, TestDatabase } from './support/test-env';

/*
 * Harbor (Pacific/Honolulu, UTC-10, window 05:00-09:00): on 2026-11-24 the
 * draw is due at 14:00Z and the window is 15:00Z-19:00Z.
 */
const BEFORE_WINDOW = '2026-11-24T14:30:00Z';
const LAST_SECOND = '2026-11-24T18:59:59Z';
const AFTER_GRACE = '2026-11-24T19:00:31Z';

/**
 * The race at the window's close, with the call-in's transaction held open
 * across it: a call-in that got a receipt is never also charged with a missed
 * call-in, and one that comes after the close is refused with a clear answer.
 */
describe('the call-in window closing while call-ins are in flight', () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;
  let ds: DataSource;
  const clock = new TestClock(BEFORE_WINDOW);
  let court: CourtFixture;
  const p: Record<'inFlight' | 'late' | 'silent', ParticipantFixture> = {} as never;
  let clients: Record<keyof typeof p, ApiClient>;

  const missedCallIns = async (participant: ParticipantFixture) =>
    Number((await ds.query(`SELECT count(*) AS n FROM violations WHERE participant_id = $1 AND kind = 'missed_call_in'`, [participant.id]))[0].n);
  const callIns = async (participant: ParticipantFixture) =>
    Number((await ds.query(`SELECT count(*) AS n FROM call_ins WHERE participant_id = $1`, [participant.id]))[0].n);
  /** Backends of this database waiting on a lock, with the statement each is running. */
  const waiting = async () =>
    (await ds.query(
      `SELECT query FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
    )) as Array<{ query: string }>;

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createTestApi(testConfig(db.url, { AUTH_SIGN_IN_PER_MINUTE: '10000', AUTH_SIGN_IN_PER_MINUTE_PER_ACCOUNT: '10000' }), clock);
    ds = dataSourceOf(app);
    court = await createCourt(ds, 'RACE', { timeZone: 'Pacific/Honolulu', window: ['05:00', '09:00'] });
    const program = await createTestingProgram(ds, court.id, 'ALWAYS', { testsPerWeek: 7 });
    for (const [key, number] of [['inFlight', 'R-0001'], ['late', 'R-0002'], ['silent', 'R-0003']] as const) {
      p[key] = await createParticipant(ds, court, number);
      await placeInProgram(ds, p[key].id, program, '2026-10-01');
    }
    expect(await new DrawMaker(ds, clock).drawDueDays(court.id)).toHaveLength(1);
    // Signed in in the window's last minutes, before the test holds the audit table (signing in writes audit rows too).
    clock.set(LAST_SECOND);
    clients = {
      inFlight: await signInParticipant(app, p.inFlight),
      late: await signInParticipant(app, p.late),
      silent: await signInParticipant(app, p.silent),
    };
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('counts a call-in whose transaction is still open at the close: a receipt, and no missed call-in', async () => {
    clock.set(LAST_SECOND);
    // Hold every audit insert: the call-in stops at its last statement, its transaction open.
    const holder = new Client({ connectionString: db.url });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('LOCK TABLE audit_events IN SHARE ROW EXCLUSIVE MODE');
      const callIn = clients.inFlight.post('/api/v1/call-ins', {});
      await eventually(async () => (await waiting()).some((row) => /audit_events/.test(row.query)), 10_000, 'the call-in to wait on the audit table');

      clock.set(AFTER_GRACE);
      let closed = false;
      const close = new DayCloseService(ds, clock).closeDueWindows(court.id).finally(() => (closed = true));
      await eventually(async () => (await waiting()).some((row) => /FROM draws/.test(row.query)), 10_000, 'the close to wait for the call-in');
      expect(closed).toBe(false);

      await holder.query('COMMIT');
      const [answer, charged] = await Promise.all([callIn, close]);
      expect(answer.statusCode).toBe(200);
      expect(answer.json().receiptCode).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
      // The late and the silent participant did not call in; the one in flight did.
      expect(charged).toBe(2);
      expect(await missedCallIns(p.inFlight)).toBe(0);
      expect(await missedCallIns(p.silent)).toBe(1);
    } finally {
      await holder.query('ROLLBACK').catch(() => undefined);
      await holder.end();
    }
  });

  it('refuses a call-in that reaches the day after its close, even one stamped before the end, and charges nothing twice', async () => {
    // The caller's clock still says the window is open; the day's close has been recorded meanwhile.
    clock.set(LAST_SECOND);
    const refused = await clients.late.post('/api/v1/call-ins', {});
    expectProblem(refused, 409, 'call-in-window-closed');
    expect(await callIns(p.late)).toBe(0);
    expect(await missedCallIns(p.late)).toBe(1);
    // The one who called in keeps their receipt on calling again; nothing new is charged.
    const again = await clients.inFlight.post('/api/v1/call-ins', {});
    expect(again.statusCode).toBe(200);
    expect(await callIns(p.inFlight)).toBe(1);
    clock.set(AFTER_GRACE);
    expect(await new DayCloseService(ds, clock).closeDueWindows(court.id)).toBe(0);
    expect(Number((await ds.query(`SELECT count(*) AS n FROM violations WHERE kind = 'missed_call_in'`))[0].n)).toBe(2);
  });
});
