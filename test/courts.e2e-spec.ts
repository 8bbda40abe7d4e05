import { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { DataSource } from 'typeorm';
import {
  ApiClient,
  CourtFixture,
  createCourt,
  createOrganisation,
  createParticipant,
  createStaff,
  dataSourceOf,
  expectProblem,
  signIn,
  signInParticipant,
} from './support/fixtures';
import { createTestApi } from './support/test-app';
import { createTestDatabase, testConfig, TestDatabase } from './support/test-env';



const patch = (client: ApiClient, url: string, payload: unknown) => client.request('PATCH', url, payload);
const del = (client: ApiClient, url: string) => client.request('DELETE', url);

const VALID_COURT = {
  code: 'new-1',
  name: 'New County Drug Court',
  timeZone: 'America/Denver',
  callInWindowStart: '05:00',
  callInWindowEnd: '09:00',
};

describe('courts, holidays and provider organisations', () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;
  let ds: DataSource;
  let alpha: CourtFixture;
  let bravo: CourtFixture;
  let sysadmin: ApiClient;
  let adminA: ApiClient;
  let adminB: ApiClient;
  let judgeA: ApiClient;
  let caseManagerA: ApiClient;
  let participantA: ApiClient;

  const count = async (table: string): Promise<number> => (await ds.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
  const auditRows = (action: string, entityId: string) =>
    ds.query(`SELECT actor_role, court_id, basis, details FROM audit_events WHERE action = $1 AND $2 = ANY(entity_ids) ORDER BY id`, [action, entityId]);

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createTestApi(testConfig(db.url, { AUTH_SIGN_IN_PER_MINUTE: '1000', AUTH_SIGN_IN_PER_MINUTE_PER_ACCOUNT: '1000', RATE_LIMIT_PER_MINUTE: '100000' }));
    ds = dataSourceOf(app);
    alpha = await createCourt(ds, 'ALPHA');
    bravo = await createCourt(ds, 'BRAVO', { timeZone: 'Pacific/Honolulu', window: ['05:00', '09:00'] });
    await createStaff(ds, 'root', 'system_admin', null);
    await createStaff(ds, 'admin-a', 'court_admin', alpha.id);
    await createStaff(ds, 'admin-b', 'court_admin', bravo.id);
    await createStaff(ds, 'judge-a', 'judge', alpha.id);
    await createStaff(ds, 'cm-a', 'case_manager', alpha.id);
    const participant = await createParticipant(ds, alpha, 'A-0001');
    [sysadmin, adminA, adminB, judgeA, caseManagerA, participantA] = await Promise.all([
      signIn(app, 'root'),
      signIn(app, 'admin-a'),
      signIn(app, 'admin-b'),
      signIn(app, 'judge-a'),
      signIn(app, 'cm-a'),
      signInParticipant(app, participant),
    ]);
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  describe('creating a court', () => {
    it('lets the system administrator create one, upper-casing the code, and audits it', async () => {
      const response = await sysadmin.post('/api/v1/courts', { ...VALID_COURT, mfaRequiredRoles: ['court_admin'], redisclosureNotice: 'Our notice.' });
      expect(response.statusCode).toBe(201);
      const court = response.json();
      expect(court).toMatchObject({
        code: 'NEW-1',
        name: 'New County Drug Court',
        timeZone: 'America/Denver',
        callInWindowStart: '05:00',
        callInWindowEnd: '09:00',
        mfaRequiredRoles: ['court_admin'],
        redisclosureNotice: 'Our notice.',
        active: true,
      });
      expect(await auditRows('court.create', court.id)).toEqual([
        { actor_role: 'system_admin', court_id: court.id, basis: 'role:system_admin', details: { code: 'NEW-1', name: 'New County Drug Court' } },
      ]);
    });

    it('accepts a window open all day (00:00-24:00)', async () => {
      const response = await sysadmin.post('/api/v1/courts', { ...VALID_COURT, code: 'ALLDAY', callInWindowStart: '00:00', callInWindowEnd: '24:00' });
      expect(response.statusCode).toBe(201);
      expect(response.json()).toMatchObject({ callInWindowStart: '00:00', callInWindowEnd: '24:00', mfaRequiredRoles: [], redisclosureNotice: null });
    });

    it.each([
      ['an unknown time zone', { timeZone: 'Mars/Olympus_Mons' }, 'timeZone'],
      ['a window ending before it starts', { callInWindowStart: '09:00', callInWindowEnd: '05:00' }, 'callInWindowEnd'],
      ['a window ending when it starts', { callInWindowStart: '09:00', callInWindowEnd: '09:00' }, 'callInWindowEnd'],
      ['a window starting at 24:00', { callInWindowStart: '24:00', callInWindowEnd: '24:00' }, 'callInWindowStart'],
      ['a time that is not HH:MM', { callInWindowStart: '5:00' }, 'callInWindowStart'],
      ['a one-letter code', { code: 'A' }, 'code'],
      ['a code with an underscore', { code: 'AB_C' }, 'code'],
      ['a code longer than 16', { code: 'ABCDEFGHIJKLMNOPQ' }, 'code'],
      ['a blank name', { name: '   ' }, 'name'],
      ['a participant in mfaRequiredRoles', { mfaRequiredRoles: ['participant'] }, 'mfaRequiredRoles'],
      ['an unknown field', { active: false }, 'active'],
    ])('refuses %s with 422 problem+json and writes nothing', async (_what, change, field) => {
      const before = await count('courts');
      const response = await sysadmin.post('/api/v1/courts', { ...VALID_COURT, code: 'BAD', ...change });
      expectProblem(response, 422, 'validation-failed');
      expect(response.json().errors.map((e: { field: string }) => e.field)).toContain(field);
      expect(await count('courts')).toBe(before);
    });

    it('answers 409 for a code in use, whatever its case', async () => {
      const before = await count('courts');
      const response = await sysadmin.post('/api/v1/courts', { ...VALID_COURT, code: 'alpha' });
      expectProblem(response, 409, 'court-code-taken');
      expect(await count('courts')).toBe(before);
    });

    it('is for the system administrator only', async () => {
      for (const client of [adminA, judgeA, caseManagerA, participantA]) {
        expectProblem(await client.post('/api/v1/courts', { ...VALID_COURT, code: 'NOPE' }), 403, 'forbidden');
      }
      const anonymous = await app.inject({ method: 'POST', url: '/api/v1/courts', payload: { ...VALID_COURT, code: 'NOPE' } });
      expectProblem(anonymous, 401, 'unauthenticated');
      expect(await ds.query(`SELECT id FROM courts WHERE code = 'NOPE'`)).toEqual([]);
    });
  });

  describe('reading courts', () => {
    it('shows the system administrator every court', async () => {
      const codes = (await sysadmin.get('/api/v1/courts')).json().map((c: { code: string }) => c.code);
      expect(codes).toEqual(expect.arrayContaining(['ALPHA', 'BRAVO', 'NEW-1']));
    });

    it('shows everyone else only the courts they belong to', async () => {
      for (const client of [adminA, judgeA, participantA]) {
        const response = await client.get('/api/v1/courts');
        expect(response.statusCode).toBe(200);
        expect(response.json().map((c: { code: string }) => c.code)).toEqual(['ALPHA']);
      }
      expect((await adminB.get('/api/v1/courts')).json().map((c: { code: string }) => c.code)).toEqual(['BRAVO']);
    });

    it("answers 404 for a court the caller does not belong to, as for one that does not exist", async () => {
      expect((await adminA.get(`/api/v1/courts/${alpha.id}`)).json()).toMatchObject({ code: 'ALPHA', timeZone: 'America/Chicago' });
      expectProblem(await adminB.get(`/api/v1/courts/${alpha.id}`), 404, 'not-found');
      expectProblem(await adminB.get('/api/v1/courts/00000000-0000-4000-8000-000000000000'), 404, 'not-found');
      expectProblem(await adminB.get('/api/v1/courts/not-a-uuid'), 404, 'not-found');
      expect((await sysadmin.get(`/api/v1/courts/${alpha.id}`)).statusCode).toBe(200);
      expectProblem(await sysadmin.get('/api/v1/courts/00000000-0000-4000-8000-000000000000'), 404, 'not-found');
    });

    it('needs a session', async () => {
      expectProblem(await app.inject({ method: 'GET', url: '/api/v1/courts' }), 401, 'unauthenticated');
    });
  });

  describe('configuring a court', () => {
    it("lets the court's administrator change its settings, and audits what changed", async () => {
      const response = await patch(adminA, `/api/v1/courts/${alpha.id}`, {
        name: 'Alpha Treatment Court',
        timeZone: 'America/New_York',
        callInWindowStart: '06:00',
        callInWindowEnd: '10:30',
        mfaRequiredRoles: ['judge'],
        redisclosureNotice: 'A stricter notice.',
      });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({
        code: 'ALPHA',
        name: 'Alpha Treatment Court',
        timeZone: 'America/New_York',
        callInWindowStart: '06:00',
        callInWindowEnd: '10:30',
        mfaRequiredRoles: ['judge'],
        redisclosureNotice: 'A stricter notice.',
      });
      const [row] = await auditRows('court.configure', alpha.id);
      expect(row).toMatchObject({ actor_role: 'court_admin', court_id: alpha.id, basis: 'role:court_admin' });
      expect(row.details.changes).toMatchObject({
        timeZone: { from: 'America/Chicago', to: 'America/New_York' },
        redisclosureNotice: { from: null, to: '18 characters' },
      });
      // Put the judge's second factor back to optional for the other tests.
      expect((await patch(adminA, `/api/v1/courts/${alpha.id}`, { mfaRequiredRoles: [] })).statusCode).toBe(200);
    });

    it('checks the window as a whole when only one end changes', async () => {
      const response = await patch(adminA, `/api/v1/courts/${alpha.id}`, { callInWindowEnd: '05:00' });
      expectProblem(response, 422, 'validation-failed');
      expect(response.json().errors).toEqual([{ field: 'callInWindowEnd', message: 'must be later than callInWindowStart' }]);
      expect((await adminA.get(`/api/v1/courts/${alpha.id}`)).json().callInWindowEnd).toBe('10:30');
    });

    it.each([
      ['a bad time zone', { timeZone: 'Europe/Atlantis' }],
      ['a null name', { name: null }],
      ['a change of code', { code: 'OMEGA' }],
      ['a non-boolean active', { active: 'no' }],
    ])('refuses %s with 422', async (_what, body) => {
      expectProblem(await patch(sysadmin, `/api/v1/courts/${alpha.id}`, body), 422, 'validation-failed');
      expect((await adminA.get(`/api/v1/courts/${alpha.id}`)).json()).toMatchObject({ code: 'ALPHA', timeZone: 'America/New_York' });
    });

    it("answers 404 to another court's administrator and 403 to a judge of the court", async () => {
      expectProblem(await patch(adminB, `/api/v1/courts/${alpha.id}`, { name: 'Hijacked' }), 404, 'not-found');
      expectProblem(await patch(judgeA, `/api/v1/courts/${alpha.id}`, { name: 'Hijacked' }), 403, 'forbidden');
      expectProblem(await patch(caseManagerA, `/api/v1/courts/${alpha.id}`, { name: 'Hijacked' }), 403, 'forbidden');
      expectProblem(await patch(participantA, `/api/v1/courts/${alpha.id}`, { name: 'Hijacked' }), 403, 'forbidden');
      expect((await adminA.get(`/api/v1/courts/${alpha.id}`)).json().name).toBe('Alpha Treatment Court');
    });

    it('leaves deactivating a court to the system administrator', async () => {
      expectProblem(await patch(adminA, `/api/v1/courts/${alpha.id}`, { active: false }), 403, 'court-manage-required');
      const court = (await sysadmin.post('/api/v1/courts', { ...VALID_COURT, code: 'SHORT-LIVED' })).json();
      await createStaff(ds, 'admin-short', 'court_admin', court.id);
      const admin = await signIn(app, 'admin-short');
      expect((await patch(sysadmin, `/api/v1/courts/${court.id}`, { active: false })).json().active).toBe(false);
      // Its staff hold no role while it is inactive (their only court), so they reach nothing; the system administrator still does.
      expectProblem(await admin.get('/api/v1/courts'), 403, 'forbidden');
      expect((await sysadmin.get(`/api/v1/courts/${court.id}`)).json().active).toBe(false);
      expect((await patch(sysadmin, `/api/v1/courts/${court.id}`, { active: true })).json().active).toBe(true);
      expect((await admin.get('/api/v1/courts')).json().map((c: { code: string }) => c.code)).toEqual(['SHORT-LIVED']);
    });

    it("sets the law and the notice per language by the court's administrator, audited without the text", async () => {
      const before = (await adminA.get(`/api/v1/courts/${alpha.id}`)).json();
      expect(before).toMatchObject({ lawName: '42 CFR Part 2', redisclosureNotices: {} });
      const notices = { pt: 'Aviso do tribunal.', es: 'Aviso del tribunal.' };
      const response = await patch(adminA, `/api/v1/courts/${alpha.id}`, { lawName: 'Ley 8204 y 42 CFR Part 2', redisclosureNotices: notices });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ lawName: 'Ley 8204 y 42 CFR Part 2', redisclosureNotices: notices, redisclosureNotice: before.redisclosureNotice });
      const rows = await auditRows('court.configure', alpha.id);
      expect(rows.at(-1).details.changes).toEqual({
        lawName: { from: '42 CFR Part 2', to: 'Ley 8204 y 42 CFR Part 2' },
        redisclosureNotices: { from: {}, to: { es: '19 characters', pt: '18 characters' } },
      });
      // The same map in another order changes nothing, so nothing is audited.
      expect((await patch(adminA, `/api/v1/courts/${alpha.id}`, { redisclosureNotices: { es: notices.es, pt: notices.pt } })).statusCode).toBe(200);
      expect(await auditRows('court.configure', alpha.id)).toHaveLength(rows.length);
    });

    it('refuses the law and the notices to anyone but the court administrator and the system administrator', async () => {
      expectProblem(await patch(judgeA, `/api/v1/courts/${alpha.id}`, { lawName: 'Other law' }), 403, 'forbidden');
      expectProblem(await patch(caseManagerA, `/api/v1/courts/${alpha.id}`, { redisclosureNotices: { en: 'Ours.' } }), 403, 'forbidden');
      expectProblem(await patch(participantA, `/api/v1/courts/${alpha.id}`, { redisclosureNotices: { en: 'Ours.' } }), 403, 'forbidden');
      expectProblem(await patch(adminB, `/api/v1/courts/${alpha.id}`, { lawName: 'Other law' }), 404, 'not-found');
      expect((await adminA.get(`/api/v1/courts/${alpha.id}`)).json()).toMatchObject({ lawName: 'Ley 8204 y 42 CFR Part 2' });
    });

    it.each([
      ['a language we do not speak', { redisclosureNotices: { fr: 'Avis.' } }],
      ['a notice too long', { redisclosureNotices: { es: 'x'.repeat(4001) } }],
      ['an empty notice', { redisclosureNotices: { pt: '' } }],
      ['a notice that is not text', { redisclosureNotices: { es: 42 } }],
      ['a list instead of a map', { redisclosureNotices: ['es'] }],
      ['a null map', { redisclosureNotices: null }],
      ['a blank law name', { lawName: '  ' }],
      ['a law name too long', { lawName: 'x'.repeat(201) }],
    ])('refuses %s with 422, changing nothing', async (_what, body) => {
      const before = (await adminA.get(`/api/v1/courts/${alpha.id}`)).json();
      const response = await patch(adminA, `/api/v1/courts/${alpha.id}`, { name: 'Renamed in passing', ...body });
      expectProblem(response, 422, 'validation-failed');
      expect(response.json().errors.map((e: { field: string }) => e.field)).toEqual([Object.keys(body)[0]]);
      expect((await adminA.get(`/api/v1/courts/${alpha.id}`)).json()).toEqual(before);
    });

    it('answers a refused notice map in Spanish, with the same code', async () => {
      const response = await adminA.request('PATCH', `/api/v1/courts/${alpha.id}`, { redisclosureNotices: { fr: 'Avis.' } }, { 'accept-language': 'es' });
      expectProblem(response, 422, 'validation-failed');
      expect(response.json().errors[0].message).toBe('redisclosureNotices debe ser un objeto cuyas claves sean en, es, pt y cuyos valores sean textos de 1 a 4000 caracteres');
    });

    it('lets the system administrator configure any court', async () => {
      const response = await patch(sysadmin, `/api/v1/courts/${bravo.id}`, { callInWindowEnd: '10:00' });
      expect(response.json()).toMatchObject({ callInWindowStart: '05:00', callInWindowEnd: '10:00' });
      expect(await auditRows('court.configure', bravo.id)).toEqual([
        expect.objectContaining({ actor_role: 'system_admin', basis: 'role:system_admin', court_id: bravo.id }),
      ]);
    });
  });

  describe('holidays', () => {
    let holidayId: string;

    it('are added by the court administrator and audited', async () => {
      const response = await adminA.post(`/api/v1/courts/${alpha.id}/holidays`, { date: '2026-12-25', name: 'Christmas Day' });
      expect(response.statusCode).toBe(201);
      holidayId = response.json().id;
      expect(response.json()).toEqual({ id: holidayId, courtId: alpha.id, date: '2026-12-25', name: 'Christmas Day' });
      await adminA.post(`/api/v1/courts/${alpha.id}/holidays`, { date: '2027-01-01', name: "New Year's Day" });
      expect(await auditRows('court.holiday_add', holidayId)).toEqual([
        expect.objectContaining({ court_id: alpha.id, basis: 'role:court_admin', details: { date: '2026-12-25', name: 'Christmas Day' } }),
      ]);
    });

    it('answer 409 for a second holiday on the same date', async () => {
      const before = await count('court_holidays');
      expectProblem(await adminA.post(`/api/v1/courts/${alpha.id}/holidays`, { date: '2026-12-25', name: 'Again' }), 409, 'holiday-exists');
      expect(await count('court_holidays')).toBe(before);
    });

    it.each([
      ['an impossible date', { date: '2026-02-30', name: 'Nope' }],
      ['a date that is not YYYY-MM-DD', { date: '25/12/2026', name: 'Nope' }],
      ['no name', { date: '2026-07-04' }],
      ['an unknown field', { date: '2026-07-04', name: 'Independence Day', observed: true }],
    ])('refuse %s with 422 and write nothing', async (_what, body) => {
      const before = await count('court_holidays');
      expectProblem(await adminA.post(`/api/v1/courts/${alpha.id}/holidays`, body), 422, 'validation-failed');
      expect(await count('court_holidays')).toBe(before);
    });

    it('are listed for members of the court, by year', async () => {
      const all = await judgeA.get(`/api/v1/courts/${alpha.id}/holidays`);
      expect(all.json().map((h: { date: string }) => h.date)).toEqual(['2026-12-25', '2027-01-01']);
      const in2027 = await caseManagerA.get(`/api/v1/courts/${alpha.id}/holidays?year=2027`);
      expect(in2027.json().map((h: { name: string }) => h.name)).toEqual(["New Year's Day"]);
      expectProblem(await adminA.get(`/api/v1/courts/${alpha.id}/holidays?year=soon`), 422, 'validation-failed');
      expectProblem(await adminA.get(`/api/v1/courts/${alpha.id}/holidays?month=1`), 422, 'validation-failed');
    });

    it("are out of reach for another court's administrator (404) and for a judge to change (403)", async () => {
      expectProblem(await adminB.get(`/api/v1/courts/${alpha.id}/holidays`), 404, 'not-found');
      expectProblem(await adminB.post(`/api/v1/courts/${alpha.id}/holidays`, { date: '2026-07-04', name: 'X' }), 404, 'not-found');
      expectProblem(await del(adminB, `/api/v1/courts/${alpha.id}/holidays/${holidayId}`), 404, 'not-found');
      // Nor through their own court's path.
      expectProblem(await del(adminB, `/api/v1/courts/${bravo.id}/holidays/${holidayId}`), 404, 'not-found');
      expectProblem(await judgeA.post(`/api/v1/courts/${alpha.id}/holidays`, { date: '2026-07-04', name: 'X' }), 403, 'forbidden');
      expectProblem(await del(judgeA, `/api/v1/courts/${alpha.id}/holidays/${holidayId}`), 403, 'forbidden');
      expect(await ds.query(`SELECT id FROM court_holidays WHERE id = $1`, [holidayId])).toHaveLength(1);
    });

    it('are removed by the court administrator, and audited', async () => {
      expect((await del(adminA, `/api/v1/courts/${alpha.id}/holidays/${holidayId}`)).statusCode).toBe(204);
      expect(await ds.query(`SELECT id FROM court_holidays WHERE id = $1`, [holidayId])).toEqual([]);
      expectProblem(await del(adminA, `/api/v1/courts/${alpha.id}/holidays/${holidayId}`), 404, 'not-found');
      expect(await auditRows('court.holiday_remove', holidayId)).toHaveLength(1);
    });
  });

  describe('provider organisations', () => {
    let organisationId: string;

    it('are added by the court administrator and listed for members', async () => {
      const response = await adminA.post(`/api/v1/courts/${alpha.id}/provider-organisations`, { name: 'Riverside Recovery' });
      expect(response.statusCode).toBe(201);
      organisationId = response.json().id;
      expect(response.json()).toEqual({ id: organisationId, courtId: alpha.id, name: 'Riverside Recovery', active: true });
      const list = await caseManagerA.get(`/api/v1/courts/${alpha.id}/provider-organisations`);
      expect(list.json()).toEqual([{ id: organisationId, courtId: alpha.id, name: 'Riverside Recovery', active: true }]);
      expect(await auditRows('court.organisation_create', organisationId)).toHaveLength(1);
    });

    it('answer 409 for a name in use in the court, and 422 for a blank one', async () => {
      const before = await count('provider_organisations');
      expectProblem(await adminA.post(`/api/v1/courts/${alpha.id}/provider-organisations`, { name: 'Riverside Recovery' }), 409, 'organisation-name-taken');
      expectProblem(await adminA.post(`/api/v1/courts/${alpha.id}/provider-organisations`, { name: ' ' }), 422, 'validation-failed');
      expect(await count('provider_organisations')).toBe(before);
      // The same name in another court is another organisation.
      expect((await adminB.post(`/api/v1/courts/${bravo.id}/provider-organisations`, { name: 'Riverside Recovery' })).statusCode).toBe(201);
    });

    it('are renamed and deactivated by the court administrator', async () => {
      const response = await patch(adminA, `/api/v1/courts/${alpha.id}/provider-organisations/${organisationId}`, { name: 'Riverside Recovery Center', active: false });
      expect(response.json()).toMatchObject({ name: 'Riverside Recovery Center', active: false });
      const [row] = await auditRows('court.organisation_update', organisationId);
      expect(row.details.changes).toEqual({ name: { from: 'Riverside Recovery', to: 'Riverside Recovery Center' }, active: { from: true, to: false } });
      expect((await patch(adminA, `/api/v1/courts/${alpha.id}/provider-organisations/${organisationId}`, { active: true })).json().active).toBe(true);
    });

    it("are out of reach for another court's administrator (404) and for a judge to change (403)", async () => {
      expectProblem(await adminB.get(`/api/v1/courts/${alpha.id}/provider-organisations`), 404, 'not-found');
      expectProblem(await adminB.post(`/api/v1/courts/${alpha.id}/provider-organisations`, { name: 'Intruder' }), 404, 'not-found');
      expectProblem(await patch(adminB, `/api/v1/courts/${alpha.id}/provider-organisations/${organisationId}`, { name: 'Mine' }), 404, 'not-found');
      expectProblem(await patch(adminB, `/api/v1/courts/${bravo.id}/provider-organisations/${organisationId}`, { name: 'Mine' }), 404, 'not-found');
      expectProblem(await judgeA.post(`/api/v1/courts/${alpha.id}/provider-organisations`, { name: 'Judge Org' }), 403, 'forbidden');
      expectProblem(await patch(judgeA, `/api/v1/courts/${alpha.id}/provider-organisations/${organisationId}`, { active: false }), 403, 'forbidden');
      expect((await ds.query(`SELECT name FROM provider_organisations WHERE id = $1`, [organisationId]))[0].name).toBe('Riverside Recovery Center');
    });

    it('are managed by the system administrator in any court', async () => {
      const other = await createOrganisation(ds, bravo.id, 'Harbor Health');
      const response = await patch(sysadmin, `/api/v1/courts/${bravo.id}/provider-organisations/${other}`, { active: false });
      expect(response.json()).toMatchObject({ id: other, active: false });
    });
  });
});
