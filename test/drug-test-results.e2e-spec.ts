import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { TestClock } from '@app/core';
import { testingSitesForProgram } from '@app/drug-testing';
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
  ProgramFixture,
  signIn,
  signInParticipant,
} from './support/fixtures';
import { createTestApi } from './support/test-app';
import { createTestDatabase, testConfig, TestDatabase } from './support/test-env';

/** 12:00 in Chicago on Monday 2026-11-23. */
const NOW = '2026-11-23T18:00:00Z';
const TODAY = '2026-11-23';



interface ResultBody {
  id: string;
  substance: string | null;
  outcome: string;
  method: string;
  overturned: boolean;
  admitted: boolean;
  releasedAt: string | null;
}

describe('drug test collections and results', () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;
  let ds: DataSource;
  const clock = new TestClock(NOW);
  let alpha: CourtFixture;
  let bravo: CourtFixture;
  let program: ProgramFixture;
  let lenient: ProgramFixture;
  let bravoProgram: ProgramFixture;
  let p1: ParticipantFixture;
  let p2: ParticipantFixture;
  let p3: ParticipantFixture;
  let referred: ParticipantFixture;
  let pBravo: ParticipantFixture;
  let collectorId: string;
  let collector: ApiClient;
  let caseManager: ApiClient;
  let judge: ApiClient;
  let courtAdmin: ApiClient;
  let sysadmin: ApiClient;
  let bravoAdmin: ApiClient;
  let bravoCollector: ApiClient;
  let participant1: ApiClient;
  let siteId: string;
  let bravoSiteId: string;

  const counts = async () =>
    (
      await ds.query(
        `SELECT (SELECT count(*)::int FROM drug_test_collections) AS collections, (SELECT count(*)::int FROM drug_test_results) AS results,
                (SELECT count(*)::int FROM violations) AS violations, (SELECT count(*)::int FROM testing_sites) AS sites`,
      )
    )[0] as { collections: number; results: number; violations: number; sites: number };
  const violationsOf = (collectionId: string) =>
    ds.query(`SELECT id, kind, status, evidence, dismissed_reason, detected_at, deadline_at FROM violations WHERE source_key = $1`, [
      `collection:${collectionId}`,
    ]);
  const collect = (client: ApiClient, participant: { id: string }, body: Record<string, unknown> = {}) =>
    client.post(`/api/v1/participants/${participant.id}/collections`, { observed: true, specimenType: 'urine', ...body });
  /** The clock only moves forward, a few minutes at a time, so sessions stay valid. */
  const advanceMinutes = (minutes: number) => clock.advance(minutes * 60_000);
  const nowIso = () => clock.now().toISOString();
  const screenOf = (body: { results: ResultBody[] }, substance: string) => body.results.find((r) => r.method === 'screen' && r.substance === substance)!;

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createTestApi(testConfig(db.url, { AUTH_SIGN_IN_PER_MINUTE: '10000', AUTH_SIGN_IN_PER_MINUTE_PER_ACCOUNT: '10000', RATE_LIMIT_PER_MINUTE: '100000', AUTH_ACCESS_TOKEN_TTL_SECONDS: '3600' }), clock);
    ds = dataSourceOf(app);
    alpha = await createCourt(ds, 'ALPHA', { timeZone: 'America/Chicago' });
    bravo = await createCourt(ds, 'BRAVO', { timeZone: 'Pacific/Honolulu', window: ['05:00', '09:00'] });
    program = await createTestingProgram(ds, alpha.id, 'HOPE');
    lenient = await createTestingProgram(ds, alpha.id, 'LENIENT');
    bravoProgram = await createTestingProgram(ds, bravo.id, 'BHOPE');
    p1 = await createParticipant(ds, alpha, 'A-0001');
    p2 = await createParticipant(ds, alpha, 'A-0002');
    p3 = await createParticipant(ds, alpha, 'A-0003');
    referred = await createParticipant(ds, alpha, 'A-0009', { status: 'referred' });
    pBravo = await createParticipant(ds, bravo, 'B-0001');
    await placeInProgram(ds, p1.id, program, '2026-11-01');
    await placeInProgram(ds, p2.id, lenient, '2026-11-01');
    await placeInProgram(ds, p3.id, program, '2026-11-01');
    await placeInProgram(ds, pBravo.id, bravoProgram, '2026-11-01');
    collectorId = (await createStaff(ds, 'collector', 'testing_site', alpha.id)).id;
    await createStaff(ds, 'cm', 'case_manager', alpha.id);
    await createStaff(ds, 'judge', 'judge', alpha.id);
    await createStaff(ds, 'cadmin', 'court_admin', alpha.id);
    await createStaff(ds, 'root', 'system_admin', null);
    await createStaff(ds, 'badmin', 'court_admin', bravo.id);
    await createStaff(ds, 'bcollector', 'testing_site', bravo.id);
    [collector, caseManager, judge, courtAdmin, sysadmin, bravoAdmin, bravoCollector, participant1] = await Promise.all([
      signIn(app, 'collector'),
      signIn(app, 'cm'),
      signIn(app, 'judge'),
      signIn(app, 'cadmin'),
      signIn(app, 'root'),
      signIn(app, 'badmin'),
      signIn(app, 'bcollector'),
      signInParticipant(app, p1),
    ]);
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  describe('testing sites', () => {
    it('are added by the court administrator with the programs they serve, and audited', async () => {
      const response = await courtAdmin.post(`/api/v1/courts/${alpha.id}/testing-sites`, {
        name: ' Courthouse lab ',
        address: '100 Main St, Room 12',
        hours: 'Mon-Sun 06:00-17:00',
        instructions: 'Bring photo ID.',
        programIds: [program.id, lenient.id],
      });
      expect(response.statusCode).toBe(201);
      siteId = response.json().id;
      expect(response.json()).toMatchObject({
        courtId: alpha.id,
        name: 'Courthouse lab',
        address: '100 Main St, Room 12',
        hours: 'Mon-Sun 06:00-17:00',
        instructions: 'Bring photo ID.',
        active: true,
        programIds: [program.id, lenient.id].sort(),
      });
      const [audit] = await ds.query(`SELECT actor_role, court_id, basis, details FROM audit_events WHERE action = 'court.testing_site_create' AND $1 = ANY(entity_ids)`, [
        siteId,
      ]);
      expect(audit).toMatchObject({ actor_role: 'court_admin', court_id: alpha.id, basis: 'role:court_admin' });
      bravoSiteId = (await bravoAdmin.post(`/api/v1/courts/${bravo.id}/testing-sites`, { name: 'Harbor lab', address: '1 Pier Rd', hours: 'Every day 06:00-14:00' })).json().id;
    });

    it('are listed to anyone in the court, and to no one outside it', async () => {
      for (const client of [collector, caseManager, participant1]) {
        const response = await client.get(`/api/v1/courts/${alpha.id}/testing-sites`);
        expect(response.statusCode).toBe(200);
        expect(response.json().map((s: { id: string }) => s.id)).toEqual([siteId]);
      }
      expectProblem(await bravoAdmin.get(`/api/v1/courts/${alpha.id}/testing-sites`), 404, 'not-found');
    });

    it('answer 409 for a name in use in the court, writing nothing', async () => {
      const before = await counts();
      const response = await courtAdmin.post(`/api/v1/courts/${alpha.id}/testing-sites`, { name: 'Courthouse lab', address: 'elsewhere', hours: 'Mon 08:00-09:00' });
      expectProblem(response, 409, 'testing-site-name-taken');
      expect(await counts()).toEqual(before);
      // The same name in another court is another site.
      expect((await bravoAdmin.post(`/api/v1/courts/${bravo.id}/testing-sites`, { name: 'Courthouse lab', address: 'x', hours: 'Tue 08:00-09:00' })).statusCode).toBe(201);
    });

    it('refuse a program of another court or an unknown one with 422 naming programIds', async () => {
      const before = await counts();
      for (const programIds of [[bravoProgram.id], [program.id, '00000000-0000-4000-8000-000000000000']]) {
        const response = await courtAdmin.post(`/api/v1/courts/${alpha.id}/testing-sites`, { name: 'Annex', address: 'a', hours: 'Sat 08:00-12:00', programIds });
        expectProblem(response, 422, 'validation-failed');
        expect(fieldsOf(response)).toEqual(['programIds']);
      }
      expectProblem(await courtAdmin.patch(`/api/v1/testing-sites/${siteId}`, { programIds: [bravoProgram.id] }), 422, 'validation-failed');
      expectProblem(await courtAdmin.post(`/api/v1/courts/${alpha.id}/testing-sites`, { name: 'Annex', address: 'a', hours: 'Sat 08:00-12:00', open: true }), 422, 'validation-failed');
      expect(await counts()).toEqual(before);
    });

    it('are changed by the court administrator only, audited with what changed', async () => {
      const annex = (await courtAdmin.post(`/api/v1/courts/${alpha.id}/testing-sites`, { name: 'Annex', address: 'a', hours: 'Sat 08:00-12:00', programIds: [program.id] })).json();
      const response = await courtAdmin.patch(`/api/v1/testing-sites/${annex.id}`, { active: false, programIds: [lenient.id], instructions: null });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ active: false, programIds: [lenient.id], instructions: null });
      const [audit] = await ds.query(`SELECT details FROM audit_events WHERE action = 'court.testing_site_update' AND $1 = ANY(entity_ids)`, [annex.id]);
      expect(audit.details.changes).toEqual({ active: { from: true, to: false }, programIds: { from: [program.id], to: [lenient.id] } });
      expectProblem(await courtAdmin.patch(`/api/v1/testing-sites/${annex.id}`, { name: 'Courthouse lab' }), 409, 'testing-site-name-taken');
      expectProblem(await caseManager.patch(`/api/v1/testing-sites/${annex.id}`, { name: 'Hijacked' }), 403, 'forbidden');
      expectProblem(await bravoAdmin.patch(`/api/v1/testing-sites/${annex.id}`, { name: 'Hijacked' }), 404, 'not-found');
      expectProblem(await courtAdmin.patch(`/api/v1/testing-sites/00000000-0000-4000-8000-000000000000`, { name: 'x' }), 404, 'not-found');
      expect((await sysadmin.patch(`/api/v1/testing-sites/${annex.id}`, { hours: 'Sat & Sun 08:00-12:00' })).json().hours).toBe('Sat-Sun 08:00-12:00');
    });

    it("give the call-in answer the program's active sites", async () => {
      expect(await testingSitesForProgram(ds.manager, alpha.id, program.id, 'en')).toMatchObject([
        { name: 'Courthouse lab', address: '100 Main St, Room 12', hours: 'Mon-Sun 06:00-17:00', instructions: 'Bring photo ID.', closures: [] },
      ]);
      // The annex serves the lenient program but is inactive.
      expect((await testingSitesForProgram(ds.manager, alpha.id, lenient.id, 'en')).map((s) => s.name)).toEqual(['Courthouse lab']);
    });

    it('store instructions in other languages as entered, replacing the whole map, audited, and word the hours in each language from the weekly hours', async () => {
      const translations = { pt: { instructions: ' Traga um documento com foto. ' }, es: { instructions: 'Traiga una identificación con foto.' } };
      const response = await courtAdmin.patch(`/api/v1/testing-sites/${siteId}`, { translations });
      expect(response.statusCode).toBe(200);
      const stored = { es: { instructions: 'Traiga una identificación con foto.' }, pt: { instructions: 'Traga um documento com foto.' } };
      expect(response.json()).toMatchObject({ hours: 'Mon-Sun 06:00-17:00', instructions: 'Bring photo ID.', translations: stored });
      const listed = (await collector.get(`/api/v1/courts/${alpha.id}/testing-sites`)).json();
      expect(listed.find((s: { id: string }) => s.id === siteId).translations).toEqual(stored);
      const [audit] = await ds.query(
        `SELECT details FROM audit_events WHERE action = 'court.testing_site_update' AND $1 = ANY(entity_ids) ORDER BY id DESC LIMIT 1`,
        [siteId],
      );
      expect(audit.details.changes).toEqual({ translations: { from: {}, to: stored } });
      // The same map again changes nothing.
      const before = await counts();
      const audits = async () => (await ds.query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'court.testing_site_update'`))[0].n;
      const auditsBefore = await audits();
      expect((await courtAdmin.patch(`/api/v1/testing-sites/${siteId}`, { translations })).statusCode).toBe(200);
      expect(await counts()).toEqual(before);
      expect(await audits()).toBe(auditsBefore);
      // The call-in answer in Spanish, Portuguese and English: the hours worded from the data in each.
      expect(await testingSitesForProgram(ds.manager, alpha.id, program.id, 'es')).toMatchObject([
        { name: 'Courthouse lab', address: '100 Main St, Room 12', hours: 'Lun-Dom 06:00-17:00', instructions: 'Traiga una identificación con foto.' },
      ]);
      expect(await testingSitesForProgram(ds.manager, alpha.id, program.id, 'pt')).toMatchObject([{ hours: 'Seg-Dom 06:00-17:00', instructions: 'Traga um documento com foto.' }]);
      expect(await testingSitesForProgram(ds.manager, alpha.id, program.id, 'en')).toMatchObject([
        { name: 'Courthouse lab', address: '100 Main St, Room 12', hours: 'Mon-Sun 06:00-17:00', instructions: 'Bring photo ID.' },
      ]);
      // A new site with them.
      const created = await courtAdmin.post(`/api/v1/courts/${alpha.id}/testing-sites`, {
        name: 'Translated annex',
        address: 'a',
        hours: 'Sat 08:00-12:00',
        translations: { es: { instructions: 'Entre por el costado.' } },
      });
      expect(created.statusCode).toBe(201);
      expect(created.json().translations).toEqual({ es: { instructions: 'Entre por el costado.' } });
    });

    it.each([
      ['an unknown language', { fr: { instructions: 'Lun' } }],
      ['a field that is not translated', { es: { name: 'Laboratorio' } }],
      ['hours, worded from the weekly hours instead', { es: { hours: 'Lun-Dom 06:00-17:00' } }],
      ['a blank text', { es: { instructions: '  ' } }],
      ['instructions too long', { es: { instructions: 'x'.repeat(2001) } }],
      ['a list', ['es']],
      ['null', null],
    ])('refuse translations with %s (422 naming translations), writing nothing', async (_what, translations) => {
      const site = async () => (await ds.query(`SELECT hours, translations, updated_at FROM testing_sites WHERE id = $1`, [siteId]))[0];
      const before = { counts: await counts(), site: await site() };
      const patched = await courtAdmin.patch(`/api/v1/testing-sites/${siteId}`, { translations, hours: 'Mon 06:00-07:00' });
      expectProblem(patched, 422, 'validation-failed');
      expect(fieldsOf(patched)).toEqual(['translations']);
      const created = await courtAdmin.post(`/api/v1/courts/${alpha.id}/testing-sites`, { name: 'Refused', address: 'a', hours: 'Mon 06:00-07:00', translations });
      expectProblem(created, 422, 'validation-failed');
      expect(fieldsOf(created)).toEqual(['translations']);
      expect({ counts: await counts(), site: await site() }).toEqual(before);
    });
  });

  describe('court and program testing settings', () => {
    let gamma: CourtFixture;

    beforeAll(async () => {
      gamma = await createCourt(ds, 'GAMMA', { window: ['05:00', '09:00'] });
      await createStaff(ds, 'gadmin', 'court_admin', gamma.id);
    });

    it('lets the court administrator set the reporting deadline and the draw lead, and shows them', async () => {
      const admin = await signIn(app, 'gadmin');
      const response = await admin.patch(`/api/v1/courts/${gamma.id}`, { reportByTime: '14:30', drawLeadMinutes: 90 });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ callInWindowEnd: '09:00', reportByTime: '14:30', drawLeadMinutes: 90 });
      const [audit] = await ds.query(`SELECT details FROM audit_events WHERE action = 'court.configure' AND $1 = ANY(entity_ids)`, [gamma.id]);
      expect(audit.details.changes).toEqual({ reportByTime: { from: '17:00', to: '14:30' }, drawLeadMinutes: { from: 60, to: 90 } });
      expect((await admin.get(`/api/v1/courts/${gamma.id}`)).json()).toMatchObject({ reportByTime: '14:30', drawLeadMinutes: 90 });
    });

    it.each([
      ['a time that is not HH:MM', { reportByTime: '9:00' }, 'reportByTime'],
      ['a time past 24:00', { reportByTime: '24:30' }, 'reportByTime'],
      ['a deadline before the window closes', { reportByTime: '08:59' }, 'reportByTime'],
      ['a window closing after the deadline', { callInWindowEnd: '15:00' }, 'callInWindowEnd'],
      ['a new window and deadline out of order', { callInWindowEnd: '20:00', reportByTime: '19:00' }, 'reportByTime'],
      ['a null deadline', { reportByTime: null }, 'reportByTime'],
      ['a lead under 5 minutes', { drawLeadMinutes: 4 }, 'drawLeadMinutes'],
      ['a lead over 720 minutes', { drawLeadMinutes: 721 }, 'drawLeadMinutes'],
      ['a fractional lead', { drawLeadMinutes: 30.5 }, 'drawLeadMinutes'],
    ])('refuses %s with 422 naming the field', async (_what, body, field) => {
      const admin = await signIn(app, 'gadmin');
      const response = await admin.patch(`/api/v1/courts/${gamma.id}`, body);
      expectProblem(response, 422, 'validation-failed');
      expect(fieldsOf(response)).toContain(field);
      expect((await admin.get(`/api/v1/courts/${gamma.id}`)).json()).toMatchObject({ callInWindowEnd: '09:00', reportByTime: '14:30', drawLeadMinutes: 90 });
    });

    it('moves the window and the deadline together, and gives a new court a deadline after its window', async () => {
      const admin = await signIn(app, 'gadmin');
      const moved = await admin.patch(`/api/v1/courts/${gamma.id}`, { callInWindowEnd: '18:00', reportByTime: '24:00' });
      expect(moved.json()).toMatchObject({ callInWindowEnd: '18:00', reportByTime: '24:00' });
      const base = { name: 'New Court', timeZone: 'America/Denver', callInWindowStart: '05:00' };
      expect((await sysadmin.post('/api/v1/courts', { ...base, code: 'ALLDAY', callInWindowEnd: '24:00' })).json()).toMatchObject({ reportByTime: '24:00', drawLeadMinutes: 60 });
      expect((await sysadmin.post('/api/v1/courts', { ...base, code: 'MORNING', callInWindowEnd: '09:00', drawLeadMinutes: 30 })).json()).toMatchObject({
        reportByTime: '17:00',
        drawLeadMinutes: 30,
      });
      const bad = await sysadmin.post('/api/v1/courts', { ...base, code: 'BAD', callInWindowEnd: '09:00', reportByTime: '08:00' });
      expectProblem(bad, 422, 'validation-failed');
      expect(fieldsOf(bad)).toEqual(['reportByTime']);
    });

    it("sets a program's guard rails and the outcomes it counts as violations", async () => {
      const response = await courtAdmin.patch(`/api/v1/programs/${lenient.id}`, {
        maxUntestedDays: 10,
        maxTestsPer7Days: 4,
        violationOutcomes: ['positive', 'adulterated', 'substituted', 'refused', 'missed', 'invalid'],
      });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({
        maxUntestedDays: 10,
        maxTestsPer7Days: 4,
        violationOutcomes: ['positive', 'adulterated', 'substituted', 'refused', 'missed', 'invalid'],
      });
      const cleared = await courtAdmin.patch(`/api/v1/programs/${lenient.id}`, { maxUntestedDays: null, maxTestsPer7Days: null });
      expect(cleared.json()).toMatchObject({ maxUntestedDays: null, maxTestsPer7Days: null });
      const [audit] = await ds.query(`SELECT details FROM audit_events WHERE action = 'program.update' AND $1 = ANY(entity_ids) ORDER BY id DESC LIMIT 1`, [lenient.id]);
      expect(audit.details.changes).toEqual({ maxUntestedDays: { from: 10, to: null }, maxTestsPer7Days: { from: 4, to: null } });
      expect((await caseManager.get(`/api/v1/programs/${program.id}`)).json()).toMatchObject({
        maxUntestedDays: null,
        maxTestsPer7Days: null,
        violationOutcomes: ['positive', 'dilute', 'adulterated', 'substituted', 'refused', 'missed'],
      });
    });

    it.each([
      ['no untested day allowed', { maxUntestedDays: 0 }, 'maxUntestedDays'],
      ['over 60 untested days', { maxUntestedDays: 61 }, 'maxUntestedDays'],
      ['over 7 tests in 7 days', { maxTestsPer7Days: 8 }, 'maxTestsPer7Days'],
      ['a fractional limit', { maxTestsPer7Days: 2.5 }, 'maxTestsPer7Days'],
      ['negative as a violation', { violationOutcomes: ['positive', 'negative'] }, 'violationOutcomes'],
      ['a repeated outcome', { violationOutcomes: ['positive', 'positive'] }, 'violationOutcomes'],
      ['a null list', { violationOutcomes: null }, 'violationOutcomes'],
    ])('refuses %s for a program with 422', async (_what, body, field) => {
      const response = await courtAdmin.patch(`/api/v1/programs/${lenient.id}`, body);
      expectProblem(response, 422, 'validation-failed');
      expect(fieldsOf(response)).toContain(field);
      expect((await courtAdmin.get(`/api/v1/programs/${lenient.id}`)).json().violationOutcomes).not.toContain('dilute');
    });
  });

  describe('collections and results', () => {
    let first: { id: string; results: ResultBody[] };

    it('lets a testing site record a collection with its screen results, for cause when the day drew no test', async () => {
      const response = await collect(collector, p1, {
        collectedAt: '2026-11-23T15:30:00Z',
        testingSiteId: siteId,
        notes: 'Temperature in range.',
        results: [{ substance: 'cocaine', outcome: 'positive' }, { substance: 'thc', outcome: 'negative' }, { outcome: 'negative' }],
      });
      expect(response.statusCode).toBe(201);
      first = response.json();
      expect(response.json()).toMatchObject({
        participantId: p1.id,
        courtId: alpha.id,
        courtDay: TODAY,
        collectedAt: '2026-11-23T15:30:00.000Z',
        testingSiteId: siteId,
        testingSiteName: 'Courthouse lab',
        observed: true,
        specimenType: 'urine',
        basis: 'for_cause',
        notes: 'Temperature in range.',
        collectedBy: collectorId,
        violationId: null,
      });
      expect(first.results).toHaveLength(3);
      expect(first.results.every((r) => r.method === 'screen' && r.releasedAt === null && !r.overturned)).toBe(true);
      const [audit] = await ds.query(
        `SELECT actor_role, basis, participant_ids, entity_ids FROM audit_events WHERE action = 'drug_test.collection_write' AND $1 = ANY(entity_ids)`,
        [first.id],
      );
      expect(audit).toMatchObject({ actor_role: 'testing_site', basis: 'role:testing_site', participant_ids: [p1.id] });
      expect(audit.entity_ids).toHaveLength(4);
    });

    it("derives the basis from the day's draw and overrides", async () => {
      await ds.query(
        `INSERT INTO draws (court_id, court_day, algorithm, seed_commitment, seed, committed_at, window_opens_at, window_closes_at, report_by, participant_count, selected_count)
         VALUES ($1, '2026-11-20', 'hmac-sha256-53bit/v1', repeat('a', 64), '\\x00', '2026-11-20T05:00:00Z', '2026-11-20T06:00:00Z', '2026-11-21T06:00:00Z', '2026-11-21T06:00:00Z', 2, 2)`,
        [alpha.id],
      );
      const [draw] = await ds.query(`SELECT id FROM draws WHERE court_id = $1 AND court_day = '2026-11-20'`, [alpha.id]);
      await ds.query(`INSERT INTO draw_entries (draw_id, participant_id, tests_per_week, probability, selected) VALUES ($1, $2, 3, 0.43, true), ($1, $3, 3, 0.43, true)`, [
        draw.id,
        p3.id,
        p2.id,
      ]);
      await ds.query(
        `INSERT INTO draw_overrides (court_id, participant_id, court_day, action, reason, recorded_by)
         VALUES ($1, $2, '2026-11-20', 'excuse', 'in hospital', $4), ($1, $3, '2026-11-19', 'force', 'suspected use', $4)`,
        [alpha.id, p2.id, p3.id, collectorId],
      );
      const basisOf = async (participant: ParticipantFixture, collectedAt: string) => (await collect(caseManager, participant, { collectedAt })).json().basis;
      expect(await basisOf(p3, '2026-11-20T16:00:00Z')).toBe('random');
      expect(await basisOf(p2, '2026-11-20T16:00:00Z')).toBe('for_cause');
      expect(await basisOf(p3, '2026-11-19T16:00:00Z')).toBe('forced');
      // 02:00 UTC on the 21st is still the 20th in Chicago.
      expect(await basisOf(p3, '2026-11-21T02:00:00Z')).toBe('random');
    });

    it('does not count a positive screen until the participant admits it, and never records it twice', async () => {
      expect(await violationsOf(first.id)).toEqual([]);
      const cocaine = screenOf(first, 'cocaine');
      const admitted = await caseManager.post(`/api/v1/drug-test-results/${cocaine.id}/admission`, { note: 'Admitted use on Saturday.' });
      expect(admitted.statusCode).toBe(200);
      const violationId = admitted.json().violationId;
      expect(violationId).toEqual(expect.any(String));
      expect(admitted.json().notes).toBe(`Temperature in range.\nAdmission (cocaine, ${TODAY}): Admitted use on Saturday.`);
      const [violation] = await violationsOf(first.id);
      expect(violation).toMatchObject({ id: violationId, kind: 'positive_test', status: 'open', evidence: { collectionId: first.id, resultIds: [cocaine.id] } });
      expect(violation.detected_at.toISOString()).toBe('2026-11-23T18:00:00.000Z');
      expect(violation.deadline_at.toISOString()).toBe('2026-11-26T18:00:00.000Z');

      advanceMinutes(5);
      const again = await caseManager.post(`/api/v1/drug-test-results/${cocaine.id}/admission`, {});
      expect(again.json().violationId).toBe(violationId);
      expect((await collector.post(`/api/v1/collections/${first.id}/results`, { method: 'screen', results: [{ substance: 'opiates', outcome: 'negative' }] })).json().violationId).toBe(violationId);
      expect(await violationsOf(first.id)).toHaveLength(1);
      // An admitted result is not contested.
      expectProblem(await caseManager.post(`/api/v1/drug-test-results/${cocaine.id}/contest`, { reason: 'not mine' }), 409, 'result-not-contestable');
      expectProblem(await caseManager.post(`/api/v1/drug-test-results/${screenOf(first, 'thc').id}/admission`, {}), 409, 'result-not-admissible');
    });

    it('holds a contested positive until its confirmation, then records one violation however often it is re-recorded', async () => {
      const created = (await collect(collector, p3, { results: [{ substance: 'methamphetamine', outcome: 'positive' }] })).json();
      const screen = screenOf(created, 'methamphetamine');
      const contested = await caseManager.post(`/api/v1/drug-test-results/${screen.id}/contest`, { reason: 'I take prescribed medication.' });
      expect(contested.statusCode).toBe(200);
      expect(contested.json().violationId).toBeNull();
      expect(contested.json().results[0]).toMatchObject({ contestReason: 'I take prescribed medication.', contestedAt: nowIso() });
      expectProblem(await caseManager.post(`/api/v1/drug-test-results/${screen.id}/contest`, { reason: 'again' }), 409, 'result-not-contestable');

      const confirmed = await collector.post(`/api/v1/collections/${created.id}/results`, {
        method: 'confirmation',
        results: [{ outcome: 'positive', supersedesId: screen.id, levelNgMl: 820, lab: 'County Lab', technique: 'gc_ms' }],
      });
      expect(confirmed.statusCode).toBe(201);
      const violationId = confirmed.json().violationId;
      expect(violationId).toEqual(expect.any(String));
      const confirmation = confirmed.json().results.find((r: ResultBody) => r.method === 'confirmation');
      expect(confirmation).toMatchObject({ substance: 'methamphetamine', outcome: 'positive', supersedesId: screen.id, overturned: false });
      expect(await violationsOf(created.id)).toEqual([
        expect.objectContaining({ id: violationId, kind: 'positive_test', evidence: expect.objectContaining({ collectionId: created.id, resultIds: [confirmation.id] }) }),
      ]);

      const second = await collector.post(`/api/v1/collections/${created.id}/results`, { method: 'confirmation', results: [{ outcome: 'positive', supersedesId: screen.id, levelNgMl: 820, lab: 'County Lab', technique: 'gc_ms' }] });
      expectProblem(second, 422, 'validation-failed');
      expect(fieldsOf(second)).toEqual(['results.0.supersedesId']);
      expect((await collector.post(`/api/v1/collections/${created.id}/release`)).json().violationId).toBe(violationId);
      expect((await caseManager.post(`/api/v1/drug-test-results/${confirmation.id}/admission`, {})).json().violationId).toBe(violationId);
      expect(await violationsOf(created.id)).toHaveLength(1);
      // A confirmed screen can no longer be contested.
      expectProblem(await caseManager.post(`/api/v1/drug-test-results/${confirmation.id}/contest`, { reason: 'lab error' }), 409, 'result-not-contestable');
    });

    it('lets a participant who contested a positive admit it after all, which withdraws the contest', async () => {
      const created = (await collect(collector, p3, { results: [{ substance: 'alcohol', outcome: 'positive' }] })).json();
      const screen = screenOf(created, 'alcohol');
      await caseManager.post(`/api/v1/drug-test-results/${screen.id}/contest`, { reason: 'mouthwash' });
      const admitted = await caseManager.post(`/api/v1/drug-test-results/${screen.id}/admission`, {});
      expect(admitted.statusCode).toBe(200);
      expect(screenOf(admitted.json(), 'alcohol')).toMatchObject({ admitted: true, contestedAt: null, contestReason: null });
      expect(admitted.json().violationId).toEqual(expect.any(String));
      const [audit] = await ds.query(`SELECT details FROM audit_events WHERE action = 'drug_test.result_admission' AND $1 = ANY(entity_ids)`, [screen.id]);
      expect(audit.details).toMatchObject({ collectionId: created.id, contestWithdrawn: true, violationId: admitted.json().violationId });
    });

    it('overturns a screen that a negative confirmation contradicts, and dismisses its violation', async () => {
      const created = (await collect(collector, p3, { results: [{ substance: 'opiates', outcome: 'positive', admitted: true }] })).json();
      expect(created.violationId).toEqual(expect.any(String));
      const screen = screenOf(created, 'opiates');
      const confirmed = await collector.post(`/api/v1/collections/${created.id}/results`, { method: 'confirmation', results: [{ outcome: 'negative', supersedesId: screen.id, lab: 'County Lab', technique: 'gc_ms' }] });
      expect(confirmed.statusCode).toBe(201);
      expect(confirmed.json().violationId).toBeNull();
      expect(screenOf(confirmed.json(), 'opiates').overturned).toBe(true);
      expect(await violationsOf(created.id)).toEqual([
        expect.objectContaining({ id: created.violationId, status: 'dismissed', dismissed_reason: 'overturned by confirmation test' }),
      ]);
      expectProblem(await caseManager.post(`/api/v1/drug-test-results/${screen.id}/admission`, {}), 409, 'result-not-admissible');
    });

    it('counts a dilute specimen at once', async () => {
      const response = await collect(collector, p1, { observed: false, results: [{ outcome: 'dilute' }] });
      expect(response.statusCode).toBe(201);
      expect(response.json().violationId).toEqual(expect.any(String));
      expect(await violationsOf(response.json().id)).toEqual([expect.objectContaining({ kind: 'dilute_test', status: 'open' })]);
    });

    it('counts nothing its program leaves out: no violation for a dilute in a program that does not list it', async () => {
      const before = await counts();
      const response = await collect(collector, p2, { results: [{ outcome: 'dilute' }, { substance: 'thc', outcome: 'negative' }] });
      expect(response.statusCode).toBe(201);
      expect(response.json().violationId).toBeNull();
      expect(await counts()).toMatchObject({ violations: before.violations });
      // The most serious counted outcome names the violation.
      const refused = await collect(collector, p2, { results: [{ outcome: 'dilute' }, { outcome: 'refused' }] });
      expect(await violationsOf(refused.json().id)).toEqual([expect.objectContaining({ kind: 'refused_test' })]);
    });

    it('shows a participant only released results, without staff notes, and audits the read', async () => {
      const before = (await participant1.get(`/api/v1/participants/${p1.id}/drug-tests`)).json();
      expect(before.collections.map((c: { id: string }) => c.id)).not.toContain(first.id);
      await ds.query(
        `INSERT INTO drug_test_results (court_id, participant_id, tested_on, outcome, released_at) VALUES ($1, $2, '2026-11-10', 'missed', '2026-11-10T20:00:00Z')`,
        [alpha.id, p1.id],
      );

      const released = await collector.post(`/api/v1/collections/${first.id}/release`);
      expect(released.statusCode).toBe(200);
      const releasedAt = nowIso();
      expect(released.json().results.every((r: ResultBody) => r.releasedAt === releasedAt)).toBe(true);
      // Released again: nothing changes, and later results wait for their own release.
      advanceMinutes(5);
      expect((await collector.post(`/api/v1/collections/${first.id}/release`)).json().results.map((r: ResultBody) => r.releasedAt)).toEqual(
        released.json().results.map((r: ResultBody) => r.releasedAt),
      );
      const late = (await collector.post(`/api/v1/collections/${first.id}/results`, { method: 'screen', results: [{ substance: 'fentanyl', outcome: 'negative' }] })).json();
      const lateId = late.results.find((r: ResultBody) => r.substance === 'fentanyl').id;

      const response = await participant1.get(`/api/v1/participants/${p1.id}/drug-tests`);
      expect(response.statusCode).toBe(200);
      const history = response.json();
      expect(history.collections.map((c: { id: string }) => c.id)).toEqual([first.id]);
      const [shown] = history.collections;
      expect(shown).not.toHaveProperty('notes');
      expect(shown).not.toHaveProperty('collectedBy');
      expect(JSON.stringify(history)).not.toContain('Temperature in range');
      expect(shown.results.map((r: ResultBody) => r.id)).not.toContain(lateId);
      expect(shown.results.every((r: ResultBody) => r.releasedAt !== null)).toBe(true);
      expect(history.missedTests).toEqual([expect.objectContaining({ outcome: 'missed', collectionId: null, testedOn: '2026-11-10' })]);
      const [audit] = await ds.query(`SELECT basis, entity_ids FROM audit_events WHERE action = 'drug_test.read' AND actor_user_id = $1 ORDER BY id DESC LIMIT 1`, [p1.userId]);
      expect(audit.basis).toBe('self');
      expect(audit.entity_ids).not.toContain(lateId);

      const staff = (await caseManager.get(`/api/v1/participants/${p1.id}/drug-tests`)).json();
      expect(staff.collections.length).toBeGreaterThan(1);
      expect(staff.collections.map((c: { collectedAt: string }) => c.collectedAt)).toEqual(
        [...staff.collections.map((c: { collectedAt: string }) => c.collectedAt)].sort().reverse(),
      );
      expect(staff.collections.find((c: { id: string }) => c.id === first.id)).toMatchObject({ notes: expect.stringContaining('Temperature in range.') });
      expect(staff.collections.find((c: { id: string }) => c.id === first.id).results.map((r: ResultBody) => r.id)).toContain(lateId);
    });

    it("keeps every participant to their own tests, and tests out of a participant's hands", async () => {
      expectProblem(await participant1.get(`/api/v1/participants/${p3.id}/drug-tests`), 404, 'not-found');
      expectProblem(await collect(participant1, p1), 403, 'forbidden');
      expectProblem(await participant1.post(`/api/v1/collections/${first.id}/release`), 403, 'forbidden');
    });

    describe('refuses bad input with a problem and writes nothing', () => {
      let before: Awaited<ReturnType<typeof counts>>;
      beforeEach(async () => {
        before = await counts();
      });
      afterEach(async () => {
        expect(await counts()).toEqual(before);
      });

      it.each([
        ['an unknown field', { weight: 3 }, ['weight']],
        ['a missing specimen type', { specimenType: undefined }, ['specimenType']],
        ['a positive without its substance', { results: [{ outcome: 'positive' }] }, ['results.0.substance']],
        ['a substance on a dilute specimen', { results: [{ outcome: 'dilute', substance: 'thc' }] }, ['results.0.substance']],
        ['an unknown substance', { results: [{ outcome: 'positive', substance: 'coffee' }] }, ['results.0.substance']],
        ['a missed test by hand', { results: [{ outcome: 'missed' }] }, ['results.0.outcome']],
        ['an admitted negative', { results: [{ outcome: 'negative', admitted: true }] }, ['results.0.admitted']],
        ['a screen superseding another', { results: [{ outcome: 'negative', supersedesId: '00000000-0000-4000-8000-000000000000' }] }, ['results.0.supersedesId']],
        ['no results in the list', { results: [] }, ['results']],
        ['more than 20 results', { results: Array.from({ length: 21 }, () => ({ outcome: 'negative' })) }, ['results']],
        ['a future collection, later the same day', { collectedAt: '2026-11-23T21:00:00Z' }, ['collectedAt']],
        ['a collection on a future day', { collectedAt: '2026-11-25T12:00:00Z' }, ['collectedAt']],
        ['a collection before enrolment', { collectedAt: '2026-10-31T12:00:00Z' }, ['collectedAt']],
        ['a time without an offset', { collectedAt: '2026-11-23T10:00:00' }, ['collectedAt']],
        ['notes over 1000 characters', { notes: 'x'.repeat(1001) }, ['notes']],
      ])('%s', async (_what, body, fields) => {
        const response = await collect(collector, p1, body);
        expectProblem(response, 422, 'validation-failed');
        expect(fieldsOf(response)).toEqual(expect.arrayContaining(fields));
      });

      it('a site of another court, or an inactive one', async () => {
        const annexId = (await ds.query(`SELECT id FROM testing_sites WHERE court_id = $1 AND NOT active`, [alpha.id]))[0].id;
        for (const testingSiteId of [bravoSiteId, annexId]) {
          const response = await collect(collector, p1, { testingSiteId });
          expectProblem(response, 422, 'validation-failed');
          expect(fieldsOf(response)).toEqual(['testingSiteId']);
        }
      });

      it('a confirmation without the screen it settles, or of the wrong kind', async () => {
        const thc = screenOf(first, 'thc');
        const url = `/api/v1/collections/${first.id}/results`;
        const missing = await collector.post(url, { method: 'confirmation', results: [{ outcome: 'negative', substance: 'thc', lab: 'County Lab', technique: 'gc_ms' }] });
        expectProblem(missing, 422, 'validation-failed');
        expect(fieldsOf(missing)).toEqual(['results.0.supersedesId']);
        const mixed = await collector.post(url, {
          method: 'confirmation',
          results: [
            { outcome: 'dilute', supersedesId: thc.id, lab: 'County Lab', technique: 'gc_ms' },
            { outcome: 'positive', substance: 'cocaine', supersedesId: thc.id, levelNgMl: 300, lab: 'County Lab', technique: 'gc_ms' },
          ],
        });
        expect(fieldsOf(mixed)).toEqual(['results.0.outcome', 'results.1.substance']);
        expectProblem(await collector.post(url, { method: 'lab', results: [{ outcome: 'negative' }] }), 422, 'validation-failed');
        expectProblem(await caseManager.post(`/api/v1/drug-test-results/${thc.id}/contest`, { reason: '' }), 422, 'validation-failed');
      });

      it('a participant not in the program (409)', async () => {
        expectProblem(await collect(collector, referred), 409, 'participant-not-enrolled');
      });

      it("another court's staff, who get 404 for every record", async () => {
        const screen = screenOf(first, 'thc');
        expectProblem(await collect(bravoCollector, p1), 404, 'not-found');
        expectProblem(await bravoCollector.get(`/api/v1/participants/${p1.id}/drug-tests`), 404, 'not-found');
        expectProblem(await bravoCollector.post(`/api/v1/collections/${first.id}/results`, { method: 'screen', results: [{ outcome: 'negative' }] }), 404, 'not-found');
        expectProblem(await bravoCollector.post(`/api/v1/collections/${first.id}/release`), 404, 'not-found');
        expectProblem(await bravoCollector.post(`/api/v1/drug-test-results/${screen.id}/contest`, { reason: 'x' }), 404, 'not-found');
        expectProblem(await bravoCollector.post(`/api/v1/drug-test-results/${screen.id}/admission`, {}), 404, 'not-found');
        expectProblem(await collector.post(`/api/v1/collections/00000000-0000-4000-8000-000000000000/release`), 404, 'not-found');
        // The bravo collector does reach their own court's participant.
        expect((await collect(bravoCollector, pBravo, { testingSiteId: siteId })).statusCode).toBe(422);
      });

      it('staff whose role does not record results (403)', async () => {
        expectProblem(await collect(judge, p1), 403, 'forbidden');
        expectProblem(await collect(courtAdmin, p1), 403, 'forbidden');
        expectProblem(await courtAdmin.get(`/api/v1/participants/${p1.id}/drug-tests`), 403, 'forbidden');
      });
    });
  });
});
