import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { addCalendarDays as addDays, courtDateAt, SystemClock } from '@app/core';
import { DataSource } from 'typeorm';
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
  fieldsOf,
  ParticipantFixture,
  signIn,
} from './support/fixtures';
import { pdfText } from './support/pdf-text';
import { createTestApi } from './support/test-app';
import { createTestDatabase, testConfig, TestDatabase } from './support/test-env';

/**
 * Demographics as codes through the API: the referral and its correction,
 * the legacy race word, and the court's report of the free text that did
 * not map. Real clock throughout (dates derived from today in the court).
 */
describe('demographics', () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;
  let ds: DataSource;
  let alpha: CourtFixture;
  let bravo: CourtFixture;
  let caseManager: ApiClient;
  let courtAdmin: ApiClient;
  let bravoAdmin: ApiClient;
  let provider: ApiClient;
  let coordinator: ApiClient;
  let leftover: ParticipantFixture;
  const today = () => courtDateAt(new SystemClock().now(), 'America/Chicago');
  const referral = (extra: Record<string, unknown>) => ({
    courtId: alpha.id,
    referralSource: 'defense',
    referredOn: today(),
    firstName: 'Rae',
    lastName: `Demo ${Math.random().toString(36).slice(2, 8)}`,
    dateOfBirth: `${Number(today().slice(0, 4)) - 30}-01-01`,
    ...extra,
  });
  const issuesUrl = (court: CourtFixture, query = '') => `/api/v1/courts/${court.id}/demographics/migration-issues${query}`;
  const count = async () => (await ds.query(`SELECT count(*)::int AS n FROM participants`))[0].n as number;

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createTestApi(testConfig(db.url));
    ds = dataSourceOf(app);
    alpha = await createCourt(ds, 'ALPHA');
    bravo = await createCourt(ds, 'BRAVO');
    const riverside = await createOrganisation(ds, alpha.id, 'Riverside');
    await createStaff(ds, 'dcm', 'case_manager', alpha.id);
    await createStaff(ds, 'dadmin', 'court_admin', alpha.id);
    await createStaff(ds, 'dbadmin', 'court_admin', bravo.id);
    await createStaff(ds, 'dprov', 'treatment_provider', alpha.id, { organisationId: riverside });
    await createStaff(ds, 'dcoord', 'coordinator', alpha.id);
    [caseManager, courtAdmin, bravoAdmin, provider, coordinator] = await Promise.all(['dcm', 'dadmin', 'dbadmin', 'dprov', 'dcoord'].map((u) => signIn(app, u)));
    leftover = await createParticipant(ds, alpha, 'A-0100', { firstName: 'Lee', lastName: 'Leftover' });
    for (const [field, text] of [
      ['gender', 'Masc.'],
      ['race', 'Mixed'],
    ]) {
      await ds.query(`INSERT INTO demographic_migration_issues (participant_id, court_id, field, original_value) VALUES ($1, $2, $3, $4)`, [leftover.id, alpha.id, field, text]);
    }
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  describe('a referral and its correction', () => {
    it('takes the answers as codes and gives them back, with the age at referral', async () => {
      const response = await caseManager.post(
        '/api/v1/participants',
        referral({ ethnicity: 'not_hispanic_latino', races: ['white', 'asian'], sex: 'female', gender: 'woman', primaryLanguage: 'vi' }),
      );
      expect(response.statusCode).toBe(201);
      expect(response.json()).toMatchObject({
        ethnicity: 'not_hispanic_latino',
        races: ['asian', 'white'],
        raceDeclined: false,
        sex: 'female',
        gender: 'woman',
        primaryLanguage: 'vi',
        ageAtReferral: 30,
      });
    });

    it('maps the legacy race word (Hispanic answering the ethnicity question)', async () => {
      const black = await caseManager.post('/api/v1/participants', referral({ race: 'African American' }));
      expect(black.json()).toMatchObject({ races: ['black_african_american'], ethnicity: null });
      const latino = await caseManager.post('/api/v1/participants', referral({ race: 'Latino/a' }));
      expect(latino.json()).toMatchObject({ races: [], ethnicity: 'hispanic_latino' });
    });

    it('refuses words for codes and an unknown race word, naming the field and the codes, and creates nothing', async () => {
      const before = await count();
      const unknown = await caseManager.post('/api/v1/participants', referral({ race: 'Martian' }));
      expectProblem(unknown, 422, 'validation-failed');
      expect(fieldsOf(unknown)).toEqual(['race']);
      expect(unknown.json().errors[0].message).toContain('black_african_american');
      const words = await caseManager.post('/api/v1/participants', referral({ gender: 'Female', races: ['martian'], sex: 'F', primaryLanguage: 'Klingon' }));
      expectProblem(words, 422, 'validation-failed');
      expect(fieldsOf(words).sort()).toEqual(['gender', 'primaryLanguage', 'races', 'sex']);
      const both = await caseManager.post('/api/v1/participants', referral({ races: ['white'], raceDeclined: true }));
      expectProblem(both, 422, 'validation-failed');
      expect(fieldsOf(both)).toEqual(['raceDeclined']);
      expect(await count()).toBe(before);
    });

    it('a correction changes only what it answers; a refused one changes nothing', async () => {
      const id = (await caseManager.post('/api/v1/participants', referral({ races: ['white'], gender: 'man', primaryLanguage: 'en' }))).json().id;
      const declined = await caseManager.patch(`/api/v1/participants/${id}`, { raceDeclined: true, sex: 'declined' });
      expect(declined.json()).toMatchObject({ races: [], raceDeclined: true, sex: 'declined', gender: 'man', primaryLanguage: 'en' });
      expectProblem(await caseManager.patch(`/api/v1/participants/${id}`, { gender: 'woman', race: 'Martian' }), 422, 'validation-failed');
      expect((await caseManager.get(`/api/v1/participants/${id}`)).json()).toMatchObject({ gender: 'man', raceDeclined: true });
    });
  });

  it('imports the demographics of a participants file, and reports an unknown word on its line without writing anything', async () => {
    await createTestingProgram(ds, alpha.id, 'ATC');
    const enrolled = addDays(today(), -30);
    const header = 'participant_number,first_name,last_name,program,phase,enrolled_on,phase_started_on,ethnicity,races,sex,gender,primary_language';
    const upload = (lines: string[], dryRun: boolean) =>
      app.inject({
        method: 'POST',
        url: `/api/v1/courts/${alpha.id}/imports/participants?dryRun=${dryRun}`,
        payload: [header, ...lines].join('\r\n'),
        headers: { authorization: `Bearer ${courtAdmin.accessToken}`, 'content-type': 'text/csv' },
      });
    const refused = (await upload([`M-0001,Ana,Ruiz,ATC,1,${enrolled},${enrolled},Hispanic,White,F,Mujer,Spanish`, `M-0002,Ben,Lee,ATC,1,${enrolled},${enrolled},,Martian,,,`], true)).json();
    expect(refused.problems.map((p: { line: number; column: string; code: string }) => [p.line, p.column, p.code])).toEqual([[3, 'races', 'unknown-demographic']]);
    const imported = await upload([`M-0001,Ana,Ruiz,ATC,1,${enrolled},${enrolled},Hispanic,"Black, White",F,Mujer,Spanish`, `M-0002,Ben,Lee,ATC,1,${enrolled},${enrolled},,,,,`], false);
    expect(imported.json()).toMatchObject({ dryRun: false, created: 2, problems: [] });
    expect(await ds.query(`SELECT participant_number, ethnicity, races, race_declined, sex, gender, primary_language FROM participants WHERE participant_number LIKE 'M-%' ORDER BY 1`)).toEqual([
      { participant_number: 'M-0001', ethnicity: 'hispanic_latino', races: ['black_african_american', 'white'], race_declined: false, sex: 'female', gender: 'woman', primary_language: 'es' },
      { participant_number: 'M-0002', ethnicity: null, races: [], race_declined: false, sex: null, gender: null, primary_language: null },
    ]);
  });

  describe("the court's report of what did not map", () => {
    it('lists the open issues with the original text, audited as a read of each participant', async () => {
      const response = await courtAdmin.get(issuesUrl(alpha));
      expect(response.statusCode).toBe(200);
      expect(response.json().items).toEqual([
        expect.objectContaining({ participantId: leftover.id, participantNumber: 'A-0100', lastName: 'Leftover', field: 'gender', originalValue: 'Masc.', resolvedAt: null }),
        expect.objectContaining({ participantId: leftover.id, field: 'race', originalValue: 'Mixed', resolvedAt: null }),
      ]);
      const [audit] = await ds.query(
        `SELECT count(*)::int AS n FROM audit_events WHERE action = 'participant.read' AND entity_type = 'demographic_migration_issue' AND $1::uuid = ANY(participant_ids)`,
        [leftover.id],
      );
      expect(audit.n).toBeGreaterThan(0);
      const csv = await courtAdmin.get(issuesUrl(alpha, '?format=csv'));
      expect(csv.headers['content-type']).toContain('text/csv');
      expect(csv.body).toContain('Original text');
      expect(csv.body).toContain('Masc.');
    });

    it('is no one else’s: another court’s administrator finds no court, a provider may not, a bad filter is 422', async () => {
      expectProblem(await bravoAdmin.get(issuesUrl(alpha)), 404, 'not-found');
      expect((await bravoAdmin.get(issuesUrl(bravo))).json().items).toEqual([]);
      expectProblem(await provider.get(issuesUrl(alpha)), 403, 'forbidden');
      expectProblem(await courtAdmin.get(issuesUrl(alpha, '?state=closed')), 422, 'validation-failed');
      expectProblem(await courtAdmin.get(issuesUrl(alpha, '?color=red')), 422, 'validation-failed');
    });

    it('resolves a field’s issue when the participant’s answer is corrected, and one by hand, once', async () => {
      const corrected = await caseManager.patch(`/api/v1/participants/${leftover.id}`, { gender: 'man' });
      expect(corrected.statusCode).toBe(200);
      const open = (await courtAdmin.get(issuesUrl(alpha))).json().items;
      expect(open.map((i: { field: string }) => i.field)).toEqual(['race']);
      const resolved = await courtAdmin.post(`${issuesUrl(alpha)}/${open[0].id}/resolve`);
      expect(resolved.statusCode).toBe(200);
      expect(resolved.json()).toMatchObject({ id: open[0].id, resolvedAt: expect.any(String) });
      const again = await courtAdmin.post(`${issuesUrl(alpha)}/${open[0].id}/resolve`);
      expect(again.json().resolvedAt).toBe(resolved.json().resolvedAt);
      expect((await courtAdmin.get(issuesUrl(alpha))).json().items).toEqual([]);
      expect((await courtAdmin.get(issuesUrl(alpha, '?state=resolved'))).json().items).toHaveLength(2);
      expectProblem(await courtAdmin.post(`${issuesUrl(alpha)}/00000000-0000-4000-8000-000000000000/resolve`), 404, 'not-found');
      expectProblem(await bravoAdmin.post(`${issuesUrl(bravo)}/${open[0].id}/resolve`), 404, 'not-found');
    });
  });

  describe('the quarterly report for the funder', () => {
    /** The quarter the imported participants were admitted in (30 days ago), so the test passes on any day. */
    const quarterOf = (day: string) => `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
    const reportUrl = (court: CourtFixture, quarter: string) => `/api/v1/courts/${court.id}/reports/quarterly?quarter=${quarter}`;

    it('is one PDF in the court’s language with the court’s name and its figures, small counts as "<5"', async () => {
      const quarter = quarterOf(addDays(today(), -30));
      const response = await coordinator.get(reportUrl(alpha, quarter));
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toContain('application/pdf');
      expect(response.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const text = pdfText(response.rawPayload);
      expect(text).toContain('ALPHA COURT');
      expect(text).toContain(`Quarterly report ${quarter}`);
      // The two participants imported 30 days ago are the quarter's admissions: fewer than five, so "<5".
      expect(text).toMatch(/Admissions\n<5/);
      expect(text).toContain('Violations answered within 72 hours');
      expect(text).toContain('Outcomes by race and ethnicity');
      expect(text).toContain('Fidelity to the best-practice standards');
      const [audit] = await ds.query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'measures.phases_read' AND court_id = $1`, [alpha.id]);
      expect(audit.n).toBeGreaterThan(0);

      await ds.query(`UPDATE courts SET language = 'es' WHERE id = $1`, [alpha.id]);
      try {
        const spanish = pdfText((await coordinator.get(reportUrl(alpha, quarter))).rawPayload);
        expect(spanish).toContain(`Informe trimestral ${quarter}`);
        expect(spanish).toMatch(/Admisiones\n<5/);
      } finally {
        await ds.query(`UPDATE courts SET language = 'en' WHERE id = $1`, [alpha.id]);
      }
    });

    it('refuses a quarter not written YYYY-Qn or not begun (422), another court (404) and a reader without measures (403)', async () => {
      for (const quarter of ['2026-Q5', '2026-3', 'Q3-2026']) expectProblem(await coordinator.get(reportUrl(alpha, quarter)), 422, 'validation-failed');
      expectProblem(await coordinator.get(`/api/v1/courts/${alpha.id}/reports/quarterly`), 422, 'validation-failed');
      const next = quarterOf(addDays(today(), 100));
      expectProblem(await coordinator.get(reportUrl(alpha, next)), 422, 'validation-failed');
      expectProblem(await bravoAdmin.get(reportUrl(alpha, quarterOf(today()))), 404, 'not-found');
      expectProblem(await provider.get(reportUrl(alpha, quarterOf(today()))), 403, 'forbidden');
    });
  });
});
