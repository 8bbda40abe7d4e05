import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { STANDARD_REDISCLOSURE_NOTICES } from '@app/audit';
import { TestClock } from '@app/core';
import type { DocketEntryDto } from '@app/docket';
import { recordViolations } from '@app/violations';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { seedDocketHistory } from '../bench/docket-history';
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
  signInParticipant,
  StaffFixture,
} from './support/fixtures';
import { createTestApi } from './support/test-app';
import { createTestDatabase, testConfig, TestDatabase } from './support/test-env';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Court-local Chicago session at `date` `time`, as the calendar stores it. */
const SESSION_SQL = `INSERT INTO court_sessions (court_id, session_date, start_time, starts_at, courtroom, docket_order)
  VALUES ($1, $2::date, $3::varchar, ($2::date + $3::varchar::time) AT TIME ZONE 'America/Chicago', 'Courtroom 3', $4) RETURNING id`;

describe('the docket of a court session', () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;
  let ds: DataSource;
  // 09:00 in Chicago on Monday 23 November 2026.
  const clock = new TestClock('2026-11-23T15:00:00Z');
  let court: CourtFixture;
  let program: ProgramFixture;
  let coordinator: StaffFixture;
  let organisationId: string;
  let judge: ApiClient;
  let courtAdmin: ApiClient;
  let ana: ParticipantFixture;
  let bo: ParticipantFixture;
  let cy: ParticipantFixture;
  let di: ParticipantFixture;
  let today: string;
  const violations: Record<string, string> = {};

  const session = async (date: string, time = '09:00', order: string | null = null, courtId = court.id) =>
    ((await ds.query(SESSION_SQL, [courtId, date, time, order])) as Array<{ id: string }>)[0].id;
  const hear = async (sessionId: string, participantId: string, kind = 'status') =>
    (
      (await ds.query(
        `INSERT INTO hearings (court_id, participant_id, kind, scheduled_at, session_id)
         SELECT court_id, $2, $3, starts_at, id FROM court_sessions WHERE id = $1 RETURNING id`,
        [sessionId, participantId, kind],
      )) as Array<{ id: string }>
    )[0].id;
  const violation = async (participant: ParticipantFixture, tag: string, detectedAt: Date) =>
    (
      await ds.transaction((manager) =>
        recordViolations(manager, [{ courtId: court.id, participantId: participant.id, kind: 'missed_test', detectedAt, sourceKey: `docket:${tag}`, evidence: {} }]),
      )
    )[0];
  const docketOf = async (client: ApiClient, sessionId: string) => {
    const response = await client.get(`/api/v1/court-sessions/${sessionId}/docket`);
    expect(response.statusCode).toBe(200);
    return response.json();
  };
  const entryFor = (docket: { entries: Array<{ participant: { id: string } }> }, p: ParticipantFixture) =>
    docket.entries.find((e) => e.participant.id === p.id) as unknown as DocketEntryDto;

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createTestApi(testConfig(db.url, { AUTH_SIGN_IN_PER_MINUTE: '10000', AUTH_SIGN_IN_PER_MINUTE_PER_ACCOUNT: '10000' }), clock);
    ds = dataSourceOf(app);
    court = await createCourt(ds, 'DOCK');
    program = await createTestingProgram(ds, court.id, 'DTC', { testsPerWeek: 3, model: 'treatment_court' });
    await ds.query(`UPDATE phases SET sobriety_days = 30, min_days_in_phase = 30, community_service_hours = 10 WHERE id = $1`, [program.phaseId]);
    organisationId = await createOrganisation(ds, court.id, 'Riverside Recovery');
    coordinator = await createStaff(ds, 'coord', 'coordinator', court.id);
    await createStaff(ds, 'judge', 'judge', court.id);
    await createStaff(ds, 'admin', 'court_admin', court.id);
    await createStaff(ds, 'provider', 'treatment_provider', court.id, { organisationId });
    [judge, courtAdmin] = await Promise.all([signIn(app, 'judge'), signIn(app, 'admin')]);
    today = '2026-11-23';

    ana = await createParticipant(ds, court, 'K-0001', { firstName: 'Ana', lastName: 'Alvarez' });
    bo = await createParticipant(ds, court, 'K-0002', { firstName: 'Bo', lastName: 'Brown' });
    cy = await createParticipant(ds, court, 'K-0003', { firstName: 'Cy', lastName: 'Chen' });
    di = await createParticipant(ds, court, 'K-0004', { firstName: 'Di', lastName: 'Diaz' });
    for (const p of [ana, bo, cy, di]) await placeInProgram(ds, p.id, program, '2026-09-01');

    // Ana: a hearing two weeks ago, treatment under a consent, a progress report, hours since.
    await ds.query(`INSERT INTO hearings (court_id, participant_id, kind, scheduled_at, status) VALUES ($1, $2, 'status', '2026-11-09T15:00:00Z', 'held')`, [
      court.id,
      ana.id,
    ]);
    const referral = await referToProvider(ds, ana.id, organisationId);
    await createConsent(ds, ana, court.id, { discloserOrganisationId: organisationId, recordedBy: coordinator.id });
    await ds.query(
      `INSERT INTO treatment_attendance (participant_id, organisation_id, session_on, session_type, attendance)
       VALUES ($1, $2, '2026-11-05', 'group', 'attended'), ($1, $2, '2026-11-12', 'group', 'attended'), ($1, $2, '2026-11-19', 'group', 'no_show'),
              ($1, $2, '2026-11-26', 'group', 'scheduled')`,
      [ana.id, organisationId],
    );
    await ds.query(
      `INSERT INTO treatment_progress_reports (participant_id, organisation_id, referral_id, reported_on, engagement, level_of_care_recommendation, narrative, author_id)
       VALUES ($1, $2, $3, '2026-11-20', 'good', '1', 'Steady in group.', $4)`,
      [ana.id, organisationId, referral, coordinator.id],
    );
    await ds.query(`INSERT INTO participant_ledger_entries (participant_id, kind, occurred_on, amount, description) VALUES ($1, 'community_service', '2026-11-14', 6, 'park')`, [
      ana.id,
    ]);
    // Di: treatment recorded, but no consent lets it reach the court.
    await referToProvider(ds, di.id, organisationId);
    await ds.query(`INSERT INTO treatment_attendance (participant_id, organisation_id, session_on, session_type, attendance) VALUES ($1, $2, '2026-11-19', 'group', 'attended')`, [
      di.id,
      organisationId,
    ]);
    // Bo: a violation four days old (overdue); Cy: one detected ten hours ago.
    violations.bo = (await violation(bo, 'bo', new Date('2026-11-19T15:00:00Z')))!;
    violations.cy = (await violation(cy, 'cy', new Date('2026-11-23T05:00:00Z')))!;
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  describe('reading it', () => {
    let sessionId: string;

    beforeAll(async () => {
      sessionId = await session(today);
      for (const p of [cy, di, bo, ana]) await hear(sessionId, p.id);
    });

    it('calls the compliant first, then the violations most urgent first, each with what happened since the last hearing', async () => {
      const docket = await docketOf(judge, sessionId);
      expect(docket.session).toMatchObject({ id: sessionId, date: today, startTime: '09:00', courtroom: 'Courtroom 3', docketOrder: 'compliant_first' });
      expect(docket.entries.map((e: { participant: { participantNumber: string } }) => e.participant.participantNumber)).toEqual(['K-0001', 'K-0004', 'K-0002', 'K-0003']);
      expect(docket.entries.map((e: { position: number }) => e.position)).toEqual([1, 2, 3, 4]);

      const a = entryFor(docket, ana);
      expect(a.compliant).toBe(true);
      expect(a.since).toMatchObject({ lastHearingOn: '2026-11-09', from: '2026-11-10', to: today });
      expect(a.phase).toMatchObject({ position: 1, phaseCount: 1, daysInPhase: 83 });
      expect(a.readiness?.ready).toBe(false);
      expect(a.readiness?.nextRequirements).toEqual(['4 more hours of community service (6 of 10)']);
      expect(a.communityService).toEqual({ done: 6, required: 10, doneSinceLastHearing: 6 });
      expect(a.treatmentAttendance).toEqual({ withheld: false, withheldReason: null, attended: 1, excused: 0, noShow: 1, upcoming: 1 });
      expect(a.progressReport.latest).toMatchObject({ organisationName: 'Riverside Recovery', engagement: 'good', levelOfCareRecommendation: '1' });

      const d = entryFor(docket, di);
      expect(d.treatmentAttendance).toMatchObject({ withheld: true, attended: null, noShow: null });
      expect(d.treatmentAttendance.withheldReason).toContain('no valid consent');
      expect(d.progressReport).toMatchObject({ withheld: true, latest: null });

      const b = entryFor(docket, bo);
      expect(b.compliant).toBe(false);
      expect(b.violations).toEqual([expect.objectContaining({ id: violations.bo, status: 'open', overdue: true, hoursLeft: -24 })]);
      const c = entryFor(docket, cy);
      expect(c.violations).toEqual([expect.objectContaining({ id: violations.cy, overdue: false, hoursLeft: 62 })]);
      expect(docket.redisclosureNotice).toContain('42 CFR');
    });

    it('audits the reading, and the consents the treatment information relied on', async () => {
      await docketOf(judge, sessionId);
      const rows = await ds.query(
        `SELECT action, basis, participant_ids FROM audit_events WHERE entity_ids @> ARRAY[$1]::uuid[] ORDER BY occurred_at DESC, id DESC LIMIT 2`,
        [sessionId],
      );
      expect(rows.map((r: { action: string }) => r.action).sort()).toEqual(['docket.read', 'treatment.docket_read']);
      expect(rows.find((r: { action: string }) => r.action === 'treatment.docket_read')).toMatchObject({ participant_ids: [ana.id] });
    });

    it('withholds all treatment information from a court administrator, and carries no notice then', async () => {
      const docket = await docketOf(courtAdmin, sessionId);
      expect(docket.entries.every((e: { treatmentAttendance: { withheld: boolean } }) => e.treatmentAttendance.withheld)).toBe(true);
      expect(docket.redisclosureNotice).toBeNull();
    });

    it('prints as an HTML page carrying the redisclosure notice with the treatment information', async () => {
      const page = await judge.get(`/api/v1/court-sessions/${sessionId}/docket/print`);
      expect(page.statusCode).toBe(200);
      expect(page.headers['content-type']).toContain('text/html');
      expect(page.headers['cache-control']).toBe('no-store');
      expect(page.headers['content-language']).toBe('en');
      expect(page.body).toContain('<html lang="en">');
      expect(page.body).toMatch(/Docket: Monday, November 23, 2026 at 9:00\sAM, Courtroom 3/);
      expect(page.body).toContain('1. Alvarez, Ana');
      expect(page.body.match(/class="notice"/g)).toHaveLength(2);
      expect(page.body).toContain('Notice required by 42 CFR Part 2');
    });

    it("prints in the reader's language: Spanish headings, a Spanish date and the standard notice in Spanish", async () => {
      const page = await judge.request('GET', `/api/v1/court-sessions/${sessionId}/docket/print`, undefined, { 'accept-language': 'es-MX,es;q=0.9,en;q=0.5' });
      expect(page.statusCode).toBe(200);
      expect(page.headers['content-language']).toBe('es');
      expect(String(page.headers.vary)).toMatch(/accept-language/i);
      expect(page.body).toContain('<html lang="es">');
      expect(page.body).toContain('<h1>Lista de audiencias: lunes, 23 de noviembre de 2026 a las 9:00, Courtroom 3</h1>');
      expect(page.body).toContain('<dt>Fase</dt>');
      expect(page.body).toContain('<dt>Incumplimientos</dt>');
      expect(page.body).toContain('Todavía no: 4 horas más de servicio comunitario (6 de 10)');
      expect(page.body).toContain('Aviso exigido por 42 CFR Part 2');
      expect(page.body.match(new RegExp(escapeRegExp(STANDARD_REDISCLOSURE_NOTICES.es), 'g'))).toHaveLength(2);
      expect(page.body).not.toContain(STANDARD_REDISCLOSURE_NOTICES.en);
      expect(page.body).not.toMatch(/Docket|Since|Readiness|Violations|OVERDUE|no valid consent/);

      const docket = (await judge.request('GET', `/api/v1/court-sessions/${sessionId}/docket`, undefined, { 'accept-language': 'es' })).json();
      expect(docket).toMatchObject({ redisclosureNotice: STANDARD_REDISCLOSURE_NOTICES.es, lawName: '42 CFR Part 2' });
    });

    it("names the phase in the reader's language where the court gave one, and as the court entered it otherwise", async () => {
      const docketIn = async (language: string) =>
        entryFor((await judge.request('GET', `/api/v1/court-sessions/${sessionId}/docket`, undefined, { 'accept-language': language })).json(), ana);
      const entered = entryFor(await docketOf(judge, sessionId), ana).phase!.name;
      await ds.query(`UPDATE phases SET translations = '{"es": {"name": "Fase de estabilización"}}' WHERE id = $1`, [program.phaseId]);
      try {
        expect((await docketIn('es')).phase).toMatchObject({ position: 1, name: 'Fase de estabilización' });
        expect((await docketIn('pt-BR')).phase?.name).toBe(entered);
        expect((await docketIn('en')).phase?.name).toBe(entered);
        const page = await judge.request('GET', `/api/v1/court-sessions/${sessionId}/docket/print`, undefined, { 'accept-language': 'es' });
        expect(page.body).toContain('Fase de estabilización');
      } finally {
        await ds.query(`UPDATE phases SET translations = '{}' WHERE id = $1`, [program.phaseId]);
      }
    });

    it("prints the court's own notice for a language before the standard one, and names the court's law", async () => {
      const own = 'Aviso deste tribunal: estes registros são confidenciais.';
      const set = await courtAdmin.patch(`/api/v1/courts/${court.id}`, { lawName: 'Lei 11.343/2006', redisclosureNotices: { pt: own } });
      expect(set.statusCode).toBe(200);
      try {
        const pt = await judge.request('GET', `/api/v1/court-sessions/${sessionId}/docket/print`, undefined, { 'accept-language': 'pt-BR' });
        expect(pt.body).toContain('<html lang="pt">');
        expect(pt.body).toContain('segunda-feira, 23 de novembro de 2026');
        expect(pt.body.match(new RegExp(escapeRegExp(own), 'g'))).toHaveLength(2);
        expect(pt.body).toContain('Aviso exigido por Lei 11.343/2006');
        expect(pt.body).not.toContain(STANDARD_REDISCLOSURE_NOTICES.pt);
        // Spanish has no text of the court's own: the standard one in Spanish.
        const es = (await judge.request('GET', `/api/v1/court-sessions/${sessionId}/docket`, undefined, { 'accept-language': 'es' })).json();
        expect(es).toMatchObject({ redisclosureNotice: STANDARD_REDISCLOSURE_NOTICES.es, lawName: 'Lei 11.343/2006' });
      } finally {
        await courtAdmin.patch(`/api/v1/courts/${court.id}`, { lawName: '42 CFR Part 2', redisclosureNotices: {} });
      }
    });

    it('follows a session’s own order', async () => {
      const other = await session('2026-11-24', '13:30', 'name');
      for (const p of [di, ana, cy]) await hear(other, p.id);
      expect((await docketOf(judge, other)).entries.map((e: { participant: { firstName: string } }) => e.participant.firstName)).toEqual(['Ana', 'Cy', 'Di']);
    });

    it('is not found from another court, and refused to participants and providers', async () => {
      const elsewhere = await createCourt(ds, 'ELSE');
      await createStaff(ds, 'judge-else', 'judge', elsewhere.id);
      expectProblem(await (await signIn(app, 'judge-else')).get(`/api/v1/court-sessions/${sessionId}/docket`), 404, 'not-found');
      expect((await (await signInParticipant(app, ana)).get(`/api/v1/court-sessions/${sessionId}/docket`)).statusCode).toBe(403);
      expect((await (await signIn(app, 'provider')).get(`/api/v1/court-sessions/${sessionId}/docket`)).statusCode).toBe(403);
      expectProblem(await judge.get(`/api/v1/court-sessions/00000000-0000-4000-8000-000000000000/docket`), 404, 'not-found');
      expectProblem(await judge.get(`/api/v1/court-sessions/not-a-uuid/docket`), 400, 'bad-request');
    });
  });

  it('costs the same number of queries for 3 participants with a year of history as for 15', async () => {
    const [sanction] = await ds.query(
      `INSERT INTO response_catalogue_entries (program_id, kind, code, name, level, effect) VALUES ($1, 'sanction', 'WARN', 'Warning', 1, 'none') RETURNING id`,
      [program.id],
    );
    const [incentive] = await ds.query(
      `INSERT INTO response_catalogue_entries (program_id, kind, code, name, level, effect) VALUES ($1, 'incentive', 'PRAISE', 'Praise', 1, 'none') RETURNING id`,
      [program.id],
    );
    const crowd: ParticipantFixture[] = [];
    for (let i = 0; i < 15; i++) {
      const p = await createParticipant(ds, court, `Q-${String(i).padStart(4, '0')}`);
      await placeInProgram(ds, p.id, program, '2025-11-01');
      await createConsent(ds, p, court.id, { recordedBy: coordinator.id });
      crowd.push(p);
    }
    await seedDocketHistory(ds, {
      courtId: court.id,
      timeZone: 'America/Chicago',
      participantIds: crowd.map((p) => p.id),
      endDay: '2026-11-22',
      days: 365,
      organisationId,
      sanctionEntryId: sanction.id,
      incentiveEntryId: incentive.id,
      staffId: coordinator.id,
    });
    const small = await session('2026-11-25');
    const large = await session('2026-11-26');
    for (const p of crowd.slice(0, 3)) await hear(small, p.id);
    for (const p of crowd) await hear(large, p.id);

    const queriesFor = async (sessionId: string) => {
      const spy = jest.spyOn(Client.prototype, 'query');
      try {
        const docket = await docketOf(judge, sessionId);
        return { queries: spy.mock.calls.length, docket };
      } finally {
        spy.mockRestore();
      }
    };
    const few = await queriesFor(small);
    const many = await queriesFor(large);
    expect(many.docket.entries).toHaveLength(15);
    expect(many.queries).toBe(few.queries);
    expect(many.queries).toBeLessThanOrEqual(25);
    expect(few.queries).toBeGreaterThanOrEqual(8);
    // A year of history reaches the summary: tests, responses and the running ratio.
    const first = many.docket.entries[0];
    expect(first.tests.selected).toBeGreaterThan(0);
    expect(first.ratio.incentives).toBeGreaterThanOrEqual(26);
    expect(first.treatmentAttendance.withheld).toBe(false);
  });

  describe('recording the outcome', () => {
    let sessionId: string;
    let nextSession: string;
    let entry: Record<string, string>;
    const hearings: Record<string, string> = {};
    const outcome = (hearingId: string) => `/api/v1/hearings/${hearingId}/outcome`;
    const count = async (table: string) => (await ds.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;

    beforeAll(async () => {
      entry = {};
      for (const [kind, code, level] of [
        ['sanction', 'ESSAY', 2],
        ['incentive', 'CLAP', 2],
      ] as const) {
        const [row] = await ds.query(
          `INSERT INTO response_catalogue_entries (program_id, kind, code, name, level, effect) VALUES ($1, $2, $3, $3, $4, 'none') RETURNING id`,
          [program.id, kind, code, level],
        );
        entry[code] = row.id;
      }
      const [phase2] = await ds.query(`INSERT INTO phases (phase_plan_id, position, name, tests_per_week) VALUES ($1, 2, 'Phase 2', 2) RETURNING id`, [
        program.phasePlanId,
      ]);
      entry.phase2 = phase2.id;
      sessionId = await session(today, '10:00');
      nextSession = await session('2026-12-07', '09:00');
      for (const [name, p] of Object.entries({ ana, bo, cy, di })) hearings[name] = await hear(sessionId, p.id);
    });

    it('answers violations, orders responses and the next hearing in one go; a retry returns it and writes nothing', async () => {
      const body = {
        attendance: 'appeared',
        responses: [{ catalogueEntryId: entry.ESSAY, violationIds: [violations.bo], note: 'essay on honesty' }],
        notes: 'Explained the missed test.',
        nextHearing: { sessionId: nextSession, kind: 'status' },
      };
      const first = await judge.post(outcome(hearings.bo), body);
      expect(first.statusCode).toBe(201);
      expect(first.json()).toMatchObject({ version: 1, attendance: 'appeared', replayed: false });
      expect(first.json().effects).toMatchObject({ violationsAnswered: [violations.bo], responses: [expect.objectContaining({ code: 'ESSAY' })] });
      const [v] = await ds.query(`SELECT status FROM violations WHERE id = $1`, [violations.bo]);
      expect(v.status).toBe('answered');
      const [h] = await ds.query(`SELECT status FROM hearings WHERE id = $1`, [hearings.bo]);
      expect(h.status).toBe('held');
      const [next] = await ds.query(`SELECT session_id, kind FROM hearings WHERE id = $1`, [first.json().effects.nextHearingId]);
      expect(next).toEqual({ session_id: nextSession, kind: 'status' });
      const [response] = await ds.query(`SELECT hearing_id FROM court_responses WHERE id = $1`, [first.json().effects.responses[0].id]);
      expect(response.hearing_id).toBe(hearings.bo);

      const before = { responses: await count('court_responses'), hearings: await count('hearings'), outcomes: await count('hearing_outcomes') };
      const again = await judge.post(outcome(hearings.bo), { ...body, notes: 'Explained the missed test.' });
      expect(again.statusCode).toBe(200);
      expect(again.json()).toMatchObject({ id: first.json().id, replayed: true });
      expect({ responses: await count('court_responses'), hearings: await count('hearings'), outcomes: await count('hearing_outcomes') }).toEqual(before);
      expectProblem(await judge.post(outcome(hearings.bo), { attendance: 'excused' }), 409, 'outcome-already-recorded');
    });

    it('keeps the first version when the outcome is amended, and refuses to change a version in place', async () => {
      const amended = await judge.patch(outcome(hearings.bo), { notes: 'Explained the missed test; apologised.', reason: 'clerk’s typo' });
      expect(amended.statusCode).toBe(200);
      expect(amended.json()).toMatchObject({ version: 2, amendmentReason: 'clerk’s typo' });
      const history = (await judge.get(outcome(hearings.bo))).json();
      expect(history.versions.map((v: { version: number; notes: string }) => [v.version, v.notes])).toEqual([
        [1, 'Explained the missed test.'],
        [2, 'Explained the missed test; apologised.'],
      ]);
      // The application's role may not change a version; the trigger refuses even the tables' owner.
      await expect(ds.query(`UPDATE hearing_outcomes SET notes = 'x' WHERE hearing_id = $1`, [hearings.bo])).rejects.toThrow(/permission denied for table hearing_outcomes/);
      await expect(ds.query(`DELETE FROM hearing_outcomes WHERE hearing_id = $1`, [hearings.bo])).rejects.toThrow(/permission denied for table hearing_outcomes/);
      const owner = new Client({ connectionString: db.url });
      await owner.connect();
      try {
        await expect(owner.query(`UPDATE hearing_outcomes SET notes = 'x' WHERE hearing_id = $1`, [hearings.bo])).rejects.toThrow(/append-only/);
      } finally {
        await owner.end();
      }
      const [audit] = await ds.query(`SELECT details FROM audit_events WHERE action = 'hearing.outcome_amend' AND entity_ids @> ARRAY[$1]::uuid[]`, [hearings.bo]);
      expect(audit.details.before.notes).toBe('Explained the missed test.');
    });

    it('records a failure to appear as a violation with a bench warrant, and dismisses it when amended to appeared', async () => {
      const fta = await judge.post(outcome(hearings.cy), { attendance: 'failed_to_appear', warrant: true });
      expect(fta.statusCode).toBe(201);
      const violationId = fta.json().effects.failureToAppearViolationId;
      const [v] = await ds.query(`SELECT kind, status, deadline_at - detected_at AS window FROM violations WHERE id = $1`, [violationId]);
      expect(v).toMatchObject({ kind: 'failure_to_appear', status: 'open' });
      expect((await ds.query(`SELECT status FROM participants WHERE id = $1`, [cy.id]))[0].status).toBe('warrant');
      const amended = await judge.patch(outcome(hearings.cy), { attendance: 'appeared', reason: 'arrived late; the clerk marked him absent' });
      expect(amended.statusCode).toBe(200);
      expect((await ds.query(`SELECT status FROM violations WHERE id = $1`, [violationId]))[0].status).toBe('dismissed');
      expect(amended.json().effects.amendmentNotes).toEqual([
        'the failure-to-appear violation was dismissed',
        'a warrant or status change ordered at the hearing stands until the court changes the status',
      ]);
    });

    it('promotes with the hearing on record, and refuses a promotion past the last phase without writing anything', async () => {
      const promoted = await judge.post(outcome(hearings.ana), {
        attendance: 'appeared',
        responses: [{ catalogueEntryId: entry.CLAP }],
        phaseChange: { direction: 'promote', reason: 'ready' },
      });
      expect(promoted.statusCode).toBe(201);
      const [phase] = await ds.query(`SELECT phase_id, hearing_id FROM participant_phases WHERE id = $1`, [promoted.json().effects.phaseChangeId]);
      expect(phase).toEqual({ phase_id: entry.phase2, hearing_id: hearings.ana });

      const later = await hear(await session('2026-11-23', '16:00'), ana.id);
      const before = { responses: await count('court_responses'), outcomes: await count('hearing_outcomes'), phases: await count('participant_phases') };
      const past = await judge.post(outcome(later), { attendance: 'appeared', responses: [{ catalogueEntryId: entry.CLAP }], phaseChange: { direction: 'promote', reason: 'again' } });
      expectProblem(past, 409, 'final-phase');
      expect(past.json().at).toBe('phaseChange');
      expect({ responses: await count('court_responses'), outcomes: await count('hearing_outcomes'), phases: await count('participant_phases') }).toEqual(before);
      expect((await ds.query(`SELECT status FROM hearings WHERE id = $1`, [later]))[0].status).toBe('scheduled');
    });

    it('dismisses violations the court names, and only open ones of this participant', async () => {
      const later = await hear(await session(today, '17:00'), bo.id);
      const mistaken = (await violation(bo, 'bo-mistaken', new Date('2026-11-22T15:00:00Z')))!;
      const others = await judge.post(outcome(later), { attendance: 'appeared', dismissals: [{ violationId: violations.cy, reason: 'not his' }] });
      expectProblem(others, 422, 'validation-failed');
      expect(fieldsOf(others)).toEqual(['dismissals.0.violationId']);
      const dismissed = await judge.post(outcome(later), { attendance: 'appeared', dismissals: [{ violationId: mistaken, reason: 'the lab lost the sample' }] });
      expect(dismissed.statusCode).toBe(201);
      expect(dismissed.json().effects.violationsDismissed).toEqual([mistaken]);
      const [v] = await ds.query(`SELECT status, dismissed_reason FROM violations WHERE id = $1`, [mistaken]);
      expect(v).toEqual({ status: 'dismissed', dismissed_reason: 'dismissed at hearing: the lab lost the sample' });
    });

    it('refuses bad outcomes with a problem naming the field, writing nothing', async () => {
      const before = { responses: await count('court_responses'), outcomes: await count('hearing_outcomes'), hearings: await count('hearings') };
      const notInCatalogue = await judge.post(outcome(hearings.di), { attendance: 'appeared', responses: [{ catalogueEntryId: '00000000-0000-4000-8000-000000000000' }] });
      expectProblem(notInCatalogue, 422, 'validation-failed');
      expect(fieldsOf(notInCatalogue)).toEqual(['responses.0.catalogueEntryId']);
      const past = await session('2026-11-20');
      const pastSession = await judge.post(outcome(hearings.di), { attendance: 'appeared', nextHearing: { sessionId: past, kind: 'status' } });
      expectProblem(pastSession, 422, 'validation-failed');
      expect(fieldsOf(pastSession)).toEqual(['nextHearing.sessionId']);
      expect(fieldsOf(await judge.post(outcome(hearings.di), { attendance: 'appeared', warrant: true }))).toEqual(['warrant']);
      expectProblem(await judge.post(outcome(hearings.di), { attendance: 'appeared', gavel: true }), 422, 'validation-failed');
      const demotion = await judge.post(outcome(hearings.di), { attendance: 'appeared', phaseChange: { direction: 'demote', reason: 'relapse' } });
      expect(new Set(fieldsOf(demotion))).toEqual(new Set(['phaseChange.remedialPlan']));
      // A response at a hearing is dated the hearing's day: its own date is not taken.
      const dated = await judge.post(outcome(hearings.di), { attendance: 'appeared', responses: [{ catalogueEntryId: entry.CLAP, orderedOn: '2026-11-01' }] });
      expectProblem(dated, 422, 'validation-failed');
      expectProblem(await judge.post(outcome(hearings.di), { attendance: 'maybe' }), 422, 'validation-failed');
      expect({ responses: await count('court_responses'), outcomes: await count('hearing_outcomes'), hearings: await count('hearings') }).toEqual(before);
      expect((await ds.query(`SELECT status FROM hearings WHERE id = $1`, [hearings.di]))[0].status).toBe('scheduled');
    });

    it('is not found for a hearing of another court, and refused to staff who cannot record outcomes', async () => {
      const elsewhere = await createCourt(ds, 'FAR');
      const stranger = await createParticipant(ds, elsewhere, 'F-0001');
      const [farSession] = await ds.query(SESSION_SQL, [elsewhere.id, today, '09:00', null]);
      const farHearing = await hear(farSession.id, stranger.id);
      expectProblem(await judge.post(outcome(farHearing), { attendance: 'appeared' }), 404, 'not-found');
      await createStaff(ds, 'cm', 'case_manager', court.id);
      expect((await (await signIn(app, 'cm')).post(outcome(hearings.di), { attendance: 'appeared' })).statusCode).toBe(403);
    });

    it('records once when the same request arrives twice at the same moment', async () => {
      const body = { attendance: 'appeared', responses: [{ catalogueEntryId: entry.CLAP }] };
      const before = await count('court_responses');
      const [one, two] = await Promise.all([judge.post(outcome(hearings.di), body), judge.post(outcome(hearings.di), body)]);
      expect([one.statusCode, two.statusCode].sort()).toEqual([200, 201]);
      expect(one.json().id).toBe(two.json().id);
      expect(await count('court_responses')).toBe(before + 1);
    });
  });
});
