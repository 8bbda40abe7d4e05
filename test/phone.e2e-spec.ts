import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { TestClock } from '@app/core';
import type { DataSource } from 'typeorm';
import {
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
} from './support/fixtures';
import { createTestApi } from './support/test-app';
import { createTestDatabase, testConfig, TestDatabase } from './support/test-env';

/**
 * The participant's cheap phone: whom to call (case manager, the court's help
 * line, and the court by its code before sign-in), court today with its
 * courtroom and address, the court's currency, and the court's own wording
 * (courtrooms, phases, milestones) in the reader's language.
 */
describe("the participant's phone", () => {
  // 10:00 in Chicago on a Monday; Postgres only converts the instants it is given.
  const clock = new TestClock(new Date('2026-11-23T16:00:00Z'));
  let db: TestDatabase;
  let app: NestFastifyApplication;
  let ds: DataSource;
  let court: CourtFixture;
  let other: CourtFixture;
  let admin: ApiClient;
  let participant: ParticipantFixture;
  let phone: ApiClient;
  let caseManagerId: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createTestApi(testConfig(db.url, { AUTH_SIGN_IN_PER_MINUTE: '1000', AUTH_SIGN_IN_PER_MINUTE_PER_ACCOUNT: '1000', RATE_LIMIT_PER_MINUTE: '100000' }), clock);
    ds = dataSourceOf(app);
    court = await createCourt(ds, 'PHONE');
    other = await createCourt(ds, 'SHUT');
    await ds.query(`UPDATE courts SET active = false WHERE id = $1`, [other.id]);
    await createStaff(ds, 'phone-admin', 'court_admin', court.id);
    caseManagerId = (await createStaff(ds, 'phone-cm', 'case_manager', court.id)).id;
    participant = await createParticipant(ds, court, 'P-0001', { caseManagerId });
    admin = await signIn(app, 'phone-admin');
    phone = await signInParticipant(app, participant);
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  const today = async (language: string) => (await phone.request('GET', '/api/v1/me/today', undefined, { 'accept-language': language })).json();

  it('says whom to call, and court today with the courtroom in the reader’s language and the courthouse address', async () => {
    expect(
      (await admin.patch(`/api/v1/courts/${court.id}`, {
        helpNumber: '+13125550199',
        currency: 'MXN',
        address: '200 Main Street, Springfield',
        courtroomTranslations: { es: { 'Courtroom 3A': 'Sala 3A' }, pt: { 'Courtroom 3A': 'Sala 3A do fórum' } },
      })).statusCode,
    ).toBe(200);
    await ds.query(`UPDATE users SET work_phone = '+13125550142', display_name = 'Dana Brooks' WHERE id = $1`, [caseManagerId]);
    const [session] = await ds.query(
      `INSERT INTO court_sessions (court_id, session_date, start_time, starts_at, courtroom) VALUES ($1, '2026-11-23', '14:00', '2026-11-23T20:00:00Z', 'Courtroom 3A') RETURNING id`,
      [court.id],
    );
    await ds.query(`INSERT INTO hearings (court_id, participant_id, kind, scheduled_at, session_id) VALUES ($1, $2, 'status', '2026-11-23T20:00:00Z', $3)`, [
      court.id,
      participant.id,
      session.id,
    ]);

    const spanish = await today('es-MX,es;q=0.9');
    expect(spanish).toMatchObject({
      courtDay: '2026-11-23',
      nextHearing: { scheduledAt: '2026-11-23T20:00:00.000Z', courtDay: '2026-11-23', courtroom: 'Sala 3A', address: '200 Main Street, Springfield' },
      court: { name: 'PHONE Court', helpNumber: '+13125550199', currency: 'MXN' },
      caseManager: { name: 'Dana Brooks', phone: '+13125550142' },
    });
    expect((await today('pt-BR')).nextHearing.courtroom).toBe('Sala 3A do fórum');
    // English, the language the court entered it in: as entered.
    expect((await today('en-US')).nextHearing.courtroom).toBe('Courtroom 3A');
  });

  it('names no case manager when none is assigned, and no phone when they gave none', async () => {
    const alone = await createParticipant(ds, court, 'P-0002');
    const client = await signInParticipant(app, alone);
    expect((await client.get('/api/v1/me/today')).json().caseManager).toBeNull();
    await ds.query(`UPDATE users SET work_phone = NULL WHERE id = $1`, [caseManagerId]);
    expect((await today('en')).caseManager).toEqual({ name: 'Dana Brooks', phone: null });
    await ds.query(`UPDATE users SET work_phone = '+13125550142' WHERE id = $1`, [caseManagerId]);
  });

  describe('the court by its code, before sign-in', () => {
    const byCode = (code: string) => app.inject({ method: 'GET', url: `/api/v1/public/courts/${code}` });

    it('gives its name and help number, and nothing else', async () => {
      const response = await byCode('PHONE');
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ code: 'PHONE', name: 'PHONE Court', helpNumber: '+13125550199' });
    });

    it('finds no inactive or unknown court, and refuses what is not a court code', async () => {
      expectProblem(await byCode('SHUT'), 404, 'not-found');
      expectProblem(await byCode('NOPE'), 404, 'not-found');
      const bad = await byCode('no%20such');
      expectProblem(bad, 422, 'validation-failed');
    });
  });

  describe("the court's settings", () => {
    it.each([
      ['a currency in lower case', { currency: 'usd' }, ['currency']],
      ['a currency of four letters', { currency: 'USDX' }, ['currency']],
      ['courtrooms in a language the system does not speak', { courtroomTranslations: { fr: { 'Courtroom 3A': 'Salle 3A' } } }, ['courtroomTranslations']],
      ['an empty courtroom name', { courtroomTranslations: { es: { 'Courtroom 3A': ' ' } } }, ['courtroomTranslations']],
      ['an address of 301 characters', { address: 'x'.repeat(301) }, ['address']],
    ])('refuses %s and changes nothing', async (_what, body, fields) => {
      const before = (await ds.query(`SELECT currency, address, courtroom_translations FROM courts WHERE id = $1`, [court.id]))[0];
      const response = await admin.patch(`/api/v1/courts/${court.id}`, body);
      expectProblem(response, 422, 'validation-failed');
      expect(fieldsOf(response)).toEqual(fields);
      expect((await ds.query(`SELECT currency, address, courtroom_translations FROM courts WHERE id = $1`, [court.id]))[0]).toEqual(before);
    });
  });

  describe('phases and milestones in the reader’s language', () => {
    let programId: string;

    it('copies a template with its Spanish and Portuguese wording, and the participant reads their phase and milestones in it', async () => {
      const created = await admin.post(`/api/v1/courts/${court.id}/programs`, { code: 'ATC', name: 'Adult Treatment Court', model: 'treatment_court' });
      expect(created.statusCode).toBe(201);
      const program = created.json();
      programId = program.id;
      const first = program.currentPlan.phases[0];
      expect(first).toMatchObject({
        name: 'Stabilisation',
        translations: { es: { name: 'Estabilización' }, pt: { name: 'Estabilização' } },
        milestones: ['assessment completed', 'treatment plan signed'],
        milestoneTranslations: { es: ['evaluación completada', 'plan de tratamiento firmado'], pt: ['avaliação concluída', 'plano de tratamento assinado'] },
      });
      await ds.query(`UPDATE participants SET program_id = $2, phase_plan_id = $3, phase_id = $4, phase_started_on = '2026-11-01', enrolled_on = '2026-11-01' WHERE id = $1`, [
        participant.id,
        program.id,
        program.currentPlan.id,
        first.id,
      ]);
      const readiness = (await phone.request('GET', `/api/v1/participants/${participant.id}/readiness`, undefined, { 'accept-language': 'es' })).json();
      expect(readiness.phase.name).toBe('Estabilización');
      expect(readiness.requirements.filter((r: { code: string }) => r.code === 'milestone').map((r: { name: string }) => r.name)).toEqual([
        'evaluación completada',
        'plan de tratamiento firmado',
      ]);
    });

    it('refuses milestones worded in another language that do not match the phase’s, and writes no plan', async () => {
      const plans = async () => (await ds.query(`SELECT count(*)::int AS n FROM phase_plans WHERE program_id = $1`, [programId]))[0].n;
      const before = await plans();
      const phase = {
        name: 'Only',
        minDaysInPhase: 0,
        sobrietyDays: 0,
        testsPerWeek: 1,
        hearingEveryWeeks: null,
        treatmentSessionsPerWeek: 0,
        communityServiceHours: 0,
        feesDue: 0,
        milestones: ['stable housing', 'employed or in school'],
      };
      const short = await admin.post(`/api/v1/programs/${programId}/phase-plans`, { phases: [{ ...phase, milestoneTranslations: { es: ['vivienda estable'] } }] });
      expectProblem(short, 422, 'validation-failed');
      expect(fieldsOf(short)).toEqual(['phases.0.milestoneTranslations.es']);
      const notALanguage = await admin.post(`/api/v1/programs/${programId}/phase-plans`, { phases: [{ ...phase, milestoneTranslations: { fr: ['a', 'b'] } }] });
      expectProblem(notALanguage, 422, 'validation-failed');
      expect(await plans()).toBe(before);
    });
  });

  describe("the administrator's missing-wording flags", () => {
    it("lists court wording with no text in a language the court's people read, and nothing once it is worded", async () => {
      // Before anyone reads another language than the court's, nothing is missing.
      expect((await admin.get(`/api/v1/courts/${court.id}/missing-wording`)).json()).toEqual({ languages: [], missing: [] });

      await ds.query(`UPDATE users SET language = 'pt' WHERE id = $1`, [participant.userId]);
      const [program] = await ds.query(`SELECT id FROM programs WHERE court_id = $1 AND code = 'ATC'`, [court.id]);
      await ds.query(`INSERT INTO response_catalogue_entries (program_id, kind, code, name, level, effect) VALUES ($1, 'incentive', 'OWN_PRAISE', 'Applause in court', 1, 'none')`, [
        program.id,
      ]);
      await ds.query(`INSERT INTO court_sessions (court_id, session_date, start_time, starts_at, courtroom) VALUES ($1, '2026-11-30', '09:00', '2026-11-30T15:00:00Z', 'Annex B')`, [
        court.id,
      ]);
      const report = await admin.get(`/api/v1/courts/${court.id}/missing-wording`);
      expect(report.statusCode).toBe(200);
      // The template's phases and milestones, the worded courtroom: all in Portuguese; the court's own entry and new courtroom are not.
      expect(report.json()).toEqual({
        languages: ['pt'],
        missing: [
          { kind: 'catalogue_entry', text: 'Applause in court', programCode: 'ATC', languages: ['pt'] },
          { kind: 'courtroom', text: 'Annex B', programCode: null, languages: ['pt'] },
        ],
      });

      await admin.patch(`/api/v1/courts/${court.id}`, { courtroomTranslations: { pt: { 'Courtroom 3A': 'Sala 3A do fórum', 'Annex B': 'Anexo B' } } });
      expect((await admin.get(`/api/v1/courts/${court.id}/missing-wording`)).json().missing.map((m: { text: string }) => m.text)).toEqual(['Applause in court']);
    });

    it('is for those who configure the court: a participant is refused, another court finds nothing', async () => {
      expectProblem(await phone.get(`/api/v1/courts/${court.id}/missing-wording`), 403, 'forbidden');
      await createStaff(ds, 'other-admin', 'court_admin', other.id);
      await ds.query(`UPDATE courts SET active = true WHERE id = $1`, [other.id]);
      const stranger = await signIn(app, 'other-admin');
      expectProblem(await stranger.get(`/api/v1/courts/${court.id}/missing-wording`), 404, 'not-found');
    });
  });
});
