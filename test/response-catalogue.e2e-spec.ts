import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DEFAULT_CATALOGUES } from '@app/violations';
import type { DataSource } from 'typeorm';
import {
  ApiClient,
  CourtFixture,
  createCourt,
  createOrganisation,
  createParticipant,
  createStaff,
  createTestingProgram,
  dataSourceOf,
  expectProblem,
  signIn,
  signInParticipant,
} from './support/fixtures';
import { createTestApi } from './support/test-app';
import { createTestDatabase, testConfig, TestDatabase } from './support/test-env';

const MISSING = '00000000-0000-4000-8000-000000000000';


interface EntryBody {
  id: string;
  programId: string;
  kind: string;
  code: string;
  name: string;
  level: number;
  effect: string;
  active: boolean;
  translations: Record<string, { name?: string }>;
}

describe('response catalogue', () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;
  let ds: DataSource;
  let alpha: CourtFixture;
  let bravo: CourtFixture;
  let sysadmin: ApiClient;
  let adminA: ApiClient;
  let adminB: ApiClient;
  let caseManagerA: ApiClient;
  let providerA: ApiClient;
  let participantA: ApiClient;
  let participantB: ApiClient;
  let atc: string;
  let bot: string;
  let hope: string;
  let bravoProgram: string;

  const catalogueUrl = (programId: string) => `/api/v1/programs/${programId}/response-catalogue`;
  const entryUrl = (entryId: string) => `/api/v1/response-catalogue/${entryId}`;
  const count = async (table: string, where = 'true', params: unknown[] = []): Promise<number> =>
    (await ds.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, params))[0].n;
  const snapshot = async () => ({ entries: await count('response_catalogue_entries'), audit: await count('audit_events', `action LIKE 'court.response_catalogue%'`) });
  const auditRows = (action: string, entityId: string) =>
    ds.query(`SELECT actor_role, court_id, basis, details FROM audit_events WHERE action = $1 AND $2 = ANY(entity_ids) ORDER BY id`, [action, entityId]);

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createTestApi(testConfig(db.url, { AUTH_SIGN_IN_PER_MINUTE: '1000', AUTH_SIGN_IN_PER_MINUTE_PER_ACCOUNT: '1000', RATE_LIMIT_PER_MINUTE: '100000' }));
    ds = dataSourceOf(app);
    alpha = await createCourt(ds, 'ALPHA');
    bravo = await createCourt(ds, 'BRAVO');
    const organisation = await createOrganisation(ds, alpha.id, 'Alpha Recovery');
    await createStaff(ds, 'root', 'system_admin', null);
    await createStaff(ds, 'admin-a', 'court_admin', alpha.id);
    await createStaff(ds, 'admin-b', 'court_admin', bravo.id);
    await createStaff(ds, 'cm-a', 'case_manager', alpha.id);
    await createStaff(ds, 'provider-a', 'treatment_provider', alpha.id, { organisationId: organisation });
    const pA = await createParticipant(ds, alpha, 'A-0001');
    const pB = await createParticipant(ds, bravo, 'B-0001');
    atc = (await createTestingProgram(ds, alpha.id, 'ATC', { model: 'treatment_court' })).id;
    bot = (await createTestingProgram(ds, alpha.id, 'BOT', { model: 'deferred_judgment' })).id;
    hope = (await createTestingProgram(ds, alpha.id, 'HOPE', { model: 'hope_probation' })).id;
    bravoProgram = (await createTestingProgram(ds, bravo.id, 'BRV', { model: 'treatment_court' })).id;
    [sysadmin, adminA, adminB, caseManagerA, providerA, participantA, participantB] = await Promise.all([
      signIn(app, 'root'),
      signIn(app, 'admin-a'),
      signIn(app, 'admin-b'),
      signIn(app, 'cm-a'),
      signIn(app, 'provider-a'),
      signInParticipant(app, pA),
      signInParticipant(app, pB),
    ]);
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  describe('copying the default', () => {
    it("copies the program model's default catalogue into an empty catalogue, audited as court configuration", async () => {
      expect((await adminA.get(catalogueUrl(atc))).json()).toEqual([]);
      const response = await adminA.post(catalogueUrl(atc), { fromDefault: true });
      expect(response.statusCode).toBe(201);
      const entries: EntryBody[] = response.json();
      const defaults = DEFAULT_CATALOGUES.treatment_court;
      expect(entries).toHaveLength(defaults.length);
      // The default's Spanish and Portuguese names come with it.
      expect(entries.map(({ kind, code, name, level, effect, translations }) => ({ kind, code, name, level, effect, translations }))).toEqual(
        expect.arrayContaining(defaults.map((d) => ({ ...d }))),
      );
      expect(entries.every((e) => e.programId === atc && e.active)).toBe(true);
      // Sanctions, then incentives, then treatment adjustments; by level within each.
      const kinds = entries.map((e) => e.kind);
      expect(kinds.indexOf('incentive')).toBeGreaterThan(kinds.lastIndexOf('sanction'));
      expect(kinds.indexOf('treatment_adjustment')).toBeGreaterThan(kinds.lastIndexOf('incentive'));
      const sanctionLevels = entries.filter((e) => e.kind === 'sanction').map((e) => e.level);
      expect(sanctionLevels).toEqual([...sanctionLevels].sort((a, b) => a - b));
      expect(entries.find((e) => e.code === 'JAIL')).toMatchObject({ kind: 'sanction', effect: 'jail', level: 6 });

      const [audit] = await auditRows('court.response_catalogue_copy_default', atc);
      expect(audit).toMatchObject({ actor_role: 'court_admin', court_id: alpha.id, basis: 'role:court_admin' });
      expect(audit.details).toMatchObject({ programId: atc, model: 'treatment_court', codes: entries.map((e) => e.code) });
      expect((await adminA.get(catalogueUrl(atc))).json()).toEqual(entries);
    });

    it('refuses to copy into a catalogue that has entries (409 catalogue-not-empty), writing nothing', async () => {
      const before = await snapshot();
      expectProblem(await adminA.post(catalogueUrl(atc), { fromDefault: true }), 409, 'catalogue-not-empty');
      expect(await snapshot()).toEqual(before);
    });

    it("lets the system administrator copy, and gives deferred judgment no jail and HOPE swift jail", async () => {
      const bots: EntryBody[] = (await sysadmin.post(catalogueUrl(bot), { fromDefault: true })).json();
      expect(bots.map((e) => e.code).sort()).toEqual(DEFAULT_CATALOGUES.deferred_judgment.map((d) => d.code).sort());
      expect(bots.some((e) => e.effect === 'jail')).toBe(false);
      const [audit] = await auditRows('court.response_catalogue_copy_default', bot);
      expect(audit).toMatchObject({ actor_role: 'system_admin', court_id: alpha.id, basis: 'role:system_admin' });

      const hopes: EntryBody[] = (await adminA.post(catalogueUrl(hope), { fromDefault: true })).json();
      expect(hopes.filter((e) => e.kind === 'sanction').map((e) => e.effect)).toContain('jail');
    });

    it('refuses fromDefault with entry fields, or other than true (422)', async () => {
      const before = await snapshot();
      const combined = await adminA.post(catalogueUrl(atc), { fromDefault: true, kind: 'sanction' });
      expectProblem(combined, 422, 'validation-failed');
      expect(combined.json().errors).toEqual([{ field: 'kind', message: 'kind cannot be combined with fromDefault' }]);
      const translated = await adminA.post(catalogueUrl(atc), { fromDefault: true, translations: {} });
      expect(translated.json().errors).toEqual([{ field: 'translations', message: 'translations cannot be combined with fromDefault' }]);
      const notTrue = await adminA.post(catalogueUrl(atc), { fromDefault: false });
      expectProblem(notTrue, 422, 'validation-failed');
      expect(notTrue.json().errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['fromDefault', 'kind', 'code', 'name', 'level']));
      expect(await snapshot()).toEqual(before);
    });
  });

  describe('adding an entry', () => {
    let weekend: EntryBody;

    it('adds an entry with its code upper-cased, audited', async () => {
      const response = await adminA.post(catalogueUrl(atc), { kind: 'sanction', code: ' jail_weekend ', name: 'Weekend in jail', level: 7, effect: 'jail' });
      expect(response.statusCode).toBe(201);
      weekend = response.json();
      expect(weekend).toMatchObject({ programId: atc, kind: 'sanction', code: 'JAIL_WEEKEND', name: 'Weekend in jail', level: 7, effect: 'jail', active: true });
      const [audit] = await auditRows('court.response_catalogue_create', weekend.id);
      expect(audit).toMatchObject({ actor_role: 'court_admin', court_id: alpha.id, basis: 'role:court_admin' });
      expect(audit.details).toEqual({ programId: atc, kind: 'sanction', code: 'JAIL_WEEKEND', name: 'Weekend in jail', level: 7, effect: 'jail', translations: {} });
      expect(weekend.translations).toEqual({});
      expect((await adminA.get(catalogueUrl(atc))).json().map((e: EntryBody) => e.code)).toContain('JAIL_WEEKEND');
    });

    it('defaults the effect to none', async () => {
      const response = await adminA.post(catalogueUrl(atc), { kind: 'incentive', code: 'MOVIE_TICKETS', name: 'Movie tickets', level: 2 });
      expect(response.statusCode).toBe(201);
      expect(response.json()).toMatchObject({ kind: 'incentive', effect: 'none' });
    });

    it('refuses a code the program has already (409 catalogue-code-taken), but not one another program has', async () => {
      const before = await snapshot();
      const taken = await adminA.post(catalogueUrl(atc), { kind: 'sanction', code: 'jail', name: 'Jail again', level: 6, effect: 'jail' });
      expectProblem(taken, 409, 'catalogue-code-taken');
      expect(taken.json().field).toBe('code');
      expect(await snapshot()).toEqual(before);
      const elsewhere = await adminB.post(catalogueUrl(bravoProgram), { kind: 'sanction', code: 'JAIL_WEEKEND', name: 'Weekend in jail', level: 7, effect: 'jail' });
      expect(elsewhere.statusCode).toBe(201);
    });

    it.each([
      ['level 0', { kind: 'sanction', code: 'ZERO', name: 'Zero', level: 0 }, ['level']],
      ['level 11', { kind: 'sanction', code: 'ELEVEN', name: 'Eleven', level: 11 }, ['level']],
      ['a fractional level', { kind: 'sanction', code: 'HALF', name: 'Half', level: 2.5 }, ['level']],
      ['jail on an incentive', { kind: 'incentive', code: 'JAIL_TREAT', name: 'Jail as a treat', level: 1, effect: 'jail' }, ['effect']],
      ['community service on a treatment adjustment', { kind: 'treatment_adjustment', code: 'CS', name: 'Hours', level: 1, effect: 'community_service' }, ['effect']],
      ['an unknown field', { kind: 'sanction', code: 'EXTRA', name: 'Extra', level: 1, amount: 3 }, ['amount']],
      ['a bad code', { kind: 'sanction', code: 'NO SPACES!', name: 'Bad code', level: 1 }, ['code']],
      ['an unknown kind and effect', { kind: 'punishment', code: 'PUNISH', name: 'Punish', level: 1, effect: 'flogging' }, ['kind', 'effect']],
      ['a blank name and no level', { kind: 'sanction', code: 'BLANK', name: '   ' }, ['name', 'level']],
      ['a null effect', { kind: 'sanction', code: 'NULLED', name: 'Null effect', level: 1, effect: null }, ['effect']],
      ['a translation in an unknown language', { kind: 'sanction', code: 'FR', name: 'French', level: 1, translations: { fr: { name: 'Prison' } } }, ['translations']],
      ['a translated field that is not translated', { kind: 'sanction', code: 'TR_CODE', name: 'Code', level: 1, translations: { es: { name: 'Cárcel', code: 'CARCEL' } } }, ['translations']],
      ['a blank translated name', { kind: 'sanction', code: 'TR_BLANK', name: 'Blank', level: 1, translations: { es: { name: '   ' } } }, ['translations']],
      ['a translated name too long', { kind: 'sanction', code: 'TR_LONG', name: 'Long', level: 1, translations: { pt: { name: 'x'.repeat(201) } } }, ['translations']],
      ['translations that are not an object of objects', { kind: 'sanction', code: 'TR_FLAT', name: 'Flat', level: 1, translations: { es: 'Cárcel' } }, ['translations']],
      ['null translations', { kind: 'sanction', code: 'TR_NULL', name: 'Null', level: 1, translations: null }, ['translations']],
    ])('refuses %s with 422 naming the field, writing nothing', async (_what, body, fields) => {
      const before = await snapshot();
      const response = await adminA.post(catalogueUrl(atc), body);
      expectProblem(response, 422, 'validation-failed');
      expect([...new Set(response.json().errors.map((e: { field: string }) => e.field))].sort()).toEqual([...fields].sort());
      expect(await snapshot()).toEqual(before);
    });

    describe('changing an entry', () => {
      it('changes the level, audited with what changed', async () => {
        const response = await adminA.patch(entryUrl(weekend.id), { level: 8 });
        expect(response.statusCode).toBe(200);
        expect(response.json()).toMatchObject({ id: weekend.id, code: 'JAIL_WEEKEND', level: 8, active: true });
        const [audit] = await auditRows('court.response_catalogue_update', weekend.id);
        expect(audit).toMatchObject({ actor_role: 'court_admin', court_id: alpha.id, basis: 'role:court_admin' });
        expect(audit.details).toEqual({ programId: atc, code: 'JAIL_WEEKEND', changes: { level: { from: 7, to: 8 } } });
      });

      it('retires and reinstates an entry; the catalogue keeps it', async () => {
        const retired = await adminA.patch(entryUrl(weekend.id), { active: false, name: 'Weekend in county jail' });
        expect(retired.statusCode).toBe(200);
        expect(retired.json()).toMatchObject({ active: false, name: 'Weekend in county jail', level: 8 });
        expect((await caseManagerA.get(catalogueUrl(atc))).json().find((e: EntryBody) => e.id === weekend.id)).toMatchObject({ active: false });
        expect((await adminA.patch(entryUrl(weekend.id), { active: true })).json()).toMatchObject({ active: true });
        expect(await count('audit_events', `action = 'court.response_catalogue_update' AND $1 = ANY(entity_ids)`, [weekend.id])).toBe(3);
      });

      it('writes nothing for a change that changes nothing', async () => {
        const before = await snapshot();
        const response = await adminA.patch(entryUrl(weekend.id), { level: 8 });
        expect(response.statusCode).toBe(200);
        expect(await snapshot()).toEqual(before);
      });

      it.each([
        ['the kind', { kind: 'incentive' }, ['kind']],
        ['the code', { code: 'OTHER' }, ['code']],
        ['the effect', { effect: 'none' }, ['effect']],
        ['level 0', { level: 0 }, ['level']],
        ['a null name', { name: null }, ['name']],
      ])('refuses a change of %s with 422, writing nothing', async (_what, body, fields) => {
        const before = await snapshot();
        const response = await adminA.patch(entryUrl(weekend.id), body);
        expectProblem(response, 422, 'validation-failed');
        expect([...new Set(response.json().errors.map((e: { field: string }) => e.field))]).toEqual(fields);
        expect(await snapshot()).toEqual(before);
        expect((await ds.query(`SELECT kind, code, effect, level, name, translations FROM response_catalogue_entries WHERE id = $1`, [weekend.id]))[0]).toEqual({
          kind: 'sanction',
          code: 'JAIL_WEEKEND',
          effect: 'jail',
          level: 8,
          name: 'Weekend in county jail',
          translations: {},
        });
      });

      it('stores the name in other languages as entered, replacing the whole map, audited with what changed', async () => {
        const translations = { pt: { name: ' Fim de semana na prisão ' }, es: { name: 'Fin de semana en la cárcel' } };
        const response = await adminA.patch(entryUrl(weekend.id), { translations });
        expect(response.statusCode).toBe(200);
        const stored = { es: { name: 'Fin de semana en la cárcel' }, pt: { name: 'Fim de semana na prisão' } };
        expect(response.json()).toMatchObject({ name: 'Weekend in county jail', translations: stored });
        expect((await providerA.get(catalogueUrl(atc))).json().find((e: EntryBody) => e.id === weekend.id)).toMatchObject({
          name: 'Weekend in county jail',
          translations: stored,
        });
        const audits = await auditRows('court.response_catalogue_update', weekend.id);
        expect(audits[audits.length - 1].details.changes).toEqual({ translations: { from: {}, to: stored } });
        // The same map in another order changes nothing.
        const before = await snapshot();
        expect((await adminA.patch(entryUrl(weekend.id), { translations })).statusCode).toBe(200);
        expect(await snapshot()).toEqual(before);
        expect((await adminA.patch(entryUrl(weekend.id), { translations: { es: { name: 'Fin de semana' } } })).json().translations).toEqual({ es: { name: 'Fin de semana' } });
        expect((await adminA.patch(entryUrl(weekend.id), { translations: {} })).json().translations).toEqual({});
      });

      it('adds an entry with its name in other languages', async () => {
        const response = await adminB.post(catalogueUrl(bravoProgram), {
          kind: 'incentive',
          code: 'PRAISE_BENCH',
          name: 'Praise from the bench',
          level: 1,
          translations: { es: { name: 'Elogio del juez' } },
        });
        expect(response.statusCode).toBe(201);
        expect(response.json().translations).toEqual({ es: { name: 'Elogio del juez' } });
      });

      it.each([
        ['an unknown language', { translations: { fr: { name: 'Prison' } } }],
        ['an unknown translated field', { translations: { es: { level: 'uno' } } }],
        ['a blank translated name', { translations: { es: { name: '' } } }],
        ['null translations', { translations: null }],
      ])('refuses translations with %s (422), changing nothing', async (_what, body) => {
        await adminA.patch(entryUrl(weekend.id), { translations: { es: { name: 'Fin de semana' } } });
        const before = await snapshot();
        const response = await adminA.patch(entryUrl(weekend.id), { ...body, level: 9 });
        expectProblem(response, 422, 'validation-failed');
        expect(response.json().errors.map((e: { field: string }) => e.field)).toEqual(['translations']);
        expect(await snapshot()).toEqual(before);
        expect((await ds.query(`SELECT level, translations FROM response_catalogue_entries WHERE id = $1`, [weekend.id]))[0]).toEqual({
          level: 8,
          translations: { es: { name: 'Fin de semana' } },
        });
      });
    });

    describe('who may write', () => {
      it('refuses a case manager (403), writing nothing', async () => {
        const before = await snapshot();
        expectProblem(await caseManagerA.post(catalogueUrl(atc), { kind: 'sanction', code: 'CM', name: 'By a case manager', level: 1 }), 403, 'forbidden');
        expectProblem(await caseManagerA.post(catalogueUrl(bravoProgram), { fromDefault: true }), 403, 'forbidden');
        expectProblem(await caseManagerA.patch(entryUrl(weekend.id), { level: 1 }), 403, 'forbidden');
        expect(await snapshot()).toEqual(before);
      });

      it("answers another court's administrator 404, as for a program or entry that does not exist", async () => {
        const before = await snapshot();
        expectProblem(await adminB.post(catalogueUrl(atc), { kind: 'sanction', code: 'FROM_BRAVO', name: 'From Bravo', level: 1 }), 404, 'not-found');
        expectProblem(await adminB.post(catalogueUrl(bot), { fromDefault: true }), 404, 'not-found');
        expectProblem(await adminB.patch(entryUrl(weekend.id), { level: 1 }), 404, 'not-found');
        expectProblem(await adminB.get(catalogueUrl(atc)), 404, 'not-found');
        expectProblem(await adminA.post(catalogueUrl(MISSING), { fromDefault: true }), 404, 'not-found');
        expectProblem(await adminA.patch(entryUrl(MISSING), { level: 1 }), 404, 'not-found');
        expectProblem(await adminA.get(catalogueUrl(MISSING)), 404, 'not-found');
        expectProblem(await adminA.get(catalogueUrl('not-a-uuid')), 400, 'bad-request');
        expect(await snapshot()).toEqual(before);
      });
    });
  });

  describe('reading', () => {
    it('is open to everyone in the court: staff, a treatment provider, a participant', async () => {
      for (const client of [caseManagerA, providerA, participantA, adminA, sysadmin]) {
        const response = await client.get(catalogueUrl(atc));
        expect(response.statusCode).toBe(200);
        expect(response.json().length).toBe(DEFAULT_CATALOGUES.treatment_court.length + 2);
      }
    });

    it('is not open to another court or to the anonymous', async () => {
      expectProblem(await participantB.get(catalogueUrl(atc)), 404, 'not-found');
      expectProblem(await app.inject({ method: 'GET', url: catalogueUrl(atc) }), 401, 'unauthenticated');
    });
  });
});
