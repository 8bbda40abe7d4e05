import { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { DataSource } from 'typeorm';
import {
  addMembership,
  ApiClient,
  CourtFixture,
  createCourt,
  createParticipant,
  createStaff,
  dataSourceOf,
  expectProblem,
  fieldsOf,
  ParticipantFixture,
  signIn,
  signInParticipant,
  StaffFixture,
} from './support/fixtures';
import { createTestApi } from './support/test-app';
import { createTestDatabase, testConfig, TestDatabase } from './support/test-env';

/** Each user's own language (PATCH /me) and each court's (PATCH /courts/{id}), which the web application shows in that order. */
describe('languages of users and courts', () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;
  let ds: DataSource;
  let alpha: CourtFixture;
  let bravo: CourtFixture;
  let judgeUser: StaffFixture;
  let dualUser: StaffFixture;
  let participant: ParticipantFixture;
  let sysadmin: ApiClient;
  let adminA: ApiClient;
  let adminB: ApiClient;
  let judgeA: ApiClient;
  let caseManagerA: ApiClient;
  let dual: ApiClient;
  let participantA: ApiClient;

  const userLanguage = async (id: string): Promise<string | null> => (await ds.query(`SELECT language FROM users WHERE id = $1`, [id]))[0].language;
  const courtLanguage = async (id: string): Promise<string> => (await ds.query(`SELECT language FROM courts WHERE id = $1`, [id]))[0].language;

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createTestApi(testConfig(db.url, { AUTH_SIGN_IN_PER_MINUTE: '1000', AUTH_SIGN_IN_PER_MINUTE_PER_ACCOUNT: '1000', RATE_LIMIT_PER_MINUTE: '100000' }));
    ds = dataSourceOf(app);
    alpha = await createCourt(ds, 'ALPHA');
    bravo = await createCourt(ds, 'BRAVO');
    await createStaff(ds, 'root', 'system_admin', null);
    await createStaff(ds, 'admin-a', 'court_admin', alpha.id);
    await createStaff(ds, 'admin-b', 'court_admin', bravo.id);
    judgeUser = await createStaff(ds, 'judge-a', 'judge', alpha.id);
    await createStaff(ds, 'cm-a', 'case_manager', alpha.id);
    dualUser = await createStaff(ds, 'dual', 'case_manager', alpha.id);
    await addMembership(ds, dualUser.id, bravo.id, 'judge');
    participant = await createParticipant(ds, alpha, 'A-0001');
    [sysadmin, adminA, adminB, judgeA, caseManagerA, dual] = await Promise.all(['root', 'admin-a', 'admin-b', 'judge-a', 'cm-a', 'dual'].map((u) => signIn(app, u)));
    participantA = await signInParticipant(app, participant);
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  describe("a user's own language", () => {
    it('is null until chosen, then the chosen one, in GET /me and the PATCH answer', async () => {
      expect((await judgeA.get('/api/v1/me')).json()).toMatchObject({ id: judgeUser.id, language: null });

      const response = await judgeA.patch('/api/v1/me', { language: 'es' });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ id: judgeUser.id, kind: 'staff', language: 'es', memberships: [{ courtId: alpha.id, code: 'ALPHA', role: 'judge' }] });
      expect((await judgeA.get('/api/v1/me')).json().language).toBe('es');
      expect(await userLanguage(judgeUser.id)).toBe('es');
    });

    it.each([
      ['a language the system does not speak', { language: 'fr' }, ['language']],
      ['a regional tag', { language: 'pt-BR' }, ['language']],
      ['a number', { language: 1 }, ['language']],
      ['an unknown field', { language: 'pt', theme: 'dark' }, ['theme']],
      ['a field that is not the user’s to change', { displayName: 'Judge Dredd' }, ['displayName']],
    ])('refuses %s with 422 and changes nothing', async (_what, body, fields) => {
      const response = await judgeA.patch('/api/v1/me', body);
      expectProblem(response, 422, 'validation-failed');
      expect(fieldsOf(response)).toEqual(fields);
      expect(await userLanguage(judgeUser.id)).toBe('es');
      expect((await judgeA.get('/api/v1/me')).json()).toMatchObject({ language: 'es', displayName: 'Test judge-a' });
    });

    it('leaves the language as it is when the body names none, and null goes back to the court’s', async () => {
      const unchanged = await judgeA.patch('/api/v1/me', {});
      expect(unchanged.statusCode).toBe(200);
      expect(unchanged.json().language).toBe('es');

      const cleared = await judgeA.patch('/api/v1/me', { language: null });
      expect(cleared.statusCode).toBe(200);
      expect(cleared.json().language).toBeNull();
      expect(await userLanguage(judgeUser.id)).toBeNull();
    });

    it('is a participant’s own to set too, and no one else’s', async () => {
      expect((await participantA.get('/api/v1/me')).json()).toMatchObject({ kind: 'participant', participantId: participant.id, language: null });
      const response = await participantA.patch('/api/v1/me', { language: 'pt' });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ kind: 'participant', participantId: participant.id, language: 'pt' });
      expect(await userLanguage(participant.userId)).toBe('pt');
      // Changing one's own language touches nobody else's.
      expect(await userLanguage(judgeUser.id)).toBeNull();
    });

    it('needs a signed-in user', async () => {
      expectProblem(await app.inject({ method: 'PATCH', url: '/api/v1/me', payload: { language: 'es' } }), 401, 'unauthenticated');
    });
  });

  describe("a court's language", () => {
    it('is English until the court chooses, in the court and in each membership of GET /me', async () => {
      expect((await adminA.get(`/api/v1/courts/${alpha.id}`)).json().language).toBe('en');
      // Each membership also lists its role's permissions (test/auth.e2e-spec.ts checks those).
      expect((await dual.get('/api/v1/me')).json().memberships).toEqual([
        expect.objectContaining({ courtId: alpha.id, code: 'ALPHA', role: 'case_manager', organisationId: null, language: 'en' }),
        expect.objectContaining({ courtId: bravo.id, code: 'BRAVO', role: 'judge', organisationId: null, language: 'en' }),
      ]);
    });

    it('is changed by the court administrator, audited, and carried by every membership in that court', async () => {
      const response = await adminB.patch(`/api/v1/courts/${bravo.id}`, { language: 'es' });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ id: bravo.id, language: 'es' });
      expect((await adminB.get(`/api/v1/courts/${bravo.id}`)).json().language).toBe('es');
      const [audit] = await ds.query(`SELECT details FROM audit_events WHERE action = 'court.configure' AND $1 = ANY(entity_ids) ORDER BY id DESC LIMIT 1`, [bravo.id]);
      expect(audit.details.changes).toEqual({ language: { from: 'en', to: 'es' } });

      const me = (await dual.get('/api/v1/me')).json();
      expect(me.language).toBeNull();
      expect(me.memberships.map((m: { code: string; language: string }) => [m.code, m.language])).toEqual([
        ['ALPHA', 'en'],
        ['BRAVO', 'es'],
      ]);
      // A court's language is not the user's own choice.
      expect(await userLanguage(dualUser.id)).toBeNull();
    });

    it('is refused to anyone else in the court (403), hidden from another court’s administrator (404), and changes nothing', async () => {
      for (const client of [judgeA, caseManagerA, participantA]) {
        expectProblem(await client.patch(`/api/v1/courts/${alpha.id}`, { language: 'pt' }), 403, 'forbidden');
      }
      expectProblem(await adminB.patch(`/api/v1/courts/${alpha.id}`, { language: 'pt' }), 404, 'not-found');
      expect(await courtLanguage(alpha.id)).toBe('en');
      // Everyone in the court reads it, participants through their memberships.
      expect((await judgeA.get(`/api/v1/courts/${alpha.id}`)).json().language).toBe('en');
      expect((await participantA.get('/api/v1/me')).json().memberships).toEqual([
        expect.objectContaining({ courtId: alpha.id, code: 'ALPHA', role: 'participant', organisationId: null, language: 'en' }),
      ]);
    });

    it.each([
      ['a language the system does not speak', 'fr'],
      ['null (a court always has a language)', null],
      ['an empty string', ''],
    ])('refuses %s with 422', async (_what, language) => {
      const response = await adminA.patch(`/api/v1/courts/${alpha.id}`, { language });
      expectProblem(response, 422, 'validation-failed');
      expect(fieldsOf(response)).toEqual(['language']);
      expect(await courtLanguage(alpha.id)).toBe('en');
    });

    it('can be set when the system administrator creates a court, and is English otherwise', async () => {
      const court = { name: 'Tribunal de Tratamiento', timeZone: 'America/Costa_Rica', callInWindowStart: '06:00', callInWindowEnd: '10:00' };
      const spanish = await sysadmin.post('/api/v1/courts', { ...court, code: 'CR-1', language: 'es' });
      expect(spanish.statusCode).toBe(201);
      expect(spanish.json().language).toBe('es');
      const english = await sysadmin.post('/api/v1/courts', { ...court, code: 'CR-2' });
      expect(english.json().language).toBe('en');
      expectProblem(await sysadmin.post('/api/v1/courts', { ...court, code: 'CR-3', language: 'fr' }), 422, 'validation-failed');
    });

    it('is kept to en, es and pt by the database as well', async () => {
      await expect(ds.query(`UPDATE courts SET language = 'fr' WHERE id = $1`, [alpha.id])).rejects.toThrow(/courts_language_check/);
      await expect(ds.query(`UPDATE users SET language = 'fr' WHERE id = $1`, [judgeUser.id])).rejects.toThrow(/users_language_check/);
      await expect(ds.query(`UPDATE courts SET language = NULL WHERE id = $1`, [alpha.id])).rejects.toThrow(/null/i);
    });
  });
});
