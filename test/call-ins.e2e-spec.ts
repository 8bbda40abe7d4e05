import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { TestClock } from '@app/core';
import { DrawMaker } from '@app/drug-testing';
import { recordViolations } from '@app/violations';
import { DataSource } from 'typeorm';
import { createTestApi } from './support/test-app';
import { createTestDatabase, testConfig, TestDatabase } from './support/test-env';
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
  PIN,
  ProgramFixture,
  signIn,
  signInParticipant,
} from './support/fixtures';

const PROBLEM = 'application/problem+json';
const RECEIPT = /^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/;
const NOT_AVAILABLE = 'Your testing status for today is not available yet. Call again in a few minutes.';

/*
 * Harbor (Pacific/Honolulu, UTC-10, window 05:00-09:00, report by 17:00):
 * on 2026-11-24 the draw is due at 14:00Z, the window is 15:00Z-19:00Z and
 * the reporting deadline 2026-11-25T03:00Z.
 */
const DAY = '2026-11-24';
const BEFORE_WINDOW = '2026-11-24T13:00:00Z';
const IN_WINDOW = '2026-11-24T15:30:00Z';
const AFTER_WINDOW = '2026-11-24T19:00:00Z';
const AFTER_DEADLINE = '2026-11-25T03:30:00Z';

describe('call-ins, overrides, testing orders and outages', () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;
  let ds: DataSource;
  const clock = new TestClock(new Date('2026-11-23T20:00:00Z'));
  let harbor: CourtFixture;
  let chicago: CourtFixture;
  let other: CourtFixture;
  let always: ProgramFixture;
  let never: ProgramFixture;
  const p: Record<string, ParticipantFixture> = {};

  const at = (instant: string) => clock.set(instant);
  const as = (participant: ParticipantFixture) => signInParticipant(app, participant);
  const staff = (username: string) => signIn(app, username);
  const count = async (table: string, where = 'TRUE', params: unknown[] = []) =>
    Number((await ds.query(`SELECT count(*) AS n FROM ${table} WHERE ${where}`, params))[0].n);
  const callIn = async (participant: ParticipantFixture, body: unknown = {}) => (await as(participant)).post('/api/v1/call-ins', body);
  const phone = (body: Record<string, unknown>) => app.inject({ method: 'POST', url: '/api/v1/call-ins/phone', payload: body });
  const del = (client: ApiClient, url: string, body: unknown) => client.request('DELETE', url, body);

  async function enrol(court: CourtFixture, number: string, program: ProgramFixture | null, status = 'active'): Promise<ParticipantFixture> {
    const participant = await createParticipant(ds, court, number, { status });
    if (program) await placeInProgram(ds, participant.id, program, '2026-10-01');
    return participant;
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createTestApi(testConfig(db.url, { AUTH_SIGN_IN_PER_MINUTE: '10000', AUTH_SIGN_IN_PER_MINUTE_PER_ACCOUNT: '10000' }), clock);
    ds = dataSourceOf(app);
    harbor = await createCourt(ds, 'HARBOR', { timeZone: 'Pacific/Honolulu', window: ['05:00', '09:00'] });
    chicago = await createCourt(ds, 'CHI', { timeZone: 'America/Chicago', window: ['05:00', '09:00'] });
    other = await createCourt(ds, 'OTHER', { timeZone: 'America/Chicago' });
    always = await createTestingProgram(ds, harbor.id, 'ALWAYS', { testsPerWeek: 7 });
    never = await createTestingProgram(ds, harbor.id, 'NEVER', { testsPerWeek: 0 });
    const site = async (name: string, active: boolean, program?: ProgramFixture) => {
      const [row] = await ds.query(
        `INSERT INTO testing_sites (court_id, name, address, hours, instructions, active) VALUES ($1, $2, $3, 'Mon-Sun 06:00-17:00', $4, $5) RETURNING id`,
        [harbor.id, name, `${name} Street 1`, `Bring ID to ${name}`, active],
      );
      if (program) await ds.query(`INSERT INTO program_testing_sites (program_id, testing_site_id) VALUES ($1, $2)`, [program.id, row.id]);
    };
    await site('Alpha Lab', true, always);
    await site('Beta Clinic', true);
    await site('Closed Lab', false, always);
    p.late = await enrol(harbor, 'H-0001', always);
    p.selected = await enrol(harbor, 'H-0002', always);
    p.notSelected = await enrol(harbor, 'H-0003', never);
    p.today = await enrol(harbor, 'H-0004', always);
    p.forced = await enrol(harbor, 'H-0005', never);
    p.excused = await enrol(harbor, 'H-0006', always);
    p.phone = await enrol(harbor, 'H-0007', always);
    p.leave = await enrol(harbor, 'H-0008', always, 'medical_leave');
    p.referred = await enrol(harbor, 'H-0009', null, 'referred');
    p.ordered = await enrol(harbor, 'H-0010', never);
    p.noBody = await enrol(harbor, 'H-0011', always);
    p.chicago = await enrol(chicago, 'C-0001', null);
    await createStaff(ds, 'cm', 'case_manager', harbor.id);
    await createStaff(ds, 'judge', 'judge', harbor.id);
    await createStaff(ds, 'cadmin', 'court_admin', harbor.id);
    await createStaff(ds, 'othercm', 'case_manager', other.id);
    await createStaff(ds, 'otheradmin', 'court_admin', other.id);
    await createStaff(ds, 'sysadmin', 'system_admin', null);
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  describe('the call-in window', () => {
    it.each([
      // Spring forward: 05:00 CDT is 10:00Z, 09:00 CDT is 14:00Z.
      ['2026-03-08', '2026-03-08T09:59:59Z', '2026-03-08T10:00:00Z', '2026-03-08T13:59:59Z', '2026-03-08T14:00:00Z'],
      // Fall back: 05:00 CST is 11:00Z, 09:00 CST is 15:00Z.
      ['2026-11-01', '2026-11-01T10:59:59Z', '2026-11-01T11:00:00Z', '2026-11-01T14:59:59Z', '2026-11-01T15:00:00Z'],
    ])('opens at exactly 05:00 and closes at exactly 09:00 Chicago time on %s', async (day, justBefore, opens, lastSecond, closes) => {
      at(justBefore);
      const early = await callIn(p.chicago);
      expect(early.statusCode).toBe(409);
      expect(early.json().window).toMatchObject({ opensAt: new Date(opens).toISOString(), closesAt: new Date(closes).toISOString() });
      at(opens);
      const first = await callIn(p.chicago);
      expect(first.statusCode).toBe(200);
      expect(first.json().courtDay).toBe(day);
      at(lastSecond);
      expect((await callIn(p.chicago)).statusCode).toBe(200);
      at(closes);
      const late = await callIn(p.chicago);
      expect(late.statusCode).toBe(409);
      expect(late.json().code).toBe('call-in-window-closed');
      expect(await count('call_ins', 'participant_id = $1 AND court_day = $2', [p.chicago.id, day])).toBe(1);
    });

    it('refuses a call before the window opens, saying the hours in the court zone, and records nothing', async () => {
      at(BEFORE_WINDOW);
      const response = await callIn(p.selected);
      expect(response.statusCode).toBe(409);
      expect(response.headers['content-type']).toContain(PROBLEM);
      const body = response.json();
      expect(body.code).toBe('call-in-window-closed');
      expect(body.detail).toContain('05:00 to 09:00');
      expect(body.detail).toContain('Pacific/Honolulu');
      expect(body.window).toEqual({
        start: '05:00',
        end: '09:00',
        timeZone: 'Pacific/Honolulu',
        opensAt: '2026-11-24T15:00:00.000Z',
        closesAt: '2026-11-24T19:00:00.000Z',
        nextOpensAt: '2026-11-24T15:00:00.000Z',
      });
      expect(await count('call_ins', 'court_id = $1', [harbor.id])).toBe(0);
      expect(await count('outbox_events', 'job_key LIKE $1', [`draw:${harbor.id}:%`])).toBe(0);
    });
  });

  describe('calling in', () => {
    it('answers "not available" when the draw is missing, asks the worker for it, and gives a definite answer with the same receipt once it exists', async () => {
      at(IN_WINDOW);
      const first = await callIn(p.late);
      expect(first.statusCode).toBe(200);
      const answer = first.json();
      expect(answer).toMatchObject({ courtDay: DAY, status: 'not_available', selected: null, message: NOT_AVAILABLE, channel: 'web' });
      expect(answer.receiptCode).toMatch(RECEIPT);
      expect(answer).not.toHaveProperty('reportBy');
      expect(answer).not.toHaveProperty('testingSites');
      const [stored] = await ds.query(`SELECT told, answered_at FROM call_ins WHERE participant_id = $1`, [p.late.id]);
      expect(stored).toEqual({ told: null, answered_at: null });
      const outbox = await ds.query(`SELECT job_name, payload FROM outbox_events WHERE job_key = $1`, [`draw:${harbor.id}:${DAY}:requested`]);
      expect(outbox).toEqual([{ job_name: 'drug-testing.draw-court-day', payload: { courtId: harbor.id } }]);

      // Calling again before the draw: still not available, one outbox row, same receipt.
      const again = (await callIn(p.late)).json();
      expect(again).toMatchObject({ status: 'not_available', receiptCode: answer.receiptCode });
      expect(await count('outbox_events', 'job_key = $1', [`draw:${harbor.id}:${DAY}:requested`])).toBe(1);

      const made = await new DrawMaker(ds, clock).drawDueDays(harbor.id);
      expect(made).toHaveLength(1);
      // The app shows the answer the call-in now has, and records it as told (the first definite answer).
      clock.advance(60_000);
      const firstAnswerAt = clock.now().toISOString();
      const today = (await (await as(p.late)).get('/api/v1/me/today')).json();
      expect(today.callIn).toMatchObject({ status: 'selected', receiptCode: answer.receiptCode, calledAt: answer.calledAt });
      clock.advance(60_000);
      const definite = (await callIn(p.late)).json();
      expect(definite).toMatchObject({
        courtDay: DAY,
        status: 'selected',
        selected: true,
        receiptCode: answer.receiptCode,
        calledAt: answer.calledAt,
        reportBy: '2026-11-25T03:00:00.000Z',
        reportByLocal: '17:00',
      });
      const [answered] = await ds.query(`SELECT told, answered_at FROM call_ins WHERE participant_id = $1`, [p.late.id]);
      expect(answered.told).toBe(true);
      expect(answered.answered_at.toISOString()).toBe(firstAnswerAt);
    });

    it('tells a selected participant where and by when, with a receipt, and audits the call as their own write', async () => {
      at(IN_WINDOW);
      const response = await callIn(p.selected, { channel: 'web' });
      expect(response.statusCode).toBe(200);
      const answer = response.json();
      expect(answer).toMatchObject({
        courtDay: DAY,
        status: 'selected',
        selected: true,
        channel: 'web',
        calledAt: '2026-11-24T15:30:00.000Z',
        reportBy: '2026-11-25T03:00:00.000Z',
        reportByLocal: '17:00',
        window: { start: '05:00', end: '09:00', timeZone: 'Pacific/Honolulu' },
      });
      expect(answer.message).toContain('17:00');
      expect(answer.receiptCode).toMatch(RECEIPT);
      // Only the active site linked to the program; the inactive one and the unlinked one are not shown.
      expect(answer.testingSites).toEqual([
        { name: 'Alpha Lab', address: 'Alpha Lab Street 1', hours: 'Mon-Sun 06:00-17:00', weeklyHours: null, closures: [], instructions: 'Bring ID to Alpha Lab' },
      ]);
      const [audit] = await ds.query(`SELECT basis, actor_role FROM audit_events WHERE action = 'call_in.write' AND $1 = ANY(participant_ids)`, [
        p.selected.id,
      ]);
      expect(audit).toEqual({ basis: 'self', actor_role: 'participant' });
    });

    it("words the testing sites' hours in the reader's language, and their instructions where the court gave them so, else as entered", async () => {
      at(IN_WINDOW);
      const [{ id: siteId }] = await ds.query(`SELECT id FROM testing_sites WHERE name = 'Alpha Lab'`);
      const admin = await staff('cadmin');
      const patched = await admin.patch(`/api/v1/testing-sites/${siteId}`, {
        // Text hours are read into weekly hours, worded in each reader's language.
        hours: 'Mon-Sun 06:00-17:00',
        translations: { es: { instructions: 'Traiga su identificación a Alpha Lab' }, pt: { instructions: 'Traga identidade' } },
      });
      expect(patched.statusCode).toBe(200);
      const client = await as(p.selected);
      const spanish = await client.request('POST', '/api/v1/call-ins', {}, { 'accept-language': 'es-CR,es;q=0.9' });
      expect(spanish.statusCode).toBe(200);
      expect(spanish.headers['content-language']).toBe('es');
      expect(spanish.headers.vary).toMatch(/Accept-Language/i);
      expect(spanish.json().testingSites).toMatchObject([
        { name: 'Alpha Lab', address: 'Alpha Lab Street 1', hours: 'Lun-Dom 06:00-17:00', instructions: 'Traiga su identificación a Alpha Lab' },
      ]);
      // Portuguese: the instructions the court gave, the hours worded in Portuguese.
      const portuguese = (await client.request('POST', '/api/v1/call-ins', {}, { 'accept-language': 'pt-BR' })).json();
      expect(portuguese.testingSites).toMatchObject([{ name: 'Alpha Lab', address: 'Alpha Lab Street 1', hours: 'Seg-Dom 06:00-17:00', instructions: 'Traga identidade' }]);
      for (const headers of [{ 'accept-language': 'en-US' }, {}] as Array<Record<string, string>>) {
        const english = (await client.request('POST', '/api/v1/call-ins', {}, headers)).json();
        expect(english.testingSites).toMatchObject([
          { name: 'Alpha Lab', address: 'Alpha Lab Street 1', hours: 'Mon-Sun 06:00-17:00', instructions: 'Bring ID to Alpha Lab' },
        ]);
        expect(english.receiptCode).toBe(spanish.json().receiptCode);
      }
      const today = (await client.request('GET', '/api/v1/me/today', undefined, { 'accept-language': 'es' })).json();
      expect(today.callIn.testingSites).toEqual(spanish.json().testingSites);
      expect((await client.get('/api/v1/me/today')).json().callIn.testingSites[0].instructions).toBe('Bring ID to Alpha Lab');
    });

    it('tells a participant the draw did not select that they do not test, and a second call gives the same receipt and answer', async () => {
      at(IN_WINDOW);
      const first = (await callIn(p.notSelected)).json();
      expect(first).toMatchObject({ status: 'not_selected', selected: false, courtDay: DAY });
      expect(first.message).toMatch(/not selected/);
      expect(first).not.toHaveProperty('testingSites');
      expect(first).not.toHaveProperty('reportBy');
      clock.advance(10 * 60_000);
      const second = (await callIn(p.notSelected, { channel: 'sms' })).json();
      expect(second).toEqual(first);
      expect(await count('call_ins', 'participant_id = $1', [p.notSelected.id])).toBe(1);
    });

    it('does not take a call from a participant on medical leave, and says why plainly', async () => {
      at(IN_WINDOW);
      const response = await callIn(p.leave);
      expect(response.statusCode).toBe(409);
      expect(response.json().code).toBe('participant-not-active');
      expect(response.json().detail).toMatch(/medical leave: you are not required to call in/);
      expect(await count('call_ins', 'participant_id = $1', [p.leave.id])).toBe(0);
    });

    it('takes a call with no body at all as a web call', async () => {
      at(IN_WINDOW);
      const response = await (await as(p.noBody)).request('POST', '/api/v1/call-ins');
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ channel: 'web', status: 'selected' });
    });

    it('refuses an unknown channel or field', async () => {
      at(IN_WINDOW);
      expect((await callIn(p.today, { channel: 'fax' })).statusCode).toBe(422);
      expect((await callIn(p.today, { selected: true })).statusCode).toBe(422);
      expect(await count('call_ins', 'participant_id = $1', [p.today.id])).toBe(0);
    });

    it('refuses staff: calling in is for participants', async () => {
      at(IN_WINDOW);
      expect((await (await staff('cm')).post('/api/v1/call-ins', {})).statusCode).toBe(403);
    });
  });

  describe("the participant's day", () => {
    it('shows the window and next hearing but never the selection before the participant has called in', async () => {
      at(IN_WINDOW);
      await ds.query(
        `INSERT INTO hearings (court_id, participant_id, kind, scheduled_at, status) VALUES
           ($1, $2, 'status', '2026-11-20T19:00:00Z', 'scheduled'),
           ($1, $2, 'status', '2026-11-27T19:00:00Z', 'cancelled'),
           ($1, $2, 'violation', '2026-12-01T19:00:00Z', 'scheduled'),
           ($1, $2, 'status', '2026-12-15T19:00:00Z', 'scheduled')`,
        [harbor.id, p.today.id],
      );
      const client = await as(p.today);
      const [{ name: harborName }] = await ds.query(`SELECT name FROM courts WHERE id = $1`, [harbor.id]);
      const before = await client.get('/api/v1/me/today');
      expect(before.statusCode).toBe(200);
      expect(before.json()).toEqual({
        courtDay: DAY,
        window: {
          start: '05:00',
          end: '09:00',
          timeZone: 'Pacific/Honolulu',
          opensAt: '2026-11-24T15:00:00.000Z',
          closesAt: '2026-11-24T19:00:00.000Z',
          open: true,
        },
        callInRequired: true,
        awaitingWarningHearing: false,
        calledIn: false,
        callIn: null,
        nextHearing: { scheduledAt: '2026-12-01T19:00:00.000Z', kind: 'violation', courtroom: null, courtDay: '2026-12-01', address: null },
        court: { name: harborName, helpNumber: null, currency: 'USD' },
        caseManager: null,
      });
      expect(before.body).not.toMatch(/selected|testingSites|reportBy/);
      expect(await count('call_ins', 'participant_id = $1', [p.today.id])).toBe(0);

      const called = (await client.post('/api/v1/call-ins', {})).json();
      const after = (await client.get('/api/v1/me/today')).json();
      expect(after.calledIn).toBe(true);
      expect(after.callIn).toEqual(called);
      expect(after.callIn).toMatchObject({ status: 'selected', selected: true });
      expect(await count('call_ins', 'participant_id = $1', [p.today.id])).toBe(1);
    });
  });

  describe('force and excuse', () => {
    it('a force makes a participant the draw passed over test, and an excuse frees one it selected, until withdrawn', async () => {
      at(IN_WINDOW);
      const cm = await staff('cm');
      const force = await cm.post(`/api/v1/participants/${p.forced.id}/draw-overrides`, { courtDay: DAY, action: 'force', reason: 'Ordered at hearing' });
      expect(force.statusCode).toBe(201);
      expect(force.json()).toMatchObject({ participantId: p.forced.id, courtDay: DAY, action: 'force', reason: 'Ordered at hearing', withdrawnAt: null });
      const forced = (await callIn(p.forced)).json();
      expect(forced).toMatchObject({ status: 'selected', selected: true, reportByLocal: '17:00' });
      // No site is linked to the NEVER program: every active site of the court.
      expect(forced.testingSites.map((s: { name: string }) => s.name)).toEqual(['Alpha Lab', 'Beta Clinic']);

      const judge = await staff('judge');
      const excuse = await judge.post(`/api/v1/participants/${p.excused.id}/draw-overrides`, {
        courtDay: DAY,
        action: 'excuse',
        reason: 'In hospital today',
      });
      expect(excuse.statusCode).toBe(201);
      const excused = (await callIn(p.excused)).json();
      expect(excused).toMatchObject({ status: 'not_selected', selected: false });

      const withdrawn = await del(cm, `/api/v1/draw-overrides/${excuse.json().id}`, { reason: 'Entered by mistake' });
      expect(withdrawn.statusCode).toBe(200);
      expect(withdrawn.json().withdrawnAt).toBe(clock.now().toISOString());
      const now = (await callIn(p.excused)).json();
      expect(now).toMatchObject({ status: 'selected', selected: true, receiptCode: excused.receiptCode });
      expect((await (await as(p.excused)).get('/api/v1/me/today')).json().callIn.status).toBe('selected');

      // The draw itself is untouched; the overrides are listed and audited with their reasons.
      const entry = await ds.query(`SELECT e.selected FROM draw_entries e JOIN draws d ON d.id = e.draw_id WHERE e.participant_id = $1`, [p.forced.id]);
      expect(entry).toEqual([{ selected: false }]);
      const list = (await cm.get(`/api/v1/participants/${p.excused.id}/draw-overrides`)).json();
      expect(list).toHaveLength(1);
      expect(list[0]).toMatchObject({ action: 'excuse', withdrawnBy: expect.any(String) });
      const audits = await ds.query(
        `SELECT action, details FROM audit_events WHERE action LIKE 'draw_override.%' AND $1 = ANY(participant_ids) AND action <> 'draw_override.read' ORDER BY occurred_at, id`,
        [p.excused.id],
      );
      expect(audits.map((a: { action: string }) => a.action)).toEqual(['draw_override.create', 'draw_override.withdraw']);
      expect(audits[0].details).toMatchObject({ reason: 'In hospital today', overrideAction: 'excuse', courtDay: DAY });
      expect(audits[1].details).toMatchObject({ reason: 'Entered by mistake' });

      expect((await del(cm, `/api/v1/draw-overrides/${excuse.json().id}`, { reason: 'again' })).statusCode).toBe(404);
      expect((await del(cm, `/api/v1/draw-overrides/00000000-0000-4000-8000-000000000000`, { reason: 'unknown' })).statusCode).toBe(404);
    });

    it('refuses bad overrides with problem details and writes nothing', async () => {
      at(IN_WINDOW);
      const cm = await staff('cm');
      const before = await count('draw_overrides');
      const url = `/api/v1/participants/${p.notSelected.id}/draw-overrides`;
      const cases: Array<[unknown, number, string]> = [
        [{ courtDay: '2026-11-23', action: 'force', reason: 'x' }, 422, 'validation-failed'],
        [{ courtDay: '2026-11-31', action: 'force', reason: 'x' }, 422, 'validation-failed'],
        [{ courtDay: '2028-01-01', action: 'force', reason: 'x' }, 422, 'validation-failed'],
        [{ courtDay: DAY, action: 'skip', reason: 'x' }, 422, 'validation-failed'],
        [{ courtDay: DAY, action: 'force', reason: '   ' }, 422, 'validation-failed'],
        [{ courtDay: DAY, action: 'force', reason: 'x', selected: true }, 422, 'validation-failed'],
        [{ courtDay: DAY, action: 'force' }, 422, 'validation-failed'],
      ];
      for (const [body, status, code] of cases) {
        const response = await cm.post(url, body);
        expect({ body, status: response.statusCode, code: response.json().code }).toEqual({ body, status, code });
        expect(response.headers['content-type']).toContain(PROBLEM);
      }
      expect(await count('draw_overrides')).toBe(before);

      const ok = await cm.post(url, { courtDay: '2026-11-25', action: 'force', reason: 'Tomorrow' });
      expect(ok.statusCode).toBe(201);
      const duplicate = await cm.post(url, { courtDay: '2026-11-25', action: 'excuse', reason: 'Changed mind' });
      expect(duplicate.statusCode).toBe(409);
      expect(duplicate.json()).toMatchObject({ code: 'override-exists', overrideId: ok.json().id });
      expect(await count('draw_overrides')).toBe(before + 1);

      const notEnrolled = await cm.post(`/api/v1/participants/${p.referred.id}/draw-overrides`, { courtDay: DAY, action: 'force', reason: 'x' });
      expect(notEnrolled.statusCode).toBe(409);
      expect(notEnrolled.json().code).toBe('participant-not-enrolled');
      expect(await count('draw_overrides')).toBe(before + 1);
    });

    it('hides participants and overrides of another court (404), and refuses roles without the permission', async () => {
      at(IN_WINDOW);
      const otherCm = await staff('othercm');
      const url = `/api/v1/participants/${p.notSelected.id}/draw-overrides`;
      expect((await otherCm.post(url, { courtDay: DAY, action: 'excuse', reason: 'x' })).statusCode).toBe(404);
      expect((await otherCm.get(url)).statusCode).toBe(404);
      const [override] = await ds.query(`SELECT id FROM draw_overrides WHERE participant_id = $1 AND withdrawn_at IS NULL`, [p.notSelected.id]);
      expect((await del(otherCm, `/api/v1/draw-overrides/${override.id}`, { reason: 'x' })).statusCode).toBe(404);
      expect((await (await staff('cadmin')).post(url, { courtDay: DAY, action: 'excuse', reason: 'x' })).statusCode).toBe(403);
      expect((await (await as(p.notSelected)).get(url)).statusCode).toBe(403);
      expect(await count('draw_overrides', 'withdrawn_at IS NOT NULL AND participant_id = $1', [p.notSelected.id])).toBe(0);
    });
  });

  describe('testing orders', () => {
    it('records an order of increased testing and lists it', async () => {
      at(IN_WINDOW);
      const cm = await staff('cm');
      const url = `/api/v1/participants/${p.ordered.id}/testing-orders`;
      const created = await cm.post(url, { testsPerWeek: 3.5, startsOn: DAY, endsOn: '2026-12-22', reason: 'Sanction of 2026-11-23' });
      expect(created.statusCode).toBe(201);
      expect(created.json()).toMatchObject({ participantId: p.ordered.id, testsPerWeek: 3.5, startsOn: DAY, endsOn: '2026-12-22', inForce: true });
      const list = (await cm.get(url)).json();
      expect(list.map((o: { id: string }) => o.id)).toEqual([created.json().id]);
      const [audit] = await ds.query(`SELECT details FROM audit_events WHERE action = 'testing_order.create' AND $1 = ANY(entity_ids)`, [created.json().id]);
      expect(audit.details).toMatchObject({ reason: 'Sanction of 2026-11-23', testsPerWeek: 3.5 });
    });

    it('refuses bad orders and writes nothing', async () => {
      at(IN_WINDOW);
      const cm = await staff('cm');
      const url = `/api/v1/participants/${p.ordered.id}/testing-orders`;
      const before = await count('testing_orders');
      const good = { testsPerWeek: 2, startsOn: DAY, endsOn: '2026-12-01', reason: 'x' };
      const bad = [
        { ...good, testsPerWeek: 0 },
        { ...good, testsPerWeek: 0.3 },
        { ...good, testsPerWeek: 2.25 },
        { ...good, testsPerWeek: 7.5 },
        { ...good, testsPerWeek: '3' },
        { ...good, startsOn: '2026-11-23' },
        { ...good, endsOn: '2026-11-23' },
        { ...good, endsOn: '2027-11-25' },
        { ...good, reason: '' },
        { ...good, priority: 'high' },
      ];
      for (const body of bad) {
        const response = await cm.post(url, body);
        expect({ body, status: response.statusCode }).toEqual({ body, status: 422 });
        expect(response.headers['content-type']).toContain(PROBLEM);
      }
      expect((await cm.post(url, { ...good, endsOn: '2027-11-24' })).statusCode).toBe(201);
      expect(await count('testing_orders')).toBe(before + 1);
      const otherCm = await staff('othercm');
      expect((await otherCm.post(url, good)).statusCode).toBe(404);
      expect((await otherCm.get(url)).statusCode).toBe(404);
      expect(await count('testing_orders')).toBe(before + 1);
    });
  });

  describe('calling in by phone', () => {
    it('verifies the PIN as sign-in does and makes the same call-in', async () => {
      at(IN_WINDOW);
      const response = await phone({ courtCode: 'HARBOR', participantNumber: 'H-0007', pin: PIN, channel: 'phone' });
      expect(response.statusCode).toBe(200);
      const body = response.json();
      expect(body.status).toBe('selected');
      expect(body.receiptCode).toMatch(RECEIPT);
      expect(body.say).toMatch(/^You must test today\. Go to a testing site by 17:00\. Your receipt is /);
      const [stored] = await ds.query(`SELECT channel, receipt_code, told FROM call_ins WHERE participant_id = $1`, [p.phone.id]);
      expect(stored).toEqual({ channel: 'phone', receipt_code: body.receiptCode, told: true });
      // The same day on the web: the same receipt.
      expect((await callIn(p.phone)).json()).toMatchObject({ receiptCode: body.receiptCode, channel: 'phone', status: 'selected' });
      // A participant who already called in on the web hears the same receipt by phone.
      const web = (await callIn(p.notSelected)).json();
      const byPhone = (await phone({ courtCode: 'harbor', participantNumber: 'H-0003', pin: PIN, channel: 'sms' })).json();
      expect(byPhone).toMatchObject({ status: 'not_selected', receiptCode: web.receiptCode });
      expect(byPhone.say).toMatch(/^You do not test today/);
    });

    it('refuses a wrong PIN or an unknown participant with 401 and records nothing', async () => {
      at(IN_WINDOW);
      const before = await count('call_ins');
      const wrong = await phone({ courtCode: 'HARBOR', participantNumber: 'H-0006', pin: '000000', channel: 'phone' });
      expect(wrong.statusCode).toBe(401);
      expect(wrong.headers['content-type']).toContain(PROBLEM);
      expect(wrong.json().code).toBe('invalid-credentials');
      const unknown = await phone({ courtCode: 'HARBOR', participantNumber: 'H-9999', pin: PIN, channel: 'phone' });
      expect(unknown.statusCode).toBe(401);
      expect(await count('call_ins')).toBe(before);
      expect(await count('audit_events', `action = 'auth.sign_in_failed' AND $1 = ANY(participant_ids)`, [p.excused.id])).toBe(1);
      expect((await phone({ courtCode: 'HARBOR', participantNumber: 'H-0007', pin: PIN, channel: 'web' })).statusCode).toBe(422);
      expect((await phone({ courtCode: 'HARBOR', participantNumber: 'H-0007', pin: PIN, channel: 'phone', extra: 1 })).statusCode).toBe(422);
    });
  });

  describe('outages', () => {
    // On 2026-11-22 the Harbor window was 15:00Z-19:00Z.
    const OUTAGE_DAY = '2026-11-22';

    it('dismisses the missed call-ins of the windows it overlaps, and missed tests of those who could not call in', async () => {
      at(IN_WINDOW);
      const detectedAt = new Date('2026-11-22T19:00:00Z');
      const deadline = new Date('2026-11-23T03:00:00Z');
      await ds.query(
        `INSERT INTO call_ins (court_id, participant_id, court_day, called_at, channel, receipt_code, told, answered_at)
         VALUES ($1, $2, $3, '2026-11-22T15:05:00Z', 'web', 'AAAA-BBBB', true, '2026-11-22T15:05:00Z')`,
        [harbor.id, p.excused.id, OUTAGE_DAY],
      );
      const violation = (participant: ParticipantFixture, kind: 'missed_call_in' | 'missed_test', day = OUTAGE_DAY) => ({
        courtId: harbor.id,
        participantId: participant.id,
        kind,
        detectedAt: kind === 'missed_call_in' ? detectedAt : deadline,
        sourceKey: kind === 'missed_call_in' ? `call-in:${participant.id}:${day}:missed` : `test:${participant.id}:${day}:missed`,
        evidence: {},
      });
      await ds.transaction((manager) =>
        recordViolations(manager, [
          violation(p.selected, 'missed_call_in'),
          violation(p.selected, 'missed_test'),
          // Called in and was told to test: the missed test stands.
          violation(p.excused, 'missed_test'),
          // Another day: untouched.
          violation(p.today, 'missed_call_in', '2026-11-21'),
        ]),
      );
      const cadmin = await staff('cadmin');
      const response = await cadmin.post('/api/v1/outages', {
        courtId: harbor.id,
        startsAt: '2026-11-22T16:00:00Z',
        endsAt: '2026-11-22T17:30:00Z',
        reason: 'Phone provider down',
      });
      expect(response.statusCode).toBe(201);
      const outage = response.json();
      expect(outage).toMatchObject({
        courtId: harbor.id,
        startsAt: '2026-11-22T16:00:00.000Z',
        endsAt: '2026-11-22T17:30:00.000Z',
        reason: 'Phone provider down',
        courtDays: [{ courtId: harbor.id, courtDay: OUTAGE_DAY }],
        dismissedViolations: 2,
      });
      const rows = await ds.query(`SELECT participant_id, kind, status, dismissed_reason FROM violations ORDER BY participant_id, kind`);
      const of = (participant: ParticipantFixture, kind: string) => rows.find((r: { participant_id: string; kind: string }) => r.participant_id === participant.id && r.kind === kind);
      expect(of(p.selected, 'missed_call_in')).toMatchObject({ status: 'dismissed', dismissed_reason: `system outage recorded ${outage.id}` });
      expect(of(p.selected, 'missed_test')).toMatchObject({ status: 'dismissed' });
      expect(of(p.excused, 'missed_test')).toMatchObject({ status: 'open' });
      expect(of(p.today, 'missed_call_in')).toMatchObject({ status: 'open' });
      expect(await count('audit_events', `action = 'outage.record' AND $1 = ANY(entity_ids)`, [outage.id])).toBe(1);
      expect(await count('audit_events', `action = 'violation.dismiss' AND $1 = ANY(participant_ids)`, [p.selected.id])).toBe(1);
    });

    it('refuses outages that are not over, too long or backwards, and checks who may record them', async () => {
      at(IN_WINDOW);
      const before = await count('system_outages');
      const cadmin = await staff('cadmin');
      const body = { courtId: harbor.id, startsAt: '2026-11-23T16:00:00Z', endsAt: '2026-11-23T17:00:00Z', reason: 'x' };
      for (const bad of [
        { ...body, endsAt: '2026-11-24T16:00:00Z' },
        { ...body, endsAt: '2026-11-23T16:00:00Z' },
        { ...body, startsAt: '2026-11-14T16:00:00Z' },
        { ...body, startsAt: '2026-11-23T16:00:00' },
        { ...body, courtId: 'harbor' },
        { ...body, courtId: undefined },
        { ...body, extra: true },
      ]) {
        const response = await cadmin.post('/api/v1/outages', bad);
        expect({ bad, status: response.statusCode }).toEqual({ bad, status: 422 });
      }
      expect((await cadmin.post('/api/v1/outages', { ...body, courtId: null })).statusCode).toBe(403);
      expect((await (await staff('otheradmin')).post('/api/v1/outages', body)).statusCode).toBe(404);
      expect((await (await staff('cm')).post('/api/v1/outages', body)).statusCode).toBe(403);
      expect(await count('system_outages')).toBe(before);

      const sysadmin = await staff('sysadmin');
      const everywhere = await sysadmin.post('/api/v1/outages', { ...body, courtId: null });
      expect(everywhere.statusCode).toBe(201);
      expect(everywhere.json().courtId).toBeNull();
      expect(everywhere.json().courtDays).toEqual(expect.arrayContaining([{ courtId: harbor.id, courtDay: '2026-11-23' }]));

      const listed = (await cadmin.get(`/api/v1/outages?courtId=${harbor.id}`)).json();
      expect(listed.map((o: { courtId: string | null }) => o.courtId)).toEqual([null, harbor.id]);
      expect((await (await staff('otheradmin')).get(`/api/v1/outages?courtId=${harbor.id}`)).statusCode).toBe(404);
      expect((await (await staff('otheradmin')).get('/api/v1/outages')).json().map((o: { courtId: string | null }) => o.courtId)).toEqual([null]);
    });
  });

  describe('after the window and the reporting deadline', () => {
    it('refuses a call at exactly the close, pointing at the next day', async () => {
      at(AFTER_WINDOW);
      const response = await callIn(p.selected);
      expect(response.statusCode).toBe(409);
      expect(response.json().window.nextOpensAt).toBe('2026-11-25T15:00:00.000Z');
      expect(await count('call_ins', 'court_id = $1 AND court_day = $2', [harbor.id, '2026-11-25'])).toBe(0);
    });

    it("refuses an override of today once today's reporting deadline has passed", async () => {
      at(AFTER_DEADLINE);
      const cm = await staff('cm');
      const response = await cm.post(`/api/v1/participants/${p.ordered.id}/draw-overrides`, { courtDay: DAY, action: 'force', reason: 'Too late' });
      // 17:30 in Honolulu: still 2026-11-24 there, but past its 17:00 deadline.
      expect(response.statusCode).toBe(409);
      expect(response.json().code).toBe('reporting-deadline-passed');
      expect(await count('draw_overrides', 'participant_id = $1', [p.ordered.id])).toBe(0);
    });
  });

  describe('rate limiting of the phone endpoint', () => {
    it('shares the per-address sign-in limit, so PINs cannot be guessed through it', async () => {
      at(IN_WINDOW);
      const limited = await createTestApi(testConfig(db.url, { AUTH_SIGN_IN_PER_MINUTE: '2' }), clock);
      try {
        const call = () =>
          limited.inject({ method: 'POST', url: '/api/v1/call-ins/phone', payload: { courtCode: 'HARBOR', participantNumber: 'H-0002', pin: '999999', channel: 'phone' } });
        expect((await call()).statusCode).toBe(401);
        expect((await call()).statusCode).toBe(401);
        const blocked = await call();
        expect(blocked.statusCode).toBe(429);
        expect(blocked.json().code).toBe('rate-limited');
      } finally {
        await limited.close();
      }
    });
  });
});
