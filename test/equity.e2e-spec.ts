import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { TestClock } from '@app/core';
import { DataSource } from 'typeorm';
import { ApiClient, CourtFixture, createCourt, createStaff, createTestingProgram, dataSourceOf, expectProblem, fieldsOf, ProgramFixture, signIn } from './support/fixtures';
import { createTestApi } from './support/test-app';
import { createTestDatabase, testConfig, TestDatabase } from './support/test-env';

/**
 * The referral funnel and the equity view, from a hand-built court whose
 * every figure is known: 10 women and 20 men referred in the period.
 *
 *             referred screened eligible accepted admitted graduated
 *   female        10       10        8        6        6        3
 *   male          20       18       16       14       12        9
 *   everyone      30       28       24       20       18       12
 *
 * The women's 3 graduates are 1/4 of the graduates against 1/3 of those
 * referred (and of those eligible): a ratio of 0.75, below four-fifths.
 * Published, their 3 is hidden, with its row's next smallest (their 6
 * accepted) and its column's (the men's 9 graduates), then the men's 14
 * accepted, which the accepted column would otherwise give away.
 */
describe('referral funnel and equity over HTTP', () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;
  let ds: DataSource;
  const clock = new TestClock('2026-12-10T18:00:00Z');
  const FROM = '2026-09-01';
  const TO = '2026-11-30';
  let court: CourtFixture;
  let other: CourtFixture;
  let program: ProgramFixture;
  let coordinator: ApiClient;
  let site: ApiClient;
  let elsewhere: ApiClient;
  let counter = 0;

  interface Path {
    sex: string;
    ethnicity?: string;
    races?: string[];
    referredOn?: string;
    courtId?: string;
    screening?: { eligible: boolean; risk?: string; excluded?: string; other?: string };
    rejectedBy?: { party: string; reason: string };
    status: string;
    enrolledOn?: string;
  }

  async function referral(path: Path): Promise<void> {
    counter += 1;
    const [p] = await ds.query(
      `INSERT INTO participants (court_id, first_name, last_name, status, program_id, referred_on, enrolled_on, sex, ethnicity, races)
       VALUES ($1, 'Pat', $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [
        path.courtId ?? court.id,
        `Equity ${counter}`,
        path.status,
        program.id,
        path.referredOn ?? '2026-10-01',
        path.enrolledOn ?? null,
        path.sex,
        path.ethnicity ?? 'not_hispanic_latino',
        path.races ?? ['white'],
      ],
    );
    if (path.screening) {
      const excluded = path.screening.excluded ? [{ statute: '1', description: 'Assault', level: 'felony', category: path.screening.excluded }] : [];
      await ds.query(
        `INSERT INTO screenings (participant_id, excluded_charges, other_exclusion, legally_eligible, assessed_on, instrument, risk_level, need_level)
         VALUES ($1, $2, $3, $4, '2026-10-05', 'RANT', $5, 'high')`,
        [p.id, JSON.stringify(excluded), path.screening.other ?? null, path.screening.eligible, path.screening.risk ?? 'high'],
      );
    }
    if (path.rejectedBy) {
      await ds.query(`INSERT INTO screening_decisions (participant_id, party, decision, reason, decided_on) VALUES ($1, $2, 'reject', $3, '2026-10-10')`, [
        p.id,
        path.rejectedBy.party,
        path.rejectedBy.reason,
      ]);
    }
  }

  /** `n` people of one sex along one path. */
  const many = async (n: number, path: Path) => {
    for (let i = 0; i < n; i++) await referral(path);
  };

  const eligible = { eligible: true };
  const url = (path: string, query = '') => `/api/v1/courts/${court.id}/measures/${path}?from=${FROM}&to=${TO}${query}`;

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createTestApi(testConfig(db.url), clock);
    ds = dataSourceOf(app);
    court = await createCourt(ds, 'EQ');
    other = await createCourt(ds, 'EQ-ELSE');
    program = await createTestingProgram(ds, court.id, 'ATC', { model: 'treatment_court' });
    await createStaff(ds, 'eq-coord', 'coordinator', court.id);
    await createStaff(ds, 'eq-site', 'testing_site', court.id);
    await createStaff(ds, 'eq-else', 'coordinator', other.id);
    [coordinator, site, elsewhere] = await Promise.all([signIn(app, 'eq-coord'), signIn(app, 'eq-site'), signIn(app, 'eq-else')]);

    for (const [sex, counts] of [
      ['female', { referredOnly: 0, excluded: 1, outsideTarget: 1, rejected: 2, acceptedOnly: 0, active: 3, graduated: 3 }],
      ['male', { referredOnly: 2, excluded: 2, outsideTarget: 0, rejected: 2, acceptedOnly: 2, active: 3, graduated: 9 }],
    ] as const) {
      await many(counts.referredOnly, { sex, status: 'referred' });
      await many(counts.excluded, { sex, status: 'rejected', screening: { eligible: false, excluded: 'violent' } });
      await many(counts.outsideTarget, { sex, status: 'rejected', screening: { eligible: true, risk: 'moderate' } });
      await many(counts.rejected, {
        sex,
        status: 'rejected',
        screening: eligible,
        rejectedBy: sex === 'female' ? { party: 'team', reason: 'Declined treatment' } : { party: 'prosecutor', reason: 'Pending case elsewhere' },
      });
      await many(counts.acceptedOnly, { sex, status: 'accepted', screening: eligible });
      await many(counts.active, { sex, status: 'active', screening: eligible, enrolledOn: '2026-10-20' });
      await many(counts.graduated, { sex, status: 'graduated', screening: eligible, enrolledOn: '2026-10-20' });
    }
    // Not counted: referred before the period, and referred to another court.
    await referral({ sex: 'female', status: 'active', screening: eligible, enrolledOn: '2026-08-20', referredOn: '2026-08-01' });
    await referral({ sex: 'female', status: 'referred', courtId: other.id });
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  const stage = (body: { groups: Array<{ group: string; stages: Array<Record<string, unknown>> }> }, group: string, name: string) =>
    body.groups.find((g) => g.group === group)!.stages.find((s) => s.stage === name)!;

  it('counts each stage for those referred in the period, with conversion rates, rejection reasons and per group both disparity ratios', async () => {
    const response = await coordinator.get(url('funnel', '&groupBy=sex'));
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.stages.map((s: { count: number }) => s.count)).toEqual([30, 28, 24, 20, 18, 12]);
    expect(body.stages.map((s: { conversionRate: number | null }) => s.conversionRate)).toEqual([null, 0.933, 0.857, 0.833, 0.9, 0.667]);
    expect(body.groups.map((g: { group: string }) => g.group)).toEqual(['female', 'male']);
    expect(body.groups[0].stages.map((s: { count: number }) => s.count)).toEqual([10, 10, 8, 6, 6, 3]);
    expect(stage(body, 'female', 'graduated')).toEqual({
      stage: 'graduated',
      count: 3,
      conversionRate: 0.5,
      ratioToReferred: 0.75,
      belowFourFifthsToReferred: true,
      ratioToEligible: 0.75,
      belowFourFifthsToEligible: true,
    });
    expect(stage(body, 'male', 'graduated')).toMatchObject({ count: 9, ratioToReferred: 1.125, belowFourFifthsToReferred: false });
    expect(stage(body, 'male', 'eligible')).toMatchObject({ count: 16, ratioToReferred: 1, ratioToEligible: 1 });
    // Without a dimension: the same stages, no groups.
    const whole = (await coordinator.get(url('funnel'))).json();
    expect(whole.stages).toEqual(body.stages);
    expect(whole.groups).toEqual([]);
    expect(body.rejectionReasons).toEqual([
      { reason: 'excluded_charge', detail: 'violent', count: 3 },
      { reason: 'rejected_by_prosecutor', detail: 'Pending case elsewhere', count: 2 },
      { reason: 'rejected_by_team', detail: 'Declined treatment', count: 2 },
      { reason: 'outside_target', detail: null, count: 1 },
    ]);
  });

  it('hides a cell of 3 and its complements from the public, and shows them to the team', async () => {
    const team = (await coordinator.get(url('funnel', '&groupBy=sex'))).json();
    expect([stage(team, 'female', 'graduated').count, stage(team, 'female', 'accepted').count, stage(team, 'male', 'graduated').count]).toEqual([3, 6, 9]);

    for (const published of [
      (await coordinator.get(url('funnel', '&groupBy=sex&audience=public'))).json(),
      (await app.inject({ method: 'GET', url: `/api/v1/public/courts/EQ/funnel?from=${FROM}&to=${TO}&groupBy=sex` })).json(),
    ]) {
      expect(published.audience).toBe('public');
      expect(published.groups[0].stages.map((s: { count: unknown }) => s.count)).toEqual([10, 10, 8, '<5', 6, '<5']);
      expect(published.groups[1].stages.map((s: { count: unknown }) => s.count)).toEqual([20, 18, 16, '<5', 12, '<5']);
      expect(published.stages.map((s: { count: unknown }) => s.count)).toEqual([30, 28, 24, 20, 18, 12]);
      // What is taken from a hidden count is hidden too, its flag with it.
      expect(stage(published, 'female', 'graduated')).toMatchObject({ conversionRate: 'suppressed', ratioToReferred: 'suppressed', belowFourFifthsToReferred: null });
      expect(stage(published, 'female', 'admitted')).toMatchObject({ count: 6, conversionRate: 'suppressed', ratioToReferred: 1 });
      // Small reasons hidden; nobody's words published.
      expect(published.rejectionReasons.every((r: { count: unknown; detail: unknown }) => r.count === '<5' && (r.detail === null || r.detail === 'violent'))).toBe(true);
      expect(JSON.stringify(published)).not.toMatch(/Declined treatment|Pending case|Equity \d/);
    }
  });

  it('exports what may be published as CSV, suppressed', async () => {
    const csv = await coordinator.get(url('funnel', '&groupBy=sex&audience=public&format=csv&table=funnelGroups'));
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const female = csv.body.split('\r\n').filter((line) => line.startsWith('female,'));
    expect(female.find((line) => line.startsWith('female,graduated,'))).toMatch(/^female,graduated,<5,suppressed,suppressed,,suppressed,/);
    const team = await coordinator.get(url('funnel', '&groupBy=sex&format=csv&table=funnelGroups'));
    expect(team.body).toContain('female,graduated,3,0.5,0.75,TRUE,0.75,TRUE');
  });

  it('gives each group of a dimension its funnel and flags in the equity view', async () => {
    const response = await coordinator.get(url('equity', '&dimension=sex'));
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.groups).toEqual(['female', 'male']);
    expect(body.funnel.find((g: { group: string }) => g.group === 'female').stages.find((s: { stage: string }) => s.stage === 'graduated')).toMatchObject({
      count: 3,
      belowFourFifthsToReferred: true,
    });
    // The outcome measures per group, from the outcome measures: 6 of the 18 admitted are women, as 10 of the 30 referred.
    const admissions = body.outcomes.find((o: { measure: string }) => o.measure === 'admissions');
    expect(admissions).toEqual({
      measure: 'admissions',
      favourable: true,
      count: 18,
      groups: [
        { group: 'female', count: 6, ratioToReferred: 1, flagToReferred: false, ratioToEligible: 1, flagToEligible: false },
        { group: 'male', count: 12, ratioToReferred: 1, flagToReferred: false, ratioToEligible: 1, flagToEligible: false },
      ],
    });
    const race = (await coordinator.get(url('equity', '&dimension=raceEthnicity'))).json();
    expect(race.groups).toEqual(['white']);
    const published = (await app.inject({ method: 'GET', url: `/api/v1/public/courts/EQ/equity?from=${FROM}&to=${TO}&dimension=sex` })).json();
    expect(published.funnel[0].stages[5].count).toBe('<5');
  });

  it('refuses a dimension it does not know, a bad period or audience, with 422 and the field named', async () => {
    for (const [query, field] of [
      ['&dimension=shoeSize', 'dimension'],
      ['', 'dimension'],
      ['&dimension=sex&audience=press', 'audience'],
    ] as const) {
      const response = await coordinator.get(url('equity', query));
      expectProblem(response, 422, 'validation-failed');
      expect(fieldsOf(response)).toContain(field);
    }
    expectProblem(await coordinator.get(url('funnel', '&groupBy=height')), 422, 'validation-failed');
    expectProblem(await coordinator.get(`/api/v1/courts/${court.id}/measures/funnel?from=${TO}&to=${FROM}`), 422, 'validation-failed');
    expectProblem(await app.inject({ method: 'GET', url: `/api/v1/public/courts/EQ/equity?from=${FROM}&to=${TO}&dimension=x` }), 422, 'validation-failed');
  });

  it('refuses a role without measures.read, another court, and an unknown public court', async () => {
    expect((await site.get(url('funnel'))).statusCode).toBe(403);
    expect((await site.get(url('equity', '&dimension=sex'))).statusCode).toBe(403);
    expectProblem(await elsewhere.get(url('funnel')), 404, 'not-found');
    expectProblem(await app.inject({ method: 'GET', url: `/api/v1/public/courts/NOPE/funnel?from=${FROM}&to=${TO}` }), 404, 'not-found');
    expect((await app.inject({ method: 'GET', url: url('funnel') })).statusCode).toBe(401);
  });

  it('audits the team’s read as a court report', async () => {
    await coordinator.get(url('equity', '&dimension=sex&audience=public'));
    const [row] = await ds.query(`SELECT details FROM audit_events WHERE action = 'measures.equity_read' ORDER BY id DESC LIMIT 1`);
    expect(row.details).toMatchObject({ dimension: 'sex', audience: 'public' });
  });
});
