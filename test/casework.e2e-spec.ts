import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { TestClock } from '@app/core';
import { LastContactService } from '@app/participants';
import { DataSource } from 'typeorm';
import { createTestApi } from './support/test-app';
import { createTestDatabase, testConfig, TestDatabase } from './support/test-env';
import {
  ApiClient,
  CourtFixture,
  createCourt,
  createParticipant,
  createStaff,
  dataSourceOf,
  expectProblem,
  fieldsOf,
  ParticipantFixture,
  signIn,
  signInParticipant,
} from './support/fixtures';

/** Noon on Monday 23 November 2026 in Chicago (court ALPHA). */
const NOW = '2026-11-23T18:00:00Z';
const hoursBefore = (hours: number) => new Date(Date.parse(NOW) - hours * 3_600_000).toISOString();

describe('case work: the contact log and "last contact"', () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;
  let ds: DataSource;
  const clock = new TestClock(NOW);
  let alpha: CourtFixture;
  let bravo: CourtFixture;
  let cmId: string;
  let pat: ParticipantFixture;
  let sam: ParticipantFixture;
  let caseManager: ApiClient;
  let judge: ApiClient;
  let courtAdmin: ApiClient;
  let provider: ApiClient;
  let bravoCaseManager: ApiClient;
  let patClient: ApiClient;

  const contacts = (participant: ParticipantFixture) => `/api/v1/participants/${participant.id}/contacts`;
  const contact = (overrides: Record<string, unknown> = {}) => ({ kind: 'call', direction: 'outgoing', occurredAt: hoursBefore(2), note: 'Checked in about work', ...overrides });
  const count = async (participant: ParticipantFixture) =>
    Number((await ds.query(`SELECT count(*) AS n FROM participant_contacts WHERE participant_id = $1`, [participant.id]))[0].n);
  const auditRows = (action: string, participant: ParticipantFixture) =>
    ds.query(`SELECT actor_role, entity_type, entity_ids, basis, details FROM audit_events WHERE action = $1 AND $2 = ANY(participant_ids) ORDER BY id`, [
      action,
      participant.id,
    ]);

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createTestApi(testConfig(db.url), clock);
    ds = dataSourceOf(app);
    alpha = await createCourt(ds, 'ALPHA', { timeZone: 'America/Chicago' });
    bravo = await createCourt(ds, 'BRAVO', { timeZone: 'Pacific/Honolulu' });
    const [org] = await ds.query(`INSERT INTO provider_organisations (court_id, name) VALUES ($1, 'Riverside') RETURNING id`, [alpha.id]);
    cmId = (await createStaff(ds, 'cm', 'case_manager', alpha.id)).id;
    await createStaff(ds, 'judge', 'judge', alpha.id);
    await createStaff(ds, 'cadmin', 'court_admin', alpha.id);
    await createStaff(ds, 'prov', 'treatment_provider', alpha.id, { organisationId: org.id });
    await createStaff(ds, 'cm-b', 'case_manager', bravo.id);
    pat = await createParticipant(ds, alpha, 'A-0001', { caseManagerId: cmId });
    sam = await createParticipant(ds, alpha, 'A-0002', { caseManagerId: cmId });
    [caseManager, judge, courtAdmin, provider, bravoCaseManager, patClient] = await Promise.all([
      signIn(app, 'cm'),
      signIn(app, 'judge'),
      signIn(app, 'cadmin'),
      signIn(app, 'prov'),
      signIn(app, 'cm-b'),
      signInParticipant(app, pat),
    ]);
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  beforeEach(() => clock.set(NOW));

  it('records contacts by whom and when, newest first, once for a retried request, and audits the write and the read', async () => {
    const first = await caseManager.post(contacts(pat), contact({ occurredAt: hoursBefore(30), kind: 'home_visit', note: '  Nobody home  ', reached: false }));
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ kind: 'home_visit', direction: 'outgoing', reached: false, staffId: cmId, staffName: 'Test cm', note: 'Nobody home' });

    const retried = () => caseManager.request('POST', contacts(pat), contact(), { 'idempotency-key': 'contact-pat-1' });
    const second = await retried();
    expect(second.statusCode).toBe(201);
    expect((await retried()).json().id).toBe(second.json().id);
    expect(await count(pat)).toBe(2);

    const log = await judge.get(contacts(pat));
    expect(log.statusCode).toBe(200);
    expect(log.json().items.map((c: { id: string }) => c.id)).toEqual([second.json().id, first.json().id]);
    // The call reached Pat; the visit that found nobody home is kept but is not contact.
    expect(log.json().lastContact).toEqual({ at: hoursBefore(2), source: 'contact' });

    const writes = await auditRows('contact.write', pat);
    expect(writes).toHaveLength(2);
    expect(writes[0]).toMatchObject({ actor_role: 'case_manager', entity_type: 'participant_contact', entity_ids: [first.json().id], basis: 'role:case_manager' });
    expect((await auditRows('contact.read', pat)).at(-1)).toMatchObject({ actor_role: 'judge', entity_ids: [second.json().id, first.json().id] });
  });

  it('refuses bad input with the field named, and writes nothing', async () => {
    const before = await count(sam);
    const cases: Array<[Record<string, unknown>, string]> = [
      [contact({ kind: 'carrier_pigeon' }), 'kind'],
      [contact({ direction: 'sideways' }), 'direction'],
      [contact({ occurredAt: 'yesterday' }), 'occurredAt'],
      [contact({ occurredAt: hoursBefore(-1) }), 'occurredAt'],
      [contact({ note: 'x'.repeat(501) }), 'note'],
      [contact({ reached: 'yes' }), 'reached'],
      [contact({ staffId: cmId }), 'staffId'],
    ];
    for (const [body, field] of cases) {
      const refused = await caseManager.post(contacts(sam), body);
      expectProblem(refused, 422, 'validation-failed');
      expect(fieldsOf(refused)).toContain(field);
    }
    expectProblem(await caseManager.post('/api/v1/participants/not-a-uuid/contacts', contact()), 400, 'bad-request');
    expect(await count(sam)).toBe(before);
  });

  it('lets the treatment team read and case staff write, and nobody else, scoped to the court', async () => {
    const before = await count(sam);
    expectProblem(await judge.post(contacts(sam), contact()), 403, 'forbidden');
    expectProblem(await provider.get(contacts(sam)), 403, 'forbidden');
    expectProblem(await courtAdmin.get(contacts(sam)), 403, 'forbidden');
    expectProblem(await patClient.get(contacts(pat)), 403, 'forbidden');
    expectProblem(await bravoCaseManager.get(contacts(sam)), 404, 'not-found');
    expectProblem(await bravoCaseManager.post(contacts(sam), contact()), 404, 'not-found');
    expect(await count(sam)).toBe(before);
  });

  it('counts a hearing the participant appeared at and a specimen collected as contact, and not a hearing they failed to appear at', async () => {
    const latest = () => app.get(LastContactService).latestFor([pat.id, sam.id]);
    expect((await latest()).get(sam.id)).toBeUndefined();

    const hearing = async (at: string, attendance: string[]) => {
      const [h] = await ds.query(`INSERT INTO hearings (court_id, participant_id, kind, scheduled_at, status) VALUES ($1, $2, 'status', $3, 'held') RETURNING id`, [
        alpha.id,
        sam.id,
        at,
      ]);
      for (const [i, value] of attendance.entries()) {
        await ds.query(
          `INSERT INTO hearing_outcomes (hearing_id, participant_id, version, attendance, fingerprint, request, recorded_by) VALUES ($1, $2, $3, $4, $5, '{}', $6)`,
          [h.id, sam.id, i + 1, value, `f${i}`, cmId],
        );
      }
    };
    await hearing(hoursBefore(48), ['appeared']);
    // Amended: first recorded as appeared, then corrected to failed to appear.
    await hearing(hoursBefore(24), ['appeared', 'failed_to_appear']);
    expect((await latest()).get(sam.id)).toEqual({ at: new Date(hoursBefore(48)), source: 'hearing' });

    await ds.query(
      `INSERT INTO drug_test_collections (court_id, participant_id, court_day, collected_at, observed, specimen_type, basis, collected_by)
       VALUES ($1, $2, '2026-11-23', $3, true, 'urine', 'random', $4)`,
      [alpha.id, sam.id, hoursBefore(3), cmId],
    );
    expect((await latest()).get(sam.id)).toEqual({ at: new Date(hoursBefore(3)), source: 'collection' });
    expect((await latest()).get(pat.id)).toEqual({ at: new Date(hoursBefore(2)), source: 'contact' });
  });

  describe('the caseload', () => {
    let overdue: ParticipantFixture;
    let warrant: ParticipantFixture;
    let missed: ParticipantFixture;
    let open: ParticipantFixture;
    let quiet: ParticipantFixture;
    let excused: ParticipantFixture;

    const violation = (participant: ParticipantFixture, kind: string, detectedHoursAgo: number, status = 'open') =>
      ds.query(
        `INSERT INTO violations (court_id, participant_id, kind, detected_at, deadline_at, status, answered_at, dismissed_at, dismissed_reason)
         VALUES ($1, $2, $3, $4, $4::timestamptz + interval '72 hours', $5, $6, $7, $8)`,
        [alpha.id, participant.id, kind, hoursBefore(detectedHoursAgo), status, status === 'answered' ? NOW : null, status === 'dismissed' ? NOW : null, status === 'dismissed' ? 'outage' : null],
      );
    const result = (participant: ParticipantFixture, testedOn: string, outcome: string, overturned = false) =>
      ds.query(
        `INSERT INTO drug_test_results (court_id, participant_id, tested_on, substance, outcome, method, overturned) VALUES ($1, $2, $3, $4, $5, 'screen', $6)`,
        [alpha.id, participant.id, testedOn, outcome === 'positive' ? 'opiates' : null, outcome, overturned],
      );
    const caseload = (query: string) => caseManager.get(`/api/v1/participants?courtId=${alpha.id}&status=active,warrant&q=C-&${query}`);

    beforeAll(async () => {
      const make = async (number: string, lastName: string, status = 'active') => {
        const p = await createParticipant(ds, alpha, number, { lastName, status, caseManagerId: cmId });
        await ds.query(`UPDATE participants SET enrolled_on = '2026-10-01' WHERE id = $1`, [p.id]);
        return p;
      };
      // Names in the reverse of the attention order, so the order cannot come from the names.
      overdue = await make('C-0001', 'Young');
      warrant = await make('C-0002', 'Walker', 'warrant');
      missed = await make('C-0003', 'Turner');
      open = await make('C-0004', 'Scott');
      quiet = await make('C-0005', 'Adams');
      excused = await make('C-0006', 'Baker');
      await violation(overdue, 'positive_test', 80);
      await violation(missed, 'missed_call_in', 50, 'answered');
      // Dismissed (the system was down): not the person's missed call-in, not counted.
      await violation(excused, 'missed_call_in', 30, 'dismissed');
      await violation(open, 'curfew', 10);
      await result(quiet, '2026-11-10', 'positive');
      await result(quiet, '2026-11-20', 'negative');
      await result(quiet, '2026-11-20', 'positive', true);
      await ds.query(`INSERT INTO hearings (court_id, participant_id, kind, scheduled_at, status) VALUES ($1, $2, 'status', $3, 'scheduled')`, [
        alpha.id,
        quiet.id,
        '2026-11-30T15:00:00Z',
      ]);
      await caseManager.post(contacts(quiet), contact({ occurredAt: hoursBefore(5) }));
    });

    it('orders by attention: overdue clocks, warrants, missed call-ins, open violations, then by name; each row says why', async () => {
      const page = await caseload('sort=attention');
      expect(page.statusCode).toBe(200);
      const rows = page.json().items as Array<{ id: string; glance: { attention: string[] } }>;
      expect(rows.map((r) => r.id)).toEqual([overdue.id, warrant.id, missed.id, open.id, quiet.id, excused.id]);
      expect(rows.map((r) => r.glance.attention)).toEqual([['overdue_clock', 'open_violation'], ['warrant'], ['missed_call_in'], ['open_violation'], [], []]);
      // The name order is still there, and still the default.
      expect((await caseload('')).json().items.map((r: { id: string }) => r.id)).toEqual([quiet.id, excused.id, open.id, missed.id, warrant.id, overdue.id]);
    });

    it('gives each row what a case manager acts on, in the one caseload read', async () => {
      const rows = (await caseload('sort=attention')).json().items as Array<{ id: string; glance: Record<string, unknown> }>;
      const glance = (p: ParticipantFixture) => rows.find((r) => r.id === p.id)!.glance;
      expect(glance(quiet)).toEqual({
        enrolledOn: '2026-10-01',
        // Clean since the day after the positive of 10 November (the overturned screen of the 20th is not a use).
        cleanDays: 12,
        lastTest: { on: '2026-11-20', outcome: 'negative' },
        openViolations: 0,
        overdueViolations: 0,
        nextDeadlineAt: null,
        missedCallIns7Days: 0,
        nextHearingAt: '2026-11-30T15:00:00.000Z',
        noPinYet: false,
        lastContact: { at: hoursBefore(5), source: 'contact' },
        attention: [],
      });
      expect(glance(overdue)).toMatchObject({ cleanDays: 53, lastTest: null, openViolations: 1, overdueViolations: 1, nextDeadlineAt: hoursBefore(8), lastContact: null });
      expect(glance(missed)).toMatchObject({ openViolations: 0, missedCallIns7Days: 1 });
      expect(glance(excused)).toMatchObject({ missedCallIns7Days: 0 });
      expect(glance(open)).toMatchObject({ openViolations: 1, overdueViolations: 0, nextDeadlineAt: new Date(Date.parse(NOW) + 62 * 3_600_000).toISOString() });
    });

    it('refuses a sort it does not know, naming the field', async () => {
      const refused = await caseload('sort=urgency');
      expectProblem(refused, 422, 'validation-failed');
      expect(fieldsOf(refused)).toEqual(['sort']);
    });
  });
});
