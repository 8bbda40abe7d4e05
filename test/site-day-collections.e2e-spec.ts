import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { TestClock } from '@app/core';
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
  fieldsOf,
  ParticipantFixture,
  placeInProgram,
  signIn,
  signInParticipant,
} from './support/fixtures';
import { createTestApi } from './support/test-app';
import { createTestDatabase, testConfig, TestDatabase } from './support/test-env';

/** 12:00 in Chicago on Monday 2026-11-23. */
const NOW = '2026-11-23T18:00:00Z';
const TODAY = '2026-11-23';
const YESTERDAY = '2026-11-22';

interface DayCollection {
  id: string;
  participantId: string;
  participantNumber: string;
  firstName: string;
  lastName: string;
  courtDay: string;
  testingSiteName: string | null;
  specimenType: string;
  observed: boolean;
  violationId: string | null;
  results: Array<{ id: string; substance: string | null; outcome: string; method: string; admitted: boolean }>;
}

/** The testing site's list of the day: GET /courts/:courtId/collections. */
describe("a court day's collections (the testing site's list)", () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;
  let ds: DataSource;
  const clock = new TestClock(NOW);
  let alpha: CourtFixture;
  let bravo: CourtFixture;
  let p1: ParticipantFixture;
  let p2: ParticipantFixture;
  let collector: ApiClient;
  let caseManager: ApiClient;
  let judge: ApiClient;
  let courtAdmin: ApiClient;
  let bravoCollector: ApiClient;
  let participant1: ApiClient;
  let siteId: string;

  const day = (client: ApiClient, query = '') => client.get(`/api/v1/courts/${alpha.id}/collections${query}`);

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createTestApi(testConfig(db.url, { AUTH_SIGN_IN_PER_MINUTE: '10000', AUTH_SIGN_IN_PER_MINUTE_PER_ACCOUNT: '10000', RATE_LIMIT_PER_MINUTE: '100000' }), clock);
    ds = dataSourceOf(app);
    alpha = await createCourt(ds, 'ALPHA', { timeZone: 'America/Chicago' });
    bravo = await createCourt(ds, 'BRAVO', { timeZone: 'Pacific/Honolulu' });
    const program = await createTestingProgram(ds, alpha.id, 'HOPE');
    p1 = await createParticipant(ds, alpha, 'A-0001', { firstName: 'Ana', lastName: 'Reyes' });
    p2 = await createParticipant(ds, alpha, 'A-0002', { firstName: 'Ben', lastName: 'Ortiz' });
    await placeInProgram(ds, p1.id, program, '2026-11-01');
    await placeInProgram(ds, p2.id, program, '2026-11-01');
    [{ id: siteId }] = await ds.query(`INSERT INTO testing_sites (court_id, name, address, hours) VALUES ($1, 'Courthouse lab', '1 Main St', '06:00-17:00') RETURNING id`, [
      alpha.id,
    ]);
    await createStaff(ds, 'collector', 'testing_site', alpha.id);
    await createStaff(ds, 'cm', 'case_manager', alpha.id);
    await createStaff(ds, 'judge', 'judge', alpha.id);
    await createStaff(ds, 'cadmin', 'court_admin', alpha.id);
    await createStaff(ds, 'bcollector', 'testing_site', bravo.id);
    [collector, caseManager, judge, courtAdmin, bravoCollector, participant1] = await Promise.all([
      signIn(app, 'collector'),
      signIn(app, 'cm'),
      signIn(app, 'judge'),
      signIn(app, 'cadmin'),
      signIn(app, 'bcollector'),
      signInParticipant(app, p1),
    ]);

    // Yesterday's collection of Ana, then today's two, Ben's first.
    const collect = async (participant: ParticipantFixture, body: Record<string, unknown>) => {
      const response = await collector.post(`/api/v1/participants/${participant.id}/collections`, { observed: true, specimenType: 'urine', testingSiteId: siteId, ...body });
      expect(response.statusCode).toBe(201);
    };
    await collect(p1, { collectedAt: `${YESTERDAY}T15:00:00Z`, results: [{ substance: 'thc', outcome: 'negative' }] });
    await collect(p2, { collectedAt: '2026-11-23T15:00:00Z', specimenType: 'oral_fluid', observed: false });
    await collect(p1, { collectedAt: '2026-11-23T16:30:00Z', results: [{ substance: 'cocaine', outcome: 'positive' }] });
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it("lists the court day's collections in the order collected, with whom, the site and the results, and audits the read naming each participant", async () => {
    const response = await day(collector);
    expect(response.statusCode).toBe(200);
    const body = response.json<{ courtId: string; courtDay: string; collections: DayCollection[] }>();
    expect(body).toMatchObject({ courtId: alpha.id, courtDay: TODAY });
    expect(body.collections.map((c) => [c.participantNumber, c.firstName, c.lastName, c.specimenType, c.observed, c.testingSiteName, c.courtDay])).toEqual([
      ['A-0002', 'Ben', 'Ortiz', 'oral_fluid', false, 'Courthouse lab', TODAY],
      ['A-0001', 'Ana', 'Reyes', 'urine', true, 'Courthouse lab', TODAY],
    ]);
    expect(body.collections[0].results).toEqual([]);
    expect(body.collections[1].results).toMatchObject([{ substance: 'cocaine', outcome: 'positive', method: 'screen', admitted: false }]);
    // An unconfirmed, unadmitted positive screen is no violation yet.
    expect(body.collections.map((c) => c.violationId)).toEqual([null, null]);

    const [audit] = await ds.query(`SELECT court_id, participant_ids, actor_role, basis, entity_ids, details FROM audit_events WHERE action = 'drug_test.day_read' ORDER BY id DESC LIMIT 1`);
    expect(audit).toMatchObject({ court_id: alpha.id, actor_role: 'testing_site', basis: 'role:testing_site', details: { courtDay: TODAY, collections: 2, results: 1 } });
    expect([...audit.participant_ids].sort()).toEqual([p1.id, p2.id].sort());
    expect([...audit.entity_ids].sort()).toEqual(body.collections.map((c) => c.id).sort());
  });

  it('answers the violation a collection stands for once the positive is admitted, as the write did', async () => {
    const before = (await day(collector)).json<{ collections: DayCollection[] }>().collections[1];
    const admitted = await collector.post(`/api/v1/drug-test-results/${before.results[0].id}/admission`, {});
    expect(admitted.statusCode).toBe(200);
    const after = (await day(caseManager)).json<{ collections: DayCollection[] }>().collections[1];
    expect(after.violationId).toBe(admitted.json().violationId);
    expect(after.violationId).not.toBeNull();
    expect(after.results[0].admitted).toBe(true);
  });

  it('lists another court day when asked, and nothing on a day without collections', async () => {
    const yesterday = (await day(collector, `?date=${YESTERDAY}`)).json<{ courtDay: string; collections: DayCollection[] }>();
    expect(yesterday.courtDay).toBe(YESTERDAY);
    expect(yesterday.collections.map((c) => [c.participantNumber, c.results.map((r) => r.outcome)])).toEqual([['A-0001', ['negative']]]);
    expect((await day(collector, '?date=2026-11-01')).json()).toEqual({ courtId: alpha.id, courtDay: '2026-11-01', collections: [] });
  });

  it('refuses a role that records no collections, another court, a participant, and a malformed query, changing nothing', async () => {
    const audits = async () => Number((await ds.query(`SELECT count(*) AS n FROM audit_events WHERE action = 'drug_test.day_read'`))[0].n);
    const before = await audits();
    expectProblem(await day(judge), 403, 'forbidden');
    expectProblem(await day(courtAdmin), 403, 'forbidden');
    expectProblem(await day(participant1), 403, 'forbidden');
    expectProblem(await day(bravoCollector), 404, 'not-found');
    const badDate = await day(collector, '?date=2026-02-30');
    expectProblem(badDate, 422, 'validation-failed');
    expect(fieldsOf(badDate)).toEqual(['date']);
    expectProblem(await day(collector, '?site=x'), 422, 'validation-failed');
    expectProblem(await collector.get('/api/v1/courts/not-a-uuid/collections'), 400, 'bad-request');
    expect(await audits()).toBe(before);
  });
});
