import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { TestClock } from '@app/core';
import { DayCloseService, DrawMaker } from '@app/drug-testing';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import {
  CourtFixture,
  createCourt,
  createParticipant,
  createStaff,
  createTestingProgram,
  dataSourceOf,
  expectProblem,
  ParticipantFixture,
  PIN,
  placeInProgram,
  signIn,
  signInParticipant,
} from './support/fixtures';
import { createTestApi } from './support/test-app';
import { createTestDatabase, testConfig, TestDatabase } from './support/test-env';

/*
 * Safe Harbor (Pacific/Honolulu, UTC-10, window 05:00-09:00): on 2026-11-24
 * the draw is due at 14:00Z and the window is 15:00Z-19:00Z.
 */
const DAY = '2026-11-24';
const BEFORE_WINDOW = '2026-11-24T14:30:00Z';
const IN_WINDOW = '2026-11-24T15:30:00Z';
const AFTER_GRACE = '2026-11-24T19:00:31Z';
const WRONG_PIN = '000000';

/**
 * No stranger can make a participant miss a call-in: wrong PINs block the
 * source they come from (address, or calling number), never the account;
 * the participant's own phone goes on; and a day on which the system
 * refused the participant is not charged without staff review.
 */
describe('a stranger cannot make a participant miss a call-in', () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;
  let ds: DataSource;
  const clock = new TestClock(BEFORE_WINDOW);
  let court: CourtFixture;
  const p = {} as Record<'own' | 'gateway' | 'fresh' | 'silent' | 'parallel' | 'broken', ParticipantFixture>;

  const phone = (participant: ParticipantFixture, pin: string, options: { callerNumber?: string; remoteAddress?: string } = {}) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/call-ins/phone',
      remoteAddress: options.remoteAddress ?? '192.0.2.1',
      payload: { courtCode: court.code, participantNumber: participant.number, pin, channel: 'phone', ...(options.callerNumber ? { callerNumber: options.callerNumber } : {}) },
    });
  const webSignIn = (participant: ParticipantFixture, pin: string, remoteAddress: string) =>
    app.inject({ method: 'POST', url: '/api/v1/auth/participant-login', remoteAddress, payload: { court: court.code, participantNumber: participant.number, pin } });
  const missedCallIns = async (participant: ParticipantFixture) =>
    Number((await ds.query(`SELECT count(*) AS n FROM violations WHERE participant_id = $1 AND kind = 'missed_call_in'`, [participant.id]))[0].n);
  const refusals = async (participant: ParticipantFixture) =>
    (await ds.query(`SELECT reason, channel FROM call_in_refusals WHERE participant_id = $1 ORDER BY refused_at, reason`, [participant.id])) as Array<{
      reason: string;
      channel: string;
    }>;

  beforeAll(async () => {
    db = await createTestDatabase();
    // 192.0.2.1 is the court's phone gateway: it names the calling number, which then counts instead of its address.
    app = await createTestApi(testConfig(db.url, { PHONE_GATEWAY_ADDRESSES: '192.0.2.1' }), clock);
    ds = dataSourceOf(app);
    court = await createCourt(ds, 'SAFE', { timeZone: 'Pacific/Honolulu', window: ['05:00', '09:00'] });
    const program = await createTestingProgram(ds, court.id, 'ALWAYS', { testsPerWeek: 7 });
    const numbers = { own: 'S-0001', gateway: 'S-0002', fresh: 'S-0003', silent: 'S-0004', parallel: 'S-0005', broken: 'S-0006' } as const;
    for (const [key, number] of Object.entries(numbers) as Array<[keyof typeof numbers, string]>) {
      p[key] = await createParticipant(ds, court, number);
      await placeInProgram(ds, p[key].id, program, '2026-10-01');
    }
    // A PIN staff set at enrolment that its owner has not replaced yet.
    await ds.query(`UPDATE users SET must_change_secret = true WHERE id = $1`, [p.fresh.userId]);
    await createStaff(ds, 'safecm', 'case_manager', court.id);
    expect(await new DrawMaker(ds, clock).drawDueDays(court.id)).toHaveLength(1);
    clock.set(IN_WINDOW);
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it("lets the participant call in from their own phone and device however many wrong PINs a stranger sent, and alerts staff", async () => {
    clock.set(IN_WINDOW);
    const stranger = { callerNumber: '+18085550100' };
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await phone(p.own, WRONG_PIN, stranger)).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    const refused = await phone(p.own, PIN, stranger);
    expectProblem(refused, 429, 'sign-in-blocked');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    // The stranger on the web too, from an address of their own.
    for (let i = 0; i < 5; i++) expectProblem(await webSignIn(p.own, WRONG_PIN, '203.0.113.9'), 401, 'invalid-credentials');
    expectProblem(await webSignIn(p.own, WRONG_PIN, '203.0.113.9'), 429, 'sign-in-blocked');

    // The participant's own phone (same gateway address, their own number) and their own device are not stopped.
    const own = await phone(p.own, PIN, { callerNumber: '+18085550199' });
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({ status: 'selected' });
    expect((await webSignIn(p.own, PIN, '198.51.100.9')).statusCode).toBe(200);
    const web = await (await signInParticipant(app, p.own)).post('/api/v1/call-ins', {});
    expect(web.json().receiptCode).toBe(own.json().receiptCode);

    const [alert] = await ds.query(`SELECT failures, blocked_sources FROM account_alerts WHERE user_id = $1 AND closed_at IS NULL`, [p.own.userId]);
    expect(alert).toEqual({ failures: 10, blocked_sources: 2 });
  });

  it('counts 20 wrong PINs sent at once by phone from one number one by one: at most 5 reach the PIN check, the rest are refused', async () => {
    clock.set(IN_WINDOW);
    const responses = await Promise.all(Array.from({ length: 20 }, () => phone(p.parallel, WRONG_PIN, { callerNumber: '+18085550300' })));
    const statuses = responses.map((response) => response.statusCode);
    expect(statuses.filter((status) => status === 401)).toHaveLength(5);
    expect(statuses.filter((status) => status === 429)).toHaveLength(15);
    for (const response of responses.filter((r) => r.statusCode === 429)) expect(['sign-in-blocked', 'rate-limited']).toContain(response.json().code);
    expect((await phone(p.parallel, PIN, { callerNumber: '+18085550301' })).statusCode).toBe(200);
  });

  it('ignores a calling number named by anyone but the phone gateway: a client cannot escape the counters by naming a new one each time', async () => {
    clock.set(IN_WINDOW);
    const direct = '203.0.113.77';
    for (let i = 0; i < 5; i++) expectProblem(await phone(p.silent, WRONG_PIN, { remoteAddress: direct, callerNumber: `+1808555070${i}` }), 401, 'invalid-credentials');
    expectProblem(await phone(p.silent, WRONG_PIN, { remoteAddress: direct, callerNumber: '+18085550799' }), 429, 'sign-in-blocked');
    // That stranger was refused, not the participant: nothing is noted for their day.
    expect(await refusals(p.silent)).toEqual([]);
  });

  it('refuses by phone a PIN staff set and the participant has not replaced, saying what to do, and notes the refusal', async () => {
    clock.set(IN_WINDOW);
    const response = await phone(p.fresh, PIN, { callerNumber: '+18085550400' });
    expectProblem(response, 403, 'pin-change-required');
    expect(response.json().say).toMatch(/must be changed before you can call in by phone\. Sign in on the web to choose your own PIN/);
    expect(await refusals(p.fresh)).toEqual([{ reason: 'pin-change-required', channel: 'phone' }]);
    expect(Number((await ds.query(`SELECT count(*) AS n FROM call_ins WHERE participant_id = $1`, [p.fresh.id]))[0].n)).toBe(0);
  });

  it('notes a participant refused with their right PIN from a source a stranger blocked, and never a stranger refused', async () => {
    clock.set(IN_WINDOW);
    // A phone gateway that sends no calling number: everyone calling through it shares its address.
    const gateway = { remoteAddress: '10.20.0.5' };
    for (let i = 0; i < 5; i++) expectProblem(await phone(p.gateway, WRONG_PIN, gateway), 401, 'invalid-credentials');
    expectProblem(await phone(p.gateway, WRONG_PIN, gateway), 429, 'sign-in-blocked');
    expect(await refusals(p.gateway)).toEqual([]);
    expectProblem(await phone(p.gateway, PIN, gateway), 429, 'sign-in-blocked');
    expect(await refusals(p.gateway)).toEqual([{ reason: 'sign-in-blocked', channel: 'phone' }]);
  });

  it('notes a call-in that failed inside the system (an error writing it), so the day is not charged', async () => {
    clock.set(IN_WINDOW);
    // The database refuses this participant's call-in row, as a full disk or a broken replica would.
    const owner = new Client({ connectionString: db.url });
    await owner.connect();
    await owner.query(`CREATE FUNCTION test_refuse_call_in() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'could not extend file'; END $$`);
    await owner.query(
      `CREATE TRIGGER test_refuse_call_in BEFORE INSERT ON call_ins FOR EACH ROW WHEN (NEW.participant_id = '${p.broken.id}') EXECUTE FUNCTION test_refuse_call_in()`,
    );
    try {
      const web = await (await signInParticipant(app, p.broken)).post('/api/v1/call-ins', {});
      expectProblem(web, 500, 'internal-error');
      expect(await refusals(p.broken)).toEqual([{ reason: 'system-error', channel: 'web' }]);
    } finally {
      await owner.query(`DROP TRIGGER test_refuse_call_in ON call_ins`);
      await owner.query(`DROP FUNCTION test_refuse_call_in()`);
      await owner.end();
    }
  });

  it('does not charge a missed call-in the system refused, records it as not charged with the reason, and shows it on the testing board', async () => {
    clock.set(AFTER_GRACE);
    // own and parallel called in; gateway, fresh and broken were refused by the system; silent never called.
    expect(await new DayCloseService(ds, clock).closeDueWindows(court.id)).toBe(1);
    expect(await missedCallIns(p.broken)).toBe(0);
    expect(await missedCallIns(p.silent)).toBe(1);
    expect(await missedCallIns(p.gateway)).toBe(0);
    expect(await missedCallIns(p.fresh)).toBe(0);
    expect(await missedCallIns(p.own)).toBe(0);
    const notCharged = await ds.query(`SELECT participant_id, court_day::text AS day, reasons FROM not_charged_call_ins WHERE court_id = $1 ORDER BY participant_id`, [court.id]);
    expect(notCharged).toEqual(
      [
        { participant_id: p.gateway.id, day: DAY, reasons: ['sign-in-blocked'] },
        { participant_id: p.fresh.id, day: DAY, reasons: ['pin-change-required'] },
        { participant_id: p.broken.id, day: DAY, reasons: ['system-error'] },
      ].sort((a, b) => a.participant_id.localeCompare(b.participant_id)),
    );

    const board = (await (await signIn(app, 'safecm')).get(`/api/v1/courts/${court.id}/testing-board?date=${DAY}`)).json();
    const row = (participant: ParticipantFixture) => board.participants.find((entry: { participantId: string }) => entry.participantId === participant.id);
    expect(row(p.gateway)).toMatchObject({ notCharged: ['sign-in-blocked'], refusedCallIns: ['sign-in-blocked'] });
    expect(row(p.fresh)).toMatchObject({ notCharged: ['pin-change-required'], refusedCallIns: ['pin-change-required'] });
    expect(row(p.silent)).toMatchObject({ notCharged: null, refusedCallIns: [] });
    expect(row(p.broken)).toMatchObject({ notCharged: ['system-error'] });
    expect(board.counts.notCharged).toBe(3);
    const alerted = board.accountAlerts.map((alert: { participantNumber: string }) => alert.participantNumber).sort();
    expect(alerted).toEqual(['S-0001', 'S-0002', 'S-0004', 'S-0005']);
    expect(board.accountAlerts.find((alert: { participantNumber: string }) => alert.participantNumber === 'S-0001')).toMatchObject({ failures: 10, blockedSources: 2 });
  });
});

describe('a burst of call-ins through one phone gateway', () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;
  let ds: DataSource;
  const clock = new TestClock(BEFORE_WINDOW);

  beforeAll(async () => {
    db = await createTestDatabase();
    // A gateway that names no calling number: every call shares its address. A low per-source threshold.
    app = await createTestApi(testConfig(db.url, { AUTH_SOURCE_LOCKOUT_THRESHOLD: '5' }), clock);
    ds = dataSourceOf(app);
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('never blocks the gateway for calls that succeed, however many arrive at once; only failures count against it', async () => {
    const court = await createCourt(ds, 'BURST', { timeZone: 'Pacific/Honolulu', window: ['05:00', '09:00'] });
    const program = await createTestingProgram(ds, court.id, 'ALWAYS', { testsPerWeek: 7 });
    const participants: ParticipantFixture[] = [];
    for (let i = 1; i <= 30; i++) {
      const participant = await createParticipant(ds, court, `B-${String(i).padStart(4, '0')}`);
      await placeInProgram(ds, participant.id, program, '2026-10-01');
      participants.push(participant);
    }
    expect(await new DrawMaker(ds, clock).drawDueDays(court.id)).toHaveLength(1);
    clock.set(IN_WINDOW);
    const call = (participant: ParticipantFixture, pin: string) =>
      app.inject({
        method: 'POST',
        url: '/api/v1/call-ins/phone',
        remoteAddress: '10.30.0.1',
        payload: { courtCode: court.code, participantNumber: participant.number, pin, channel: 'phone' },
      });
    const burst = await Promise.all(participants.map((participant) => call(participant, PIN)));
    expect(burst.map((response) => response.statusCode)).toEqual(participants.map(() => 200));
    // Five wrong PINs for five different participants through the same gateway: that source is blocked.
    for (const participant of participants.slice(0, 5)) expectProblem(await call(participant, WRONG_PIN), 401, 'invalid-credentials');
    expectProblem(await call(participants[5], PIN), 429, 'sign-in-blocked');
  });
});
