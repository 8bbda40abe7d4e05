import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { TestClock } from '@app/core';
import type { DocketEntryDto } from '@app/docket';
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
  StaffFixture,
} from './support/fixtures';
import { createTestApi } from './support/test-app';
import { createTestDatabase, testConfig, TestDatabase } from './support/test-env';

/** Court-local Chicago session at `date` `time`, as the calendar stores it. */
const SESSION_SQL = `INSERT INTO court_sessions (court_id, session_date, start_time, starts_at, courtroom)
  VALUES ($1, $2::date, $3::varchar, ($2::date + $3::varchar::time) AT TIME ZONE 'America/Chicago', 'Courtroom 3') RETURNING id`;

/**
 * The top of the judge's bench card: what the decision needs comes in the
 * docket itself (one request per docket), and a hearing is never recorded
 * without the judge saying whether the participant appeared.
 */
describe('the bench card', () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;
  let ds: DataSource;
  // 09:00 in Chicago on Monday 23 November 2026.
  const clock = new TestClock('2026-11-23T15:00:00Z');
  let court: CourtFixture;
  let program: ProgramFixture;
  let coordinator: StaffFixture;
  let judge: ApiClient;
  let eva: ParticipantFixture;
  let fay: ParticipantFixture;
  let sessionId: string;
  let nextSessionId: string;
  const hearings: Record<string, string> = {};

  const session = async (date: string, time = '09:00') => ((await ds.query(SESSION_SQL, [court.id, date, time])) as Array<{ id: string }>)[0].id;
  const hear = async (sid: string, participantId: string) =>
    (
      (await ds.query(
        `INSERT INTO hearings (court_id, participant_id, kind, scheduled_at, session_id)
         SELECT court_id, $2, 'status', starts_at, id FROM court_sessions WHERE id = $1 RETURNING id`,
        [sid, participantId],
      )) as Array<{ id: string }>
    )[0].id;
  const catalogueEntry = async (kind: string, code: string, name: string, effect = 'none') =>
    (
      (await ds.query(`INSERT INTO response_catalogue_entries (program_id, kind, code, name, level, effect) VALUES ($1, $2, $3, $4, 1, $5) RETURNING id`, [
        program.id,
        kind,
        code,
        name,
        effect,
      ])) as Array<{ id: string }>
    )[0].id;
  const order = async (p: ParticipantFixture, entryId: string, kind: string, effect: string, orderedOn: string, options: { amount?: number; hearingId?: string } = {}) =>
    ds.query(
      `INSERT INTO court_responses (court_id, participant_id, catalogue_entry_id, kind, level, effect, amount, ordered_on, hearing_id, ordered_by, created_at)
       VALUES ($1, $2, $3, $4, 1, $5, $6, $7, $8, $9, $7::date + time '15:00')`,
      [court.id, p.id, entryId, kind, effect, options.amount ?? null, orderedOn, options.hearingId ?? null, coordinator.id],
    );
  const docketEntry = async (p: ParticipantFixture): Promise<DocketEntryDto> => {
    const response = await judge.get(`/api/v1/court-sessions/${sessionId}/docket`);
    expect(response.statusCode).toBe(200);
    return (response.json().entries as DocketEntryDto[]).find((e) => e.participant.id === p.id)!;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createTestApi(testConfig(db.url, { AUTH_SIGN_IN_PER_MINUTE: '10000', AUTH_SIGN_IN_PER_MINUTE_PER_ACCOUNT: '10000' }), clock);
    ds = dataSourceOf(app);
    court = await createCourt(ds, 'CARD');
    program = await createTestingProgram(ds, court.id, 'DTC', { testsPerWeek: 3, model: 'treatment_court' });
    const organisationId = await createOrganisation(ds, court.id, 'Riverside Recovery');
    coordinator = await createStaff(ds, 'coord', 'coordinator', court.id);
    await createStaff(ds, 'judge', 'judge', court.id);
    judge = await signIn(app, 'judge');

    eva = await createParticipant(ds, court, 'C-0001', { firstName: 'Eva', lastName: 'Evans' });
    fay = await createParticipant(ds, court, 'C-0002', { firstName: 'Fay', lastName: 'Fox' });
    for (const p of [eva, fay]) await placeInProgram(ds, p.id, program, '2026-03-02');
    await ds.query(`UPDATE participants SET status = 'warrant' WHERE id = $1`, [fay.id]);

    // Eva: at her last hearing (9 November) the court ordered 8 hours of community service; she did them since.
    const [last] = await ds.query(
      `INSERT INTO hearings (court_id, participant_id, kind, scheduled_at, status) VALUES ($1, $2, 'status', '2026-11-09T15:00:00Z', 'held') RETURNING id`,
      [court.id, eva.id],
    );
    const service = await catalogueEntry('sanction', 'CS', 'Community service', 'community_service');
    const praise = await catalogueEntry('incentive', 'PRAISE', 'Praise from the bench');
    await order(eva, service, 'sanction', 'community_service', '2026-11-09', { amount: 8, hearingId: last.id });
    await order(eva, praise, 'incentive', 'none', '2026-07-01');
    await order(eva, praise, 'incentive', 'none', '2026-04-01');
    await ds.query(
      `INSERT INTO participant_ledger_entries (participant_id, kind, occurred_on, amount, description)
       VALUES ($1, 'community_service', '2026-11-01', 3, 'before the order'), ($1, 'community_service', '2026-11-14', 5, 'park'), ($1, 'community_service', '2026-11-20', 4, 'food bank')`,
      [eva.id],
    );
    // A test she missed on 20 November, still open as a violation: her clean days must not stand bare beside it.
    await ds.transaction((manager) =>
      recordViolations(manager, [{ courtId: court.id, participantId: eva.id, kind: 'missed_test', detectedAt: new Date('2026-11-20T15:00:00Z'), sourceKey: 'card:eva', evidence: {} }]),
    );
    await referToProvider(ds, eva.id, organisationId);
    await createConsent(ds, eva, court.id, { discloserOrganisationId: organisationId, recordedBy: coordinator.id });
    // Fay: referred to the same provider, with no consent.
    await referToProvider(ds, fay.id, organisationId);

    sessionId = await session('2026-11-23');
    nextSessionId = await session('2026-12-07', '10:30');
    hearings.eva = await hear(sessionId, eva.id);
    hearings.fay = await hear(sessionId, fay.id);
    await hear(nextSessionId, eva.id);
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it("carries the last hearing's orders with what is done of them, six months of responses, the provider, the next hearing and the missed test beside the clean days", async () => {
    const entry = await docketEntry(eva);
    expect(entry.lastHearingOrders).toEqual([
      expect.objectContaining({ kind: 'sanction', name: 'Community service', effect: 'community_service', amount: 8, completion: { ordered: 8, done: 8, unit: 'hours' } }),
    ]);
    expect(entry.recentResponses.map((r) => [r.orderedOn, r.name])).toEqual([
      ['2026-11-09', 'Community service'],
      ['2026-07-01', 'Praise from the bench'],
    ]);
    expect(entry.treatmentProviders).toEqual({ withheld: false, providers: [{ name: 'Riverside Recovery', referredOn: expect.any(String) }] });
    expect(entry.nextHearing).toEqual({ date: '2026-12-07', startTime: '10:30', courtroom: 'Courtroom 3', kind: 'status' });
    expect(entry.cleanDays).toEqual({ missedTests: 1, lastMissedOn: '2026-11-20', openMissedTest: true });
    expect(entry.phase!.continuousSoberDays).toBeGreaterThan(200);
    expect(entry.phase).toMatchObject({ position: 1, phaseCount: expect.any(Number) });
  });

  it('names no treatment provider without a consent, and shows the warrant status', async () => {
    const entry = await docketEntry(fay);
    expect(entry.participant.status).toBe('warrant');
    expect(entry.treatmentProviders).toEqual({ withheld: true, providers: null });
    expect(entry.lastHearingOrders).toEqual([]);
    expect(entry.nextHearing).toBeNull();
  });

  it('refuses an outcome without attendance, naming the field, and records nothing', async () => {
    const count = async () => (await ds.query(`SELECT count(*)::int AS n FROM hearing_outcomes`))[0].n as number;
    const before = await count();
    for (const body of [{ notes: 'No attendance given.' }, { attendance: null }, { attendance: '' }]) {
      const refused = await judge.post(`/api/v1/hearings/${hearings.fay}/outcome`, body);
      expectProblem(refused, 422, 'validation-failed');
      expect(fieldsOf(refused)).toContain('attendance');
      expect(refused.json().errors.find((e: { field: string }) => e.field === 'attendance').message).toMatch(/appeared, failed_to_appear, excused/);
    }
    expect(await count()).toBe(before);
    expect((await ds.query(`SELECT status FROM hearings WHERE id = $1`, [hearings.fay]))[0].status).toBe('scheduled');
  });

  it('says on the card what was recorded: attendance, warrant, responses and phase', async () => {
    const praise = (await ds.query(`SELECT id FROM response_catalogue_entries WHERE code = 'PRAISE'`))[0].id;
    const recorded = await judge.post(`/api/v1/hearings/${hearings.eva}/outcome`, { attendance: 'appeared', responses: [{ catalogueEntryId: praise }] });
    expect(recorded.statusCode).toBe(201);
    expect((await docketEntry(eva)).hearing.outcome).toEqual({
      attendance: 'appeared',
      version: 1,
      warrant: false,
      phaseChange: null,
      responses: [{ kind: 'incentive', name: 'Praise from the bench', effect: 'none', amount: null }],
    });
    // Fay is already on a warrant: the court records her failure to appear without issuing another.
    expect((await judge.post(`/api/v1/hearings/${hearings.fay}/outcome`, { attendance: 'failed_to_appear' })).statusCode).toBe(201);
    expect((await docketEntry(fay)).hearing.outcome).toMatchObject({ attendance: 'failed_to_appear', warrant: false, responses: [] });
  });

  describe('the photo', () => {
    const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('a small image')]);
    const photoOf = (p: ParticipantFixture) => `/api/v1/participants/${p.id}/photo`;

    it('is uploaded by case staff, checked by its content, and shown to the court’s staff only, each view audited', async () => {
      await createStaff(ds, 'cm', 'case_manager', court.id);
      const caseManager = await signIn(app, 'cm');
      const rows = async () => (await ds.query(`SELECT count(*)::int AS n FROM participant_photos`))[0].n as number;

      // Refusals change nothing: a PDF called a PNG, a file over 512 KiB, a type not offered, a field not known.
      for (const [body, field] of [
        [{ mediaType: 'image/png', data: Buffer.from('%PDF-1.7 a document').toString('base64') }, 'data'],
        [{ mediaType: 'image/png', data: Buffer.concat([PNG, Buffer.alloc(512 * 1024)]).toString('base64') }, 'data'],
        [{ mediaType: 'image/gif', data: PNG.toString('base64') }, 'mediaType'],
        [{ mediaType: 'image/png', data: PNG.toString('base64'), caption: 'not a field' }, 'caption'],
      ] as const) {
        const refused = await caseManager.put(photoOf(eva), body);
        expectProblem(refused, 422, 'validation-failed');
        expect(fieldsOf(refused)).toContain(field);
      }
      expectProblem(await judge.put(photoOf(eva), { mediaType: 'image/png', data: PNG.toString('base64') }), 403, 'forbidden');
      expect(await rows()).toBe(0);

      const saved = await caseManager.put(photoOf(eva), { mediaType: 'image/png', data: PNG.toString('base64') });
      expect(saved.statusCode).toBe(200);
      expect(saved.json()).toMatchObject({ participantId: eva.id, mediaType: 'image/png', size: PNG.length });
      expect((await docketEntry(eva)).participant.hasPhoto).toBe(true);
      expect((await docketEntry(fay)).participant.hasPhoto).toBe(false);

      const seen = await judge.get(photoOf(eva));
      expect(seen.statusCode).toBe(200);
      expect(Buffer.from(seen.json().data, 'base64').equals(PNG)).toBe(true);
      expect(seen.headers['cache-control']).toBe('no-store');
      const audited = await ds.query(`SELECT actor_user_id FROM audit_events WHERE action = 'participant.photo_read' AND $1 = ANY(participant_ids)`, [eva.id]);
      expect(audited).toHaveLength(1);
      expectProblem(await judge.get(photoOf(fay)), 404, 'not-found');
    });

    it('is never shown to the participant, to another court, or without signing in', async () => {
      const own = await signInParticipant(app, eva);
      expectProblem(await own.get(photoOf(eva)), 403, 'forbidden');
      const elsewhere = await createCourt(ds, 'ELSE');
      await createStaff(ds, 'judge-else', 'judge', elsewhere.id);
      expectProblem(await (await signIn(app, 'judge-else')).get(photoOf(eva)), 404, 'not-found');
      expect((await app.inject({ method: 'GET', url: photoOf(eva) })).statusCode).toBe(401);
    });
  });
});
