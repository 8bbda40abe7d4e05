import { inflateSync } from 'node:zlib';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { TestClock } from '@app/core';
import { recordViolations } from '@app/violations';
import { DataSource } from 'typeorm';
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
} from './support/fixtures';
import { createTestApi } from './support/test-app';
import { createTestDatabase, testConfig, TestDatabase } from './support/test-env';

const ENTRIES: Array<[string, string, string, number, string, boolean]> = [
  ['sanction', 'WRITING', 'Writing assignment', 1, 'none', false],
  ['sanction', 'CURFEW', 'Curfew', 3, 'none', true],
  ['sanction', 'JAIL', 'Jail (days)', 4, 'jail', false],
  ['incentive', 'PRAISE', 'Praise from the bench', 1, 'none', false],
];

/** The text a pdfkit PDF shows: its content streams inflated, each `<hex>` string decoded (WinAnsi, close to Latin-1). */
function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const streams = [...raw.matchAll(/stream\r?\n/g)].map((m) => {
    const start = m.index! + m[0].length;
    const end = raw.indexOf('endstream', start);
    try {
      return inflateSync(pdf.subarray(start, end)).toString('latin1');
    } catch {
      return '';
    }
  });
  return streams
    .join('\n')
    .split(/\r?\n/)
    .map((line) => [...line.matchAll(/<([0-9a-f]+)>/gi)].map((m) => Buffer.from(m[1], 'hex').toString('latin1')).join(''))
    .filter(Boolean)
    .join('\n');
}

describe('staffing, judge-only liberty and the written order', () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;
  let ds: DataSource;
  // 12:00 in Chicago on Monday 23 November 2026: the session sat at 09:00.
  const clock = new TestClock('2026-11-23T18:00:00Z');
  let court: CourtFixture;
  let program: ProgramFixture;
  let ana: ParticipantFixture;
  let bo: ParticipantFixture;
  let judge: ApiClient;
  let coordinator: ApiClient;
  let caseManager: ApiClient;
  let provider: ApiClient;
  let sessionId: string;
  const hearing: Record<string, string> = {};
  const entry: Record<string, string> = {};
  const count = async (table: string) => (await ds.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;
  const violation = async (participant: ParticipantFixture, tag: string) =>
    (
      await ds.transaction((manager) =>
        recordViolations(manager, [{ courtId: court.id, participantId: participant.id, kind: 'missed_test', detectedAt: clock.now(), sourceKey: `so:${tag}`, evidence: {} }]),
      )
    )[0]!;
  const staffing = (participant?: ParticipantFixture) => `/api/v1/court-sessions/${sessionId}/staffing${participant ? `/${participant.id}` : ''}`;
  const statusOf = async (participant: ParticipantFixture) => (await ds.query(`SELECT status FROM participants WHERE id = $1`, [participant.id]))[0].status as string;

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createTestApi(testConfig(db.url, { AUTH_SIGN_IN_PER_MINUTE: '10000', AUTH_SIGN_IN_PER_MINUTE_PER_ACCOUNT: '10000' }), clock);
    ds = dataSourceOf(app);
    court = await createCourt(ds, 'STAF');
    program = await createTestingProgram(ds, court.id, 'DTC', { model: 'treatment_court' });
    // The program delegates responses to staff: what stays the judge's is what touches liberty, demotion and discharge.
    await ds.query(`UPDATE programs SET delegated_responses = true, jail_limit_days = 3 WHERE id = $1`, [program.id]);
    for (const [kind, code, name, level, effect, liberty] of ENTRIES) {
      const [row] = await ds.query(
        `INSERT INTO response_catalogue_entries (program_id, kind, code, name, level, effect, restricts_liberty, translations)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [program.id, kind, code, name, level, effect, liberty, code === 'JAIL' ? { es: { name: 'Cárcel (días)' } } : {}],
      );
      entry[code] = row.id;
    }
    ana = await createParticipant(ds, court, 'S-0001', { firstName: 'Ana', lastName: 'Núñez' });
    bo = await createParticipant(ds, court, 'S-0002', { firstName: 'Bo', lastName: 'Lee' });
    for (const p of [ana, bo]) await placeInProgram(ds, p.id, program, '2026-09-01');
    await ds.query(`UPDATE users SET language = 'es' WHERE id = $1`, [ana.userId]);
    const organisationId = await createOrganisation(ds, court.id, 'Riverside Recovery');
    const coordinatorUser = await createStaff(ds, 'coord', 'coordinator', court.id);
    await createStaff(ds, 'judge', 'judge', court.id);
    await ds.query(`UPDATE users SET display_name = 'Judge Maria Ortiz' WHERE username = 'judge'`);
    await createStaff(ds, 'cm', 'case_manager', court.id);
    await createStaff(ds, 'prov', 'treatment_provider', court.id, { organisationId });
    // Both are the provider's clients; only Ana's consent lets the team hear from the provider.
    for (const p of [ana, bo]) await referToProvider(ds, p.id, organisationId);
    await createConsent(ds, ana, court.id, { discloserOrganisationId: organisationId, recordedBy: coordinatorUser.id });
    [judge, coordinator, caseManager, provider] = await Promise.all([signIn(app, 'judge'), signIn(app, 'coord'), signIn(app, 'cm'), signIn(app, 'prov')]);
    [{ id: sessionId }] = await ds.query(
      `INSERT INTO court_sessions (court_id, session_date, start_time, starts_at, courtroom) VALUES ($1, '2026-11-23', '09:00', '2026-11-23T15:00:00Z', 'Courtroom 2') RETURNING id`,
      [court.id],
    );
    for (const [name, p] of [['ana', ana], ['bo', bo]] as const) {
      [{ id: hearing[name] }] = await ds.query(
        `INSERT INTO hearings (court_id, participant_id, kind, scheduled_at, session_id) VALUES ($1, $2, 'violation', '2026-11-23T15:00:00Z', $3) RETURNING id`,
        [court.id, p.id, sessionId],
      );
    }
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('refuses staff every order that touches liberty, demotes or discharges, and changes nothing; a delegated writing assignment still goes through', async () => {
    const open = await violation(ana, 'staff');
    const before = { responses: await count('court_responses'), orders: await count('court_orders'), phases: await count('participant_phases'), statuses: await count('participant_status_changes') };
    const responses = `/api/v1/participants/${ana.id}/responses`;
    for (const client of [caseManager, coordinator]) {
      expectProblem(await client.post(responses, { catalogueEntryId: entry.JAIL, violationIds: [open], amount: 1 }), 403, 'judge-order-required');
      expectProblem(await client.post(responses, { catalogueEntryId: entry.CURFEW, violationIds: [open] }), 403, 'judge-order-required');
      expectProblem(await client.post(`${responses}/check`, { catalogueEntryId: entry.CURFEW, violationIds: [open] }), 403, 'judge-order-required');
      expectProblem(
        await client.post(`/api/v1/participants/${ana.id}/phase-changes`, { direction: 'demote', reason: 'relapse', remedialPlan: 'daily testing' }),
        403,
        'judge-order-required',
      );
      for (const status of ['terminated', 'graduated', 'withdrawn', 'transferred']) {
        expectProblem(await client.post(`/api/v1/participants/${ana.id}/status`, { status, reason: 'new arrest' }), 403, 'judge-order-required');
      }
    }
    // Staff cannot reach the outcome route at all; the judge cannot order liberty outside a hearing either.
    expectProblem(await caseManager.post(`/api/v1/hearings/${hearing.ana}/outcome`, { attendance: 'appeared' }), 403, 'forbidden');
    expectProblem(await judge.post(responses, { catalogueEntryId: entry.CURFEW, violationIds: [open] }), 409, 'hearing-required');
    expect({ responses: await count('court_responses'), orders: await count('court_orders'), phases: await count('participant_phases'), statuses: await count('participant_status_changes') }).toEqual(before);
    expect(await statusOf(ana)).toBe('active');
    expect((await ds.query(`SELECT status FROM violations WHERE id = $1`, [open]))[0].status).toBe('open');

    const writing = await caseManager.post(responses, { catalogueEntryId: entry.WRITING, violationIds: [open], note: 'two pages on triggers' });
    expect(writing.statusCode).toBe(201);
    expect(writing.json()).toMatchObject({ delegated: true, restrictsLiberty: false, courtOrderId: expect.any(String) });
    const praise = await caseManager.post(responses, { catalogueEntryId: entry.PRAISE });
    expect(praise.json()).toMatchObject({ kind: 'incentive', courtOrderId: null });
  });

  it('records the staffing: a recommendation, agreement and dissent; a provider only under consent; the judge reads it; bad input changes nothing', async () => {
    const open = await violation(ana, 'staffing');
    const proposal = {
      responses: [{ catalogueEntryId: entry.JAIL, violationIds: [open], amount: 2, reason: 'third missed test this month' }],
      treatmentAdjustment: 'Move to intensive outpatient',
      reasons: 'Escalating non-compliance; team proposes a short stay.',
    };
    const recorded = await coordinator.put(staffing(ana), proposal);
    expect(recorded.statusCode).toBe(200);
    expect(recorded.json().recommendation).toMatchObject({
      version: 1,
      responses: [{ code: 'JAIL', restrictsLiberty: true, violationIds: [open], amount: 2 }],
      reasons: proposal.reasons,
      positions: [],
    });
    expect((await caseManager.put(`${staffing(ana)}/position`, { position: 'dissent', reason: 'Curfew first: jail is not yet warranted' })).statusCode).toBe(200);
    expect((await provider.put(`${staffing(ana)}/position`, { position: 'agree' })).statusCode).toBe(200);
    // No consent covers Bo for the provider: not on their staffing, and nothing to write.
    expectProblem(await provider.put(staffing(bo), { reasons: 'x' }), 404, 'not-found');
    expect((await provider.get(staffing())).json().entries.map((e: { participantId: string }) => e.participantId)).toEqual([ana.id]);

    const read = (await judge.get(staffing())).json();
    expect(read.entries.map((e: { participantNumber: string }) => e.participantNumber)).toEqual(['S-0001', 'S-0002']);
    const positions = read.entries[0].recommendation.positions;
    expect(positions).toEqual([
      expect.objectContaining({ role: 'case_manager', position: 'dissent', reason: 'Curfew first: jail is not yet warranted' }),
      expect.objectContaining({ role: 'treatment_provider', position: 'agree', reason: null }),
    ]);
    expect(read.entries[1].recommendation).toBeNull();
    // The judge reads and decides; the team records.
    expectProblem(await judge.put(staffing(ana), proposal), 403, 'forbidden');

    const before = await ds.query(`SELECT proposal, version FROM staffing_recommendations`);
    expectProblem(await coordinator.put(staffing(ana), { ...proposal, severity: 'high' }), 422, 'validation-failed');
    const wrong = await coordinator.put(staffing(ana), { ...proposal, responses: [{ catalogueEntryId: '00000000-0000-4000-8000-000000000000' }] });
    expectProblem(wrong, 422, 'validation-failed');
    expect(fieldsOf(wrong)).toEqual(['responses.0.catalogueEntryId']);
    expect(fieldsOf(await coordinator.put(staffing(ana), { ...proposal, phaseChange: { direction: 'demote', reason: 'relapse' } }))).toEqual(['phaseChange.remedialPlan']);
    expect(await ds.query(`SELECT proposal, version FROM staffing_recommendations`)).toEqual(before);
    expectProblem(await coordinator.put(`/api/v1/court-sessions/00000000-0000-4000-8000-000000000000/staffing/${ana.id}`, proposal), 404, 'not-found');

    // The same text again keeps the positions; a changed one is agreed to afresh.
    expect((await coordinator.put(staffing(ana), proposal)).json().recommendation).toMatchObject({ version: 1, positions: [expect.anything(), expect.anything()] });
    const changed = (await coordinator.put(staffing(ana), { ...proposal, reasons: `${proposal.reasons} Curfew considered.` })).json();
    expect(changed.recommendation).toMatchObject({ version: 2, positions: [] });
    expect(await count(`audit_events WHERE action IN ('staffing.recommend', 'staffing.position', 'staffing.read')`)).toBeGreaterThanOrEqual(6);
  });

  it('orders liberty only at a hearing the participant attended or waived, and jail past the limit only with the judge’s written reason', async () => {
    const open = await violation(bo, 'hearing');
    const outcome = `/api/v1/hearings/${hearing.bo}/outcome`;
    const jail = { catalogueEntryId: entry.JAIL, violationIds: [open], amount: 2 };
    const absent = await judge.post(outcome, { attendance: 'excused', responses: [jail] });
    expectProblem(absent, 409, 'participant-not-heard');
    expect(absent.json().at).toBe('responses.0');
    expectProblem(await judge.post(outcome, { attendance: 'excused', phaseChange: { direction: 'demote', reason: 'relapse', remedialPlan: 'daily testing' } }), 409, 'participant-not-heard');
    expectProblem(await judge.post(outcome, { attendance: 'excused', statusChange: { status: 'terminated', reason: 'new felony' } }), 409, 'participant-not-heard');
    expect(fieldsOf(await judge.post(outcome, { attendance: 'appeared', presenceWaiver: 'in writing', responses: [jail] }))).toEqual(['presenceWaiver']);
    const long = await judge.post(outcome, { attendance: 'excused', presenceWaiver: 'Waived in writing through counsel, filed 2026-11-20', responses: [{ ...jail, amount: 5 }] });
    expectProblem(long, 422, 'validation-failed');
    expect(fieldsOf(long)).toEqual(['responses.0.overLimitReason']);
    expect((await ds.query(`SELECT status FROM hearings WHERE id = $1`, [hearing.bo]))[0].status).toBe('scheduled');
    expect(await count(`court_responses WHERE participant_id = '${bo.id}'`)).toBe(0);

    const held = await judge.post(outcome, {
      attendance: 'excused',
      presenceWaiver: 'Waived in writing through counsel, filed 2026-11-20',
      responses: [{ ...jail, amount: 5, overLimitReason: 'Third absconding this year; shorter stays have not held.' }],
    });
    expect(held.statusCode).toBe(201);
    expect(held.json().effects.responses[0].warnings.map((w: { code: string }) => w.code)).toContain('jail_over_limit');
    expect(await statusOf(bo)).toBe('in_custody');
    const [stored] = await ds.query(`SELECT restricts_liberty, over_limit_reason, delegated FROM court_responses WHERE id = $1`, [held.json().effects.responses[0].id]);
    expect(stored).toEqual({ restricts_liberty: true, over_limit_reason: 'Third absconding this year; shorter stays have not held.', delegated: false });
  });

  it('writes each sanction’s order as a PDF in the participant’s language, for staff and for the participant alone, audited', async () => {
    const open = await violation(ana, 'order');
    const held = await judge.post(`/api/v1/hearings/${hearing.ana}/outcome`, {
      attendance: 'appeared',
      responses: [{ catalogueEntryId: entry.JAIL, violationIds: [open], amount: 2, note: 'Report to the county jail by 18:00.' }],
    });
    expect(held.statusCode).toBe(201);
    const orders = (await coordinator.get(`/api/v1/participants/${ana.id}/court-orders`)).json();
    const order = orders.find((o: { hearingId: string | null }) => o.hearingId === hearing.ana);
    expect(order).toMatchObject({ language: 'es', response: 'Cárcel (días)', orderedOn: '2026-11-23', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });

    const staffPdf = await coordinator.get(`/api/v1/court-orders/${order.id}/pdf`);
    expect(staffPdf.statusCode).toBe(200);
    expect(staffPdf.headers['content-type']).toBe('application/pdf');
    const text = pdfText(staffPdf.rawPayload);
    for (const words of ['STAF COURT', 'Orden que impone una sanción', 'Ana Núñez', 'Cárcel (días)', 'Prueba omitida', 'Judge Maria Ortiz', 'Sus derechos', 'abogado', 'revise esta orden']) {
      expect(text).toContain(words);
    }

    const own = await signInParticipant(app, ana);
    expect((await own.get('/api/v1/me/court-orders')).json().map((o: { id: string }) => o.id)).toContain(order.id);
    const mine = await own.get(`/api/v1/me/court-orders/${order.id}/pdf`);
    expect(mine.statusCode).toBe(200);
    expect(mine.rawPayload.equals(staffPdf.rawPayload)).toBe(true);
    const other = await signInParticipant(app, bo);
    expectProblem(await other.get(`/api/v1/me/court-orders/${order.id}/pdf`), 404, 'not-found');
    expectProblem(await other.get(`/api/v1/court-orders/${order.id}/pdf`), 403, 'forbidden');
    const outsider = await createCourt(ds, 'ELSE');
    await createStaff(ds, 'elsewhere', 'case_manager', outsider.id);
    expectProblem(await (await signIn(app, 'elsewhere')).get(`/api/v1/court-orders/${order.id}/pdf`), 404, 'not-found');
    const reads = await ds.query(`SELECT basis FROM audit_events WHERE action = 'court_order.read' AND $1 = ANY(entity_ids) ORDER BY id`, [order.id]);
    expect(reads.map((r: { basis: string }) => r.basis)).toEqual(['role:coordinator', 'self']);
  });
});
