import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { TestClock } from '@app/core';
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
  ParticipantFixture,
  placeInProgram,
  signIn,
  signInParticipant,
} from './support/fixtures';
import { createTestApi } from './support/test-app';
import { createTestDatabase, testConfig, TestDatabase } from './support/test-env';


describe('violations over HTTP', () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;
  let ds: DataSource;
  const clock = new TestClock('2026-11-23T18:00:00Z');
  let court: CourtFixture;
  let pat: ParticipantFixture;
  let sam: ParticipantFixture;
  let caseManager: ApiClient;
  const count = async () => (await ds.query(`SELECT count(*)::int AS n FROM violations`))[0].n as number;

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createTestApi(testConfig(db.url), clock);
    ds = dataSourceOf(app);
    court = await createCourt(ds, 'VIOL');
    const program = await createTestingProgram(ds, court.id, 'HOPE');
    await ds.query(`UPDATE programs SET response_window_hours = 48, reminder_hours = '{24}' WHERE id = $1`, [program.id]);
    pat = await createParticipant(ds, court, 'V-0001', { lastName: 'Avery' });
    sam = await createParticipant(ds, court, 'V-0002', { lastName: 'Brooks' });
    for (const p of [pat, sam]) await placeInProgram(ds, p.id, program, '2026-10-01');
    await createStaff(ds, 'cm', 'case_manager', court.id);
    await createStaff(ds, 'elsewhere', 'case_manager', (await createCourt(ds, 'OTHER')).id);
    caseManager = await signIn(app, 'cm');
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it("records a staff-seen violation with the program's response window and starts its clock", async () => {
    const response = await caseManager.post(`/api/v1/participants/${pat.id}/violations`, {
      kind: 'new_arrest',
      detectedAt: '2026-11-23T10:00:00Z',
      description: 'Arrested on a new charge.',
    });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body).toMatchObject({ kind: 'new_arrest', status: 'open', deadlineAt: '2026-11-25T10:00:00.000Z', overdue: false, timeLeftMs: 40 * 3_600_000 });
    expect(body.clock.map((m: { event: string }) => m.event)).toEqual(['reminder:24h', 'deadline']);
    expect(body.hearingBeforeDeadline).toBe(false);
    await ds.query(`INSERT INTO hearings (court_id, participant_id, kind, scheduled_at) VALUES ($1, $2, 'violation', '2026-11-24T15:00:00Z')`, [court.id, pat.id]);
    const [listed] = (await caseManager.get(`/api/v1/participants/${pat.id}/violations`)).json();
    expect(listed.hearingBeforeDeadline).toBe(true);
    const [outbox] = await ds.query(`SELECT count(*)::int AS n FROM outbox_events WHERE job_key LIKE $1`, [`violation:${body.id}:%`]);
    expect(outbox.n).toBe(2);
  });

  it('refuses bad input with problem+json and writes nothing', async () => {
    const before = await count();
    const url = `/api/v1/participants/${pat.id}/violations`;
    const valid = { kind: 'curfew', detectedAt: '2026-11-23T10:00:00Z', description: 'Out after curfew.' };
    expectProblem(await caseManager.post(url, { ...valid, kind: 'missed_call_in' }), 422, 'validation-failed');
    expectProblem(await caseManager.post(url, { ...valid, detectedAt: '2026-11-24T10:00:00Z' }), 422, 'validation-failed');
    expectProblem(await caseManager.post(url, { ...valid, detectedAt: '2026-09-01T10:00:00Z' }), 422, 'validation-failed');
    expectProblem(await caseManager.post(url, { ...valid, severity: 'high' }), 422, 'validation-failed');
    expectProblem(await caseManager.post(url, { ...valid, description: '' }), 422, 'validation-failed');
    expect(await count()).toBe(before);
  });

  it('shows the deadlines board overdue first, dismisses one in time once with a reason, and only asks to dismiss an overdue one', async () => {
    const [old] = await ds.query(
      `INSERT INTO violations (court_id, participant_id, kind, detected_at, deadline_at)
       VALUES ($1, $2, 'missed_test', $3::timestamptz - interval '5 days', $3::timestamptz - interval '2 days') RETURNING id`,
      [court.id, sam.id, clock.now()],
    );
    const [recent] = await ds.query(
      `INSERT INTO violations (court_id, participant_id, kind, detected_at, deadline_at)
       VALUES ($1, $2, 'missed_test', $3::timestamptz - interval '1 hour', $3::timestamptz + interval '47 hours') RETURNING id`,
      [court.id, sam.id, clock.now()],
    );
    const board = (await caseManager.get(`/api/v1/courts/${court.id}/violations`)).json();
    expect(board.map((v: { id: string }) => v.id)[0]).toBe(old.id);
    expect(board[0]).toMatchObject({ overdue: true, lastName: 'Brooks' });
    const dismissed = await caseManager.post(`/api/v1/violations/${recent.id}/dismiss`, { reason: 'recorded in error' });
    expect(dismissed.statusCode).toBe(200);
    expect(dismissed.json()).toMatchObject({ status: 'dismissed', dismissedReason: 'recorded in error', overdue: false });
    expectProblem(await caseManager.post(`/api/v1/violations/${recent.id}/dismiss`, { reason: 'again' }), 409, 'violation-not-open');
    expect((await caseManager.get(`/api/v1/courts/${court.id}/violations?status=dismissed`)).json()).toHaveLength(1);
    // Overdue: a request a second person confirms (issue 20); it stays open and overdue meanwhile.
    const asked = await caseManager.post(`/api/v1/violations/${old.id}/dismiss`, { reason: 'recorded in error' });
    expect(asked.statusCode).toBe(200);
    expect(asked.json()).toMatchObject({ status: 'open', overdue: true, dismissalRequest: { reason: 'recorded in error' } });
    expectProblem(await caseManager.post(`/api/v1/violations/${old.id}/dismiss`, { reason: 'again' }), 409, 'dismissal-already-requested');
    const history = (await caseManager.get(`/api/v1/participants/${sam.id}/violations`)).json();
    expect(history).toHaveLength(2);
  });

  it('keeps violations within the court and from participants', async () => {
    const other = await signIn(app, 'elsewhere');
    expectProblem(await other.get(`/api/v1/participants/${pat.id}/violations`), 404, 'not-found');
    expectProblem(await other.get(`/api/v1/courts/${court.id}/violations`), 404, 'not-found');
    const [open] = await ds.query(`SELECT id FROM violations WHERE participant_id = $1 AND status = 'open' LIMIT 1`, [pat.id]);
    expectProblem(await other.post(`/api/v1/violations/${open.id}/dismiss`, { reason: 'x' }), 404, 'not-found');
    const participant = await signInParticipant(app, pat);
    expect((await participant.get(`/api/v1/participants/${pat.id}/violations`)).statusCode).toBe(403);
  });

  it('measures swiftness: share answered within the window, time to response, overdue, by kind', async () => {
    await ds.query(`DELETE FROM violations`);
    // Answered = heard at a hearing with the participant and responded to; here both at the same moment.
    const insert = (kind: string, detected: string, hoursToAnswer: number | null, status = 'answered') =>
      ds.query(
        `INSERT INTO violations (court_id, participant_id, kind, detected_at, deadline_at, status, answered_at, heard_at, responded_at)
         VALUES ($1, $2, $3, $4::timestamptz, $4::timestamptz + interval '72 hours', $5, $4::timestamptz + make_interval(hours => $6),
                 $4::timestamptz + make_interval(hours => $6), $4::timestamptz + make_interval(hours => $6))`,
        [court.id, pat.id, kind, detected, status, hoursToAnswer],
      );
    await insert('missed_test', '2026-11-02T12:00:00Z', 20);
    await insert('missed_test', '2026-11-03T12:00:00Z', 50);
    await insert('missed_test', '2026-11-04T12:00:00Z', 100); // answered late
    await insert('positive_test', '2026-11-05T12:00:00Z', null, 'open'); // past its deadline, unanswered
    await insert('positive_test', '2026-11-06T12:00:00Z', null, 'dismissed');
    await insert('missed_test', '2026-10-20T12:00:00Z', 10); // before the period
    const response = await caseManager.get(`/api/v1/courts/${court.id}/measures/swiftness?from=2026-11-01&to=2026-11-30`);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.all).toMatchObject({
      violations: 5,
      answeredInTime: 2,
      heardInTime: 2,
      dismissed: 1,
      shareDismissed: 0.2,
      overdue: 1,
      shareAnsweredInTime: 0.5,
      medianHoursToResponse: 50,
      medianHoursToHearing: 50,
    });
    expect(body.all.p90HoursToResponse).toBeCloseTo(90, 0);
    expect(body.byKind.map((r: { kind: string; violations: number }) => [r.kind, r.violations])).toEqual([
      ['missed_test', 3],
      ['positive_test', 2],
    ]);
    expectProblem(await caseManager.get(`/api/v1/courts/${court.id}/measures/swiftness?from=2026-11-30&to=2026-11-01`), 422, 'validation-failed');
    expectProblem(await caseManager.get(`/api/v1/courts/${court.id}/measures/swiftness?from=2026-11-01`), 422, 'validation-failed');
    expectProblem(await (await signIn(app, 'elsewhere')).get(`/api/v1/courts/${court.id}/measures/swiftness?from=2026-11-01&to=2026-11-30`), 404, 'not-found');
  });
});
