import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { TestClock } from '@app/core';
import { DataSource } from 'typeorm';
import {
  ApiClient,
  CourtFixture,
  createConsent,
  createCourt,
  createOrganisation,
  createParticipant,
  createStaff,
  createTestingProgram,
  dataSourceOf,
  expectProblem,
  fieldsOf,
  ParticipantFixture,
  placeInProgram,
  ProgramFixture,
  referToProvider,
  signIn,
} from './support/fixtures';
import { createTestApi } from './support/test-app';
import { createTestDatabase, testConfig, TestDatabase } from './support/test-env';

/** Noon on Monday 23 November 2026 in Chicago (court ALPHA). */
const NOW = '2026-11-23T18:00:00Z';

interface BoardRow {
  id: string;
  participantNumber: string;
  status: string;
  phase: { position: number };
  unmet: number;
  readiness: { ready: boolean; daysInPhase: number; continuousSoberDays: number; requirements: Array<{ code: string; met: boolean | null; remaining: number | null }> };
}

describe("the court's readiness board", () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;
  let ds: DataSource;
  const clock = new TestClock(NOW);
  let alpha: CourtFixture;
  let program: ProgramFixture;
  let ready: ParticipantFixture;
  let almost: ParticipantFixture;
  let newcomer: ParticipantFixture;
  let inCustody: ParticipantFixture;
  let caseManager: ApiClient;
  let caseManagerId: string;
  let riversideId: string;
  const url = (court: CourtFixture, query = '') => `/api/v1/courts/${court.id}/readiness${query}`;
  const numbers = (rows: BoardRow[]) => rows.map((r) => r.participantNumber);

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createTestApi(testConfig(db.url), clock);
    ds = dataSourceOf(app);
    alpha = await createCourt(ds, 'ALPHA', { timeZone: 'America/Chicago' });
    const bravo = await createCourt(ds, 'BRAVO', { timeZone: 'Pacific/Honolulu' });
    program = await createTestingProgram(ds, alpha.id, 'ATC', { model: 'treatment_court' });
    await ds.query(`UPDATE phases SET min_days_in_phase = 30, sobriety_days = 30 WHERE id = $1`, [program.phaseId]);
    ready = await createParticipant(ds, alpha, 'A-0001', { lastName: 'Zimmer' });
    almost = await createParticipant(ds, alpha, 'A-0002', { lastName: 'Young' });
    newcomer = await createParticipant(ds, alpha, 'A-0003', { lastName: 'Abbott' });
    inCustody = await createParticipant(ds, alpha, 'A-0004', { lastName: 'Baker', status: 'in_custody' });
    await createParticipant(ds, alpha, 'A-0005', { lastName: 'Cole', status: 'referred' });
    await placeInProgram(ds, ready.id, program, '2026-09-01');
    // In the phase long enough, but used 10 days ago: only sobriety is missing.
    await placeInProgram(ds, almost.id, program, '2026-09-01');
    await ds.query(`INSERT INTO substance_use_admissions (participant_id, used_on, admitted_on, substances) VALUES ($1, '2026-11-13', '2026-11-14', '{alcohol}')`, [
      almost.id,
    ]);
    await placeInProgram(ds, newcomer.id, program, '2026-11-13');
    await placeInProgram(ds, inCustody.id, program, '2026-09-01');
    const riverside = await createOrganisation(ds, alpha.id, 'Riverside Recovery');
    await referToProvider(ds, newcomer.id, riverside);
    caseManagerId = (await createStaff(ds, 'cm', 'case_manager', alpha.id)).id;
    await createStaff(ds, 'prov', 'treatment_provider', alpha.id, { organisationId: riverside });
    riversideId = riverside;
    await createStaff(ds, 'site', 'testing_site', alpha.id);
    await createStaff(ds, 'cm-b', 'case_manager', bravo.id);
    await createStaff(ds, 'root', 'system_admin', null);
    caseManager = await signIn(app, 'cm');
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('lists every active participant with their readiness, ready first, and audits the read', async () => {
    const response = await caseManager.get(url(alpha));
    expect(response.statusCode).toBe(200);
    const body = response.json<{ courtId: string; items: BoardRow[] }>();
    expect(body.courtId).toBe(alpha.id);
    // Ready first; then fewest requirements left (one for A-0002, two for A-0003). Not in custody, not referred.
    expect(numbers(body.items)).toEqual(['A-0001', 'A-0002', 'A-0003']);
    const [first, second, third] = body.items;
    expect(first).toMatchObject({ status: 'active', phase: { position: 1 }, unmet: 0, readiness: { ready: true, daysInPhase: 83 } });
    expect(second).toMatchObject({ unmet: 1, readiness: { ready: false } });
    expect(second.readiness.requirements.find((r) => r.code === 'continuous_sobriety')).toMatchObject({ met: false });
    expect(third).toMatchObject({ unmet: 2, readiness: { ready: false, daysInPhase: 10 } });
    expect(third.readiness.requirements.map((r) => [r.code, r.met, r.remaining])).toEqual([
      ['min_days_in_phase', false, 20],
      ['continuous_sobriety', false, 20],
    ]);
    // The same rule as the participant's own readiness.
    const own = (await caseManager.get(`/api/v1/participants/${newcomer.id}/readiness`)).json();
    expect(third.readiness).toEqual(own);

    const [audit] = await ds.query(
      `SELECT actor_role, court_id, entity_type, participant_ids, basis, details FROM audit_events WHERE action = 'participant.readiness_list' ORDER BY id DESC LIMIT 1`,
    );
    expect(audit).toMatchObject({ actor_role: 'case_manager', court_id: alpha.id, entity_type: 'participant', basis: 'role:case_manager' });
    expect([...audit.participant_ids].sort()).toEqual([ready.id, almost.id, newcomer.id].sort());
    expect(audit.details).toMatchObject({ courtId: alpha.id });
  });

  it('filters by status, phase, program and case manager', async () => {
    expect(numbers((await caseManager.get(url(alpha, '?status=in_custody'))).json().items)).toEqual(['A-0004']);
    expect(numbers((await caseManager.get(url(alpha, '?status=active,in_custody'))).json().items)).toHaveLength(4);
    expect((await caseManager.get(url(alpha, '?phase=2'))).json().items).toEqual([]);
    expect((await caseManager.get(url(alpha, `?programId=${program.id}`))).json().items).toHaveLength(3);
    expect((await caseManager.get(url(alpha, `?caseManagerId=${program.id}`))).json().items).toEqual([]);
  });

  it('shows a treatment provider only their own clients with a consent on file, as the caseload does', async () => {
    const provider = await signIn(app, 'prov');
    // Readiness carries sobriety and treatment facts: not without a consent.
    expect(numbers((await provider.get(url(alpha))).json().items)).toEqual([]);
    await createConsent(ds, newcomer, alpha.id, { discloserOrganisationId: riversideId, recordedBy: caseManagerId });
    expect(numbers((await provider.get(url(alpha))).json().items)).toEqual(['A-0003']);
  });

  it("refuses another court's staff, a role without participant.read, and the system administrator", async () => {
    const before = Number((await ds.query(`SELECT count(*) AS n FROM audit_events WHERE action = 'participant.readiness_list'`))[0].n);
    expectProblem(await (await signIn(app, 'cm-b')).get(url(alpha)), 404, 'not-found');
    expectProblem(await (await signIn(app, 'site')).get(url(alpha)), 403, 'forbidden');
    // The system administrator holds participant.read nowhere: the route's guard refuses.
    expectProblem(await (await signIn(app, 'root')).get(url(alpha)), 403, 'forbidden');
    const anonymous = await app.inject({ method: 'GET', url: url(alpha) });
    expect(anonymous.statusCode).toBe(401);
    const after = Number((await ds.query(`SELECT count(*) AS n FROM audit_events WHERE action = 'participant.readiness_list'`))[0].n);
    expect(after).toBe(before);
  });

  it('refuses bad input with 422 naming the field', async () => {
    const statusOutOfProgram = await caseManager.get(url(alpha, '?status=graduated'));
    expectProblem(statusOutOfProgram, 422, 'validation-failed');
    expect(fieldsOf(statusOutOfProgram)).toContain('status');
    const badProgram = await caseManager.get(url(alpha, '?programId=not-a-uuid'));
    expectProblem(badProgram, 422, 'validation-failed');
    expect(fieldsOf(badProgram)).toEqual(['programId']);
    expectProblem(await caseManager.get(url(alpha, '?phase=0')), 422, 'validation-failed');
    expectProblem(await caseManager.get(url(alpha, '?sort=name')), 422, 'validation-failed');
  });
});
