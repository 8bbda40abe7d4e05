import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { TestClock } from '@app/core';
import ExcelJS from 'exceljs';
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
  ProgramFixture,
  signIn,
} from './support/fixtures';
import { createTestApi } from './support/test-app';
import { createTestDatabase, testConfig, TestDatabase } from './support/test-env';

/** Noon on Monday 23 November 2026 in Chicago (court ALPHA). */
const NOW = '2026-11-23T18:00:00Z';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** CSV rows as the spreadsheet program sees them (no quoted line breaks in these fixtures). */
const csvRows = (text: string) => text.replace(/^\uFEFF/, '').trimEnd().split('\r\n');

async function workbookOf(payload: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(payload as unknown as ArrayBuffer);
  return workbook;
}

describe('data in and out', () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;
  let ds: DataSource;
  const clock = new TestClock(NOW);
  let alpha: CourtFixture;
  let bravo: CourtFixture;
  let program: ProgramFixture;
  let coordinator: ApiClient;
  let bravoCaseManager: ApiClient;
  let courtAdmin: ApiClient;
  let provider: ApiClient;

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createTestApi(testConfig(db.url), clock);
    ds = dataSourceOf(app);
    alpha = await createCourt(ds, 'ALPHA', { timeZone: 'America/Chicago' });
    bravo = await createCourt(ds, 'BRAVO', { timeZone: 'Pacific/Honolulu' });
    program = await createTestingProgram(ds, alpha.id, 'ATC', { model: 'treatment_court' });
    await createStaff(ds, 'coord', 'coordinator', alpha.id);
    await createStaff(ds, 'admin', 'court_admin', alpha.id);
    await createStaff(ds, 'prov', 'treatment_provider', alpha.id, { organisationId: await createOrganisation(ds, alpha.id, 'Riverside Recovery') });
    await createStaff(ds, 'cm-bravo', 'case_manager', bravo.id);
    await createParticipant(ds, bravo, 'B-0001', { lastName: 'Elsewhere' });
    coordinator = await signIn(app, 'coord');
    courtAdmin = await signIn(app, 'admin');
    provider = await signIn(app, 'prov');
    bravoCaseManager = await signIn(app, 'cm-bravo');
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  describe('exports', () => {
    beforeAll(async () => {
      // More than one page of the caseload (200 a page), one name a spreadsheet would run as a formula.
      await ds.query(
        `INSERT INTO participants (court_id, participant_number, first_name, last_name, status, program_id, phase_plan_id, phase_id, phase_started_on, enrolled_on)
         SELECT $1, 'X-' || lpad(n::text, 4, '0'), 'Pat', 'Many ' || lpad(n::text, 4, '0'), 'active', $2, $3, $4, '2026-10-01', '2026-09-15'
           FROM generate_series(1, 204) AS n`,
        [alpha.id, program.id, program.phasePlanId, program.phaseId],
      );
      await createParticipant(ds, alpha, 'A-0001', { lastName: '=HYPERLINK("http://evil")', firstName: 'Smith, "Jr"' });
    });

    it('gives the whole caseload as CSV in the reader’s language: BOM, quoted fields, formulas defused, every page, audited as an export', async () => {
      const response = await coordinator.request('GET', `/api/v1/participants?courtId=${alpha.id}&sort=number&format=csv`, undefined, { 'accept-language': 'es' });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(response.headers['content-disposition']).toBe('attachment; filename="caseload-2026-11-23.csv"');
      expect(response.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      const rows = csvRows(response.body);
      expect(rows[0]).toBe('Número de participante,Apellido,Nombre,Estado,Programa,Fase,Nombre de la fase,Inicio de la fase,Administrador de caso');
      expect(rows).toHaveLength(1 + 205);
      expect(rows[1]).toBe(`A-0001,"'=HYPERLINK(""http://evil"")","Smith, ""Jr""",active,,,,,`);
      expect(rows[2]).toBe('X-0001,Many 0001,Pat,active,ATC,1,Phase 1,2026-10-01,');
      expect(rows.at(-1)).toMatch(/^X-0204,/);
      expect(rows.join('\n')).not.toContain('B-0001');
      const [audit] = await ds.query(`SELECT court_id, actor_role, details FROM audit_events WHERE action = 'export.caseload'`);
      expect(audit).toMatchObject({ court_id: alpha.id, actor_role: 'coordinator', details: { format: 'csv', filter: { courtId: alpha.id, sort: 'number' } } });
      // Each page was read as the screen reads it, and audited as such.
      const [{ pages }] = await ds.query(`SELECT count(*)::int AS pages FROM audit_events WHERE action = 'participant.list' AND request_id = (SELECT request_id FROM audit_events WHERE action = 'export.caseload')`);
      expect(pages).toBe(2);
    });

    it('gives it as XLSX with dates as dates, numbers as numbers, on Accept too', async () => {
      const response = await app.inject({
        method: 'GET',
        url: `/api/v1/participants?courtId=${alpha.id}&sort=number&pageSize=5`,
        headers: { authorization: `Bearer ${coordinator.accessToken}`, accept: XLSX },
      });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe(XLSX);
      const sheet = (await workbookOf(response.rawPayload)).worksheets[0];
      expect(sheet.name).toBe('Caseload');
      expect(sheet.getRow(1).getCell(8).value).toBe('Phase started on');
      expect(sheet.rowCount).toBe(1 + 205);
      const row = sheet.getRow(3);
      expect(row.getCell(1).value).toBe('X-0001');
      expect(row.getCell(6).value).toBe(1);
      expect(row.getCell(8).value).toEqual(new Date('2026-10-01T00:00:00Z'));
      expect(row.getCell(8).numFmt).toBe('yyyy-mm-dd');
      expect(sheet.getRow(2).getCell(2).value).toBe('=HYPERLINK("http://evil")');
      expect(sheet.getRow(2).getCell(2).type).toBe(ExcelJS.ValueType.String);
    });

    it('writes instants in the court’s time, and a measure’s tables as sheets (one of them as CSV with ?table=)', async () => {
      await ds.query(
        `INSERT INTO violations (court_id, participant_id, kind, status, detected_at, deadline_at, source_key)
         SELECT $1, id, 'positive_test', 'open', '2026-11-22T15:30:00Z', '2026-11-25T15:30:00Z', 'export-test:' || id FROM participants WHERE participant_number = 'X-0001'`,
        [alpha.id],
      );
      const csv = await coordinator.get(`/api/v1/courts/${alpha.id}/violations?format=csv`);
      expect(csv.statusCode).toBe(200);
      expect(csvRows(csv.body)[1]).toMatch(/^X-0001,Many 0001,Pat,positive_test,open,2026-11-22 09:30:00,2026-11-25 09:30:00,FALSE,FALSE,/);
      const xlsx = await coordinator.get(`/api/v1/courts/${alpha.id}/measures/phases?from=2026-11-01&to=2026-11-30&format=xlsx`);
      expect(xlsx.statusCode).toBe(200);
      const workbook = await workbookOf(xlsx.rawPayload);
      expect(workbook.worksheets.map((w) => w.name)).toEqual(['Phase moves, totals', 'Phase moves by month', 'Phases']);
      expect(workbook.worksheets[2].getRow(2).getCell(5).value).toBe(204);
      const table = await coordinator.get(`/api/v1/courts/${alpha.id}/measures/phases?from=2026-11-01&to=2026-11-30&format=csv&table=phaseMonths`);
      expect(csvRows(table.body)).toEqual(['Month,Promotions,Demotions,Graduations,Terminations,Withdrawals,Transfers', '2026-11,0,0,0,0,0,0']);
    });

    it('refuses what the JSON route refuses, as problem+json, and a format or table it does not know', async () => {
      expectProblem(await provider.get(`/api/v1/courts/${alpha.id}/measures/swiftness?from=2026-11-01&to=2026-11-30&format=csv`), 403, 'forbidden');
      const outside = await bravoCaseManager.get(`/api/v1/courts/${alpha.id}/violations?format=xlsx`);
      expect(outside.statusCode).toBe(404);
      expect(outside.headers['content-type']).toContain('application/problem+json');
      const badFormat = await coordinator.get(`/api/v1/participants?format=pdf`);
      expectProblem(badFormat, 422, 'validation-failed');
      expect(fieldsOf(badFormat)).toEqual(['format']);
      const badTable = await coordinator.get(`/api/v1/courts/${alpha.id}/measures/phases?from=2026-11-01&to=2026-11-30&format=csv&table=nothing`);
      expectProblem(badTable, 422, 'validation-failed');
      expect(fieldsOf(badTable)).toEqual(['table']);
      expectProblem(await coordinator.get(`/api/v1/participants?format=csv&nonsense=1`), 422, 'validation-failed');
    });

    it('exports the audit log page after page for the court administrator', async () => {
      const response = await courtAdmin.get(`/api/v1/audit-events?format=csv`);
      expect(response.statusCode).toBe(200);
      const rows = csvRows(response.body);
      expect(rows[0]).toBe('When,Who,Role,Court,Action,Record,Participants concerned,Basis,Request');
      expect(rows.some((r) => r.includes(',export.caseload,'))).toBe(true);
    });
  });
});
