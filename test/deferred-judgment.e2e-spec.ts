import { INestApplicationContext } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { CoreModule, courtDateAt, addCalendarDays } from '@app/core';
import { addMonths, DeferredJudgmentJobsModule, ProgramLengthAlertsService } from '@app/deferred-judgment';
import { SCHEMA } from '@app/schema';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
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
  PIN,
  ProgramFixture,
  signIn,
} from './support/fixtures';
import { createTestApi } from './support/test-app';
import { createTestDatabase, testConfig, TestDatabase } from './support/test-env';

const ZONE = 'America/Chicago';
const api = (path: string) => `/api/v1${path}`;
/** The fields a 422 names, each once (a field may break several of its rules). */
const fieldsOnce = (response: Parameters<typeof fieldsOf>[0]) => [...new Set(fieldsOf(response))];
/** Dates come from the real today in the court's zone: Postgres and the worker run on real time. */
const today = () => courtDateAt(new Date(), ZONE);

const paperPlea = (overrides: Record<string, unknown> = {}) => ({
  charges: [{ statute: 'HSC 11351', description: 'Possession for sale', level: 'felony', category: 'drug_sale' }],
  plea: 'guilty',
  pleaEnteredOn: addMonths(today(), -12),
  deferredSentence: '16 months in county jail, suspended',
  programMonths: 12,
  communityServiceHours: 220,
  requiredMilestones: ['employment', 'education'],
  source: 'court_paper',
  ...overrides,
});

/**
 * Deferred judgment (Back on Track), expungement and sealing, bench
 * warrants and absconding, each through HTTP against a real Postgres.
 */
describe('deferred judgment, sealing, warrants and absconding', () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;
  let ds: DataSource;
  let owner: Client;
  let court: CourtFixture;
  let other: CourtFixture;
  let bot: ProgramFixture;
  let hope: ProgramFixture;
  let judge: ApiClient;
  let coordinator: ApiClient;
  let caseManager: ApiClient;
  let admin: ApiClient;
  let otherAdmin: ApiClient;
  const staff: Record<string, string> = {};

  const enrol = async (number: string, program: ProgramFixture, lastName: string, enrolledDaysAgo = 400): Promise<ParticipantFixture> => {
    const p = await createParticipant(ds, court, number, { lastName, caseManagerId: staff['cm-d'] });
    await placeInProgram(ds, p.id, program, addCalendarDays(today(), -enrolledDaysAgo));
    return p;
  };
  const statusOf = async (id: string): Promise<string> => (await owner.query(`SELECT status FROM participants WHERE id = $1`, [id])).rows[0].status;

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createTestApi(testConfig(db.url));
    ds = dataSourceOf(app);
    owner = new Client({ connectionString: db.url });
    await owner.connect();
    court = await createCourt(ds, 'DJC', { timeZone: ZONE });
    other = await createCourt(ds, 'OTHER', { timeZone: ZONE });
    for (const [username, role] of [
      ['judge-d', 'judge'],
      ['coord-d', 'coordinator'],
      ['cm-d', 'case_manager'],
      ['admin-d', 'court_admin'],
    ]) {
      staff[username] = (await createStaff(ds, username, role, court.id)).id;
    }
    await createStaff(ds, 'admin-o', 'court_admin', other.id);
    bot = await createTestingProgram(ds, court.id, 'BOT', { model: 'deferred_judgment' });
    hope = await createTestingProgram(ds, court.id, 'HOPE');
    [judge, coordinator, caseManager, admin, otherAdmin] = await Promise.all(['judge-d', 'coord-d', 'cm-d', 'admin-d', 'admin-o'].map((u) => signIn(app, u)));
  });

  afterAll(async () => {
    await owner?.end();
    await app?.close();
    await db?.drop();
  });

  describe('the plea and the deferred sentence', () => {
    let p: ParticipantFixture;
    beforeAll(async () => {
      p = await enrol('J-0001', bot, 'Plea');
    });

    it('refuses bad input, a case manager and a participant of another model, and records nothing', async () => {
      const url = api(`/participants/${p.id}/deferred-judgment`);
      expect(fieldsOnce(await coordinator.post(url, paperPlea({ programMonths: 19 })))).toEqual(['programMonths']);
      expect(fieldsOnce(await coordinator.post(url, paperPlea({ verdict: 'x' })))).toEqual(['verdict']);
      expect(fieldsOnce(await judge.post(url, paperPlea({ source: 'hearing' })))).toEqual(['hearingId']);
      expect(fieldsOnce(await coordinator.post(url, paperPlea({ pleaEnteredOn: addCalendarDays(today(), 2) })))).toEqual(['pleaEnteredOn']);
      expectProblem(await caseManager.post(url, paperPlea()), 403, 'forbidden');
      const hopeParticipant = await enrol('J-0002', hope, 'Hope');
      expectProblem(await coordinator.post(api(`/participants/${hopeParticipant.id}/deferred-judgment`), paperPlea()), 409, 'not-deferred-judgment');
      expect((await owner.query(`SELECT count(*)::int AS n FROM deferred_judgments`)).rows[0].n).toBe(0);
    });

    it('is recorded once by the coordinator from the court’s paper, with its end, warning and maximum dates', async () => {
      const url = api(`/participants/${p.id}/deferred-judgment`);
      const created = await coordinator.post(url, paperPlea());
      expect(created.statusCode).toBe(201);
      const plea = addMonths(today(), -12);
      expect(created.json()).toMatchObject({
        plea: 'guilty',
        pleaEnteredOn: plea,
        programMonths: 12,
        source: 'court_paper',
        endsOn: addMonths(plea, 12),
        warningOn: addMonths(plea, 16),
        maximumOn: addMonths(plea, 18),
      });
      expectProblem(await judge.post(url, paperPlea()), 409, 'plea-recorded');
      expect((await judge.get(url)).json().id).toBe(created.json().id);
    });

    it('extends the program up to 18 months from the plea and refuses beyond, changing nothing', async () => {
      const url = api(`/participants/${p.id}/deferred-judgment`);
      expect((await judge.patch(url, { programMonths: 18, reason: 'More time to finish the service hours' })).json().programMonths).toBe(18);
      const refused = await judge.patch(url, { programMonths: 19, reason: 'Even more time' });
      expectProblem(refused, 409, 'program-length-maximum');
      expect(refused.json().maximumOn).toBe(addMonths(addMonths(today(), -12), 18));
      expect((await judge.get(url)).json().programMonths).toBe(18);
      expectProblem(await caseManager.patch(url, { programMonths: 12, reason: 'x' }), 403, 'forbidden');
    });
  });

  describe('the warning at 16 months', () => {
    const openWorker = async (): Promise<INestApplicationContext> => {
      const moduleRef = await Test.createTestingModule({
        imports: [CoreModule.forRoot({ service: 'worker', schema: SCHEMA, config: testConfig(db.url) }), DeferredJudgmentJobsModule],
      }).compile();
      await moduleRef.init();
      return moduleRef;
    };

    it('alerts the coordinator, the judge and the case manager once, by the worker, across a restart; not before 16 months', async () => {
      const due = await enrol('J-0010', bot, 'Due');
      const early = await enrol('J-0011', bot, 'Early');
      const pleaDue = addCalendarDays(addMonths(today(), -16), -1);
      expect((await coordinator.post(api(`/participants/${due.id}/deferred-judgment`), paperPlea({ pleaEnteredOn: pleaDue, programMonths: 18 }))).statusCode).toBe(201);
      expect((await coordinator.post(api(`/participants/${early.id}/deferred-judgment`), paperPlea({ pleaEnteredOn: addCalendarDays(addMonths(today(), -16), 2) }))).statusCode).toBe(201);

      let worker = await openWorker();
      await Promise.all([worker.get(ProgramLengthAlertsService).alertDue(), worker.get(ProgramLengthAlertsService).alertDue()]);
      await worker.close();
      worker = await openWorker();
      expect(await worker.get(ProgramLengthAlertsService).alertDue()).toBe(0);
      await worker.close();

      const alerts = await owner.query(
        `SELECT u.username, a.params, a.link FROM staff_alerts a JOIN users u ON u.id = a.user_id WHERE a.kind = 'program-length-warning' ORDER BY u.username`,
      );
      expect(alerts.rows).toEqual(
        ['cm-d', 'coord-d', 'judge-d'].map((username) => ({ username, params: { participantNumber: 'J-0010', maximumOn: addMonths(pleaDue, 18) }, link: `/participants/${due.id}` })),
      );
      const bell = (await coordinator.get(api('/me/alerts'))).body;
      expect(bell).toContain('J-0010');
      expect((await coordinator.get(api(`/participants/${due.id}/deferred-judgment`))).json().lengthWarningSentAt).not.toBeNull();
      expect((await coordinator.get(api(`/participants/${early.id}/deferred-judgment`))).json().lengthWarningSentAt).toBeNull();
    });
  });

  describe('expungement and the sealed record', () => {
    let p: ParticipantFixture;
    let sessionId: string;

    beforeAll(async () => {
      p = await enrol('J-0020', bot, 'Sealwell');
      await owner.query(`UPDATE participants SET case_numbers = '{CR-2025-0042}' WHERE id = $1`, [p.id]);
      expect((await coordinator.post(api(`/participants/${p.id}/deferred-judgment`), paperPlea({ programMonths: 13 }))).statusCode).toBe(201);
      const violation = await caseManager.post(api(`/participants/${p.id}/violations`), {
        kind: 'curfew',
        detectedAt: new Date(Date.now() - 3600_000).toISOString(),
        description: 'Not home at the curfew check',
      });
      expect(violation.statusCode).toBe(201);
    });

    it('shows which rule fails before completion, and refuses the grant', async () => {
      const eligibility = (await judge.get(api(`/participants/${p.id}/expungement`))).json();
      expect(eligibility.eligible).toBe(false);
      expect(Object.fromEntries(eligibility.rules.map((r: { rule: string; passed: boolean }) => [r.rule, r.passed]))).toEqual({
        program_completed: false,
        within_maximum_length: false,
        community_service: false,
        milestones: false,
        no_violent_charge: true,
        no_open_warrant: true,
      });
      const refused = await judge.post(api(`/participants/${p.id}/expungement`), {});
      expectProblem(refused, 409, 'expungement-not-eligible');
      expect(refused.json().failed).toEqual(['program_completed', 'within_maximum_length', 'community_service', 'milestones']);
    });

    it('passes every rule on completion, and gives the motion and order as a PDF', async () => {
      await owner.query(
        `INSERT INTO participant_ledger_entries (participant_id, kind, occurred_on, amount, description)
         SELECT $1, 'community_service', $2::date - n, 22, 'Food bank' FROM generate_series(1, 10) n`,
        [p.id, today()],
      );
      await owner.query(`INSERT INTO participant_milestones (participant_id, name, achieved_on, evidence) VALUES ($1, 'Employment', $2, 'Pay stub'), ($1, 'education', $2, 'GED')`, [
        p.id,
        today(),
      ]);
      expect((await judge.post(api(`/participants/${p.id}/status`), { status: 'graduated', reason: 'Completed Back on Track' })).statusCode).toBe(200);
      const eligibility = (await coordinator.get(api(`/participants/${p.id}/expungement`))).json();
      expect(eligibility).toMatchObject({ eligible: true });
      expect(eligibility.rules.find((r: { rule: string }) => r.rule === 'community_service').detail).toBe('220 of 220 hours');

      const pdf = await judge.request('GET', api(`/participants/${p.id}/expungement/motion.pdf`), undefined, { 'accept-language': 'es' });
      expect(pdf.statusCode).toBe(200);
      expect(pdf.headers['content-type']).toContain('application/pdf');
      expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      expectProblem(await coordinator.post(api(`/participants/${p.id}/expungement`), {}), 403, 'forbidden');
      expect(fieldsOnce(await judge.post(api(`/participants/${p.id}/expungement`), { orderReference: '' }))).toEqual(['orderReference']);

      // A hearing on today's session, so the docket would name them if sealing let it.
      const session = await owner.query(
        `INSERT INTO court_sessions (court_id, session_date, start_time, starts_at, courtroom) VALUES ($1, $2, '09:00', now(), 'Room 2') RETURNING id`,
        [court.id, today()],
      );
      sessionId = session.rows[0].id;
      await owner.query(`INSERT INTO hearings (court_id, participant_id, kind, scheduled_at, session_id) VALUES ($1, $2, 'graduation', now(), $3)`, [court.id, p.id, sessionId]);
    });

    it('seals the record when the judge grants it: gone from every list, search and record route, and the sign-in closed', async () => {
      const seen = async (client: ApiClient, url: string): Promise<boolean> => {
        const response = await client.get(url);
        expect({ url, status: response.statusCode }).toEqual({ url, status: 200 });
        return response.body.includes(p.id) || response.body.includes('Sealwell');
      };
      const lists: Array<[ApiClient, string]> = [
        [coordinator, `/participants?courtId=${court.id}&status=graduated`],
        [coordinator, `/participants?courtId=${court.id}&q=Sealwell`],
        [coordinator, `/participants?courtId=${court.id}&q=J-0020`],
        [admin, `/participants?courtId=${court.id}&status=graduated`],
        [coordinator, `/courts/${court.id}/violations`],
        [judge, `/court-sessions/${sessionId}/docket`],
        [coordinator, `/courts/${court.id}/testing-board`],
        [coordinator, `/courts/${court.id}/possibly-absconded`],
        [judge, `/courts/${court.id}/measures/swiftness?from=${addCalendarDays(today(), -30)}&to=${today()}`],
      ].map(([client, url]) => [client as ApiClient, api(url as string)]);
      // Before the grant each list that shows them does (so the checks below can fail).
      for (const [client, url] of lists.slice(0, 6)) expect(await seen(client, url)).toBe(true);
      const participantClient = await app.inject({ method: 'POST', url: api('/auth/participant-login'), payload: { court: 'DJC', participantNumber: 'J-0020', pin: PIN } });
      expect(participantClient.statusCode).toBe(401); // graduation already closed the account

      const granted = await judge.post(api(`/participants/${p.id}/expungement`), { orderReference: 'ORD-2026-7' });
      expect(granted.statusCode).toBe(200);
      expect(granted.json()).toMatchObject({ participantId: p.id, orderReference: 'ORD-2026-7' });

      for (const [client, url] of lists) expect({ url, seen: await seen(client, url) }).toEqual({ url, seen: false });
      for (const client of [judge, coordinator, caseManager, admin]) {
        expectProblem(await client.get(api(`/participants/${p.id}`)), 404, 'not-found');
        expectProblem(await client.get(api(`/participants/${p.id}/deferred-judgment`)), 404, 'not-found');
      }
      expectProblem(await judge.post(api(`/participants/${p.id}/expungement`), { orderReference: 'again' }), 404, 'not-found');
      // The application's own database role no longer sees the row at all; the owner does, sealed.
      expect(await ds.query(`SELECT id FROM participants WHERE id = $1`, [p.id])).toEqual([]);
      const row = (await owner.query(`SELECT sealed_at, u.active FROM participants p JOIN users u ON u.id = p.user_id WHERE p.id = $1`, [p.id])).rows[0];
      expect(row.sealed_at).not.toBeNull();
      expect(row.active).toBe(false);
    });

    it('lets only the court administrator read it, with a reason that is audited', async () => {
      const url = api(`/participants/${p.id}/sealed-record`);
      expect(fieldsOnce(await admin.post(url, {}))).toEqual(['reason']);
      expectProblem(await judge.post(url, { reason: 'Curious' }), 403, 'forbidden');
      expectProblem(await otherAdmin.post(url, { reason: 'Request from the state registry' }), 404, 'not-found');
      const read = await admin.post(url, { reason: 'Order of the court of appeals, case A-17' });
      expect(read.statusCode).toBe(200);
      expect(read.json()).toMatchObject({ participantNumber: 'J-0020', lastName: 'Sealwell', caseNumbers: ['CR-2025-0042'], status: 'graduated' });
      expect(read.json().deferredJudgment.expungementGrantedAt).not.toBeNull();
      const audit = await owner.query(`SELECT actor_role, details FROM audit_events WHERE action = 'participant.sealed_read' AND $1 = ANY(participant_ids)`, [p.id]);
      expect(audit.rows).toEqual([expect.objectContaining({ details: { reason: 'Order of the court of appeals, case A-17' } })]);
      // Reading it unsealed nothing: the lists still do not show it.
      expect((await coordinator.get(api(`/participants?courtId=${court.id}&q=Sealwell`))).body).not.toContain(p.id);
    });
  });

  describe('bench warrants', () => {
    let p: ParticipantFixture;
    beforeAll(async () => {
      p = await enrol('J-0030', hope, 'Warren');
    });

    it('is issued by the judge only: the status follows it, and bad input changes nothing', async () => {
      const url = api(`/participants/${p.id}/warrants`);
      expectProblem(await coordinator.post(url, { reason: 'Absconded' }), 403, 'forbidden');
      expectProblem(await coordinator.post(api(`/participants/${p.id}/status`), { status: 'warrant', reason: 'Absconded' }), 403, 'forbidden');
      expect(fieldsOnce(await judge.post(url, { reason: '' }))).toEqual(['reason']);
      expect(fieldsOnce(await judge.post(url, { reason: 'Absconded', hearingId: 'nope' }))).toEqual(['hearingId']);
      expect(await statusOf(p.id)).toBe('active');
      const issued = await judge.post(url, { reason: 'Failed to appear on the 3rd' });
      expect(issued.statusCode).toBe(201);
      expect(issued.json()).toMatchObject({ state: 'open', reason: 'Failed to appear on the 3rd', issuedByName: 'Test judge-d' });
      expect(await statusOf(p.id)).toBe('warrant');
      expectProblem(await judge.post(url, { reason: 'Again' }), 409, 'illegal-transition');
    });

    it('is served by staff (in custody), once; then recalled only while open', async () => {
      const [open] = (await judge.get(api(`/participants/${p.id}/warrants`))).json().items;
      expect(fieldsOnce(await caseManager.post(api(`/warrants/${open.id}/service`), { outcome: 'escaped' }))).toEqual(['outcome']);
      expectProblem(await judge.post(api(`/warrants/${open.id}/service`), { outcome: 'in_custody' }), 403, 'forbidden');
      const served = await caseManager.post(api(`/warrants/${open.id}/service`), { outcome: 'in_custody', note: 'Picked up by the sheriff' });
      expect(served.statusCode).toBe(200);
      expect(served.json()).toMatchObject({ state: 'served', serviceOutcome: 'in_custody', servedByName: 'Test cm-d' });
      expect(await statusOf(p.id)).toBe('in_custody');
      expectProblem(await coordinator.post(api(`/warrants/${open.id}/service`), { outcome: 'released' }), 409, 'warrant-closed');
      expectProblem(await judge.post(api(`/warrants/${open.id}/recall`), { reason: 'Came in' }), 409, 'warrant-closed');
      expect(await statusOf(p.id)).toBe('in_custody');
    });

    it('is recalled by the judge, returning the participant to active; each step by whom, and 404 outside the court', async () => {
      expect((await judge.post(api(`/participants/${p.id}/status`), { status: 'active', reason: 'Released' })).statusCode).toBe(200);
      const second = (await judge.post(api(`/participants/${p.id}/warrants`), { reason: 'Missed three hearings' })).json();
      expectProblem(await caseManager.post(api(`/warrants/${second.id}/recall`), { reason: 'Came in' }), 403, 'forbidden');
      expectProblem(await otherAdmin.get(api(`/participants/${p.id}/warrants`)), 404, 'not-found');
      expect(fieldsOnce(await judge.post(api(`/warrants/${second.id}/recall`), {}))).toEqual(['reason']);
      const recalled = await judge.post(api(`/warrants/${second.id}/recall`), { reason: 'Came to court on their own' });
      expect(recalled.json()).toMatchObject({ state: 'recalled', recallReason: 'Came to court on their own', recalledByName: 'Test judge-d' });
      expect(await statusOf(p.id)).toBe('active');
      const list = (await coordinator.get(api(`/participants/${p.id}/warrants`))).json().items;
      expect(list.map((w: { state: string }) => w.state)).toEqual(['recalled', 'served']);
    });

    it('follows a warrant ordered at a hearing through the status route, and closes it when the status leaves warrant', async () => {
      const ordered = await judge.post(api(`/participants/${p.id}/status`), { status: 'warrant', reason: 'bench warrant: failed to appear' });
      expect({ status: ordered.statusCode, body: ordered.statusCode === 200 ? '' : ordered.body }).toEqual({ status: 200, body: '' });
      expect((await judge.get(api(`/participants/${p.id}/warrants`))).json().items[0]).toMatchObject({ state: 'open' });
      expect((await caseManager.post(api(`/participants/${p.id}/status`), { status: 'active', reason: 'Turned themself in, released' })).statusCode).toBe(200);
      expect((await judge.get(api(`/participants/${p.id}/warrants`))).json().items[0]).toMatchObject({ state: 'served', serviceOutcome: 'released' });
    });
  });

  describe('possibly absconded', () => {
    it('flags an active participant silent for the program’s days, with the days since each, and follows the setting', async () => {
      const silent = await enrol('J-0040', hope, 'Silent', 30);
      const seen = await enrol('J-0041', hope, 'Seen', 30);
      await owner.query(`INSERT INTO case_notes (participant_id, author_id, occurred_on, body) VALUES ($1, $2, $3, 'Came to the office')`, [seen.id, staff['cm-d'], addCalendarDays(today(), -3)]);
      await owner.query(`INSERT INTO call_ins (court_id, participant_id, court_day, called_at, channel, receipt_code) VALUES ($1, $2, $3, now() - interval '20 days', 'web', 'R20')`, [
        court.id,
        silent.id,
        addCalendarDays(today(), -20),
      ]);
      const list = (await coordinator.get(api(`/courts/${court.id}/possibly-absconded`))).json();
      const numbers = list.items.map((i: { participantNumber: string }) => i.participantNumber);
      expect(numbers).toContain('J-0040');
      expect(numbers).not.toContain('J-0041');
      expect(list.items.find((i: { participantNumber: string }) => i.participantNumber === 'J-0040')).toMatchObject({
        thresholdDays: 14,
        daysSinceContact: 30,
        daysSinceCallIn: 20,
        daysSinceTest: 30,
        lastCallInOn: addCalendarDays(today(), -20),
        lastContactOn: null,
      });
      expect((await admin.patch(api(`/programs/${hope.id}`), { abscondingDays: 25 })).json().abscondingDays).toBe(25);
      expect(fieldsOnce(await admin.patch(api(`/programs/${hope.id}`), { abscondingDays: 0 }))).toEqual(['abscondingDays']);
      const after = (await coordinator.get(api(`/courts/${court.id}/possibly-absconded`))).json();
      expect(after.items.map((i: { participantNumber: string }) => i.participantNumber)).not.toContain('J-0040');
      expectProblem(await otherAdmin.get(api(`/courts/${court.id}/possibly-absconded`)), 404, 'not-found');
    });
  });
});
