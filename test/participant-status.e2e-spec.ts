import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { TestClock } from '@app/core';
import { canTransition, PARTICIPANT_STATUSES } from '@app/participants';
import { DataSource } from 'typeorm';
import { createTestApi } from './support/test-app';
import { createTestDatabase, testConfig, TestDatabase } from './support/test-env';
import { ApiClient, CourtFixture, createConsent, createCourt, createParticipant, createStaff, dataSourceOf, signIn } from './support/fixtures';

const PROBLEM = 'application/problem+json';

/** The state machine over HTTP, and bad input on every step of the path: a clear 4xx, and nothing written. */
describe('participant status and bad input on the path', () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;
  let ds: DataSource;
  const clock = new TestClock(new Date('2026-11-23T18:00:00Z'));
  let court: CourtFixture;
  let caseManager: ApiClient;
  let judge: ApiClient;
  let caseManagerId: string;
  let program: { id: string; requiredApprovals: string[]; currentPlan: { phases: Array<{ id: string; position: number }> } };

  /** Rows a refused request must not have touched. */
  const snapshot = async (id: string) => ({
    participant: (await ds.query(`SELECT status, participant_number, phase_id, phase_started_on::text, user_id FROM participants WHERE id = $1`, [id]))[0],
    changes: Number((await ds.query(`SELECT count(*) AS n FROM participant_status_changes WHERE participant_id = $1`, [id]))[0].n),
    phases: Number((await ds.query(`SELECT count(*) AS n FROM participant_phases WHERE participant_id = $1`, [id]))[0].n),
    users: Number((await ds.query(`SELECT count(*) AS n FROM users`))[0].n),
  });

  const expectProblem = (response: { statusCode: number; headers: Record<string, unknown>; json: () => { code: string } }, status: number, code: string) => {
    expect({ status: response.statusCode, code: response.json().code }).toEqual({ status, code });
    expect(response.headers['content-type']).toContain(PROBLEM);
  };

  const refer = async (overrides: Record<string, unknown> = {}) => {
    const response = await caseManager.post('/api/v1/participants', {
      courtId: court.id,
      programId: program.id,
      referralSource: 'defense',
      referredOn: '2026-11-20',
      firstName: 'Robin',
      lastName: 'Reyes',
      charges: [{ statute: '11350', description: 'Possession', level: 'felony', category: 'drug_possession' }],
      ...overrides,
    });
    return response;
  };

  /** A participant taken through screening to `accepted` over the API. */
  const accepted = async () => {
    const id = (await refer()).json().id;
    await caseManager.put(`/api/v1/participants/${id}/screening`, { assessedOn: '2026-11-21', instrument: 'RANT', riskLevel: 'high', needLevel: 'high' });
    for (const party of program.requiredApprovals) await caseManager.post(`/api/v1/participants/${id}/screening/decisions`, { party, decision: 'approve' });
    expect((await caseManager.post(`/api/v1/participants/${id}/status`, { status: 'accepted', reason: 'approved' })).statusCode).toBe(200);
    return id as string;
  };

  const enrolment = (overrides: Record<string, unknown> = {}) => ({ participantNumber: 'S-0100', pin: '135790', firstHearingAt: '2026-11-30T15:00:00Z', ...overrides });

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createTestApi(testConfig(db.url), clock);
    ds = dataSourceOf(app);
    court = await createCourt(ds, 'STAT');
    caseManagerId = (await createStaff(ds, 'scm', 'case_manager', court.id)).id;
    await createStaff(ds, 'sjudge', 'judge', court.id);
    await createStaff(ds, 'sadmin', 'court_admin', court.id);
    const admin = await signIn(app, 'sadmin');
    program = (await admin.post(`/api/v1/courts/${court.id}/programs`, { code: 'ATC', name: 'Adult treatment court', model: 'treatment_court' })).json();
    [caseManager, judge] = await Promise.all([signIn(app, 'scm'), signIn(app, 'sjudge')]);
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('refuses every transition the state machine does not allow, with 409 and no change', async () => {
    let refused = 0;
    for (const from of PARTICIPANT_STATUSES) {
      const participant = await createParticipant(ds, court, `X-${from.slice(0, 8).toUpperCase()}`, { status: from });
      for (const to of PARTICIPANT_STATUSES.filter((status) => !canTransition(from, status))) {
        const before = await snapshot(participant.id);
        const response = await judge.post(`/api/v1/participants/${participant.id}/status`, { status: to, reason: 'trying' });
        expectProblem(response, 409, 'illegal-transition');
        expect(response.json()).toMatchObject({ from, to });
        expect(await snapshot(participant.id)).toEqual(before);
        refused++;
      }
    }
    // 12 statuses × 12 targets, less the 15 transitions of the design (a served warrant may leave the participant in custody).
    expect(refused).toBe(144 - 15);
  });

  it('makes accepted → active go through enrolment', async () => {
    const id = await accepted();
    expectProblem(await judge.post(`/api/v1/participants/${id}/status`, { status: 'active', reason: 'start' }), 409, 'enrolment-required');
  });

  it('accepts only with legal eligibility and every required approval, and rejects with a reason', async () => {
    const id = (await refer({ charges: [{ statute: '245', description: 'Assault with a deadly weapon', level: 'felony', category: 'violent' }] })).json().id;
    const screened = (await caseManager.put(`/api/v1/participants/${id}/screening`, { assessedOn: '2026-11-21', instrument: 'RANT', riskLevel: 'high', needLevel: 'high' })).json();
    expect(screened.screening).toMatchObject({ legallyEligible: false, excludedCharges: [expect.objectContaining({ category: 'violent' })] });
    const refused = await caseManager.post(`/api/v1/participants/${id}/status`, { status: 'accepted', reason: 'approved' });
    expectProblem(refused, 409, 'admission-requirements-unmet');
    expect(refused.json().unmet).toEqual(expect.arrayContaining([expect.stringContaining('not legally eligible'), expect.stringContaining('prosecutor')]));
    const decision = await caseManager.post(`/api/v1/participants/${id}/screening/decisions`, { party: 'prosecutor', decision: 'reject' });
    expectProblem(decision, 422, 'validation-failed');
    const rejected = await caseManager.post(`/api/v1/participants/${id}/status`, { status: 'rejected', reason: 'violent charge: legally ineligible' });
    expect(rejected.json()).toMatchObject({ status: 'rejected', nextStatuses: [] });
  });

  it('refuses referrals with dates out of order or unknown fields, and writes nothing', async () => {
    const count = async () => Number((await ds.query(`SELECT count(*) AS n FROM participants`))[0].n);
    const before = await count();
    const arrestedAfter = await refer({ arrestedOn: '2026-11-21' });
    expectProblem(arrestedAfter, 422, 'validation-failed');
    expect(arrestedAfter.json().errors).toEqual([expect.objectContaining({ field: 'arrestedOn' })]);
    expectProblem(await refer({ referredOn: '2026-11-24' }), 422, 'validation-failed');
    expectProblem(await refer({ dateOfBirth: '2026-12-01' }), 422, 'validation-failed');
    expectProblem(await refer({ referralSource: 'neighbour' }), 422, 'validation-failed');
    expectProblem(await refer({ charges: [{ statute: 'x', description: 'y', level: 'felony', category: 'jaywalking' }] }), 422, 'validation-failed');
    expect((await refer({ nickname: 'Bobby' })).statusCode).toBeGreaterThanOrEqual(400);
    expectProblem(await refer({ caseManagerId: '00000000-0000-4000-8000-000000000000' }), 422, 'validation-failed');
    expect(await count()).toBe(before);
    // A court the caller does not belong to does not exist for them.
    const other = await createCourt(ds, 'ELSE');
    expectProblem(await refer({ courtId: other.id, programId: undefined }), 404, 'not-found');
    expect(await count()).toBe(before);
  });

  it('refuses enrolment without a consent, with a short or trivial PIN, or with a taken number, and writes nothing', async () => {
    const id = await accepted();
    await ds.query(`UPDATE participants SET date_of_birth = '1987-03-14' WHERE id = $1`, [id]);
    const before = await snapshot(id);
    const noConsent = await caseManager.post(`/api/v1/participants/${id}/enrolment`, enrolment());
    expectProblem(noConsent, 409, 'consent-missing');
    expect(await snapshot(id)).toEqual(before);

    await createConsent(ds, { id }, court.id, { information: ['treatment_attendance'], recordedBy: caseManagerId });
    const shortPin = await caseManager.post(`/api/v1/participants/${id}/enrolment`, enrolment({ pin: '1234' }));
    expectProblem(shortPin, 422, 'validation-failed');
    expect(shortPin.json().errors).toEqual([expect.objectContaining({ field: 'pin' })]);
    // The PINs a stranger tries first: one digit repeated, a run, a repeated group, the birth date.
    for (const pin of ['000000', '123456', '121212', '140387', '19870314']) {
      const trivial = await caseManager.post(`/api/v1/participants/${id}/enrolment`, enrolment({ pin }));
      expectProblem(trivial, 422, 'validation-failed');
      expect(trivial.json().errors).toEqual([expect.objectContaining({ field: 'pin', message: expect.stringMatching(/^a PIN must not be /) })]);
    }
    await createParticipant(ds, court, 'S-0100');
    const beforeRest = await snapshot(id);
    const taken = await caseManager.post(`/api/v1/participants/${id}/enrolment`, enrolment());
    expectProblem(taken, 409, 'participant-number-taken');
    expectProblem(await caseManager.post(`/api/v1/participants/${id}/enrolment`, enrolment({ participantNumber: 'S-0101', firstHearingAt: '2026-11-01T15:00:00Z' })), 422, 'validation-failed');
    expectProblem(await caseManager.post(`/api/v1/participants/${id}/enrolment`, enrolment({ participantNumber: 'S-0101', enrolledOn: '2026-11-19' })), 422, 'validation-failed');
    expect(await snapshot(id)).toEqual(beforeRest);

    const enrolled = await caseManager.post(`/api/v1/participants/${id}/enrolment`, enrolment({ participantNumber: 's-0101' }));
    expect(enrolled.statusCode).toBe(201);
    expect(enrolled.json()).toMatchObject({ participantNumber: 'S-0101', phaseId: program.currentPlan.phases[0].id });
    // The PIN staff set is the participant's to replace: the first sign-in asks for a new one before anything else.
    const [account] = await ds.query(`SELECT u.must_change_secret FROM users u JOIN participants p ON p.user_id = u.id WHERE p.id = $1`, [id]);
    expect(account.must_change_secret).toBe(true);
    const signedIn = await app.inject({ method: 'POST', url: '/api/v1/auth/participant-login', payload: { court: court.code, participantNumber: 'S-0101', pin: '135790' } });
    expect(signedIn.statusCode).toBe(200);
    const bearer = { authorization: `Bearer ${signedIn.json().accessToken}` };
    expect((await app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer })).json()).toMatchObject({ signInIncomplete: 'secret-change-required' });
    expectProblem(await app.inject({ method: 'GET', url: '/api/v1/me/today', headers: bearer }), 403, 'secret-change-required');
    expectProblem(await caseManager.post(`/api/v1/participants/${id}/enrolment`, enrolment({ participantNumber: 'S-0102' })), 409, 'illegal-transition');
  });

  it('refuses a phase outside the program, a demotion without a remedial plan, and graduation before the final phase', async () => {
    const id = await accepted();
    await createConsent(ds, { id }, court.id, { information: ['treatment_attendance'], recordedBy: caseManagerId });
    expect((await caseManager.post(`/api/v1/participants/${id}/enrolment`, enrolment({ participantNumber: 'S-0200' }))).statusCode).toBe(201);
    const before = await snapshot(id);
    const otherPlanPhase = (await ds.query(`SELECT id FROM phases WHERE phase_plan_id NOT IN (SELECT id FROM phase_plans WHERE program_id = $1) LIMIT 1`, [program.id]))[0]?.id;
    const foreign = await judge.post(`/api/v1/participants/${id}/phase-changes`, {
      direction: 'promote',
      toPhaseId: otherPlanPhase ?? '00000000-0000-4000-8000-000000000000',
      reason: 'jump',
    });
    expectProblem(foreign, 422, 'validation-failed');
    expect(foreign.json().errors).toEqual([expect.objectContaining({ field: 'toPhaseId' })]);
    expectProblem(await judge.post(`/api/v1/participants/${id}/phase-changes`, { direction: 'demote', reason: 'relapse' }), 422, 'validation-failed');
    expectProblem(await judge.post(`/api/v1/participants/${id}/phase-changes`, { direction: 'demote', reason: 'relapse', remedialPlan: 'daily testing' }), 409, 'first-phase');
    expectProblem(await judge.post(`/api/v1/participants/${id}/phase-changes`, { direction: 'promote', reason: 'early', orderedOn: '2026-11-19' }), 422, 'validation-failed');
    expectProblem(await judge.post(`/api/v1/participants/${id}/status`, { status: 'graduated', reason: 'done' }), 409, 'not-in-final-phase');
    expectProblem(await judge.post(`/api/v1/participants/${id}/status`, { status: 'terminated', reason: 'x', effectiveOn: '2026-11-01' }), 422, 'validation-failed');
    expect(await snapshot(id)).toEqual(before);

    // A promotion the court orders before the requirements are met is recorded with what was unmet.
    const promoted = await judge.post(`/api/v1/participants/${id}/phase-changes`, { direction: 'promote', reason: 'promoted by the court' });
    expect(promoted.statusCode).toBe(201);
    const history = (await caseManager.get(`/api/v1/participants/${id}/phases`)).json();
    expect(history[1].unmetAtOrder).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'min_days_in_phase', met: false })]));
    // A demotion, like a termination, is only a hearing's outcome: even the judge's order on this route is refused and changes nothing.
    const demoted = await judge.post(`/api/v1/participants/${id}/phase-changes`, { direction: 'demote', reason: 'relapse', remedialPlan: 'daily testing for 30 days' });
    expectProblem(demoted, 409, 'hearing-required');
    const terminated = await judge.post(`/api/v1/participants/${id}/status`, { status: 'terminated', reason: 'new felony' });
    expectProblem(terminated, 409, 'hearing-required');
    expect((await caseManager.get(`/api/v1/participants/${id}/phases`)).json()).toHaveLength(2);
    expect((await caseManager.get(`/api/v1/participants/${id}`)).json().status).toBe('active');
    // Court orders are recorded by the judge and the case team; a court administrator cannot.
    const admin = await signIn(app, 'sadmin');
    expectProblem(await admin.post(`/api/v1/participants/${id}/status`, { status: 'in_custody', reason: 'arrested' }), 403, 'forbidden');
  });
});
