import { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { DataSource } from 'typeorm';
import {
  ApiClient,
  CourtFixture,
  createCourt,
  createParticipant,
  createStaff,
  dataSourceOf,
  expectProblem,
  signIn,
  signInParticipant,
} from './support/fixtures';
import { createTestApi } from './support/test-app';
import { createTestDatabase, testConfig, TestDatabase } from './support/test-env';

const MISSING = '00000000-0000-4000-8000-000000000000';


const patch = (client: ApiClient, url: string, payload: unknown) => client.request('PATCH', url, payload);

interface PhaseBody {
  name: string;
  translations?: Record<string, Record<string, string>>;
  description?: string | null;
  minDaysInPhase: number;
  sobrietyDays: number;
  testsPerWeek: number;
  hearingEveryWeeks: number | null;
  treatmentSessionsPerWeek: number;
  communityServiceHours: number;
  milestones?: string[];
  feesDue: number;
}

const phase = (name: string, overrides: Partial<PhaseBody> = {}): PhaseBody => ({
  name,
  description: null,
  minDaysInPhase: 30,
  sobrietyDays: 14,
  testsPerWeek: 2,
  hearingEveryWeeks: 2,
  treatmentSessionsPerWeek: 1,
  communityServiceHours: 0,
  milestones: [],
  feesDue: 0,
  ...overrides,
});

/** A phase as the API returns it, as a body to write it again. */
const asInput = ({ id: _id, position: _position, ...rest }: PhaseBody & { id?: string; position: number }): PhaseBody => rest;

describe('programs and phase plans', () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;
  let ds: DataSource;
  let alpha: CourtFixture;
  let bravo: CourtFixture;
  let sysadmin: ApiClient;
  let adminA: ApiClient;
  let adminB: ApiClient;
  let caseManagerA: ApiClient;
  let participantA: ApiClient;
  const created: Record<string, { id: string; currentPlan: { id: string; phases: Array<PhaseBody & { id: string; position: number }> } }> = {};

  const count = async (table: string): Promise<number> => (await ds.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
  const counts = async () => ({ programs: await count('programs'), plans: await count('phase_plans'), phases: await count('phases'), audit: await count('audit_events') });
  const auditRows = (action: string, entityId: string) =>
    ds.query(`SELECT actor_role, court_id, basis, details FROM audit_events WHERE action = $1 AND $2 = ANY(entity_ids) ORDER BY id`, [action, entityId]);
  const programsUrl = () => `/api/v1/courts/${alpha.id}/programs`;

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createTestApi(testConfig(db.url, { AUTH_SIGN_IN_PER_MINUTE: '1000', AUTH_SIGN_IN_PER_MINUTE_PER_ACCOUNT: '1000', RATE_LIMIT_PER_MINUTE: '100000' }));
    ds = dataSourceOf(app);
    alpha = await createCourt(ds, 'ALPHA');
    bravo = await createCourt(ds, 'BRAVO', { timeZone: 'Pacific/Honolulu', window: ['05:00', '09:00'] });
    await createStaff(ds, 'root', 'system_admin', null);
    await createStaff(ds, 'admin-a', 'court_admin', alpha.id);
    await createStaff(ds, 'admin-b', 'court_admin', bravo.id);
    await createStaff(ds, 'cm-a', 'case_manager', alpha.id);
    const participant = await createParticipant(ds, alpha, 'A-0001');
    [sysadmin, adminA, adminB, caseManagerA, participantA] = await Promise.all([
      signIn(app, 'root'),
      signIn(app, 'admin-a'),
      signIn(app, 'admin-b'),
      signIn(app, 'cm-a'),
      signInParticipant(app, participant),
    ]);
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  describe('templates', () => {
    it('lists one template per model for anyone who can read a court', async () => {
      const response = await caseManagerA.get('/api/v1/program-templates');
      expect(response.statusCode).toBe(200);
      const templates = response.json();
      expect(templates.map((t: { model: string }) => t.model)).toEqual(['treatment_court', 'hope_probation', 'deferred_judgment']);
      expect(templates[0].phases).toHaveLength(5);
      expect(templates[0].phases[0]).toMatchObject({ position: 1, testsPerWeek: 3, hearingEveryWeeks: 1, treatmentSessionsPerWeek: 3 });
      expect(templates[1].phases.every((p: PhaseBody) => p.hearingEveryWeeks === null)).toBe(true);
      expect(templates[2].phases.at(-1).communityServiceHours).toBe(220);
      expectProblem(await app.inject({ method: 'GET', url: '/api/v1/program-templates' }), 401, 'unauthenticated');
    });
  });

  describe('creating a program', () => {
    it.each([
      ['treatment_court', 'atc', 5, ['team', 'prosecutor', 'defense']],
      ['hope_probation', 'HOPE', 2, ['team']],
      ['deferred_judgment', 'BOT', 2, ['prosecutor', 'team']],
    ])('copies the %s template as plan version 1', async (model, code, phaseCount, approvals) => {
      const template = (await adminA.get('/api/v1/program-templates')).json().find((t: { model: string }) => t.model === model);
      const response = await adminA.post(programsUrl(), { code, name: `Alpha ${model}`, model });
      expect(response.statusCode).toBe(201);
      const program = response.json();
      expect(program).toMatchObject({
        courtId: alpha.id,
        code: code.toUpperCase(),
        name: `Alpha ${model}`,
        model,
        active: true,
        requiredApprovals: approvals,
        excludedChargeCategories: template.excludedChargeCategories,
        currentPlan: { version: 1, note: `Copied from the ${template.name} template` },
      });
      expect(program.currentPlan.phases).toHaveLength(phaseCount);
      expect(program.currentPlan.phases.map(({ id: _id, ...rest }: { id: string }) => rest)).toEqual(template.phases);
      created[model] = program;
    });

    it('audits a creation with the court administrator as actor', async () => {
      const program = created.treatment_court;
      expect(await auditRows('program.create', program.id)).toEqual([
        {
          actor_role: 'court_admin',
          court_id: alpha.id,
          basis: 'role:court_admin',
          details: expect.objectContaining({ code: 'ATC', model: 'treatment_court', template: true, phasePlanVersion: 1, phaseCount: 5 }),
        },
      ]);
    });

    it('takes explicit phases and settings instead of the template', async () => {
      const response = await adminA.post(programsUrl(), {
        code: 'CUSTOM',
        name: 'Custom Program',
        model: 'treatment_court',
        phases: [
          phase('Start', { description: '  first  ', milestones: [' sober housing '] }),
          phase('Finish', { communityServiceHours: 12.5, feesDue: 75.25, hearingEveryWeeks: null, testsPerWeek: 0.5 }),
        ],
        requiredApprovals: ['team'],
        excludedChargeCategories: [],
        note: 'Our own plan',
      });
      expect(response.statusCode).toBe(201);
      expect(response.json()).toMatchObject({
        requiredApprovals: ['team'],
        excludedChargeCategories: [],
        currentPlan: {
          version: 1,
          note: 'Our own plan',
          phases: [
            { position: 1, name: 'Start', description: 'first', milestones: ['sober housing'] },
            { position: 2, name: 'Finish', communityServiceHours: 12.5, feesDue: 75.25, hearingEveryWeeks: null, testsPerWeek: 0.5 },
          ],
        },
      });
    });

    it('stores the program and phase names in other languages, trimmed, and audits them with the creation', async () => {
      const response = await adminA.post(programsUrl(), {
        code: 'BILINGUAL',
        name: 'Family Treatment Court',
        translations: { pt: { name: ' Tribunal de Tratamento Familiar ' }, es: { name: 'Tribunal de Tratamiento Familiar' } },
        model: 'treatment_court',
        phases: [phase('Stabilisation', { translations: { es: { name: ' Estabilización ' } } }), phase('Maintenance')],
      });
      expect(response.statusCode).toBe(201);
      const program = response.json();
      expect(program).toMatchObject({
        name: 'Family Treatment Court',
        translations: { es: { name: 'Tribunal de Tratamiento Familiar' }, pt: { name: 'Tribunal de Tratamento Familiar' } },
        currentPlan: { phases: [{ name: 'Stabilisation', translations: { es: { name: 'Estabilización' } } }, { name: 'Maintenance', translations: {} }] },
      });
      expect((await caseManagerA.get(`/api/v1/programs/${program.id}`)).json()).toEqual(program);
      const [row] = await auditRows('program.create', program.id);
      expect(row.details.translations).toEqual(program.translations);
      expect(created.treatment_court).toMatchObject({ translations: {} });
    });

    it('creates a program without a plan when template is false and no phases are given', async () => {
      const response = await adminA.post(programsUrl(), { code: 'EMPTY', name: 'Not yet planned', model: 'hope_probation', template: false });
      expect(response.statusCode).toBe(201);
      expect(response.json()).toMatchObject({ code: 'EMPTY', requiredApprovals: ['team'], currentPlan: null });
      expect((await adminA.get(`/api/v1/programs/${response.json().id}/phase-plans`)).json()).toEqual([]);
    });

    it('answers 409 for a code in use in the court, whatever its case, and writes nothing', async () => {
      const before = await counts();
      expectProblem(await adminA.post(programsUrl(), { code: 'Atc', name: 'Again', model: 'treatment_court' }), 409, 'program-code-taken');
      expect(await counts()).toEqual(before);
      // The same code in another court is another program.
      expect((await adminB.post(`/api/v1/courts/${bravo.id}/programs`, { code: 'ATC', name: 'Bravo ATC', model: 'treatment_court' })).statusCode).toBe(201);
    });

    it.each([
      ['decreasing cumulative community service hours', { phases: [phase('A', { communityServiceHours: 30 }), phase('B', { communityServiceHours: 20 })] }, 'phases.1.communityServiceHours'],
      ['decreasing cumulative fees', { phases: [phase('A', { feesDue: 100 }), phase('B', { feesDue: 50 })] }, 'phases.1.feesDue'],
      ['an empty list of phases', { phases: [] }, 'phases'],
      ['13 phases', { phases: Array.from({ length: 13 }, (_x, i) => phase(`P${i}`)) }, 'phases'],
      ['8 tests a week', { phases: [phase('A', { testsPerWeek: 8 })] }, 'phases.0.testsPerWeek'],
      ['tests a week with two decimals', { phases: [phase('A', { testsPerWeek: 2.25 })] }, 'phases.0.testsPerWeek'],
      ['hearings every 0 weeks', { phases: [phase('A', { hearingEveryWeeks: 0 })] }, 'phases.0.hearingEveryWeeks'],
      ['a missing requirement', { phases: [{ name: 'A', minDaysInPhase: 30 }] }, 'phases.0.testsPerWeek'],
      ['repeated phase names', { phases: [phase('Stabilisation'), phase('stabilisation')] }, 'phases.1.name'],
      ['a blank milestone', { phases: [phase('A', { milestones: ['  '] })] }, 'phases.0.milestones'],
      ['a repeated milestone', { phases: [phase('A', { milestones: ['employed', 'Employed'] })] }, 'phases.0.milestones'],
      ['an unknown field in a phase', { phases: [{ ...phase('A'), position: 1 }] }, 'phases.0.position'],
      ['template with phases', { template: true, phases: [phase('A')] }, 'template'],
      ['no required approvals', { requiredApprovals: [] }, 'requiredApprovals'],
      ['an unknown screening party', { requiredApprovals: ['judge'] }, 'requiredApprovals'],
      ['a repeated screening party', { requiredApprovals: ['team', 'team'] }, 'requiredApprovals'],
      ['an unknown charge category', { excludedChargeCategories: ['jaywalking'] }, 'excludedChargeCategories'],
      ['an unknown model', { model: 'boot_camp' }, 'model'],
      ['a code with an underscore', { code: 'AB_C' }, 'code'],
      ['a blank name', { name: '  ' }, 'name'],
      ['an unknown field', { active: false }, 'active'],
      ['a name in an unknown language', { translations: { fr: { name: 'Programme' } } }, 'translations'],
      ['an unknown translated field', { translations: { es: { description: 'Programa' } } }, 'translations'],
      ['a blank translated name', { translations: { es: { name: '  ' } } }, 'translations'],
      ['a null translations', { translations: null }, 'translations'],
      ['a phase name in an unknown language', { phases: [phase('A', { translations: { de: { name: 'Anfang' } } })] }, 'phases.0.translations'],
    ])('refuses %s with 422 problem+json and writes nothing', async (_what, change, field) => {
      const before = await counts();
      const response = await adminA.post(programsUrl(), { code: 'BAD', name: 'Bad Program', model: 'treatment_court', ...change });
      expectProblem(response, 422, 'validation-failed');
      expect(response.json().errors.map((e: { field: string }) => e.field)).toContain(field);
      expect(await counts()).toEqual(before);
    });

    it('is for court administrators: a case manager gets 403, another court 404, a bad court id 400', async () => {
      const before = await counts();
      const body = { code: 'NOPE', name: 'Nope', model: 'treatment_court' };
      expectProblem(await caseManagerA.post(programsUrl(), body), 403, 'forbidden');
      expectProblem(await participantA.post(programsUrl(), body), 403, 'forbidden');
      expectProblem(await adminB.post(programsUrl(), body), 404, 'not-found');
      expectProblem(await sysadmin.post(`/api/v1/courts/${MISSING}/programs`, body), 404, 'not-found');
      expectProblem(await adminA.post('/api/v1/courts/not-a-uuid/programs', body), 400, 'bad-request');
      expect(await counts()).toEqual(before);
    });

    it('lets the system administrator create a program in any court', async () => {
      const response = await sysadmin.post(`/api/v1/courts/${bravo.id}/programs`, { code: 'HOPE', name: 'Bravo HOPE', model: 'hope_probation' });
      expect(response.statusCode).toBe(201);
      expect(await auditRows('program.create', response.json().id)).toEqual([expect.objectContaining({ actor_role: 'system_admin', court_id: bravo.id })]);
    });
  });

  describe('reading programs', () => {
    it("lists the court's programs by code, with their current plans, for its members", async () => {
      for (const client of [adminA, caseManagerA, participantA]) {
        const response = await client.get(programsUrl());
        expect(response.statusCode).toBe(200);
        expect(response.json().map((p: { code: string }) => p.code)).toEqual(['ATC', 'BILINGUAL', 'BOT', 'CUSTOM', 'EMPTY', 'HOPE']);
      }
      const list = (await caseManagerA.get(programsUrl())).json();
      expect(list.find((p: { code: string }) => p.code === 'ATC')).toEqual(created.treatment_court);
      expect(list.find((p: { code: string }) => p.code === 'EMPTY').currentPlan).toBeNull();
    });

    it('gets one program with its current plan', async () => {
      const response = await caseManagerA.get(`/api/v1/programs/${created.deferred_judgment.id}`);
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual(created.deferred_judgment);
    });

    it("answers 404 for a program or plan in a court the caller does not belong to, as for one that does not exist", async () => {
      const program = created.treatment_court;
      expectProblem(await adminB.get(programsUrl()), 404, 'not-found');
      expectProblem(await adminB.get(`/api/v1/programs/${program.id}`), 404, 'not-found');
      expectProblem(await adminB.get(`/api/v1/programs/${program.id}/phase-plans`), 404, 'not-found');
      expectProblem(await adminB.get(`/api/v1/phase-plans/${program.currentPlan.id}`), 404, 'not-found');
      expectProblem(await adminB.get(`/api/v1/programs/${MISSING}`), 404, 'not-found');
      expectProblem(await adminB.get(`/api/v1/phase-plans/${MISSING}`), 404, 'not-found');
      expectProblem(await adminA.get('/api/v1/programs/not-a-uuid'), 400, 'bad-request');
      expect((await sysadmin.get(`/api/v1/programs/${program.id}`)).statusCode).toBe(200);
    });
  });

  describe('phase plan versions', () => {
    let v1: unknown;

    it('writes version 2 from a full list of phases and leaves version 1 as it was', async () => {
      const program = created.treatment_court;
      v1 = (await caseManagerA.get(`/api/v1/phase-plans/${program.currentPlan.id}`)).json();
      expect(v1).toEqual(program.currentPlan);
      const phases = program.currentPlan.phases.map(asInput);
      phases[2] = { ...phases[2], minDaysInPhase: 90, testsPerWeek: 2.5 };
      const response = await adminA.post(`/api/v1/programs/${program.id}/phase-plans`, { phases, note: 'Phase 3 shortened to 90 days' });
      expect(response.statusCode).toBe(201);
      const v2 = response.json();
      expect(v2).toMatchObject({ version: 2, note: 'Phase 3 shortened to 90 days' });
      expect(v2.id).not.toBe(program.currentPlan.id);
      expect(v2.phases.map(asInput)).toEqual(phases);
      expect(v2.phases[2]).toMatchObject({ position: 3, minDaysInPhase: 90, testsPerWeek: 2.5 });

      expect((await caseManagerA.get(`/api/v1/phase-plans/${program.currentPlan.id}`)).json()).toEqual(v1);
      expect((await caseManagerA.get(`/api/v1/programs/${program.id}`)).json().currentPlan).toEqual(v2);
      expect(await auditRows('program.phase_plan_create', v2.id)).toEqual([
        expect.objectContaining({ actor_role: 'court_admin', court_id: alpha.id, details: { version: 2, phaseCount: 5, note: 'Phase 3 shortened to 90 days' } }),
      ]);
    });

    it('lists the versions newest first with their phase counts', async () => {
      const response = await caseManagerA.get(`/api/v1/programs/${created.treatment_court.id}/phase-plans`);
      expect(response.statusCode).toBe(200);
      const versions = response.json();
      expect(versions.map((v: { version: number; phaseCount: number; note: string }) => [v.version, v.phaseCount, v.note])).toEqual([
        [2, 5, 'Phase 3 shortened to 90 days'],
        [1, 5, 'Copied from the Adult Treatment Court template'],
      ]);
      expect(Object.keys(versions[0]).sort()).toEqual(['createdAt', 'id', 'note', 'phaseCount', 'version']);
    });

    it('gives concurrent writers consecutive versions', async () => {
      const program = created.hope_probation;
      const phases = program.currentPlan.phases.map(asInput);
      const responses = await Promise.all(
        Array.from({ length: 5 }, (_x, i) => adminA.post(`/api/v1/programs/${program.id}/phase-plans`, { phases, note: `writer ${i}` })),
      );
      expect(responses.map((r) => r.statusCode)).toEqual([201, 201, 201, 201, 201]);
      expect(responses.map((r) => r.json().version).sort()).toEqual([2, 3, 4, 5, 6]);
    });

    it('writes phase names in other languages with a version, and keeps them with it', async () => {
      const program = created.hope_probation;
      const phases = program.currentPlan.phases.map(asInput);
      phases[0] = { ...phases[0], translations: { es: { name: 'Supervisión' }, pt: { name: 'Supervisão' } } };
      const response = await adminA.post(`/api/v1/programs/${program.id}/phase-plans`, { phases, note: 'In Spanish and Portuguese' });
      expect(response.statusCode).toBe(201);
      const plan = response.json();
      expect(plan.phases.map((p: PhaseBody) => p.translations)).toEqual([
        { es: { name: 'Supervisión' }, pt: { name: 'Supervisão' } },
        // The second phase keeps the wording its template gave it.
        { es: { name: 'Pruebas reducidas' }, pt: { name: 'Testes reduzidos' } },
      ]);
      expect((await caseManagerA.get(`/api/v1/phase-plans/${plan.id}`)).json()).toEqual(plan);
      // The earlier version is as it was.
      expect((await caseManagerA.get(`/api/v1/phase-plans/${program.currentPlan.id}`)).json()).toEqual(program.currentPlan);
    });

    it.each([
      ['decreasing cumulative hours', { phases: [phase('A', { communityServiceHours: 30 }), phase('B', { communityServiceHours: 29.5 })] }, 'phases.1.communityServiceHours'],
      ['no phases', { phases: [] }, 'phases'],
      ['a missing list of phases', {}, 'phases'],
      ['8 tests a week', { phases: [phase('A', { testsPerWeek: 8 })] }, 'phases.0.testsPerWeek'],
      ['an unknown field', { phases: [phase('A')], version: 7 }, 'version'],
      ['a phase name in an unknown language', { phases: [phase('A', { translations: { fr: { name: 'Début' } } })] }, 'phases.0.translations'],
      ['a translated phase name too long', { phases: [phase('A', { translations: { es: { name: 'x'.repeat(121) } } })] }, 'phases.0.translations'],
    ])('refuses %s with 422 and writes no version', async (_what, body, field) => {
      const before = await counts();
      const response = await adminA.post(`/api/v1/programs/${created.treatment_court.id}/phase-plans`, body);
      expectProblem(response, 422, 'validation-failed');
      expect(response.json().errors.map((e: { field: string }) => e.field)).toContain(field);
      expect(await counts()).toEqual(before);
    });

    it('are written by court administrators only: 403 to a case manager, 404 to another court', async () => {
      const before = await counts();
      const body = { phases: [phase('Only')] };
      expectProblem(await caseManagerA.post(`/api/v1/programs/${created.treatment_court.id}/phase-plans`, body), 403, 'forbidden');
      expectProblem(await adminB.post(`/api/v1/programs/${created.treatment_court.id}/phase-plans`, body), 404, 'not-found');
      expectProblem(await adminA.post(`/api/v1/programs/${MISSING}/phase-plans`, body), 404, 'not-found');
      expect(await counts()).toEqual(before);
    });
  });

  describe('configuring a program', () => {
    it('changes name, eligibility, approvals and opening, and audits what changed', async () => {
      const program = created.deferred_judgment;
      const response = await patch(adminA, `/api/v1/programs/${program.id}`, {
        name: 'Back on Track (Alpha)',
        requiredApprovals: ['prosecutor'],
        excludedChargeCategories: ['violent', 'sex_offense', 'weapons', 'drug_sale'],
        active: false,
      });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({
        ...program,
        name: 'Back on Track (Alpha)',
        requiredApprovals: ['prosecutor'],
        excludedChargeCategories: ['violent', 'sex_offense', 'weapons', 'drug_sale'],
        active: false,
      });
      const [row] = await auditRows('program.update', program.id);
      expect(row).toMatchObject({ actor_role: 'court_admin', court_id: alpha.id, basis: 'role:court_admin' });
      expect(row.details.changes).toEqual({
        name: { from: 'Alpha deferred_judgment', to: 'Back on Track (Alpha)' },
        requiredApprovals: { from: ['prosecutor', 'team'], to: ['prosecutor'] },
        excludedChargeCategories: { from: ['violent', 'sex_offense', 'weapons'], to: ['violent', 'sex_offense', 'weapons', 'drug_sale'] },
        active: { from: true, to: false },
      });
    });

    it('replaces the name in other languages, audits what changed, and {} removes them', async () => {
      const program = created.treatment_court;
      const url = `/api/v1/programs/${program.id}`;
      const response = await patch(adminA, url, { translations: { es: { name: ' Tribunal de Tratamiento ' } } });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ name: 'Alpha treatment_court', translations: { es: { name: 'Tribunal de Tratamiento' } } });
      // The same again changes nothing and audits nothing.
      const before = await counts();
      expect((await patch(adminA, url, { translations: { es: { name: 'Tribunal de Tratamiento' } } })).statusCode).toBe(200);
      expect(await counts()).toEqual(before);
      expect((await patch(adminA, url, { translations: {} })).json().translations).toEqual({});
      expect((await auditRows('program.update', program.id)).map((r: { details: { changes: unknown } }) => r.details.changes)).toEqual([
        { translations: { from: {}, to: { es: { name: 'Tribunal de Tratamiento' } } } },
        { translations: { from: { es: { name: 'Tribunal de Tratamiento' } }, to: {} } },
      ]);
    });

    it.each([
      ['a name in an unknown language', { translations: { fr: { name: 'Programme' } } }],
      ['an unknown translated field', { translations: { es: { code: 'X' } } }],
      ['a translated name too long', { translations: { es: { name: 'x'.repeat(201) } } }],
      ['translations as a list', { translations: [{ es: { name: 'Programa' } }] }],
    ])('refuses %s with 422 and changes nothing', async (_what, body) => {
      const url = `/api/v1/programs/${created.deferred_judgment.id}`;
      const before = await counts();
      const program = (await adminA.get(url)).json();
      const response = await patch(adminA, url, { name: 'Renamed', ...body });
      expectProblem(response, 422, 'validation-failed');
      expect(response.json().errors.map((e: { field: string }) => e.field)).toContain('translations');
      expect(await counts()).toEqual(before);
      expect((await adminA.get(url)).json()).toEqual(program);
    });

    it.each([
      ['no required approvals', { requiredApprovals: [] }],
      ['an unknown charge category', { excludedChargeCategories: ['littering'] }],
      ['a null name', { name: null }],
      ['a change of code', { code: 'NEW' }],
      ['a change of model', { model: 'hope_probation' }],
    ])('refuses %s with 422', async (_what, body) => {
      const before = await counts();
      expectProblem(await patch(adminA, `/api/v1/programs/${created.deferred_judgment.id}`, body), 422, 'validation-failed');
      expect(await counts()).toEqual(before);
    });

    it('is out of reach for a case manager (403) and another court (404)', async () => {
      expectProblem(await patch(caseManagerA, `/api/v1/programs/${created.treatment_court.id}`, { name: 'Hijacked' }), 403, 'forbidden');
      expectProblem(await patch(adminB, `/api/v1/programs/${created.treatment_court.id}`, { name: 'Hijacked' }), 404, 'not-found');
      expect((await adminA.get(`/api/v1/programs/${created.treatment_court.id}`)).json().name).toBe('Alpha treatment_court');
    });
  });
});
