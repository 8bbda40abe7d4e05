import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { addCalendarDays, courtDateAt, TestClock } from '@app/core';
import { DataSource } from 'typeorm';
import { createTestApi } from './support/test-app';
import { createTestDatabase, testConfig, TestDatabase } from './support/test-env';
import { ApiClient, CourtFixture, createCourt, createOrganisation, createStaff, dataSourceOf, PIN, signIn } from './support/fixtures';

const ZONE = 'America/Chicago';

interface PhaseView {
  id: string;
  position: number;
  name: string;
  minDaysInPhase: number;
  sobrietyDays: number;
  treatmentSessionsPerWeek: number;
  communityServiceHours: number;
  feesDue: number;
  milestones: string[];
}

/**
 * A participant's whole path through the HTTP API, in each program model:
 * referral, screening, decisions, acceptance, consent, enrolment, every
 * phase's requirements met and a promotion ordered, graduation.
 */
describe('a participant from referral to graduation', () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;
  let ds: DataSource;
  const clock = new TestClock(new Date('2026-01-05T15:00:00Z'));
  let court: CourtFixture;
  let organisation: string;
  let courtAdmin: ApiClient;
  let caseManager: ApiClient;
  let judge: ApiClient;
  let provider: ApiClient;
  let caseManagerId: string;

  const today = () => courtDateAt(clock.now(), ZONE);
  const signInAll = async () => {
    [courtAdmin, caseManager, judge, provider] = await Promise.all([signIn(app, 'wadmin'), signIn(app, 'wcm'), signIn(app, 'wjudge'), signIn(app, 'wprov')]);
  };
  /** Moves the court's clock; access tokens last five minutes, so everyone signs in again. */
  const advanceDays = async (days: number) => {
    clock.advance(days * 24 * 60 * 60 * 1000);
    await signInAll();
  };
  const ok = (response: { statusCode: number; body: string }, status = 200) => {
    if (response.statusCode !== status) throw new Error(`expected ${status}, got ${response.statusCode}: ${response.body}`);
    return JSON.parse(response.body);
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    // Moving the clock by days ends sessions, so the staff sign in again often: more than the per-minute limit allows.
    app = await createTestApi(testConfig(db.url, { AUTH_SIGN_IN_PER_MINUTE: '10000', AUTH_SIGN_IN_PER_MINUTE_PER_ACCOUNT: '10000' }), clock);
    ds = dataSourceOf(app);
    court = await createCourt(ds, 'WALK', { timeZone: ZONE });
    organisation = await createOrganisation(ds, court.id, 'Riverside Recovery');
    await createStaff(ds, 'wadmin', 'court_admin', court.id);
    caseManagerId = (await createStaff(ds, 'wcm', 'case_manager', court.id)).id;
    await createStaff(ds, 'wjudge', 'judge', court.id);
    await createStaff(ds, 'wprov', 'treatment_provider', court.id, { organisationId: organisation });
    await signInAll();
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  async function walk(model: string, code: string, charges: object[]) {
    const program = ok(await courtAdmin.post(`/api/v1/courts/${court.id}/programs`, { code, name: `${model} program`, model }), 201);
    const phases: PhaseView[] = program.currentPlan.phases;

    // Referral
    const referred = ok(
      await caseManager.post('/api/v1/participants', {
        courtId: court.id,
        programId: program.id,
        referralSource: 'prosecutor',
        referredOn: today(),
        arrestedOn: addCalendarDays(today(), -20),
        firstName: 'Alex',
        lastName: `Walker ${code}`,
        dateOfBirth: '1998-03-14',
        gender: 'woman',
        // The race question as one word still maps (older clients); the answers are codes.
        race: 'Black or African American',
        ethnicity: 'not_hispanic_latino',
        contact: { phone: '+1 555 0100', email: 'alex@example.org' },
        caseNumbers: [`2026-CF-${code}`],
        charges,
        caseManagerId,
      }),
      201,
    );
    const id = referred.id;
    expect(referred).toMatchObject({ status: 'referred', participantNumber: null, programId: program.id, nextStatuses: ['screening'] });
    expect(referred).toMatchObject({ gender: 'woman', ethnicity: 'not_hispanic_latino', races: ['black_african_american'], raceDeclined: false, ageAtReferral: expect.any(Number) });
    // The summary names the case manager, so screens need no user lookup (which case managers may not make).
    expect(referred).toMatchObject({ caseManagerId, caseManagerName: 'Test wcm' });

    // Screening and the decisions the program requires
    const screened = ok(await caseManager.put(`/api/v1/participants/${id}/screening`, { assessedOn: today(), instrument: 'RANT', score: 12, riskLevel: 'high', needLevel: 'high' }));
    expect(screened.status).toBe('screening');
    expect(screened.screening).toMatchObject({ legallyEligible: true, pendingApprovals: program.requiredApprovals });
    for (const party of program.requiredApprovals) {
      ok(await caseManager.post(`/api/v1/participants/${id}/screening/decisions`, { party, decision: 'approve' }), 201);
    }
    expect(ok(await caseManager.post(`/api/v1/participants/${id}/status`, { status: 'accepted', reason: 'eligible and approved' })).status).toBe('accepted');

    // A consent on file, then enrolment
    ok(
      await caseManager.post(`/api/v1/participants/${id}/consents`, {
        discloserOrganisationId: organisation,
        recipientType: 'court_team',
        information: ['treatment_attendance', 'treatment_progress'],
        purpose: 'monitoring of treatment court participation',
        expiryEvent: 'program_discharge',
        signedOn: today(),
        signedBy: 'Alex Walker',
      }),
      201,
    );
    ok(await caseManager.post(`/api/v1/participants/${id}/provider-referrals`, { organisationId: organisation, referredOn: today() }), 201);
    const number = `${code}-0001`;
    const enrolment = ok(
      await caseManager.post(`/api/v1/participants/${id}/enrolment`, { participantNumber: number, pin: PIN, firstHearingAt: new Date(clock.now().getTime() + 3 * 86_400_000).toISOString() }),
      201,
    );
    expect(enrolment).toMatchObject({ participantNumber: number, phaseId: phases[0].id, firstHearingKind: model === 'hope_probation' ? 'warning' : 'status' });
    const hearings = ok(await caseManager.get(`/api/v1/participants/${id}/hearings`));
    expect(hearings).toEqual([expect.objectContaining({ id: enrolment.firstHearingId, status: 'scheduled' })]);
    const signInAsParticipant = () =>
      app.inject({ method: 'POST', url: '/api/v1/auth/participant-login', payload: { court: court.code, participantNumber: number, pin: PIN } });
    expect((await signInAsParticipant()).statusCode).toBe(200);

    // Every phase: meet its requirements, check readiness, and the court orders the next step.
    let communityService = 0;
    let fees = 0;
    for (const phase of phases) {
      const standing = ok(await caseManager.get(`/api/v1/participants/${id}`));
      expect(standing.phase).toMatchObject({ id: phase.id, position: phase.position });
      await advanceDays(Math.max(phase.minDaysInPhase, phase.sobrietyDays - standing.readiness.continuousSoberDays, 0));
      if (phase.communityServiceHours > communityService) {
        for (let remaining = phase.communityServiceHours - communityService; remaining > 0; remaining -= 20) {
          ok(await caseManager.post(`/api/v1/participants/${id}/community-service`, { performedOn: today(), hours: Math.min(20, remaining), description: 'food bank' }), 201);
        }
        communityService = phase.communityServiceHours;
      }
      if (phase.feesDue > fees) {
        ok(await caseManager.post(`/api/v1/participants/${id}/fee-payments`, { paidOn: today(), amount: phase.feesDue - fees, description: `receipt ${phase.position}` }), 201);
        fees = phase.feesDue;
      }
      for (const milestone of phase.milestones) {
        ok(await caseManager.post(`/api/v1/participants/${id}/milestones`, { name: milestone, achievedOn: today(), evidence: 'letter on file' }), 201);
      }
      for (let session = 0; session < phase.treatmentSessionsPerWeek; session++) {
        ok(
          await provider.post(`/api/v1/participants/${id}/treatment-attendance`, { sessionOn: addCalendarDays(today(), -session % 7), sessionType: 'group', attendance: 'attended' }),
          201,
        );
      }
      const readiness = ok(await caseManager.get(`/api/v1/participants/${id}/readiness`));
      expect(readiness.requirements.filter((r: { met: boolean }) => r.met !== true)).toEqual([]);
      expect(readiness).toMatchObject({ ready: true, finalPhase: phase.position === phases.length });
      const ready = ok(await caseManager.get(`/api/v1/participants?courtId=${court.id}&programId=${program.id}&readyToAdvance=true`));
      expect(ready.items.map((p: { id: string }) => p.id)).toEqual([id]);
      if (phase.position < phases.length) {
        const promoted = ok(await judge.post(`/api/v1/participants/${id}/phase-changes`, { direction: 'promote', reason: 'requirements met; promoted from the bench' }), 201);
        expect(promoted.phase.position).toBe(phase.position + 1);
      }
    }

    const graduated = ok(await judge.post(`/api/v1/participants/${id}/status`, { status: 'graduated', reason: 'completed the program' }));
    expect(graduated).toMatchObject({ status: 'graduated', dischargedOn: today(), nextStatuses: [] });
    const history = ok(await caseManager.get(`/api/v1/participants/${id}/phases`));
    expect(history.map((h: { position: number }) => h.position)).toEqual(phases.map((p) => p.position));
    expect(history.every((h: { endedOn: string | null }) => h.endedOn !== null)).toBe(true);
    expect(history.map((h: { startReason: string }) => h.startReason)).toEqual(['enrolment', ...phases.slice(1).map(() => 'promotion')]);
    expect(history[history.length - 1].endReason).toBe('discharge');
    const statuses = ok(await caseManager.get(`/api/v1/participants/${id}/status-changes`));
    expect(statuses.map((s: { toStatus: string }) => s.toStatus)).toEqual(['referred', 'screening', 'accepted', 'active', 'graduated']);
    // Discharge ends what depended on being in the program.
    const [consent] = await ds.query(`SELECT ended_at FROM consents WHERE participant_id = $1`, [id]);
    expect(consent.ended_at).not.toBeNull();
    expect((await provider.get(`/api/v1/participants/${id}`)).statusCode).toBe(404);
    expect((await signInAsParticipant()).statusCode).toBe(401);
    return graduated;
  }

  it('walks a treatment court participant through every phase to graduation', async () => {
    const graduated = await walk('treatment_court', 'ATC', [{ statute: '720 ILCS 570/402(c)', description: 'Possession', level: 'felony', category: 'drug_possession' }]);
    expect(graduated).toMatchObject({ disposition: 'program_completed', markedForExpungement: false });
  });

  it('walks a HOPE probationer from the warning hearing to completion', async () => {
    const graduated = await walk('hope_probation', 'HOPE', [{ statute: '712-1243', description: 'Promoting a dangerous drug', level: 'felony', category: 'drug_possession' }]);
    expect(graduated.disposition).toBe('program_completed');
  });

  it('walks a deferred-judgment participant to a dismissed case marked for expungement', async () => {
    const graduated = await walk('deferred_judgment', 'BOT', [{ statute: 'HS 11352', description: 'Sale of a controlled substance', level: 'felony', category: 'drug_sale' }]);
    expect(graduated).toMatchObject({ disposition: 'plea_withdrawn_case_dismissed', markedForExpungement: true });
  });
});
