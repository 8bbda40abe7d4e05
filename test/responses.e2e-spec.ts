import { INestApplicationContext } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { TestClock } from '@app/core';
import { CustodyEndService, recordViolations, ViolationClockService } from '@app/violations';
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
  ParticipantFixture,
  placeInProgram,
  ProgramFixture,
  signIn,
} from './support/fixtures';
import { createTestApi } from './support/test-app';
import { createTestDatabase, testConfig, TestDatabase } from './support/test-env';
import { createTestingJobs } from './support/testing-jobs';


const ENTRIES: Array<[string, string, string, number, string]> = [
  ['sanction', 'WARNING', 'Verbal warning', 1, 'none'],
  ['sanction', 'TESTING', 'Increased testing', 2, 'increased_testing'],
  ['sanction', 'HOURS', 'Community service hours', 3, 'community_service'],
  ['sanction', 'JAIL', 'Jail days', 5, 'jail'],
  ['incentive', 'PRAISE', 'Praise from the bench', 1, 'none'],
  ['treatment_adjustment', 'MORE_TX', 'More treatment sessions', 1, 'none'],
];

describe('court responses: sanctions, incentives, treatment adjustments', () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;
  let jobs: INestApplicationContext;
  let ds: DataSource;
  const clock = new TestClock('2026-11-23T18:00:00Z');
  let court: CourtFixture;
  let program: ProgramFixture;
  let pat: ParticipantFixture;
  let judge: ApiClient;
  let caseManager: ApiClient;
  const entry: Record<string, string> = {};
  const url = () => `/api/v1/participants/${pat.id}/responses`;
  const count = async (table: string) => (await ds.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;
  const violation = async (tag: string) =>
    (
      await ds.transaction((manager) =>
        recordViolations(manager, [{ courtId: court.id, participantId: pat.id, kind: 'missed_test', detectedAt: clock.now(), sourceKey: `t:${tag}`, evidence: {} }]),
      )
    )[0];

  beforeAll(async () => {
    db = await createTestDatabase();
    const config = testConfig(db.url, { AUTH_SIGN_IN_PER_MINUTE: '10000', AUTH_SIGN_IN_PER_MINUTE_PER_ACCOUNT: '10000' });
    app = await createTestApi(config, clock);
    jobs = await createTestingJobs(config, clock);
    ds = dataSourceOf(app);
    court = await createCourt(ds, 'RESP');
    program = await createTestingProgram(ds, court.id, 'DTC', { testsPerWeek: 2, model: 'treatment_court' });
    for (const [kind, code, name, level, effect] of ENTRIES) {
      const [row] = await ds.query(
        `INSERT INTO response_catalogue_entries (program_id, kind, code, name, level, effect) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [program.id, kind, code, name, level, effect],
      );
      entry[code] = row.id;
    }
    pat = await createParticipant(ds, court, 'R-0001');
    await placeInProgram(ds, pat.id, program, '2026-09-01');
    await createStaff(ds, 'judge', 'judge', court.id);
    await createStaff(ds, 'cm', 'case_manager', court.id);
    [judge, caseManager] = await Promise.all([signIn(app, 'judge'), signIn(app, 'cm')]);
  });

  afterAll(async () => {
    await jobs?.close();
    await app?.close();
    await db?.drop();
  });

  it('responds to the violation when the judge orders a sanction outside a hearing, counts it in the ratio, and leaves it open (its clock running) until a hearing takes it up', async () => {
    const violationId = await violation('warning');
    const response = await judge.post(url(), { catalogueEntryId: entry.WARNING, violationIds: [violationId], note: 'first missed test' });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ kind: 'sanction', code: 'WARNING', delegated: false, violationIds: [violationId], dryRun: false });
    // A response is not a hearing: "answered" needs the participant brought before the judge (issue 20).
    const [v] = await ds.query(`SELECT status, responded_at, heard_at FROM violations WHERE id = $1`, [violationId]);
    expect(v).toEqual({ status: 'open', responded_at: clock.now(), heard_at: null });
    clock.advance(73 * 3_600_000);
    expect(await jobs.get(ViolationClockService).fire(violationId, 'deadline')).toBe('escalated');
    clock.set('2026-11-23T18:00:00Z');
    expectProblem(await judge.post(url(), { catalogueEntryId: entry.WARNING, violationIds: [violationId] }), 409, 'violation-already-responded');
  });

  it('orders increased testing as a testing order the draw reads, and hours the readiness requires', async () => {
    const testing = await judge.post(url(), { catalogueEntryId: entry.TESTING, violationIds: [await violation('testing')], testsPerWeek: 5, amount: 14 });
    expect(testing.statusCode).toBe(201);
    const [order] = await ds.query(`SELECT tests_per_week, starts_on::text, ends_on::text FROM testing_orders WHERE id = $1`, [testing.json().testingOrderId]);
    expect(order).toEqual({ tests_per_week: 5, starts_on: '2026-11-23', ends_on: '2026-12-06' });
    const hours = await judge.post(url(), { catalogueEntryId: entry.HOURS, violationIds: [await violation('hours')], amount: 8 });
    expect(hours.statusCode).toBe(201);
    const readiness = (await caseManager.get(`/api/v1/participants/${pat.id}/readiness`)).json();
    expect(readiness.requirements.find((r: { code: string }) => r.code === 'community_service')).toMatchObject({ required: 8, met: false });
  });

  it('puts the participant in custody for the days ordered, warns past the limit, and returns them to active when served', async () => {
    const check = await judge.post(`${url()}/check`, { catalogueEntryId: entry.JAIL, violationIds: [await violation('jail')], amount: 7 });
    expect(check.statusCode).toBe(200);
    expect(check.json()).toMatchObject({ dryRun: true, id: null });
    expect(check.json().warnings.map((w: { code: string }) => w.code)).toEqual(['jail_over_limit', 'level_skipped']);
    const [jailViolation] = await ds.query(`SELECT id FROM violations WHERE source_key = 't:jail'`);
    // Jail restricts liberty: the judge orders it as the outcome of a hearing, never on this route.
    expectProblem(await judge.post(url(), { catalogueEntryId: entry.JAIL, violationIds: [jailViolation.id], amount: 2 }), 409, 'hearing-required');
    const [hearing] = await ds.query(
      `INSERT INTO hearings (court_id, participant_id, kind, scheduled_at) VALUES ($1, $2, 'violation', '2026-11-23T15:00:00Z') RETURNING id`,
      [court.id, pat.id],
    );
    const outcome = await judge.post(`/api/v1/hearings/${hearing.id}/outcome`, {
      attendance: 'appeared',
      responses: [{ catalogueEntryId: entry.JAIL, violationIds: [jailViolation.id], amount: 2 }],
    });
    expect(outcome.statusCode).toBe(201);
    const [ordered] = outcome.json().effects.responses;
    expect(ordered.warnings.map((w: { code: string }) => w.code)).toEqual(['level_skipped']);
    const jail = { json: () => ({ id: ordered.id as string }) };
    // Chicago: two days from the 23rd, custody ends at the start of the 25th.
    const [custodyRow] = await ds.query(`SELECT custody_ends_at FROM court_responses WHERE id = $1`, [ordered.id]);
    expect(custodyRow.custody_ends_at.toISOString()).toBe('2026-11-25T06:00:00.000Z');
    expect((await ds.query(`SELECT status FROM participants WHERE id = $1`, [pat.id]))[0].status).toBe('in_custody');
    const custody = jobs.get(CustodyEndService);
    expect(await custody.end(jail.json().id)).toBe('not_due');
    clock.set('2026-11-25T06:00:00Z');
    expect(await custody.endDue()).toBe(1);
    expect((await ds.query(`SELECT status FROM participants WHERE id = $1`, [pat.id]))[0].status).toBe('active');
    expect(await custody.end(jail.json().id)).toBe('already_ended');
    const [change] = await ds.query(`SELECT to_status, reason, effective_on::text FROM participant_status_changes WHERE participant_id = $1 ORDER BY created_at DESC LIMIT 1`, [pat.id]);
    expect(change).toEqual({ to_status: 'active', reason: 'jail sanction served', effective_on: '2026-11-25' });
    clock.set('2026-11-25T18:00:00Z');
  });

  it('lets staff order only where the program delegates, and never counts treatment as a sanction', async () => {
    caseManager = await signIn(app, 'cm');
    judge = await signIn(app, 'judge');
    expectProblem(await caseManager.post(url(), { catalogueEntryId: entry.PRAISE }), 403, 'delegation-not-allowed');
    await ds.query(`UPDATE programs SET delegated_responses = true WHERE id = $1`, [program.id]);
    const praise = await caseManager.post(url(), { catalogueEntryId: entry.PRAISE });
    expect(praise.statusCode).toBe(201);
    expect(praise.json()).toMatchObject({ kind: 'incentive', delegated: true });
    expect((await caseManager.post(url(), { catalogueEntryId: entry.MORE_TX })).statusCode).toBe(201);
    const history = (await judge.get(url())).json();
    expect(history.ratio).toEqual({ incentives: 1, sanctions: 4, treatmentAdjustments: 1, incentivesPerSanction: 0.25 });
  });

  it('refuses bad orders with problem+json and records nothing', async () => {
    const before = await count('court_responses');
    const open = await violation('bad');
    expectProblem(await judge.post(url(), { catalogueEntryId: entry.WARNING }), 422, 'validation-failed');
    expectProblem(await judge.post(url(), { catalogueEntryId: entry.PRAISE, violationIds: [open] }), 422, 'validation-failed');
    expectProblem(await judge.post(url(), { catalogueEntryId: entry.TESTING, violationIds: [open], amount: 14 }), 422, 'validation-failed');
    expectProblem(await judge.post(url(), { catalogueEntryId: entry.WARNING, violationIds: [open], amount: 3 }), 422, 'validation-failed');
    expectProblem(await judge.post(url(), { catalogueEntryId: entry.WARNING, violationIds: [open], severity: 'x' }), 422, 'validation-failed');
    expectProblem(await judge.post(url(), { catalogueEntryId: '00000000-0000-4000-8000-000000000000', violationIds: [open] }), 422, 'validation-failed');
    expectProblem(await judge.post(url(), { catalogueEntryId: entry.WARNING, violationIds: [open], orderedOn: '2026-12-01' }), 422, 'validation-failed');
    expect(await count('court_responses')).toBe(before);
    expect((await ds.query(`SELECT status FROM violations WHERE id = $1`, [open]))[0].status).toBe('open');
  });
});
