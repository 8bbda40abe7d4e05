import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { TestClock } from '@app/core';
import { DataSource } from 'typeorm';
import { DEMO_SEEDERS } from '../apps/cli/src/seed/demo-seeders';
import { runDemoSeed } from '../apps/cli/src/seed/run-demo-seed';
import { createTestApi } from './support/test-app';
import { createTestDatabase, testConfig, TestDatabase } from './support/test-env';
import { dataSourceOf, signIn } from './support/fixtures';

/** What `npm start` seeds must work through the API: a newcomer tries these first. */
describe('demo data', () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;
  let ds: DataSource;
  const clock = new TestClock(new Date('2026-11-23T16:00:00Z'));

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createTestApi(testConfig(db.url), clock);
    ds = dataSourceOf(app);
    const outcome = await runDemoSeed(app, ds, DEMO_SEEDERS, { production: false, now: clock.now() });
    expect(outcome.seeded).toBe(true);
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('gives the case manager a caseload over programs, phases and statuses, with readiness', async () => {
    const caseManager = await signIn(app, 'casemanager', 'demo-password');
    const caseload = (await caseManager.get('/api/v1/participants?pageSize=50')).json();
    // D-0001 … D-0012, and 14 past referrals whose way ended (graduated, terminated, turned away) for the referral funnel.
    expect(caseload.total).toBe(26);
    expect(new Set(caseload.items.map((p: { programCode: string }) => p.programCode))).toEqual(new Set(['ATC', 'BOT']));
    expect(new Set(caseload.items.map((p: { status: string }) => p.status))).toEqual(
      new Set(['active', 'in_custody', 'warrant', 'screening', 'referred', 'graduated', 'terminated', 'rejected']),
    );
    const inPhase3 = (await caseManager.get('/api/v1/participants?phase=3')).json();
    expect(inPhase3.items.map((p: { participantNumber: string }) => p.participantNumber)).toEqual(['D-0003']);
    expect((await caseManager.get('/api/v1/participants?hasOpenViolation=true')).json().total).toBe(2);
    const ready = (await caseManager.get('/api/v1/participants?readyToAdvance=true')).json().total;
    const notReady = (await caseManager.get('/api/v1/participants?readyToAdvance=false')).json().total;
    expect(ready + notReady).toBe(10);
    expect(notReady).toBeGreaterThan(0);

    const d2 = caseload.items.find((p: { participantNumber: string }) => p.participantNumber === 'D-0002');
    const detail = (await caseManager.get(`/api/v1/participants/${d2.id}`)).json();
    expect(detail.readiness.requirements.length).toBeGreaterThan(0);
    expect(detail.screening.decisions).toHaveLength(3);
    const phases = (await caseManager.get(`/api/v1/participants/${d2.id}/phases`)).json();
    expect(phases.map((h: { position: number }) => h.position)).toEqual([1, 2]);
  });

  it('lets the HOPE case manager see only HOPE participants, and participants sign in with their PIN', async () => {
    const hope = await signIn(app, 'casemanager2', 'demo-password');
    const caseload = (await hope.get('/api/v1/participants')).json();
    expect(caseload.items.every((p: { programCode: string }) => p.programCode === 'HOPE')).toBe(true);
    const response = await app.inject({ method: 'POST', url: '/api/v1/auth/participant-login', payload: { court: 'HOPE', participantNumber: 'H-0001', pin: '135790' } });
    expect(response.statusCode).toBe(200);
    // The demo PIN is a public contract: no demo participant is made to change it first, on the web or by phone.
    expect(await ds.query(`SELECT count(*)::int AS n FROM users WHERE kind = 'participant' AND must_change_secret`)).toEqual([{ n: 0 }]);
    const me = await app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${response.json().accessToken}` } });
    expect(me.json().signInIncomplete).toBeNull();
    const byPhone = await app.inject({ method: 'POST', url: '/api/v1/call-ins/phone', payload: { courtCode: 'DEMO', participantNumber: 'D-0001', pin: '135790', channel: 'phone' } });
    expect(byPhone.statusCode).toBe(200);
  });

  it('keeps both courts in English and gives the deferred-judgment (BOT) participants Spanish as their own language', async () => {
    expect(await ds.query(`SELECT code, language FROM courts ORDER BY code`)).toEqual([
      { code: 'DEMO', language: 'en' },
      { code: 'HOPE', language: 'en' },
    ]);
    const languages = (await ds.query(
      `SELECT p.participant_number AS number, pr.code AS program, u.language
         FROM participants p JOIN users u ON u.id = p.user_id LEFT JOIN programs pr ON pr.id = p.program_id ORDER BY 1`,
    )) as Array<{ number: string; program: string | null; language: string | null }>;
    const spanish = languages.filter((p) => p.program === 'BOT');
    expect(spanish.map((p) => p.number)).toEqual(['D-0006', 'D-0009', 'D-0012']);
    expect(spanish.every((p) => p.language === 'es')).toBe(true);
    expect(languages.filter((p) => p.program !== 'BOT').every((p) => p.language === null)).toBe(true);
    expect(await ds.query(`SELECT count(*)::int AS n FROM users WHERE kind = 'staff' AND language IS NOT NULL`)).toEqual([{ n: 0 }]);

    const response = await app.inject({ method: 'POST', url: '/api/v1/auth/participant-login', payload: { court: 'DEMO', participantNumber: 'D-0006', pin: '135790' } });
    const me = await app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${response.json().accessToken}` } });
    expect(me.json()).toMatchObject({ kind: 'participant', language: 'es', memberships: [{ code: 'DEMO', role: 'participant', language: 'en' }] });
  });

  it("has six weeks of verifiable draws, results, and today's draw ready for the first call-in", async () => {
    const coordinator = await signIn(app, 'coordinator', 'demo-password');
    const [demo] = await ds.query(`SELECT id FROM courts WHERE code = 'DEMO'`);
    const board = (await coordinator.get(`/api/v1/courts/${demo.id}/testing-board`)).json();
    expect(board).toMatchObject({ courtDay: '2026-11-23', drawStatus: 'made', window: { open: true } });
    expect(board.counts.inDraw).toBeGreaterThan(5);
    const verification = (await coordinator.get(`/api/v1/courts/${demo.id}/draws/2026-11-01/verification`)).json();
    expect(verification).toMatchObject({ verified: true, committedBeforeWindowOpened: true });
    const [tests] = await ds.query(
      `SELECT count(*) FILTER (WHERE outcome = 'positive' AND method = 'confirmation')::int AS confirmed, count(DISTINCT collection_id)::int AS collections FROM drug_test_results`,
    );
    expect(tests.confirmed).toBeGreaterThan(0);
    expect(tests.collections).toBeGreaterThan(50);
    const [d1] = await ds.query(`SELECT id FROM participants WHERE participant_number = 'D-0001'`);
    const responses = (await coordinator.get(`/api/v1/participants/${d1.id}/responses`)).json();
    expect(responses.ratio.incentives).toBeGreaterThan(0);
    const randomness = (await coordinator.get(`/api/v1/courts/${demo.id}/randomness-check?month=2026-10`)).json();
    expect(randomness.summary.records).toBeGreaterThan(0);
  });
  it("shows D-0002 on buprenorphine with a result recorded as prescribed, and the testing sites' hours and closures as data", async () => {
    const caseManager = await signIn(app, 'casemanager', 'demo-password');
    const [d2] = await ds.query(`SELECT id FROM participants WHERE participant_number = 'D-0002'`);
    const prescriptions = (await caseManager.get(`/api/v1/participants/${d2.id}/prescriptions`)).json();
    expect(prescriptions.items).toMatchObject([{ substance: 'buprenorphine', prescriber: 'Dr. Ana Rivera, Riverside Recovery', endsOn: null }]);
    const tests = JSON.stringify((await caseManager.get(`/api/v1/participants/${d2.id}/drug-tests`)).json());
    expect(tests).toContain('"outcome":"prescribed"');
    const [demo] = await ds.query(`SELECT id FROM courts WHERE code = 'DEMO'`);
    const sites = (await caseManager.get(`/api/v1/courts/${demo.id}/testing-sites`)).json();
    expect(sites.map((s: { name: string; hours: string }) => [s.name, s.hours])).toEqual([
      ['County Testing Center', 'Mon-Sun 06:00-22:00'],
      ['Eastside Clinic', 'Mon-Sat 07:00-19:00, Sun 09:00-15:00'],
    ]);
    expect(sites[1].closures.map((c: { date: string }) => c.date)).toEqual(['2026-12-25', '2027-01-01']);
  });

  it("puts every participant in the program on today's docket in each court, with what happened since their last hearing", async () => {
    for (const [username, court, expected] of [
      ['judge', 'DEMO', 10],
      ['judge2', 'HOPE', 6],
    ] as const) {
      const judge = await signIn(app, username, 'demo-password');
      const [{ id: courtId }] = await ds.query(`SELECT id FROM courts WHERE code = $1`, [court]);
      const today = (await judge.get(`/api/v1/courts/${courtId}/court-sessions?from=2026-11-23&to=2026-11-23`)).json();
      expect(today).toHaveLength(1);
      const docket = (await judge.get(`/api/v1/court-sessions/${today[0].id}/docket`)).json();
      expect(docket.entries).toHaveLength(expected);
      // Each has had a hearing before, but the HOPE participant whose first, the warning hearing, is today.
      expect(docket.entries.every((e: { hearing: { kind: string }; since: { lastHearingOn: string | null } }) => e.hearing.kind === 'warning' || e.since.lastHearingOn !== null)).toBe(true);
      expect(docket.entries.filter((e: { hearing: { kind: string } }) => e.hearing.kind === 'warning')).toHaveLength(court === 'HOPE' ? 1 : 0);
      const upcoming = (await judge.get(`/api/v1/courts/${courtId}/court-sessions?from=2026-11-24&to=2026-12-21`)).json();
      expect(upcoming.length).toBeGreaterThanOrEqual(8);
    }
  });

  it('gives the referral funnel of the past year every stage, rejection reasons, and groups small enough to hide when published', async () => {
    const coordinator = await signIn(app, 'coordinator', 'demo-password');
    const [{ id: courtId }] = await ds.query(`SELECT id FROM courts WHERE code = 'DEMO'`);
    const funnel = (await coordinator.get(`/api/v1/courts/${courtId}/measures/funnel?from=2025-11-24&to=2026-11-23&groupBy=raceEthnicity`)).json();
    expect(funnel.stages.every((s: { count: number }) => s.count > 0)).toBe(true);
    expect(new Set(funnel.rejectionReasons.map((r: { reason: string }) => r.reason))).toEqual(
      new Set(['excluded_charge', 'outside_target', 'rejected_by_prosecutor', 'rejected_by_team']),
    );
    const published = (await coordinator.get(`/api/v1/courts/${courtId}/measures/funnel?from=2025-11-24&to=2026-11-23&groupBy=raceEthnicity&audience=public`)).json();
    expect(JSON.stringify(published.groups)).toContain('"<5"');
  });
});
