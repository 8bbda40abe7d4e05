import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { TestClock } from '@app/core';
import { HearingsService } from '@app/hearings';
import { DataSource } from 'typeorm';
import {
  ApiClient,
  CourtFixture,
  createCourt,
  createParticipant,
  createStaff,
  createTestingProgram,
  dataSourceOf,
  expectProblem,
  fieldsOf,
  ParticipantFixture,
  placeInProgram,
  ProgramFixture,
  signIn,
  signInParticipant,
  StaffFixture,
} from './support/fixtures';
import { createTestApi } from './support/test-app';
import { createTestDatabase, eventually, testConfig, TestDatabase } from './support/test-env';

/**
 * The court calendar over HTTP. Now is Monday 2026-11-23 12:00 in Chicago
 * (18:00Z, standard time: UTC-6). CAL keeps its sessions for programs ATC
 * and DUI; CAL2 is where proposals are tried, each program with sessions of
 * its own; ELSE is another court, whose staff must find nothing of CAL.
 */
describe('court sessions and hearing scheduling', () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;
  let ds: DataSource;
  const clock = new TestClock('2026-11-23T18:00:00Z');
  let cal: CourtFixture;
  let cal2: CourtFixture;
  let other: CourtFixture;
  let atc: ProgramFixture;
  let dui: ProgramFixture;
  let otp: ProgramFixture;
  let sta: ProgramFixture;
  let vio: ProgramFixture;
  let nov: ProgramFixture;
  let judge: StaffFixture;
  let elseJudge: StaffFixture;
  let cmUser: StaffFixture;
  const p: Record<string, ParticipantFixture> = {};
  let coordinator: ApiClient;
  let caseManager: ApiClient;
  let courtAdmin: ApiClient;
  let judgeClient: ApiClient;
  let elsewhere: ApiClient;
  let coordinator2: ApiClient;

  const sessionsUrl = (court: CourtFixture) => `/api/v1/courts/${court.id}/court-sessions`;
  const count = async (table: string, where = 'TRUE', params: unknown[] = []) =>
    Number((await ds.query(`SELECT count(*) AS n FROM ${table} WHERE ${where}`, params))[0].n);
  const created = async (client: ApiClient, court: CourtFixture, body: Record<string, unknown>) => {
    const response = await client.post(sessionsUrl(court), body);
    expect({ status: response.statusCode, body: response.statusCode === 201 ? undefined : response.body }).toEqual({ status: 201, body: undefined });
    return response.json();
  };
  const schedule = (client: ApiClient, participant: ParticipantFixture, sessionId: string, kind = 'status') =>
    client.post(`/api/v1/participants/${participant.id}/hearings`, { sessionId, kind });
  /** A session straight in the database (one already started, or of another court). */
  const insertSession = async (courtId: string, startsAt: string, programIds: string[] = []) => {
    const [row] = await ds.query(
      `INSERT INTO court_sessions (court_id, session_date, start_time, starts_at, courtroom, program_ids)
       VALUES ($1, ($2::timestamptz AT TIME ZONE 'America/Chicago')::date, to_char($2::timestamptz AT TIME ZONE 'America/Chicago', 'HH24:MI'), $2, 'Old room', $3)
       RETURNING id`,
      [courtId, startsAt, programIds],
    );
    return row.id as string;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createTestApi(testConfig(db.url, { AUTH_SIGN_IN_PER_MINUTE: '10000', AUTH_SIGN_IN_PER_MINUTE_PER_ACCOUNT: '10000' }), clock);
    ds = dataSourceOf(app);
    cal = await createCourt(ds, 'CAL');
    cal2 = await createCourt(ds, 'CAL2');
    other = await createCourt(ds, 'ELSE');
    atc = await createTestingProgram(ds, cal.id, 'ATC', { model: 'treatment_court' });
    dui = await createTestingProgram(ds, cal.id, 'DUI', { model: 'treatment_court' });
    otp = await createTestingProgram(ds, other.id, 'OTP');
    sta = await createTestingProgram(ds, cal2.id, 'STA', { model: 'treatment_court' });
    vio = await createTestingProgram(ds, cal2.id, 'VIO');
    nov = await createTestingProgram(ds, cal2.id, 'NOV');
    for (const [key, court, program, lastName] of [
      ['pat', cal, atc, 'Avery'],
      ['sam', cal, atc, 'Brooks'],
      ['lee', cal, atc, 'Carter'],
      ['dana', cal, dui, 'Diaz'],
      ['sta', cal2, sta, 'Evans'],
      ['vio', cal2, vio, 'Fisher'],
      ['nov', cal2, nov, 'Garcia'],
    ] as const) {
      p[key] = await createParticipant(ds, court, `${court.code}-${key.toUpperCase()}`, { lastName });
      await placeInProgram(ds, p[key].id, program, '2026-11-02');
    }
    await createStaff(ds, 'coord', 'coordinator', cal.id);
    cmUser = await createStaff(ds, 'cm', 'case_manager', cal.id);
    await createStaff(ds, 'cadmin', 'court_admin', cal.id);
    judge = await createStaff(ds, 'judge1', 'judge', cal.id);
    elseJudge = await createStaff(ds, 'judge9', 'judge', other.id);
    await createStaff(ds, 'elsecoord', 'coordinator', other.id);
    await createStaff(ds, 'coord2', 'coordinator', cal2.id);
    await ds.query(`INSERT INTO court_holidays (court_id, date, name) VALUES ($1, '2026-11-26', 'Thanksgiving Day')`, [cal.id]);
    coordinator = await signIn(app, 'coord');
    caseManager = await signIn(app, 'cm');
    courtAdmin = await signIn(app, 'cadmin');
    judgeClient = await signIn(app, 'judge1');
    elsewhere = await signIn(app, 'elsecoord');
    coordinator2 = await signIn(app, 'coord2');
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  describe('the calendar', () => {
    it('adds sessions at a court-local date and time, and lists them by start', async () => {
      const nine = await created(coordinator, cal, {
        date: '2026-11-24',
        startTime: '09:00',
        courtroom: 'Courtroom 4B',
        judgeId: judge.id,
        programIds: [atc.id],
        capacity: 2,
      });
      expect(nine).toMatchObject({
        courtId: cal.id,
        date: '2026-11-24',
        startTime: '09:00',
        startsAt: '2026-11-24T15:00:00.000Z',
        judge: { id: judge.id, name: 'Test judge1' },
        courtroom: 'Courtroom 4B',
        allPrograms: false,
        programs: [{ id: atc.id, code: 'ATC', name: 'ATC program' }],
        capacity: 2,
        docketOrder: 'compliant_first',
        docketOrderIsCourtDefault: true,
        special: false,
        status: 'scheduled',
        cancellationReason: null,
        hearingCount: 0,
      });
      const eight = await created(courtAdmin, cal, { date: '2026-11-24', startTime: '08:00', courtroom: 'Courtroom 2', docketOrder: 'violations_first' });
      expect(eight).toMatchObject({ judge: null, allPrograms: true, capacity: null, docketOrder: 'violations_first', docketOrderIsCourtDefault: false });
      expect(eight.programs.map((x: { code: string }) => x.code)).toEqual(['ATC', 'DUI']);

      const listed = await judgeClient.get(`${sessionsUrl(cal)}?from=2026-11-24&to=2026-11-24`);
      expect(listed.statusCode).toBe(200);
      expect(listed.json().map((s: { id: string }) => s.id)).toEqual([eight.id, nine.id]);
      expect(listed.json()[1]).toEqual(nine);
      // The default range is today and the next 28 days.
      expect((await caseManager.get(sessionsUrl(cal))).json().map((s: { id: string }) => s.id)).toEqual([eight.id, nine.id]);
      expect((await caseManager.get(`${sessionsUrl(cal)}?from=2026-11-25`)).json()).toEqual([]);
      expect(await count('audit_events', `action = 'court_session.create' AND court_id = $1`, [cal.id])).toBe(2);
    });

    it('refuses a bad range, and keeps another court out', async () => {
      expectProblem(await caseManager.get(`${sessionsUrl(cal)}?from=2026-01-01&to=2027-01-03`), 422, 'validation-failed');
      expect((await caseManager.get(`${sessionsUrl(cal)}?from=2026-01-01&to=2027-01-02`)).statusCode).toBe(200);
      expectProblem(await caseManager.get(`${sessionsUrl(cal)}?from=2026-12-01&to=2026-11-30`), 422, 'validation-failed');
      expectProblem(await caseManager.get(`${sessionsUrl(cal)}?from=2026-13-01`), 422, 'validation-failed');
      expectProblem(await caseManager.get(`${sessionsUrl(cal)}?week=2`), 422, 'validation-failed');
      expectProblem(await elsewhere.get(sessionsUrl(cal)), 404, 'not-found');
      const [session] = (await caseManager.get(sessionsUrl(cal))).json();
      expectProblem(await elsewhere.get(`/api/v1/court-sessions/${session.id}`), 404, 'not-found');
      expectProblem(await elsewhere.patch(`/api/v1/court-sessions/${session.id}`, { courtroom: 'X' }), 404, 'not-found');
      expectProblem(await elsewhere.post(`/api/v1/court-sessions/${session.id}/cancel`, { reason: 'x' }), 404, 'not-found');
      expectProblem(await caseManager.get(`/api/v1/court-sessions/00000000-0000-4000-8000-000000000000`), 404, 'not-found');
      expectProblem(await (await signInParticipant(app, p.pat)).get(sessionsUrl(cal)), 403, 'forbidden');
    });

    it('refuses invalid sessions with 422 naming the field, and writes nothing', async () => {
      const before = await count('court_sessions');
      const audited = await count('audit_events');
      const valid = { date: '2026-12-01', startTime: '09:00', courtroom: 'Courtroom 4B' };
      const cases: Array<[Record<string, unknown>, string]> = [
        [{ date: '2026-11-20' }, 'date'],
        // 11:59 in Chicago today is 17:59Z, a minute ago.
        [{ date: '2026-11-23', startTime: '11:59' }, 'date'],
        [{ startTime: '25:00' }, 'startTime'],
        [{ startTime: '9:00' }, 'startTime'],
        // 2027-03-14: the clocks go from 02:00 to 03:00 in Chicago.
        [{ date: '2027-03-14', startTime: '02:30' }, 'startTime'],
        [{ date: '2026-02-30' }, 'date'],
        [{ judgeId: elseJudge.id }, 'judgeId'],
        [{ judgeId: cmUser.id }, 'judgeId'],
        [{ programIds: [otp.id] }, 'programIds'],
        [{ programIds: [atc.id, otp.id] }, 'programIds'],
        [{ capacity: 0 }, 'capacity'],
        [{ docketOrder: 'alphabetical' }, 'docketOrder'],
        [{ courtroom: '  ' }, 'courtroom'],
        [{ room: '4B' }, 'room'],
        [{ date: '2026-11-26' }, 'date'],
      ];
      for (const [change, field] of cases) {
        const response = await coordinator.post(sessionsUrl(cal), { ...valid, ...change });
        expectProblem(response, 422, 'validation-failed');
        expect({ change, fields: fieldsOf(response) }).toEqual({ change, fields: [field] });
      }
      expectProblem(await caseManager.post(sessionsUrl(cal), valid), 403, 'forbidden');
      expectProblem(await elsewhere.post(sessionsUrl(cal), valid), 404, 'not-found');
      expect(await count('court_sessions')).toBe(before);
      expect(await count('audit_events')).toBe(audited);
      // A special session may sit on a holiday, and in the early hours of the fall-back day (the first 01:30).
      expect(await created(coordinator, cal, { ...valid, date: '2026-11-26', special: true })).toMatchObject({ special: true, startsAt: '2026-11-26T15:00:00.000Z' });
      expect(await created(coordinator, cal, { ...valid, date: '2027-11-07', startTime: '01:30' })).toMatchObject({ startsAt: '2027-11-07T06:30:00.000Z' });
    });
  });

  describe('scheduling hearings into sessions', () => {
    let session: { id: string; startsAt: string };

    it('puts a hearing on a session at its start, once per participant', async () => {
      session = await created(coordinator, cal, { date: '2026-11-25', startTime: '09:00', courtroom: 'Room 101', programIds: [atc.id], capacity: 2 });
      const response = await schedule(caseManager, p.pat, session.id);
      expect(response.statusCode).toBe(201);
      expect(response.json()).toMatchObject({ kind: 'status', status: 'scheduled', sessionId: session.id, courtroom: 'Room 101', scheduledAt: '2026-11-25T15:00:00.000Z' });
      expectProblem(await schedule(judgeClient, p.pat, session.id, 'violation'), 409, 'already-on-session');
      const listed = (await caseManager.get(`/api/v1/participants/${p.pat.id}/hearings`)).json();
      expect(listed).toEqual([expect.objectContaining({ id: response.json().id, sessionId: session.id, courtroom: 'Room 101' })]);
      expect(await count('audit_events', `action = 'hearing.schedule' AND participant_ids @> ARRAY[$1::uuid]`, [p.pat.id])).toBe(1);
    });

    it('holds the capacity when two requests race for the last seat', async () => {
      // Hold the session's row while both requests arrive, so both reach the capacity check together.
      const blocker = ds.createQueryRunner();
      await blocker.connect();
      await blocker.startTransaction();
      await blocker.query(`SELECT id FROM court_sessions WHERE id = $1 FOR UPDATE`, [session.id]);
      const racing = Promise.all([schedule(caseManager, p.sam, session.id), schedule(coordinator, p.lee, session.id)]);
      const waiting = async () =>
        Number((await ds.query(`SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`))[0].n);
      await eventually(async () => (await waiting()) >= 2, 5_000, 'both requests waiting for the session').catch(() => undefined);
      await blocker.commitTransaction();
      await blocker.release();
      const [a, b] = await racing;
      const statuses = [a.statusCode, b.statusCode].sort();
      expect(statuses).toEqual([201, 409]);
      expectProblem(a.statusCode === 409 ? a : b, 409, 'session-full');
      expect(await count('hearings', `session_id = $1 AND status <> 'cancelled'`, [session.id])).toBe(2);

      const detail = await judgeClient.get(`/api/v1/court-sessions/${session.id}`);
      expect(detail.statusCode).toBe(200);
      expect(detail.json()).toMatchObject({ id: session.id, hearingCount: 2, capacity: 2 });
      const seated = a.statusCode === 201 ? p.sam : p.lee;
      expect(detail.json().hearings.map((h: { participantId: string; participantNumber: string }) => [h.participantId, h.participantNumber])).toEqual([
        [p.pat.id, p.pat.number],
        [seated.id, seated.number],
      ]);
      const [read] = await ds.query(`SELECT participant_ids, basis FROM audit_events WHERE action = 'court_session.read' ORDER BY id DESC LIMIT 1`);
      expect([...read.participant_ids].sort()).toEqual([p.pat.id, seated.id].sort());
      expect(read.basis).toBe('role:judge');
    });

    it('refuses sessions that cannot take the hearing with 422, and writes nothing', async () => {
      const before = await count('hearings');
      const atcOnly = await created(coordinator, cal, { date: '2026-11-27', startTime: '09:00', courtroom: 'Room 102', programIds: [atc.id] });
      const cancelled = await created(coordinator, cal, { date: '2026-11-27', startTime: '13:00', courtroom: 'Room 102' });
      expect((await coordinator.post(`/api/v1/court-sessions/${cancelled.id}/cancel`, { reason: 'judge away' })).statusCode).toBe(200);
      const past = await insertSession(cal.id, '2026-11-23T15:00:00Z');
      const elsewhereSession = await insertSession(other.id, '2026-11-30T15:00:00Z');
      for (const [participant, sessionId] of [
        [p.dana, atcOnly.id],
        [p.pat, cancelled.id],
        [p.pat, past],
        [p.pat, elsewhereSession],
        [p.pat, '00000000-0000-4000-8000-000000000000'],
      ] as const) {
        const response = await schedule(caseManager, participant, sessionId);
        expectProblem(response, 422, 'validation-failed');
        expect(fieldsOf(response)).toEqual(['sessionId']);
      }
      expect(fieldsOf(await caseManager.post(`/api/v1/participants/${p.pat.id}/hearings`, { sessionId: atcOnly.id, kind: 'trial' }))).toEqual(['kind']);
      expect(fieldsOf(await caseManager.post(`/api/v1/participants/${p.pat.id}/hearings`, { sessionId: atcOnly.id, kind: 'status', at: 'now' }))).toEqual(['at']);
      expectProblem(await elsewhere.post(`/api/v1/participants/${p.pat.id}/hearings`, { sessionId: atcOnly.id, kind: 'status' }), 404, 'not-found');
      expectProblem(await courtAdmin.post(`/api/v1/participants/${p.pat.id}/hearings`, { sessionId: atcOnly.id, kind: 'status' }), 403, 'forbidden');
      await ds.query(`UPDATE participants SET status = 'graduated' WHERE id = $1`, [p.dana.id]);
      const duiSession = await created(coordinator, cal, { date: '2026-11-27', startTime: '10:00', courtroom: 'Room 103', programIds: [dui.id] });
      expectProblem(await schedule(caseManager, p.dana, duiSession.id), 409, 'participant-not-in-program');
      await ds.query(`UPDATE participants SET status = 'active' WHERE id = $1`, [p.dana.id]);
      expect(await count('hearings')).toBe(before);
      expect((await schedule(caseManager, p.dana, duiSession.id)).statusCode).toBe(201);
    });

    it('moves a scheduled hearing to another session and cancels it; a held or cancelled one stays', async () => {
      const from = await created(coordinator, cal, { date: '2026-11-30', startTime: '09:00', courtroom: 'Room 201', programIds: [atc.id] });
      const to = await created(coordinator, cal, { date: '2026-12-01', startTime: '14:00', courtroom: 'Room 202', programIds: [atc.id] });
      const hearing = (await schedule(caseManager, p.sam, from.id)).json();
      const moved = await judgeClient.patch(`/api/v1/hearings/${hearing.id}`, { sessionId: to.id });
      expect(moved.statusCode).toBe(200);
      expect(moved.json()).toMatchObject({ id: hearing.id, sessionId: to.id, courtroom: 'Room 202', scheduledAt: '2026-12-01T20:00:00.000Z', status: 'scheduled' });
      expectProblem(await judgeClient.patch(`/api/v1/hearings/${hearing.id}`, { sessionId: to.id }), 409, 'already-on-session');
      expect(fieldsOf(await judgeClient.patch(`/api/v1/hearings/${hearing.id}`, { sessionId: to.id, kind: 'status' }))).toEqual(['kind']);
      expectProblem(await elsewhere.patch(`/api/v1/hearings/${hearing.id}`, { sessionId: from.id }), 404, 'not-found');
      expectProblem(await elsewhere.post(`/api/v1/hearings/${hearing.id}/cancel`, { reason: 'x' }), 404, 'not-found');

      const cancelled = await caseManager.post(`/api/v1/hearings/${hearing.id}/cancel`, { reason: 'excused by the judge' });
      expect(cancelled.statusCode).toBe(200);
      expect(cancelled.json()).toMatchObject({ id: hearing.id, status: 'cancelled', cancellationReason: 'excused by the judge', sessionId: to.id });
      expectProblem(await caseManager.post(`/api/v1/hearings/${hearing.id}/cancel`, { reason: 'again' }), 409, 'hearing-not-scheduled');
      expectProblem(await caseManager.patch(`/api/v1/hearings/${hearing.id}`, { sessionId: from.id }), 409, 'hearing-not-scheduled');
      // Cancelled, the participant may be put back on the session.
      const again = (await schedule(caseManager, p.sam, to.id)).json();
      await ds.query(`UPDATE hearings SET status = 'held' WHERE id = $1`, [again.id]);
      expectProblem(await caseManager.post(`/api/v1/hearings/${again.id}/cancel`, { reason: 'x' }), 409, 'hearing-not-scheduled');
      expectProblem(await caseManager.patch(`/api/v1/hearings/${again.id}`, { sessionId: from.id }), 409, 'hearing-not-scheduled');
      expect(await count('audit_events', `action IN ('hearing.move', 'hearing.cancel') AND entity_ids @> ARRAY[$1::uuid]`, [hearing.id])).toBe(2);
    });

    it("links enrolment's first hearing to the session starting at that instant, if it hears the program", async () => {
      const hearings = app.get(HearingsService);
      const at = await created(coordinator, cal, { date: '2026-12-02', startTime: '09:00', courtroom: 'Room 301', programIds: [atc.id] });
      const linked = await hearings.schedule(ds.manager, { courtId: cal.id, participantId: p.lee.id, kind: 'status', scheduledAt: new Date(at.startsAt), createdBy: null });
      expect(linked).toMatchObject({ sessionId: at.id, courtroom: 'Room 301', scheduledAt: at.startsAt });
      const later = await hearings.schedule(ds.manager, {
        courtId: cal.id,
        participantId: p.lee.id,
        kind: 'status',
        scheduledAt: new Date(new Date(at.startsAt).getTime() + 3_600_000),
        createdBy: null,
      });
      expect(later).toMatchObject({ sessionId: null, courtroom: null });
      const otherProgram = await hearings.schedule(ds.manager, { courtId: cal.id, participantId: p.dana.id, kind: 'status', scheduledAt: new Date(at.startsAt), createdBy: null });
      expect(otherProgram.sessionId).toBeNull();
    });
  });

  describe('changing and cancelling sessions', () => {
    let session: { id: string };

    it('moves a session that has not started, and its hearings with it', async () => {
      session = await created(coordinator, cal, { date: '2026-12-03', startTime: '09:00', courtroom: 'Room 401', programIds: [atc.id], judgeId: judge.id });
      for (const participant of [p.pat, p.lee]) expect((await schedule(caseManager, participant, session.id)).statusCode).toBe(201);
      const response = await coordinator.patch(`/api/v1/court-sessions/${session.id}`, { startTime: '13:30', courtroom: 'Room 402', judgeId: null });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ date: '2026-12-03', startTime: '13:30', startsAt: '2026-12-03T19:30:00.000Z', courtroom: 'Room 402', judge: null, hearingCount: 2 });
      const times = async () =>
        (await ds.query(`SELECT DISTINCT scheduled_at FROM hearings WHERE session_id = $1 AND status = 'scheduled'`, [session.id])).map((r: { scheduled_at: Date }) =>
          r.scheduled_at.toISOString(),
        );
      expect(await times()).toEqual(['2026-12-03T19:30:00.000Z']);
      // Into daylight time's end: 2026-11-01 is past, so a winter date; the hearings follow again.
      expect((await coordinator.patch(`/api/v1/court-sessions/${session.id}`, { date: '2026-12-04' })).json()).toMatchObject({ startsAt: '2026-12-04T19:30:00.000Z' });
      expect(await times()).toEqual(['2026-12-04T19:30:00.000Z']);
      const [audit] = await ds.query(`SELECT details FROM audit_events WHERE action = 'court_session.update' ORDER BY id DESC LIMIT 1`);
      expect(audit.details).toMatchObject({ changes: { sessionDate: { from: '2026-12-03', to: '2026-12-04' } }, hearingsMoved: 2 });
      expect(await count('audit_events', `action = 'hearing.reschedule'`)).toBe(2);
    });

    it('refuses a change that would break the session or its hearings', async () => {
      const url = `/api/v1/court-sessions/${session.id}`;
      expectProblem(await coordinator.patch(url, { capacity: 1 }), 409, 'capacity-below-hearings');
      expectProblem(await coordinator.patch(url, { programIds: [dui.id] }), 409, 'programs-exclude-hearings');
      expect(fieldsOf(await coordinator.patch(url, { date: '2026-11-20' }))).toEqual(['date']);
      expect(fieldsOf(await coordinator.patch(url, { judgeId: elseJudge.id }))).toEqual(['judgeId']);
      expect(fieldsOf(await coordinator.patch(url, { capacity: 0 }))).toEqual(['capacity']);
      expect(new Set(fieldsOf(await coordinator.patch(url, { courtroom: null })))).toEqual(new Set(['courtroom']));
      expect(fieldsOf(await coordinator.patch(url, { special: true }))).toEqual(['special']);
      expectProblem(await caseManager.patch(url, { courtroom: 'X' }), 403, 'forbidden');
      expect((await coordinator.patch(url, { capacity: 2, programIds: [atc.id, dui.id], docketOrder: 'name' })).json()).toMatchObject({
        capacity: 2,
        docketOrder: 'name',
        docketOrderIsCourtDefault: false,
      });
      const started = await insertSession(cal.id, '2026-11-23T17:00:00Z');
      expectProblem(await coordinator.patch(`/api/v1/court-sessions/${started}`, { courtroom: 'X' }), 409, 'session-started');
      expect((await caseManager.get(`/api/v1/court-sessions/${session.id}`)).json()).toMatchObject({ startsAt: '2026-12-04T19:30:00.000Z', courtroom: 'Room 402' });
    });

    it('cancels a session only once its hearings are moved, or together with them', async () => {
      const url = `/api/v1/court-sessions/${session.id}/cancel`;
      const refused = await coordinator.post(url, { reason: 'judge at a conference' });
      expectProblem(refused, 409, 'session-has-hearings');
      expect(refused.json().scheduledHearings).toBe(2);
      expect(await count('hearings', `session_id = $1 AND status = 'scheduled'`, [session.id])).toBe(2);
      const response = await courtAdmin.post(url, { reason: 'judge at a conference', cancelHearings: true });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ status: 'cancelled', cancellationReason: 'judge at a conference', hearingCount: 0 });
      const reasons = await ds.query(`SELECT DISTINCT status, cancellation_reason FROM hearings WHERE session_id = $1`, [session.id]);
      expect(reasons).toEqual([{ status: 'cancelled', cancellation_reason: 'session cancelled: judge at a conference' }]);
      expectProblem(await coordinator.post(url, { reason: 'again' }), 409, 'session-cancelled');
      expectProblem(await coordinator.patch(`/api/v1/court-sessions/${session.id}`, { courtroom: 'X' }), 409, 'session-cancelled');
      expect(fieldsOf(await coordinator.post(url, { reason: '' }))).toEqual(['reason']);
      const [audit] = await ds.query(`SELECT details FROM audit_events WHERE action = 'court_session.cancel' ORDER BY id DESC LIMIT 1`);
      expect(audit.details).toEqual({ reason: 'judge at a conference', hearingsCancelled: 2 });
    });
  });

  describe('proposals', () => {
    it("proposes the session closest to the participant's next status hearing", async () => {
      await ds.query(`UPDATE phases SET hearing_every_weeks = 2 WHERE id = $1`, [sta.phaseId]);
      // The last hearing held was on Friday 2026-11-20: the next is due on 2026-12-04.
      await ds.query(`INSERT INTO hearings (court_id, participant_id, kind, scheduled_at, status) VALUES ($1, $2, 'status', '2026-11-20T15:00:00Z', 'held')`, [
        cal2.id,
        p.sta.id,
      ]);
      const session = (date: string, extra: Record<string, unknown> = {}) =>
        created(coordinator2, cal2, { date, startTime: '09:00', courtroom: `Room ${date.slice(5)}`, programIds: [sta.id], ...extra });
      const dec2 = await session('2026-12-02');
      const dec6 = await session('2026-12-06');
      await session('2026-12-09');
      await session('2026-12-16');
      await session('2026-12-23');
      // On the due date itself, but full, cancelled or for another program.
      const full = await session('2026-12-04', { capacity: 1 });
      await ds.query(`INSERT INTO hearings (court_id, participant_id, kind, scheduled_at, session_id) VALUES ($1, $2, 'status', $3, $4)`, [
        cal2.id,
        p.vio.id,
        full.startsAt,
        full.id,
      ]);
      const cancelled = await session('2026-12-04', { startTime: '13:00' });
      await coordinator2.post(`/api/v1/court-sessions/${cancelled.id}/cancel`, { reason: 'closed' });
      await session('2026-12-04', { startTime: '15:00', programIds: [vio.id] });

      const url = `/api/v1/participants/${p.sta.id}/hearing-proposal`;
      const response = await coordinator2.get(url);
      expect(response.statusCode).toBe(200);
      const body = response.json();
      expect(body).toMatchObject({ kind: 'status', due: '2026-12-04', everyWeeks: 2, basis: 'last_hearing', basisDate: '2026-11-20', reason: null, alreadyScheduled: null });
      // 2 December and 6 December are both two days off: the earlier wins.
      expect(body.session).toMatchObject({ id: dec2.id, date: '2026-12-02', startTime: '09:00', startsAt: '2026-12-02T15:00:00.000Z', daysFromDue: -2 });
      expect(body.alternatives.map((s: { date: string }) => s.date)).toEqual(['2026-12-06', '2026-12-09', '2026-12-16']);

      const hearing = (await schedule(coordinator2, p.sta, body.session.id)).json();
      const after = (await coordinator2.get(url)).json();
      expect(after.alreadyScheduled).toMatchObject({ id: hearing.id, sessionId: dec2.id, courtroom: 'Room 12-02' });
      expect(after.session.id).toBe(dec6.id);
      expect(await count('audit_events', `action = 'hearing.proposal_read' AND participant_ids @> ARRAY[$1::uuid]`, [p.sta.id])).toBe(2);

      await ds.query(`UPDATE phases SET hearing_every_weeks = NULL WHERE id = $1`, [sta.phaseId]);
      expect((await coordinator2.get(url)).json()).toMatchObject({
        kind: 'status',
        due: null,
        session: null,
        alternatives: [],
        reason: 'the phase holds hearings only on violations',
        alreadyScheduled: { id: hearing.id },
      });
      expectProblem(await coordinator.get(url), 404, 'not-found');
      expectProblem(await (await signInParticipant(app, p.sta)).get(url), 403, 'forbidden');
    });

    it('shows the participant the courtroom of their next hearing', async () => {
      const today = await (await signInParticipant(app, p.sta)).get('/api/v1/me/today');
      expect(today.statusCode).toBe(200);
      // With the day it falls on (the phone shows court today apart) and the courthouse address (none given here).
      expect(today.json().nextHearing).toEqual({ scheduledAt: '2026-12-02T15:00:00.000Z', kind: 'status', courtroom: 'Room 12-02', courtDay: '2026-12-02', address: null });
    });

    it("proposes a session before a violation's deadline, or says loudly there is none, then sees it scheduled", async () => {
      // Detected 2026-11-23 12:00Z, so the 72-hour deadline is 2026-11-26 12:00Z (06:00 in Chicago).
      const before = await created(coordinator2, cal2, { date: '2026-11-25', startTime: '09:00', courtroom: 'Room V', programIds: [vio.id] });
      await created(coordinator2, cal2, { date: '2026-11-30', startTime: '09:00', courtroom: 'Room W', programIds: [vio.id, nov.id] });
      const record = (participant: ParticipantFixture) =>
        coordinator2.post(`/api/v1/participants/${participant.id}/violations`, { kind: 'curfew', detectedAt: '2026-11-23T12:00:00Z', description: 'Out after curfew.' });
      const withSession = await record(p.vio);
      expect(withSession.statusCode).toBe(201);
      expect(withSession.json().hearingProposal).toEqual({
        status: 'proposed',
        session: { id: before.id, date: '2026-11-25', startTime: '09:00', startsAt: '2026-11-25T15:00:00.000Z', courtroom: 'Room V' },
        message: expect.stringContaining('2026-11-25 09:00 (Room V)'),
      });
      const withoutSession = await record(p.nov);
      expect(withoutSession.statusCode).toBe(201);
      expect(withoutSession.json().hearingProposal).toEqual({
        status: 'no_session_before_deadline',
        session: null,
        message: expect.stringMatching(/^No court session before the deadline \(2026-11-26 06:00\).*add a special session/),
      });

      const board = (await coordinator2.get(`/api/v1/courts/${cal2.id}/violations`)).json();
      expect(Object.fromEntries(board.map((v: { participantId: string; hearingProposal: { status: string } }) => [v.participantId, v.hearingProposal.status]))).toEqual({
        [p.vio.id]: 'proposed',
        [p.nov.id]: 'no_session_before_deadline',
      });

      expect((await schedule(coordinator2, p.vio, before.id, 'violation')).statusCode).toBe(201);
      const proposal = await coordinator2.get(`/api/v1/violations/${withSession.json().id}/hearing-proposal`);
      expect(proposal.statusCode).toBe(200);
      expect(proposal.json()).toMatchObject({ status: 'scheduled', session: { id: before.id, courtroom: 'Room V' } });
      const [listed] = (await coordinator2.get(`/api/v1/participants/${p.vio.id}/violations`)).json();
      expect(listed).toMatchObject({ hearingBeforeDeadline: true, hearingProposal: { status: 'scheduled' } });

      // A special session before the deadline turns the alarm into a proposal.
      const special = await created(coordinator2, cal2, { date: '2026-11-25', startTime: '16:00', courtroom: 'Room S', programIds: [nov.id], special: true });
      expect((await coordinator2.get(`/api/v1/violations/${withoutSession.json().id}/hearing-proposal`)).json()).toMatchObject({
        status: 'proposed',
        session: { id: special.id },
      });
      expectProblem(await elsewhere.get(`/api/v1/violations/${withoutSession.json().id}/hearing-proposal`), 404, 'not-found');
      await coordinator2.post(`/api/v1/violations/${withoutSession.json().id}/dismiss`, { reason: 'recorded in error' });
      expectProblem(await coordinator2.get(`/api/v1/violations/${withoutSession.json().id}/hearing-proposal`), 409, 'violation-not-open');
      expect((await coordinator2.get(`/api/v1/participants/${p.nov.id}/violations`)).json()[0].hearingProposal).toBeNull();
    });
  });
});
