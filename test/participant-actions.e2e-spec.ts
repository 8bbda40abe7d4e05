import { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { DataSource } from 'typeorm';
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
} from './support/fixtures';
import { createTestApi } from './support/test-app';
import { createTestDatabase, testConfig, TestDatabase } from './support/test-env';

/**
 * What the participant page's actions rely on beyond the routes themselves:
 * the account whose PIN an administrator resets, and the refusal of an action
 * forged by a role the page does not offer it to (the route-permission list
 * stays the source of truth; the screens only hide what it refuses).
 */
describe("a participant page's actions", () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;
  let ds: DataSource;
  let court: CourtFixture;
  let participant: ParticipantFixture;
  let admin: ApiClient;
  let caseManager: ApiClient;
  let judge: ApiClient;

  const secretOf = async (userId: string): Promise<string> => (await ds.query(`SELECT secret_hash FROM users WHERE id = $1`, [userId]))[0].secret_hash;
  const count = async (table: string): Promise<number> => (await ds.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createTestApi(testConfig(db.url));
    ds = dataSourceOf(app);
    court = await createCourt(ds, 'ALPHA');
    await createStaff(ds, 'admin-a', 'court_admin', court.id);
    await createStaff(ds, 'cm-a', 'case_manager', court.id);
    await createStaff(ds, 'judge-a', 'judge', court.id);
    participant = await createParticipant(ds, court, 'A-0001');
    await placeInProgram(ds, participant.id, await createTestingProgram(ds, court.id, 'HOPE'), '2026-01-05');
    [admin, caseManager, judge] = await Promise.all(['admin-a', 'cm-a', 'judge-a'].map((username) => signIn(app, username)));
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it("names the participant's sign-in account, which the court administrator resets the PIN of", async () => {
    const detail = await admin.get(`/api/v1/participants/${participant.id}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json().accountId).toBe(participant.userId);
    const before = await secretOf(participant.userId);
    expect((await admin.post(`/api/v1/users/${detail.json().accountId}/reset-pin`, { pin: '246810' })).statusCode).toBe(204);
    expect(await secretOf(participant.userId)).not.toBe(before);
  });

  it('refuses a PIN reset forged by a case manager or a judge, and changes nothing', async () => {
    const before = await secretOf(participant.userId);
    expectProblem(await caseManager.post(`/api/v1/users/${participant.userId}/reset-pin`, { pin: '975318' }), 403, 'forbidden');
    expectProblem(await judge.post(`/api/v1/users/${participant.userId}/reset-pin`, { pin: '975318' }), 403, 'forbidden');
    expect(await secretOf(participant.userId)).toBe(before);
  });

  it('refuses case work forged by a judge or a court administrator (the page does not offer it to them), and records nothing', async () => {
    const notes = await count('case_notes');
    const violations = await count('violations');
    const note = { occurredOn: '2026-01-06', body: 'Met at the office', confidential: false };
    expectProblem(await judge.post(`/api/v1/participants/${participant.id}/case-notes`, note), 403, 'forbidden');
    expectProblem(await admin.post(`/api/v1/participants/${participant.id}/case-notes`, note), 403, 'forbidden');
    const violation = { kind: 'curfew', detectedAt: '2026-01-06T20:00:00Z', description: 'Not home at the curfew check' };
    expectProblem(await judge.post(`/api/v1/participants/${participant.id}/violations`, violation), 403, 'forbidden');
    expectProblem(await admin.post(`/api/v1/participants/${participant.id}/community-service`, { performedOn: '2026-01-06', hours: 2, description: 'Food bank' }), 403, 'forbidden');
    expectProblem(await admin.post(`/api/v1/participants/${participant.id}/testing-orders`, { testsPerWeek: 5, startsOn: '2026-01-07', endsOn: '2026-01-20', reason: 'x' }), 403, 'forbidden');
    expect(await count('case_notes')).toBe(notes);
    expect(await count('violations')).toBe(violations);
  });

  it('names no account before enrolment', async () => {
    const referred = await ds.query(
      `INSERT INTO participants (court_id, first_name, last_name, status) VALUES ($1, 'Ref', 'Erred', 'referred') RETURNING id`,
      [court.id],
    );
    const detail = await caseManager.get(`/api/v1/participants/${referred[0].id}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json().accountId).toBeNull();
  });
});
