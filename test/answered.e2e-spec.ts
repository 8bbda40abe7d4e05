import { INestApplicationContext } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { TestClock } from '@app/core';
import { DrawMaker } from '@app/drug-testing';
import { recordViolations } from '@app/violations';
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
import { createTestDatabase, testConfig, TestDatabase } from './support/test-env';
import { createTestingJobs } from './support/testing-jobs';

/** Court-local Chicago session at `date` `time`, as the calendar stores it. */
const SESSION_SQL = `INSERT INTO court_sessions (court_id, session_date, start_time, starts_at, courtroom)
  VALUES ($1, $2::date, $3::varchar, ($2::date + $3::varchar::time) AT TIME ZONE 'America/Chicago', 'Courtroom 1') RETURNING id`;
const HOUR = 3_600_000;

/**
 * Issue 20, through HTTP: a violation is answered only when a hearing held
 * with the participant took it up and the court's response (or decision of
 * none) is recorded; swiftness measures the hearing and the response apart;
 * an overdue violation's dismissal needs a second person; HOPE testing
 * begins after the warning hearing; treatment is offered after repeated
 * positives or on the participant's request.
 */
describe('answered in time, dismissals, the warning hearing and treatment offers', () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;
  let jobs: INestApplicationContext;
  let ds: DataSource;
  // 09:00 in Chicago, Monday 23 November 2026.
  const clock = new TestClock('2026-11-23T15:00:00Z');
  const today = '2026-11-23';
  let court: CourtFixture;
  let treatmentCourt: ProgramFixture;
  let hope: ProgramFixture;
  let judgeUser: StaffFixture;
  let caseManagerUser: StaffFixture;
  let judge: ApiClient;
  let coordinator: ApiClient;
  let coordinator2: ApiClient;
  let caseManager: ApiClient;
  let admin: ApiClient;
  const warning: Record<string, string> = {};
  let sessionId: string;

  const session = async (date: string, time: string) => ((await ds.query(SESSION_SQL, [court.id, date, time])) as Array<{ id: string }>)[0].id;
  const hear = async (participant: ParticipantFixture, kind = 'status', on = sessionId) =>
    (
      (await ds.query(
        `INSERT INTO hearings (court_id, participant_id, kind, scheduled_at, session_id)
         SELECT court_id, $2, $3, starts_at, id FROM court_sessions WHERE id = $1 RETURNING id`,
        [on, participant.id, kind],
      )) as Array<{ id: string }>
    )[0].id;
  const violation = async (participant: ParticipantFixture, tag: string, detectedAt: Date, kind = 'missed_test') =>
    (
      await ds.transaction((manager) =>
        recordViolations(manager, [{ courtId: court.id, participantId: participant.id, kind, detectedAt, sourceKey: `answered:${tag}`, evidence: {} }]),
      )
    )[0];
  const stored = async (id: string) =>
    (await ds.query(`SELECT status, heard_at, responded_at, answered_at FROM violations WHERE id = $1`, [id]))[0] as {
      status: string;
      heard_at: Date | null;
      responded_at: Date | null;
      answered_at: Date | null;
    };
  const participant = async (number: string, program: ProgramFixture) => {
    const p = await createParticipant(ds, court, number, { caseManagerId: caseManagerUser.id });
    await placeInProgram(ds, p.id, program, '2026-09-01');
    return p;
  };
  /** Everyone signs in (again): sessions run on the test's clock, which moves. */
  const signInStaff = async () => {
    [judge, coordinator, coordinator2, caseManager, admin] = await Promise.all(['judge', 'coord', 'coord2', 'cm', 'admin'].map((name) => signIn(app, name)));
  };
  beforeEach(signInStaff);
  const swiftness = async () => {
    const response = await coordinator.get(`/api/v1/courts/${court.id}/measures/swiftness?from=2026-11-01&to=2026-11-30`);
    expect(response.statusCode).toBe(200);
    return response.json().all;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    const config = testConfig(db.url, { AUTH_SIGN_IN_PER_MINUTE: '10000', AUTH_SIGN_IN_PER_MINUTE_PER_ACCOUNT: '10000' });
    app = await createTestApi(config, clock);
    jobs = await createTestingJobs(config, clock);
    ds = dataSourceOf(app);
    court = await createCourt(ds, 'ANSW');
    treatmentCourt = await createTestingProgram(ds, court.id, 'TC', { model: 'treatment_court' });
    hope = await createTestingProgram(ds, court.id, 'HOPE', { testsPerWeek: 7 });
    await ds.query(`UPDATE programs SET delegated_responses = true WHERE id = $1`, [treatmentCourt.id]);
    const [entry] = await ds.query(
      `INSERT INTO response_catalogue_entries (program_id, kind, code, name, level, effect) VALUES ($1, 'sanction', 'WARNING', 'Verbal warning', 1, 'none') RETURNING id`,
      [treatmentCourt.id],
    );
    warning.entry = entry.id;
    judgeUser = await createStaff(ds, 'judge', 'judge', court.id);
    caseManagerUser = await createStaff(ds, 'cm', 'case_manager', court.id);
    await createStaff(ds, 'coord', 'coordinator', court.id);
    await createStaff(ds, 'coord2', 'coordinator', court.id);
    await createStaff(ds, 'admin', 'court_admin', court.id);
    sessionId = await session(today, '10:00');
  });

  afterAll(async () => {
    await jobs?.close();
    await app?.close();
    await db?.drop();
  });

  it('answers a violation only at a hearing held with the participant; a delegated response or a failure to appear leaves it open; swiftness shows hearing and response apart', async () => {
    const [ana, bo, cy] = [await participant('A-0001', treatmentCourt), await participant('A-0002', treatmentCourt), await participant('A-0003', treatmentCourt)];
    const detected = new Date(clock.now().getTime() - 20 * HOUR);
    const [va, vb, vc] = [await violation(ana, 'ana', detected), await violation(bo, 'bo', detected), await violation(cy, 'cy', detected)];
    const [ha, hb, hc] = [await hear(ana), await hear(bo), await hear(cy)];

    // Bo: the case manager responds where the program delegates; it is a response, not a hearing.
    const delegated = await caseManager.post(`/api/v1/participants/${bo.id}/responses`, { catalogueEntryId: warning.entry, violationIds: [vb] });
    expect(delegated.statusCode).toBe(201);
    expect(await stored(vb)).toMatchObject({ status: 'open', heard_at: null, responded_at: clock.now() });

    // Cy: a violation is heard only with the participant there; refused whole, the hearing stays scheduled.
    const refused = await judge.post(`/api/v1/hearings/${hc}/outcome`, { attendance: 'failed_to_appear', heardViolationIds: [vc] });
    expectProblem(refused, 422, 'validation-failed');
    expect(fieldsOf(refused)).toEqual(['heardViolationIds']);
    expectProblem(await judge.post(`/api/v1/hearings/${hc}/outcome`, { attendance: 'appeared', heardViolationIds: ['not-a-uuid'] }), 422, 'validation-failed');
    expect((await ds.query(`SELECT status FROM hearings WHERE id = $1`, [hc]))[0].status).toBe('scheduled');

    clock.advance(2 * HOUR);
    await signInStaff();
    // Bo before the judge: the delegated response stands, the hearing takes the violation up, it is answered.
    const heard = await judge.post(`/api/v1/hearings/${hb}/outcome`, { attendance: 'appeared', heardViolationIds: [vb] });
    expect(heard.statusCode).toBe(201);
    expect(heard.json().effects.violationsAnswered).toEqual([vb]);
    const [boViolation] = (await caseManager.get(`/api/v1/participants/${bo.id}/violations`)).json();
    expect(boViolation).toMatchObject({ status: 'answered', heardHearingId: hb, heardAt: clock.now().toISOString(), answeredAt: clock.now().toISOString() });

    // Ana fails to appear: the judge's sanction is a response, but she was not heard; the clock runs on.
    const absent = await judge.post(`/api/v1/hearings/${ha}/outcome`, { attendance: 'failed_to_appear', responses: [{ catalogueEntryId: warning.entry, violationIds: [va] }] });
    expect(absent.statusCode).toBe(201);
    expect(absent.json().effects.violationsAnswered).toEqual([]);
    expect(await stored(va)).toMatchObject({ status: 'open', heard_at: null, responded_at: clock.now() });

    // Cy appears; the court decides on no response: that decision is the response, and it is answered.
    const none = await judge.post(`/api/v1/hearings/${hc}/outcome`, { attendance: 'appeared', heardViolationIds: [vc], notes: 'No sanction: explained.' });
    expect(none.statusCode).toBe(201);
    expect(await stored(vc)).toMatchObject({ status: 'answered', heard_at: clock.now(), responded_at: clock.now() });

    const all = await swiftness();
    // Ana's failure-to-appear violation is a fourth, still open.
    expect(all).toMatchObject({ violations: 4, answeredInTime: 2, heardInTime: 2, respondedWithoutHearing: 1, dismissed: 0, medianHoursToHearing: 22 });
    // Responses: Bo's at 20 h (delegated), Ana's and Cy's at 22 h.
    expect(all.medianHoursToResponse).toBe(22);
  });

  it('dismisses an overdue violation only when a second coordinator or judge confirms; until then it stays open and overdue', async () => {
    const dee = await participant('A-0004', treatmentCourt);
    const overdue = await violation(dee, 'dee-1', new Date(clock.now().getTime() - 100 * HOUR));
    const other = await violation(dee, 'dee-2', new Date(clock.now().getTime() - 90 * HOUR));
    const url = (id: string, action = 'dismiss') => `/api/v1/violations/${id}/${action === 'dismiss' ? 'dismiss' : `dismissal/${action}`}`;

    expectProblem(await coordinator.post(url(overdue), {}), 422, 'validation-failed');
    expectProblem(await coordinator.post(url(overdue), { reason: '' }), 422, 'validation-failed');
    const asked = await coordinator.post(url(overdue), { reason: 'the test was never ordered' });
    expect(asked.statusCode).toBe(200);
    expect(asked.json()).toMatchObject({ status: 'open', overdue: true, dismissalRequest: { reason: 'the test was never ordered' } });
    expectProblem(await coordinator.post(url(overdue, 'confirm'), {}), 403, 'dismissal-needs-second-person');
    expectProblem(await caseManager.post(url(overdue, 'confirm'), {}), 403, 'forbidden');
    expect(await stored(overdue)).toMatchObject({ status: 'open' });

    // The judges and the other coordinators are alerted; one of them confirms.
    const alerts = (await judge.get('/api/v1/me/alerts')).json();
    const alertList = Array.isArray(alerts) ? alerts : alerts.items;
    expect(alertList.some((a: { kind: string; link: string }) => a.kind === 'violation-dismissal-requested' && a.link === `/participants/${dee.id}`)).toBe(true);
    const confirmed = await judge.post(url(overdue, 'confirm'), {});
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json()).toMatchObject({ status: 'dismissed', dismissedReason: 'the test was never ordered', dismissalConfirmedBy: judgeUser.id, dismissalRequest: null });
    expectProblem(await judge.post(url(overdue, 'confirm'), {}), 409, 'violation-not-open');

    // Declined: the request goes, the violation stays open and overdue.
    expect((await caseManager.post(url(other), { reason: 'duplicate' })).json()).toMatchObject({ status: 'open', dismissalRequest: { reason: 'duplicate' } });
    expectProblem(await coordinator2.post(url(other, 'decline'), {}), 422, 'validation-failed');
    const declined = await coordinator2.post(url(other, 'decline'), { reason: 'not a duplicate: two different days' });
    expect(declined.statusCode).toBe(200);
    expect(declined.json()).toMatchObject({ status: 'open', overdue: true, dismissalRequest: null });
    expectProblem(await coordinator2.post(url(other, 'confirm'), {}), 409, 'dismissal-not-requested');

    // The measure shows the dismissed one on its own line, and that it was overdue when dismissed.
    expect(await swiftness()).toMatchObject({ dismissed: 1, dismissedWhileOverdue: 1, overdue: 1 });
  });

  it('keeps a HOPE participant out of the draw and the call-in until the warning hearing is held, and says so', async () => {
    const patch = await admin.patch(`/api/v1/programs/${hope.id}`, { warningHearingRequired: true });
    expect(patch.statusCode).toBe(200);
    expect(patch.json()).toMatchObject({ warningHearingRequired: true, treatmentOfferPositives: 3, treatmentOfferDays: 90 });
    expectProblem(await admin.patch(`/api/v1/programs/${hope.id}`, { treatmentOfferPositives: 0 }), 422, 'validation-failed');
    const [hana, warned] = [await participant('H-0001', hope), await participant('H-0002', hope)];
    await ds.query(`UPDATE participants SET warning_hearing_on = '2026-10-01' WHERE id = $1`, [warned.id]);
    const warningHearing = await hear(hana, 'warning');

    const self = await signInParticipant(app, hana);
    const day = (await self.get('/api/v1/me/today')).json();
    expect(day).toMatchObject({ awaitingWarningHearing: true, callInRequired: false });
    const callIn = await self.post('/api/v1/call-ins', {});
    expectProblem(callIn, 409, 'testing-not-started');
    expect(callIn.json().detail).toBe('Your testing begins after your warning hearing. Until then you do not call in.');
    expect((await ds.query(`SELECT count(*)::int AS n FROM call_ins WHERE participant_id = $1`, [hana.id]))[0].n).toBe(0);

    const drawn = async (courtDay: string) =>
      (
        (await ds.query(`SELECT e.participant_id FROM draw_entries e JOIN draws d ON d.id = e.draw_id WHERE d.court_id = $1 AND d.court_day = $2`, [
          court.id,
          courtDay,
        ])) as Array<{ participant_id: string }>
      ).map((r) => r.participant_id);
    await jobs.get(DrawMaker).drawDueDays(court.id);
    expect(await drawn(today)).toContain(warned.id);
    expect(await drawn(today)).not.toContain(hana.id);

    // The judge explains the rules at the warning hearing; testing begins the next court day.
    expect((await judge.post(`/api/v1/hearings/${warningHearing}/outcome`, { attendance: 'appeared' })).statusCode).toBe(201);
    expect((await ds.query(`SELECT warning_hearing_on::text FROM participants WHERE id = $1`, [hana.id]))[0].warning_hearing_on).toBe(today);
    expect((await self.get('/api/v1/me/today')).json().awaitingWarningHearing).toBe(true);

    clock.advance(24 * HOUR);
    await jobs.get(DrawMaker).drawDueDays(court.id);
    expect(await drawn('2026-11-24')).toContain(hana.id);
    const selfNextDay = await signInParticipant(app, hana);
    expect((await selfNextDay.get('/api/v1/me/today')).json()).toMatchObject({ awaitingWarningHearing: false, callInRequired: true });
    expect((await selfNextDay.post('/api/v1/call-ins', {})).statusCode).toBe(200);
  });

  it('proposes a treatment assessment at the third positive in 90 days, and on the participant’s own request, never two at once', async () => {
    const [pia, quinn] = [await participant('H-0003', hope), await participant('H-0004', hope)];
    const nextSession = await session('2026-11-30', '10:00');
    const piaHearing = await hear(pia, 'violation', nextSession);
    await hear(quinn, 'status', nextSession);
    const now = clock.now().getTime();
    await violation(pia, 'pos-old', new Date(now - 100 * 24 * HOUR), 'positive_test');
    await violation(pia, 'pos-1', new Date(now - 40 * 24 * HOUR), 'positive_test');
    await violation(pia, 'pos-2', new Date(now - 10 * 24 * HOUR), 'positive_test');
    expect((await caseManager.get(`/api/v1/participants/${pia.id}/treatment-proposals`)).json()).toEqual([]);
    const third = await violation(pia, 'pos-3', new Date(now - HOUR), 'positive_test');

    const [proposal] = (await caseManager.get(`/api/v1/participants/${pia.id}/treatment-proposals`)).json();
    expect(proposal).toMatchObject({ kind: 'treatment_assessment', source: 'repeated_positives', status: 'open', nextHearing: { id: piaHearing } });
    expect(proposal.violationIds).toHaveLength(3);
    expect(proposal.violationIds).toContain(third);

    // Pia asks too: the proposal already open is the answer; nothing new.
    const piaSelf = await signInParticipant(app, pia);
    const again = await piaSelf.post(`/api/v1/participants/${pia.id}/treatment-requests`, {});
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ id: proposal.id, created: false });

    // Quinn asks from their page: a proposal and one alert to the case manager, however often they ask.
    const quinnSelf = await signInParticipant(app, quinn);
    expectProblem(await quinnSelf.post(`/api/v1/participants/${quinn.id}/treatment-requests`, { urgent: true }), 422, 'validation-failed');
    expectProblem(await quinnSelf.post(`/api/v1/participants/${pia.id}/treatment-requests`, {}), 404, 'not-found');
    expectProblem(await caseManager.post(`/api/v1/participants/${quinn.id}/treatment-requests`, {}), 403, 'forbidden');
    const asked = await quinnSelf.post(`/api/v1/participants/${quinn.id}/treatment-requests`, {});
    expect(asked.json()).toMatchObject({ source: 'participant_request', status: 'open', created: true, nextHearing: { kind: 'status' } });
    expect((await quinnSelf.post(`/api/v1/participants/${quinn.id}/treatment-requests`, {})).json()).toMatchObject({ id: asked.json().id, created: false });
    // The judge sees both on the docket of the hearing they are proposed for, with the court day each was made.
    const docket = (await judge.get(`/api/v1/court-sessions/${nextSession}/docket`)).json() as { entries: Array<{ participant: { id: string }; treatmentProposals: unknown[] }> };
    const proposalsOf = (id: string) => docket.entries.find((e) => e.participant.id === id)?.treatmentProposals;
    expect(proposalsOf(pia.id)).toEqual([expect.objectContaining({ id: proposal.id, source: 'repeated_positives', proposedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) })]);
    expect(proposalsOf(quinn.id)).toEqual([expect.objectContaining({ id: asked.json().id, source: 'participant_request' })]);
    expect((await ds.query(`SELECT count(*)::int AS n FROM treatment_proposals WHERE participant_id = $1`, [quinn.id]))[0].n).toBe(1);
    const alerts = await ds.query(`SELECT user_id, params FROM staff_alerts WHERE kind = 'participant-request'`);
    expect(alerts).toEqual([{ user_id: caseManagerUser.id, params: { participantNumber: 'H-0004' } }]);
    expect((await quinnSelf.get(`/api/v1/participants/${quinn.id}/treatment-proposals`)).json()).toHaveLength(1);
    expectProblem(await quinnSelf.get(`/api/v1/participants/${pia.id}/treatment-proposals`), 404, 'not-found');

    // Staff close it with what became of it; asking after that proposes anew.
    const closed = await caseManager.post(`/api/v1/treatment-proposals/${asked.json().id}/close`, { note: 'assessment booked' });
    expect(closed.json()).toMatchObject({ status: 'closed', closeNote: 'assessment booked', nextHearing: null });
    expectProblem(await caseManager.post(`/api/v1/treatment-proposals/${asked.json().id}/close`, { note: 'again' }), 409, 'treatment-proposal-closed');
    expect((await quinnSelf.post(`/api/v1/participants/${quinn.id}/treatment-requests`, {})).json()).toMatchObject({ created: true });
  });
});
