import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { TestClock } from '@app/core';
import { drawCandidates } from '@app/drug-testing';
import ExcelJS from 'exceljs';
import { Client } from 'pg';
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
  describe('imports', () => {
    const url = (court: CourtFixture, dryRun?: boolean) => `/api/v1/courts/${court.id}/imports/participants${dryRun === undefined ? '' : `?dryRun=${dryRun}`}`;
    const upload = (client: ApiClient, target: string, csv: string, headers: Record<string, string> = {}) =>
      app.inject({ method: 'POST', url: target, payload: csv, headers: { authorization: `Bearer ${client.accessToken}`, 'content-type': 'text/csv', ...headers } });
    const countOf = async (prefix: string) => Number((await ds.query(`SELECT count(*) FROM participants WHERE participant_number LIKE $1`, [`${prefix}%`]))[0].count);
    const HEADER = 'participant_number,first_name,last_name,date_of_birth,program,phase,enrolled_on,phase_started_on,case_manager,status,discharged_on';
    const GOOD = [
      HEADER,
      'I-0001,Ana,Ruiz,1990-04-02,atc,2,2026-06-01,2026-09-01,COORD,active,',
      'I-0002,Ben,"Smith, Jr",1985-01-20,ATC,1,2025-01-10,2025-01-10,,graduated,2026-10-30',
      'X-0001,Pat,Many 0001,,ATC,1,2026-09-15,2026-10-01,,active,',
    ].join('\r\n');

    beforeAll(async () => {
      await ds.query(`INSERT INTO phases (phase_plan_id, position, name, tests_per_week) VALUES ($1, 2, 'Phase 2', 2)`, [program.phasePlanId]);
    });

    it('reports every problem of a dry run by line and column in the reader’s language, and writes nothing', async () => {
      const csv = [
        HEADER,
        'I-0101,Ana,Ruiz,1990-04-02,ATC,1,2026-06-01,2026-06-01,,active,',
        'I-0102,Ben,Lee,02/03/1990,XYZ,1,2026-06-01,2026-06-01,,active,',
        'I-0103,Cy,Ng,,ATC,9,2026-12-01,2026-06-01,nobody,active,',
        'I-0101,Di,Ox,,ATC,1,2026-06-01,2026-06-01,,retired,',
        'I-0104,Ed,Po,,ATC,1,2026-06-01,2026-06-01',
      ].join('\n');
      const response = await app.inject({
        method: 'POST',
        url: url(alpha),
        payload: csv,
        headers: { authorization: `Bearer ${courtAdmin.accessToken}`, 'content-type': 'text/csv', 'accept-language': 'es' },
      });
      expect(response.statusCode).toBe(200);
      const report = response.json();
      expect(report).toMatchObject({ kind: 'participants', dryRun: true, lines: 5, created: 1, alreadyPresent: 0 });
      expect(report.problems.map((p: { line: number; column: string | null; code: string }) => [p.line, p.column, p.code])).toEqual([
        [3, 'date_of_birth', 'invalid-date'],
        [3, 'program', 'unknown-program'],
        [4, 'enrolled_on', 'future-date'],
        [4, 'phase', 'unknown-phase'],
        [4, 'phase_started_on', 'date-before'],
        [4, 'case_manager', 'unknown-case-manager'],
        [5, 'status', 'invalid-status'],
        [5, 'participant_number', 'duplicate-in-file'],
        [6, null, 'wrong-field-count'],
      ]);
      expect(report.problems[1].message).toBe('No hay un programa «XYZ» en este tribunal.');
      expect(await countOf('I-01')).toBe(0);
      const [audit] = await ds.query(`SELECT details FROM audit_events WHERE action = 'participant.import_checked'`);
      expect(audit.details).toEqual({ lines: 5, created: 1, alreadyPresent: 0, problems: 9 });
      // Asked to import it all the same: refused with the same report, and still nothing written.
      const refused = await upload(courtAdmin, url(alpha, false), csv);
      expectProblem(refused, 422, 'import-has-problems');
      expect(refused.json().report.problems).toHaveLength(9);
      expect(await countOf('I-01')).toBe(0);
    });

    it('imports participants with program, phase, dates and case manager, each once however often the file comes', async () => {
      const dry = await upload(courtAdmin, url(alpha), GOOD);
      // needingPin: I-0001 (active, no PIN yet); I-0002 graduated is not in the program.
      expect(dry.json()).toEqual({ kind: 'participants', dryRun: true, lines: 3, created: 2, alreadyPresent: 1, problems: [], needingPin: 1 });
      expect(await countOf('I-000')).toBe(0);

      const first = await upload(courtAdmin, url(alpha, false), GOOD, { 'idempotency-key': 'import-1' });
      expect(first.statusCode).toBe(200);
      expect(first.json()).toMatchObject({ dryRun: false, created: 2, alreadyPresent: 1, problems: [] });
      const [ana] = await ds.query(
        `SELECT p.status, p.date_of_birth::text, p.enrolled_on::text, p.phase_started_on::text, ph.position, u.username AS case_manager, p.user_id,
                (SELECT count(*)::int FROM participant_phases pp WHERE pp.participant_id = p.id AND pp.ended_on IS NULL) AS open_phases,
                (SELECT to_status FROM participant_status_changes s WHERE s.participant_id = p.id) AS status_change
           FROM participants p JOIN phases ph ON ph.id = p.phase_id LEFT JOIN users u ON u.id = p.case_manager_id
          WHERE p.court_id = $1 AND p.participant_number = 'I-0001'`,
        [alpha.id],
      );
      expect(ana).toMatchObject({ status: 'active', date_of_birth: '1990-04-02', enrolled_on: '2026-06-01', phase_started_on: '2026-09-01', position: 2, case_manager: 'coord', open_phases: 1, status_change: 'active' });
      const [ben] = await ds.query(`SELECT last_name, status, discharged_on::text FROM participants WHERE participant_number = 'I-0002'`);
      expect(ben).toEqual({ last_name: 'Smith, Jr', status: 'graduated', discharged_on: '2026-10-30' });
      const [audit] = await ds.query(`SELECT details, cardinality(participant_ids) AS participants FROM audit_events WHERE action = 'participant.import'`);
      expect(audit).toEqual({ details: { lines: 3, created: 2, alreadyPresent: 1 }, participants: 2 });

      // The same request retried answers the first answer; the same file sent again later imports nothing twice.
      const replay = await upload(courtAdmin, url(alpha, false), GOOD, { 'idempotency-key': 'import-1' });
      expect(replay.headers['idempotent-replayed']).toBe('true');
      const again = await upload(courtAdmin, url(alpha, false), GOOD.replace('\r\n', '\n'), { 'idempotency-key': 'import-2' });
      expect(again.json()).toMatchObject({ created: 0, alreadyPresent: 3, problems: [] });
      expect(await countOf('I-000')).toBe(2);
      expect(await countOf('X-0001')).toBe(1);
    });

    it('keeps an imported participant out of the draw until the court issues their PIN, so no call-in they could not make is charged', async () => {
      const [ana] = await ds.query(`SELECT id, user_id FROM participants WHERE participant_number = 'I-0001'`);
      const drawn = async () => (await drawCandidates(ds.manager, alpha.id, '2026-11-24')).map((c) => c.participantId);
      expect(await drawn()).not.toContain(ana.id);
      expect((await drawn()).length).toBeGreaterThan(200);
      const reset = await courtAdmin.post(`/api/v1/users/${ana.user_id}/reset-pin`, { pin: '135790' });
      expect(reset.statusCode).toBeLessThan(300);
      expect(await drawn()).toContain(ana.id);
    });

    it('neither matches nor reveals a sealed record: its number is only unavailable', async () => {
      const sealed = await createParticipant(ds, alpha, 'S-0001', { lastName: 'Sealed' });
      const owner = new Client({ connectionString: db.url });
      await owner.connect();
      try {
        await owner.query(`UPDATE participants SET sealed_at = now() WHERE id = $1`, [sealed.id]);
      } finally {
        await owner.end();
      }
      const csv = [HEADER, 'S-0001,Sam,Other,,ATC,1,2026-06-01,2026-06-01,,active,', 'I-0301,Al,Bo,,ATC,1,2026-06-01,2026-06-01,,active,'].join('\n');
      const dry = await upload(courtAdmin, url(alpha), csv);
      expect(dry.json()).toMatchObject({ created: 1, alreadyPresent: 0, problems: [{ line: 2, column: 'participant_number', code: 'number-unavailable' }] });
      expect(dry.json().problems[0].message).toBe('Participant number S-0001 cannot be used in this court; choose another.');
      expectProblem(await upload(courtAdmin, url(alpha, false), csv), 422, 'import-has-problems');
      expect(await countOf('I-03')).toBe(0);
    });

    it('refuses anyone but the court’s administrator, and changes nothing', async () => {
      const csv = [HEADER, 'I-0201,Al,Bo,,ATC,1,2026-06-01,2026-06-01,,active,'].join('\n');
      expectProblem(await upload(coordinator, url(alpha, false), csv), 403, 'forbidden');
      await createStaff(ds, 'admin-bravo', 'court_admin', bravo.id);
      expectProblem(await upload(await signIn(app, 'admin-bravo'), url(alpha, false), csv), 404, 'not-found');
      expectProblem(await upload(courtAdmin, url(alpha, 'maybe' as unknown as boolean), csv), 422, 'validation-failed');
      expect(await countOf('I-02')).toBe(0);
    });
  });
});
