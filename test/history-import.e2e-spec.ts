import { INestApplicationContext } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { addCalendarDays, courtDateAt, SystemClock } from '@app/core';
import { drawCandidates } from '@app/drug-testing';
import { OutboxRelayService, QueueName } from '@app/queue';
import { ViolationClockService } from '@app/violations';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import {
  ApiClient,
  CourtFixture,
  createCourt,
  createParticipant,
  createStaff,
  createTestingProgram,
  dataSourceOf,
  expectProblem,
  placeInProgram,
  ProgramFixture,
  signIn,
} from './support/fixtures';
import { createTestApi } from './support/test-app';
import { createTestDatabase, testConfig, TestDatabase } from './support/test-env';
import { createTestingJobs } from './support/testing-jobs';

/**
 * History imports on real time: the violations' clocks and BullMQ run on it,
 * so every date here is derived from today in the court's zone.
 */
const ZONE = 'America/Chicago';
const today = courtDateAt(new Date(), ZONE);
const daysAgo = (n: number) => addCalendarDays(today, -n);

describe('history imports', () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;
  let jobs: INestApplicationContext;
  let ds: DataSource;
  let alpha: CourtFixture;
  let bravo: CourtFixture;
  let program: ProgramFixture;
  let courtAdmin: ApiClient;
  let coordinator: ApiClient;
  let ana: { id: string };

  const url = (kind: string, court: CourtFixture = alpha, dryRun?: boolean) =>
    `/api/v1/courts/${court.id}/imports/${kind}${dryRun === undefined ? '' : `?dryRun=${dryRun}`}`;
  const upload = (client: ApiClient, target: string, csv: string, headers: Record<string, string> = {}) =>
    app.inject({ method: 'POST', url: target, payload: csv, headers: { authorization: `Bearer ${client.accessToken}`, 'content-type': 'text/csv', ...headers } });
  const countOf = async (sql: string, params: unknown[] = []) => Number((await ds.query(sql, params))[0].count);
  const problemsOf = (body: { problems: Array<{ line: number; column: string | null; code: string }> }) => body.problems.map((p) => [p.line, p.column, p.code]);

  const VIOLATIONS = [
    'participant_number,source_id,detected_on,detected_time,kind,description,status,closed_on',
    `I-0001,V-1,${daysAgo(20)},07:00,positive_test,,answered,${daysAgo(18)}`,
    `I-0001,V-2,${daysAgo(10)},,missed_call_in,,dismissed,`,
    `H-0002,V-1,${daysAgo(9)},,curfew,out after 22:00,answered,${daysAgo(8)}`,
  ].join('\r\n');
  const TESTS = [
    'participant_number,source_id,collected_on,collected_time,specimen,result,substances,confirmed,lab',
    `I-0001,T-1,${daysAgo(20)},08:30,urine,positive,thc;cocaine,yes,Quest`,
    `I-0001,T-2,${daysAgo(12)},,oral_fluid,negative,,,`,
  ].join('\n');
  const RESPONSES = [
    'participant_number,source_id,ordered_on,response,kind,amount,violation_source_id,note',
    `I-0001,R-1,${daysAgo(18)},JAIL,sanction,2,V-1,served`,
    `I-0001,R-2,${daysAgo(5)},praise,incentive,,,`,
  ].join('\n');
  const CRIMINAL_HISTORY = [
    'participant_number,source_id,occurred_on,kind,description,offense_level',
    `I-0001,CH-1,${daysAgo(400)},arrest,possession,misdemeanor`,
    `I-0001,CH-2,${daysAgo(300)},conviction,possession,misdemeanor`,
  ].join('\n');
  const HEARINGS = [
    'participant_number,source_id,held_on,held_time,kind,attendance,outcome',
    `I-0001,H-1,${daysAgo(18)},09:00,violation,appeared,two days in jail`,
    // H-0002's warning hearings in the earlier system: the first attended one is when testing began.
    `H-0002,H-2,${daysAgo(45)},09:00,warning,failed_to_appear,`,
    `H-0002,H-3,${daysAgo(40)},09:00,warning,appeared,rules explained`,
    `H-0002,H-4,${daysAgo(30)},09:00,warning,appeared,`,
  ].join('\n');

  beforeAll(async () => {
    db = await createTestDatabase();
    const config = testConfig(db.url);
    app = await createTestApi(config);
    jobs = await createTestingJobs(config, new SystemClock());
    ds = dataSourceOf(app);
    alpha = await createCourt(ds, 'ALPHA', { timeZone: ZONE });
    bravo = await createCourt(ds, 'BRAVO', { timeZone: 'Pacific/Honolulu' });
    program = await createTestingProgram(ds, alpha.id, 'ATC', { model: 'treatment_court' });
    await ds.query(
      `INSERT INTO response_catalogue_entries (program_id, kind, code, name, level, effect, restricts_liberty)
       VALUES ($1, 'sanction', 'JAIL', 'Jail', 5, 'jail', true), ($1, 'incentive', 'PRAISE', 'Praise from the bench', 1, 'none', false)`,
      [program.id],
    );
    await createStaff(ds, 'admin', 'court_admin', alpha.id);
    await createStaff(ds, 'coord', 'coordinator', alpha.id);
    await createStaff(ds, 'admin-bravo', 'court_admin', bravo.id);
    courtAdmin = await signIn(app, 'admin');
    coordinator = await signIn(app, 'coord');
    // One participant imported (no PIN yet), one enrolled here with a PIN.
    const imported = await upload(
      courtAdmin,
      url('participants', alpha, false),
      ['participant_number,first_name,last_name,program,phase,enrolled_on,phase_started_on', `I-0001,Ana,Ruiz,ATC,1,${daysAgo(60)},${daysAgo(60)}`].join('\n'),
    );
    expect(imported.json()).toMatchObject({ created: 1, needingPin: 1 });
    [ana] = await ds.query(`SELECT id FROM participants WHERE participant_number = 'I-0001'`);
    const here = await createParticipant(ds, alpha, 'H-0002');
    await placeInProgram(ds, here.id, program, daysAgo(60));
  });

  afterAll(async () => {
    await jobs?.close();
    await app?.close();
    await db?.drop();
  });

  it('reports every problem of a dry run by line and column, writes nothing, and refuses the same file for real', async () => {
    const csv = [
      'participant_number,source_id,detected_on,detected_time,kind,description,status,closed_on',
      `I-0001,V-9,${daysAgo(3)},,positive_test,,open,`,
      `Z-0404,V-9,${daysAgo(3)},,curfew,,answered,`,
      `I-0001,V-8,${addCalendarDays(today, 2)},7am,speeding,,answered,`,
      `I-0001,V-7,${daysAgo(3)},,curfew,,answered,`,
      `I-0001,V-7,${daysAgo(3)},,curfew,,answered,`,
    ].join('\n');
    const dry = await upload(courtAdmin, url('violations'), csv, { 'accept-language': 'es' });
    expect(dry.statusCode).toBe(200);
    expect(dry.json()).toMatchObject({ kind: 'violations', dryRun: true, lines: 5, created: 1, alreadyPresent: 0 });
    expect(problemsOf(dry.json())).toEqual([
      [2, 'status', 'violation-open'],
      [3, 'participant_number', 'unknown-participant'],
      [4, 'detected_on', 'future-date'],
      [4, 'detected_time', 'invalid-time'],
      [4, 'kind', 'invalid-choice'],
      [6, 'source_id', 'duplicate-source-in-file'],
    ]);
    expect(dry.json().problems[1].message).toBe('No hay ningún participante con el número Z-0404 en este tribunal (importe primero los participantes).');
    const refused = await upload(courtAdmin, url('violations', alpha, false), csv);
    expectProblem(refused, 422, 'import-has-problems');
    expect(refused.json().report.problems).toHaveLength(6);
    expect(await countOf(`SELECT count(*) FROM violations`)).toBe(0);
    const audits = await ds.query(`SELECT action, details FROM audit_events WHERE action LIKE 'history.%' ORDER BY occurred_at`);
    expect(audits.map((a: { action: string }) => a.action)).toEqual(['history.import_checked', 'history.import_refused']);
  });

  it('refuses a file of another kind, and an empty one, with 422 and changes nothing', async () => {
    const wrong = await upload(courtAdmin, url('hearings', alpha, false), VIOLATIONS);
    expectProblem(wrong, 422, 'import-has-problems');
    expect(problemsOf(wrong.json().report)).toContainEqual([1, 'detected_on', 'unknown-column']);
    expect(problemsOf(wrong.json().report)).toContainEqual([1, 'held_on', 'missing-column']);
    expectProblem(await upload(courtAdmin, url('drug-tests', alpha, false), ''), 422, 'import-has-problems');
    expect(await countOf(`SELECT count(*) FROM hearings`)).toBe(0);
  });

  it('refuses anyone but the court’s administrator, and a bad query, and changes nothing', async () => {
    expectProblem(await upload(coordinator, url('violations', alpha, false), VIOLATIONS), 403, 'forbidden');
    expectProblem(await upload(await signIn(app, 'admin-bravo'), url('violations', alpha, false), VIOLATIONS), 404, 'not-found');
    expectProblem(await upload(courtAdmin, `${url('violations')}?dryRun=perhaps`, VIOLATIONS), 422, 'validation-failed');
    expect(await countOf(`SELECT count(*) FROM violations`)).toBe(0);
  });

  it('imports each kind once, marked as imported, however often the file comes', async () => {
    const outboxBefore = await countOf(`SELECT count(*) FROM outbox_events`);
    const dry = await upload(courtAdmin, url('violations'), VIOLATIONS);
    expect(dry.json()).toEqual({ kind: 'violations', dryRun: true, lines: 3, created: 3, alreadyPresent: 0, problems: [] });
    expect(await countOf(`SELECT count(*) FROM violations`)).toBe(0);

    for (const [kind, csv, created] of [
      ['violations', VIOLATIONS, 3],
      ['drug-tests', TESTS, 2],
      ['responses', RESPONSES, 2],
      ['hearings', HEARINGS, 4],
      ['criminal-history', CRIMINAL_HISTORY, 2],
    ] as const) {
      const first = await upload(courtAdmin, url(kind, alpha, false), csv, { 'idempotency-key': `history-${kind}` });
      expect({ kind, status: first.statusCode, body: first.json() }).toMatchObject({ kind, status: 200, body: { dryRun: false, created, alreadyPresent: 0, problems: [] } });
      // The same request retried answers the first answer; the same file sent again later imports nothing twice.
      expect((await upload(courtAdmin, url(kind, alpha, false), csv, { 'idempotency-key': `history-${kind}` })).headers['idempotent-replayed']).toBe('true');
      const again = await upload(courtAdmin, url(kind, alpha, false), csv, { 'idempotency-key': `history-${kind}-again` });
      expect(again.json()).toMatchObject({ created: 0, alreadyPresent: created, problems: [] });
    }

    const violations = await ds.query(
      `SELECT v.source_record_id, v.kind, v.status, v.answered_at IS NOT NULL AS answered, v.dismissed_at IS NOT NULL AS dismissed, v.imported_at IS NOT NULL AS imported, p.participant_number
         FROM violations v JOIN participants p ON p.id = v.participant_id ORDER BY p.participant_number, v.source_record_id`,
    );
    expect(violations).toEqual([
      { source_record_id: 'V-1', kind: 'curfew', status: 'answered', answered: true, dismissed: false, imported: true, participant_number: 'H-0002' },
      { source_record_id: 'V-1', kind: 'positive_test', status: 'answered', answered: true, dismissed: false, imported: true, participant_number: 'I-0001' },
      { source_record_id: 'V-2', kind: 'missed_call_in', status: 'dismissed', answered: false, dismissed: true, imported: true, participant_number: 'I-0001' },
    ]);
    const results = await ds.query(
      `SELECT r.substance, r.outcome, r.method, r.imported_at IS NOT NULL AS imported FROM drug_test_results r WHERE r.participant_id = $1 ORDER BY r.tested_on, r.substance`,
      [ana.id],
    );
    expect(results).toEqual([
      { substance: 'cocaine', outcome: 'positive', method: 'confirmation', imported: true },
      { substance: 'thc', outcome: 'positive', method: 'confirmation', imported: true },
      { substance: null, outcome: 'negative', method: 'screen', imported: true },
    ]);
    const [response] = await ds.query(
      `SELECT r.amount::float AS amount, r.custody_ends_at, r.testing_order_id, (SELECT source_record_id FROM violations v JOIN court_response_violations rv ON rv.violation_id = v.id WHERE rv.response_id = r.id) AS answers
         FROM court_responses r WHERE r.source_record_id = 'R-1'`,
    );
    // An imported jail sanction was served in the earlier system: it puts nobody in custody here.
    expect(response).toEqual({ amount: 2, custody_ends_at: null, testing_order_id: null, answers: 'V-1' });
    const [hearing] = await ds.query(`SELECT h.status, o.attendance, o.notes FROM hearings h JOIN hearing_outcomes o ON o.hearing_id = h.id WHERE h.source_record_id = 'H-1'`);
    expect(hearing).toEqual({ status: 'held', attendance: 'appeared', notes: 'two days in jail' });
    const warnings = await ds.query(`SELECT participant_number, warning_hearing_on::text AS on FROM participants ORDER BY participant_number`);
    expect(warnings).toEqual([
      { participant_number: 'H-0002', on: daysAgo(40) },
      { participant_number: 'I-0001', on: null },
    ]);
    // Arrests and convictions through their own service: marked as imported, each once by its external key.
    const events = await ds.query(`SELECT kind, source, external_key FROM criminal_history_events WHERE participant_id = $1 ORDER BY occurred_on`, [ana.id]);
    expect(events).toEqual([
      { kind: 'arrest', source: 'import', external_key: `${ana.id}:CH-1` },
      { kind: 'conviction', source: 'import', external_key: `${ana.id}:CH-2` },
    ]);
    const [audit] = await ds.query(`SELECT details, cardinality(participant_ids) AS participants FROM audit_events WHERE action = 'history.import' AND entity_type = 'violation'`);
    expect(audit).toEqual({ details: { kind: 'violations', lines: 3, created: 3, alreadyPresent: 0 }, participants: 2 });
    // Nothing was queued by any of it.
    expect(await countOf(`SELECT count(*) FROM outbox_events`)).toBe(outboxBefore);
  });

  it('charges nobody with history: no clock, alert, message, violation, overdue count or measure follows from it', async () => {
    const imported = (await ds.query(`SELECT id FROM violations WHERE imported_at IS NOT NULL`)).map((r: { id: string }) => r.id);
    // No clock moment exists, so the sweep fires nothing and no alarm is (re)created for them.
    expect(await countOf(`SELECT count(*) FROM violation_clock_events WHERE violation_id = ANY($1::uuid[])`, [imported])).toBe(0);
    await jobs.get(ViolationClockService).sweep();
    await jobs.get(OutboxRelayService).relayBatch();
    const queued = await jobs.get<Queue>(getQueueToken(QueueName.Violations)).getJobs(['delayed', 'waiting', 'active', 'completed', 'failed']);
    expect(queued.filter((job) => imported.some((id: string) => JSON.stringify(job.data).includes(id)))).toEqual([]);
    expect(await countOf(`SELECT count(*) FROM violations WHERE escalated_at IS NOT NULL`)).toBe(0);
    expect(await countOf(`SELECT count(*) FROM staff_alerts`)).toBe(0);
    expect(await countOf(`SELECT count(*) FROM notification_messages`)).toBe(0);
    // The imported positive test made no violation of its own, and proposed no treatment.
    expect(await countOf(`SELECT count(*) FROM violations WHERE participant_id = $1`, [ana.id])).toBe(2);
    expect(await countOf(`SELECT count(*) FROM treatment_proposals`)).toBe(0);
    // Nobody is in custody for an imported jail sanction.
    expect((await ds.query(`SELECT status FROM participants WHERE id = $1`, [ana.id]))[0].status).toBe('active');

    // The deadlines board and the caseload show nothing open or overdue.
    const board = await coordinator.get(`/api/v1/courts/${alpha.id}/violations`);
    expect(board.statusCode).toBe(200);
    expect(board.json()).toEqual([]);
    const caseload = await coordinator.get(`/api/v1/participants?courtId=${alpha.id}&sort=number`);
    for (const row of caseload.json().items) expect(row.glance).toMatchObject({ openViolations: 0, overdueViolations: 0, attention: [] });
    // The swiftness measure counts only violations detected here.
    const swiftness = await coordinator.get(`/api/v1/courts/${alpha.id}/measures/swiftness?from=${daysAgo(30)}&to=${today}`);
    expect(swiftness.json().all).toMatchObject({ violations: 0, overdue: 0, dismissed: 0 });

    // The participant's own records carry the mark the timeline shows.
    const history = await coordinator.get(`/api/v1/participants/${ana.id}/violations`);
    expect(history.json().every((v: { importedAt: string | null; overdue: boolean }) => v.importedAt !== null && !v.overdue)).toBe(true);
    const tests = await coordinator.get(`/api/v1/participants/${ana.id}/drug-tests`);
    expect(tests.json().collections.map((c: { importedAt: string | null }) => c.importedAt !== null)).toEqual([true, true]);
    const hearings = await coordinator.get(`/api/v1/participants/${ana.id}/hearings`);
    expect(hearings.json()[0].importedAt).not.toBeNull();
    const responses = await coordinator.get(`/api/v1/participants/${ana.id}/responses`);
    expect(responses.json().items.every((r: { importedAt: string | null }) => r.importedAt !== null)).toBe(true);
  });

  it('says who is not tested for want of a PIN, keeps them out of the draw, and draws them once it is issued', async () => {
    const caseload = await coordinator.get(`/api/v1/participants?courtId=${alpha.id}&sort=number`);
    const byNumber = new Map(caseload.json().items.map((r: { participantNumber: string; glance: { noPinYet: boolean } }) => [r.participantNumber, r.glance.noPinYet]));
    expect(Object.fromEntries(byNumber)).toEqual({ 'H-0002': false, 'I-0001': true });
    const page = await coordinator.get(`/api/v1/participants/${ana.id}`);
    expect(page.json()).toMatchObject({ noPinYet: true });
    const drawn = async () => (await drawCandidates(ds.manager, alpha.id, addCalendarDays(today, 1))).map((c) => c.participantId);
    expect(await drawn()).not.toContain(ana.id);
    const dry = await upload(courtAdmin, url('participants'), 'participant_number,first_name,last_name,program,phase,enrolled_on,phase_started_on\n');
    expect(dry.json()).toMatchObject({ created: 0, needingPin: 1 });

    const reset = await courtAdmin.post(`/api/v1/users/${page.json().accountId}/reset-pin`, { pin: '135790' });
    expect(reset.statusCode).toBeLessThan(300);
    expect((await coordinator.get(`/api/v1/participants/${ana.id}`)).json()).toMatchObject({ noPinYet: false });
    expect(await drawn()).toContain(ana.id);
  });
});
