import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { TestClock } from '@app/core';
import { DayCloseService, DrawMaker } from '@app/drug-testing';
import { DataSource } from 'typeorm';
import {
  ApiClient,
  CourtFixture,
  createConsent,
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

/*
 * Chicago, window 09:00-12:00 on Tuesday 2026-11-24 (15:00Z-18:00Z). Nothing
 * here runs BullMQ: the draw and the day-close are called as the worker's
 * jobs call them, on the test's clock.
 */
const BEFORE_WINDOW = '2026-11-24T14:00:00Z';
const WINDOW_OPEN = '2026-11-24T15:00:30Z';
const DAY = '2026-11-24';

/**
 * Medication and testing science: prescriptions make a positive on their
 * panel `prescribed` (never a violation), the catalogue refuses a sanction
 * that would take medication away, and testing sites have hours as data, so
 * that nobody is charged a missed test on a day their sites are closed.
 */
describe('medication, testing sites’ hours and closures', () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;
  let ds: DataSource;
  const clock = new TestClock(BEFORE_WINDOW);
  let court: CourtFixture;
  let closedProgram: ProgramFixture;
  let openProgram: ProgramFixture;
  let quietProgram: ProgramFixture;
  let pClosed: ParticipantFixture;
  let pOpen: ParticipantFixture;
  let pMed: ParticipantFixture;
  let admin: ApiClient;
  let caseManager: ApiClient;
  let judge: ApiClient;
  let collector: ApiClient;
  let caseManagerId: string;

  const siteCount = async () => Number((await ds.query(`SELECT count(*) AS n FROM testing_sites`))[0].n);
  const violationsOf = (participant: ParticipantFixture) =>
    ds.query(`SELECT kind, status, dismissed_reason, evidence FROM violations WHERE participant_id = $1 ORDER BY detected_at`, [participant.id]) as Promise<
      Array<{ kind: string; status: string; dismissed_reason: string | null; evidence: { collectionId?: string } }>
    >;

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createTestApi(
      testConfig(db.url, { AUTH_SIGN_IN_PER_MINUTE: '10000', AUTH_SIGN_IN_PER_MINUTE_PER_ACCOUNT: '10000', AUTH_ACCESS_TOKEN_TTL_SECONDS: '3600' }),
      clock,
    );
    ds = dataSourceOf(app);
    court = await createCourt(ds, 'SCIENCE', { timeZone: 'America/Chicago', window: ['09:00', '12:00'] });
    closedProgram = await createTestingProgram(ds, court.id, 'CLOSED', { testsPerWeek: 7 });
    openProgram = await createTestingProgram(ds, court.id, 'OPEN', { testsPerWeek: 7 });
    quietProgram = await createTestingProgram(ds, court.id, 'QUIET', { testsPerWeek: 0 });
    pClosed = await createParticipant(ds, court, 'S-0001');
    pOpen = await createParticipant(ds, court, 'S-0002');
    pMed = await createParticipant(ds, court, 'S-0003');
    await placeInProgram(ds, pClosed.id, closedProgram, '2026-10-01');
    await placeInProgram(ds, pOpen.id, openProgram, '2026-10-01');
    await placeInProgram(ds, pMed.id, quietProgram, '2026-10-01');
    await createStaff(ds, 'sciadmin', 'court_admin', court.id);
    caseManagerId = (await createStaff(ds, 'scicm', 'case_manager', court.id)).id;
    await createStaff(ds, 'scijudge', 'judge', court.id);
    await createStaff(ds, 'scicollector', 'testing_site', court.id);
    [admin, caseManager, judge, collector] = await Promise.all([signIn(app, 'sciadmin'), signIn(app, 'scicm'), signIn(app, 'scijudge'), signIn(app, 'scicollector')]);
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  // Staff act before the window opens; the clock then moves through the day, and only participants sign in after.
  describe('the response catalogue', () => {
    it('refuses a sanction that would take prescribed medication away, in any language, and keeps others', async () => {
      const catalogue = `/api/v1/programs/${openProgram.id}/response-catalogue`;
      const entries = async () => Number((await ds.query(`SELECT count(*) AS n FROM response_catalogue_entries WHERE program_id = $1`, [openProgram.id]))[0].n);
      for (const [body, fields] of [
        [{ kind: 'sanction', code: 'TAPER', name: 'Taper off methadone', level: 3 }, ['name']],
        [{ kind: 'sanction', code: 'NO_MAT', name: 'No MAT for 30 days', level: 4 }, ['name']],
        [{ kind: 'sanction', code: 'STOP_MEDS', name: 'Stop', level: 4, translations: { es: { name: 'Suspender la medicación' } } }, ['translations.es.name']],
      ] as const) {
        const response = await admin.post(catalogue, body);
        expectProblem(response, 422, 'validation-failed');
        expect(fieldsOf(response)).toEqual(fields);
      }
      expect(await entries()).toBe(0);
      expect((await admin.post(catalogue, { kind: 'incentive', code: 'MAT_FEE_WAIVER', name: 'Waive the fee of a medication appointment', level: 2 })).statusCode).toBe(201);
      const curfew = await admin.post(catalogue, { kind: 'sanction', code: 'CURFEW', name: 'Curfew', level: 4 });
      expect(curfew.statusCode).toBe(201);
      expectProblem(await admin.patch(`/api/v1/response-catalogue/${curfew.json().id}`, { name: 'Curfew and stop buprenorphine' }), 422, 'validation-failed');
      expect((await ds.query(`SELECT name FROM response_catalogue_entries WHERE id = $1`, [curfew.json().id]))[0].name).toBe('Curfew');
    });
  });
  describe('prescriptions', () => {
    const prescriptions = () => `/api/v1/participants/${pMed.id}/prescriptions`;
    const buprenorphine = { substance: 'buprenorphine', medication: 'Suboxone 8 mg/2 mg', prescriber: 'Dr. Rivera, Riverside Recovery', startsOn: '2026-11-01' };
    const count = async () => Number((await ds.query(`SELECT count(*) AS n FROM prescriptions`))[0].n);
    const collect = (body: Record<string, unknown>) => collector.post(`/api/v1/participants/${pMed.id}/collections`, { observed: true, specimenType: 'urine', ...body });

    it('are treatment information: refused without a consent covering the treatment plan, to the judge and to the court administrator, and refused when malformed', async () => {
      expectProblem(await caseManager.post(prescriptions(), buprenorphine), 403, 'consent-required');
      expectProblem(await caseManager.get(prescriptions()), 403, 'consent-required');
      await createConsent(ds, pMed, court.id, { recipientType: 'court_team', information: ['treatment_plan'], recordedBy: caseManagerId });
      // The judge reads under the team's consent, but does not record.
      expect((await judge.get(prescriptions())).statusCode).toBe(200);
      expect((await judge.post(prescriptions(), buprenorphine)).statusCode).toBe(403);
      expect((await admin.get(prescriptions())).statusCode).toBe(403);
      expect((await collector.get(prescriptions())).statusCode).toBe(403);
      for (const [body, fields] of [
        [{ ...buprenorphine, dose: 'daily' }, ['dose']],
        [{ ...buprenorphine, substance: 'aspirin' }, ['substance']],
        [{ ...buprenorphine, endsOn: '2026-10-01' }, ['endsOn']],
        [{ ...buprenorphine, startsOn: '2026-12-30' }, ['startsOn']],
        [{ ...buprenorphine, prescriber: ' ' }, ['prescriber']],
      ] as const) {
        const response = await caseManager.post(prescriptions(), body);
        expectProblem(response, 422, 'validation-failed');
        expect(fieldsOf(response)).toEqual(fields);
      }
      expect(await count()).toBe(0);
    });

    it('make a positive on the prescribed panel within the dates "prescribed", never a violation, and others as before', async () => {
      const recorded = await caseManager.post(prescriptions(), buprenorphine);
      expect(recorded.statusCode).toBe(201);
      expect(recorded.json()).toMatchObject({ ...buprenorphine, endsOn: null, reclassifiedCollectionIds: [] });

      const collection = await collect({ results: [{ substance: 'buprenorphine', outcome: 'positive' }] });
      expect(collection.statusCode).toBe(201);
      const [screen] = collection.json().results;
      expect(screen).toMatchObject({ substance: 'buprenorphine', outcome: 'prescribed' });
      expect(collection.json().violationId).toBeNull();
      // Confirmed by the lab: still prescribed, still no violation.
      const confirmed = await collector.post(`/api/v1/collections/${collection.json().id}/results`, {
        method: 'confirmation',
        results: [{ outcome: 'positive', supersedesId: screen.id, levelNgMl: 12, lab: 'Quest Diagnostics', technique: 'lc_ms' }],
      });
      expect(confirmed.json().results.map((r: { outcome: string; overturned: boolean }) => [r.outcome, r.overturned])).toEqual([
        ['prescribed', false],
        ['prescribed', false],
      ]);
      expect(confirmed.json().violationId).toBeNull();
      // Nobody records "prescribed" by hand.
      expectProblem(await collect({ results: [{ substance: 'buprenorphine', outcome: 'prescribed' }] }), 422, 'validation-failed');
      // Another panel is a positive as before: admitted, a violation.
      const thc = await collect({ results: [{ substance: 'thc', outcome: 'positive', admitted: true }] });
      expect(thc.json().results[0].outcome).toBe('positive');
      expect(thc.json().violationId).not.toBeNull();
      expect((await violationsOf(pMed)).map((v) => [v.kind, v.status])).toEqual([['positive_test', 'open']]);
      // The staff timeline shows the result as prescribed.
      const history = (await caseManager.get(`/api/v1/participants/${pMed.id}/drug-tests`)).json();
      expect(JSON.stringify(history)).toContain('"outcome":"prescribed"');
      expect((await judge.get(prescriptions())).json().items).toMatchObject([{ medication: 'Suboxone 8 mg/2 mg', prescriber: 'Dr. Rivera, Riverside Recovery' }]);
    });

    it('recorded after a positive on its panel, make it "prescribed" and dismiss its open violation', async () => {
      const earlier = await collect({ collectedAt: '2026-11-20T16:00:00Z', results: [{ substance: 'methadone', outcome: 'positive', admitted: true }] });
      expect(earlier.json().results[0].outcome).toBe('positive');
      const violationId = earlier.json().violationId;
      expect(violationId).not.toBeNull();
      const methadone = await caseManager.post(prescriptions(), { substance: 'methadone', medication: 'Methadone 60 mg', prescriber: 'Eastside OTP', startsOn: '2026-11-15', endsOn: '2026-11-21' });
      expect(methadone.statusCode).toBe(201);
      expect(methadone.json().reclassifiedCollectionIds).toEqual([earlier.json().id]);
      const [violation] = await ds.query(`SELECT status, dismissed_reason FROM violations WHERE id = $1`, [violationId]);
      expect(violation).toEqual({ status: 'dismissed', dismissed_reason: 'positive for a prescribed medication' });
      // After its end date, a methadone positive is a positive again.
      const later = await collect({ results: [{ substance: 'methadone', outcome: 'positive' }] });
      expect(later.json().results[0].outcome).toBe('positive');
      const audit = await ds.query(`SELECT action, details FROM audit_events WHERE action = 'prescription.write' ORDER BY id`);
      expect(audit).toHaveLength(2);
      // The audit names the panel and dates, not the medication or the prescriber.
      expect(JSON.stringify(audit)).not.toContain('Eastside');
    });
  });

  describe('specimens, cut-offs and laboratory confirmation', () => {
    const panels = () => `/api/v1/programs/${quietProgram.id}/test-panels`;
    const collect = (body: Record<string, unknown>) => collector.post(`/api/v1/participants/${pMed.id}/collections`, { observed: true, specimenType: 'urine', ...body });
    const collectionCount = async () => Number((await ds.query(`SELECT count(*) AS n FROM drug_test_collections`))[0].n);

    it('let the court administrator set each program’s panels and cut-offs, refusing nonsense and other roles, changing nothing', async () => {
      const thc = { substance: 'thc', screenCutoffNgMl: 50, confirmationCutoffNgMl: 15 };
      for (const [body, fields] of [
        [{ panels: [{ ...thc, confirmationCutoffNgMl: 60 }] }, ['panels.0.confirmationCutoffNgMl']],
        [{ panels: [thc, thc] }, ['panels.1.substance']],
        [{ panels: [{ ...thc, substance: 'caffeine' }] }, ['panels.0.substance']],
        [{ panels: [{ ...thc, screenCutoffNgMl: -1 }] }, ['panels.0.screenCutoffNgMl']],
      ] as const) {
        const response = await admin.put(panels(), body);
        expectProblem(response, 422, 'validation-failed');
        expect(fieldsOf(response)).toEqual(fields);
      }
      expect((await caseManager.put(panels(), { panels: [thc] })).statusCode).toBe(403);
      expect((await admin.get(panels())).json()).toEqual([]);
      const saved = await admin.put(panels(), { panels: [thc, { substance: 'opiates', screenCutoffNgMl: 2000 }] });
      expect(saved.statusCode).toBe(200);
      expect(saved.json()).toEqual([
        { substance: 'opiates', screenCutoffNgMl: 2000, confirmationCutoffNgMl: null },
        { substance: 'thc', screenCutoffNgMl: 50, confirmationCutoffNgMl: 15 },
      ]);
      expect((await caseManager.get(panels())).json()).toEqual(saved.json());
    });

    it('keep the lab’s accession number unique per lab, read levels against the cut-offs, and start the clock at the confirmed result, keeping both times', async () => {
      expectProblem(await collect({ accessionNumber: 'A-1' }), 422, 'validation-failed');
      const first = await collect({ lab: 'Quest Diagnostics', accessionNumber: 'A-2026-0001', results: [{ substance: 'thc', outcome: 'positive', levelNgMl: 30 }] });
      expect(first.statusCode).toBe(201);
      // Below the screen cut-off: negative.
      expect(first.json()).toMatchObject({ lab: 'Quest Diagnostics', accessionNumber: 'A-2026-0001', results: [{ substance: 'thc', outcome: 'negative', levelNgMl: 30 }] });
      const before = await collectionCount();
      expectProblem(await collect({ lab: 'Quest Diagnostics', accessionNumber: 'A-2026-0001' }), 409, 'accession-number-taken');
      expect(await collectionCount()).toBe(before);
      // The same number at another lab is another specimen.
      const screened = await collect({ lab: 'LabCorp', accessionNumber: 'A-2026-0001', results: [{ substance: 'thc', outcome: 'positive', levelNgMl: 80 }] });
      const screen = screened.json().results[0];
      expect(screen).toMatchObject({ outcome: 'positive', levelNgMl: 80 });
      expect(screened.json().violationId).toBeNull();
      const results = `/api/v1/collections/${screened.json().id}/results`;
      // A confirmation names its lab, technique and (positive) level.
      const refused = await collector.post(results, { method: 'confirmation', results: [{ outcome: 'positive', supersedesId: screen.id }] });
      expectProblem(refused, 422, 'validation-failed');
      expect(fieldsOf(refused).sort()).toEqual(['results.0.lab', 'results.0.levelNgMl', 'results.0.technique']);
      expectProblem(await collector.post(`/api/v1/participants/${pMed.id}/collections`, { observed: true, specimenType: 'urine', results: [{ substance: 'thc', outcome: 'positive', lab: 'LabCorp' }] }), 422, 'validation-failed');

      clock.advance(10 * 60_000);
      const confirmed = await collector.post(results, { method: 'confirmation', results: [{ outcome: 'positive', supersedesId: screen.id, levelNgMl: 22.5, lab: 'LabCorp', technique: 'lc_ms' }] });
      expect(confirmed.statusCode).toBe(201);
      expect(confirmed.json().results[1]).toMatchObject({ method: 'confirmation', outcome: 'positive', levelNgMl: 22.5, lab: 'LabCorp', technique: 'lc_ms' });
      const [violation] = await ds.query(`SELECT detected_at, evidence FROM violations WHERE id = $1`, [confirmed.json().violationId]);
      expect(violation.detected_at.toISOString()).toBe(clock.now().toISOString());
      expect(violation.evidence).toMatchObject({ screenedAt: screen.createdAt, confirmedAt: confirmed.json().results[1].createdAt });

      // Below the confirmation cut-off: negative, the screen overturned, no violation.
      const low = await collect({ lab: 'LabCorp', accessionNumber: 'A-2026-0002', results: [{ substance: 'thc', outcome: 'positive', levelNgMl: 90 }] });
      const lowConfirmed = await collector.post(`/api/v1/collections/${low.json().id}/results`, {
        method: 'confirmation',
        results: [{ outcome: 'positive', supersedesId: low.json().results[0].id, levelNgMl: 9, lab: 'LabCorp', technique: 'gc_ms' }],
      });
      expect(lowConfirmed.json().results.map((r: { outcome: string; overturned: boolean }) => [r.outcome, r.overturned])).toEqual([
        ['positive', true],
        ['negative', false],
      ]);
      expect(lowConfirmed.json().violationId).toBeNull();
    });

    it('keep each specimen’s chain of custody in order, once each step, refusing gaps and time travel', async () => {
      const at = (minutes: number) => new Date(clock.now().getTime() - minutes * 60_000).toISOString();
      const specimen = await collect({ lab: 'LabCorp', accessionNumber: 'A-2026-0003', collectedAt: at(10) });
      const custody = `/api/v1/collections/${specimen.json().id}/custody`;
      expect((await collector.get(custody)).json()).toMatchObject({ accessionNumber: 'A-2026-0003', nextStep: 'sealed', events: [{ step: 'collected', at: at(10) }] });
      for (const [body, field] of [
        [{ step: 'shipped', handledBy: 'Courier', at: at(5) }, 'step'],
        [{ step: 'collected', handledBy: 'Someone', at: at(5) }, 'step'],
        [{ step: 'sealed', handledBy: 'Collector', at: new Date(clock.now().getTime() + 60_000).toISOString() }, 'at'],
        [{ step: 'sealed', handledBy: 'Collector', at: at(60 * 24) }, 'at'],
      ] as const) {
        const response = await collector.post(custody, body);
        expectProblem(response, 422, 'validation-failed');
        expect(fieldsOf(response)).toEqual([field]);
      }
      expect((await collector.post(custody, { step: 'sealed', handledBy: 'Collector', at: at(4) })).statusCode).toBe(201);
      expect((await collector.post(custody, { step: 'shipped', handledBy: 'J. Ortiz (courier)', at: at(3) })).statusCode).toBe(201);
      const received = await collector.post(custody, { step: 'received', handledBy: 'LabCorp intake', at: at(1) });
      expect(received.json()).toMatchObject({ nextStep: null, events: [{ step: 'collected' }, { step: 'sealed' }, { step: 'shipped', handledBy: 'J. Ortiz (courier)' }, { step: 'received' }] });
      expectProblem(await collector.post(custody, { step: 'received', handledBy: 'again', at: at(0) }), 422, 'validation-failed');
      expect((await admin.get(custody)).statusCode).toBe(403);
    });

    it('measure the hours from collection to result per program, as median and 90th percentile', async () => {
      const response = await admin.get(`/api/v1/courts/${court.id}/measures/result-turnaround?from=2026-11-01&to=${DAY}`);
      expect(response.statusCode).toBe(200);
      const quiet = response.json().byProgram.find((p: { programCode: string }) => p.programCode === 'QUIET');
      const [expected] = await ds.query(
        `SELECT count(*)::int AS n, percentile_cont(0.5) WITHIN GROUP (ORDER BY h) AS median FROM (
           SELECT extract(epoch FROM COALESCE((SELECT max(r.created_at) FROM drug_test_results r WHERE r.collection_id = k.id AND r.method = 'confirmation'),
                                              (SELECT min(r.created_at) FROM drug_test_results r WHERE r.collection_id = k.id)) - k.collected_at) / 3600 AS h
             FROM drug_test_collections k WHERE k.participant_id = $1 AND EXISTS (SELECT 1 FROM drug_test_results r WHERE r.collection_id = k.id)) x`,
        [pMed.id],
      );
      expect(quiet).toMatchObject({ collections: expected.n, confirmed: 3 });
      expect(quiet.medianHours).toBeCloseTo(Number(expected.median), 1);
      expect(quiet.p90Hours).toBeGreaterThanOrEqual(quiet.medianHours);
      expectProblem(await admin.get(`/api/v1/courts/${court.id}/measures/result-turnaround?from=2026-11-01`), 422, 'validation-failed');
    });
  });

  describe('testing sites', () => {
    it('keep weekly hours and closure days as data, worded from them, and refuse hours they cannot read, changing nothing', async () => {
      const sites = `/api/v1/courts/${court.id}/testing-sites`;
      const weekdays = await admin.post(sites, {
        name: 'Weekday lab',
        address: '1 Court St',
        weeklyHours: [
          { day: 'fri', opens: '08:00', closes: '16:00' },
          ...['mon', 'tue', 'wed', 'thu'].map((day) => ({ day, opens: '08:00', closes: '16:00' })),
        ],
        closures: [{ date: DAY, reason: 'Staff training' }],
        programIds: [closedProgram.id],
      });
      expect(weekdays.statusCode).toBe(201);
      expect(weekdays.json()).toMatchObject({
        hours: 'Mon-Fri 08:00-16:00',
        weeklyHours: ['mon', 'tue', 'wed', 'thu', 'fri'].map((day) => ({ day, opens: '08:00', closes: '16:00' })),
        closures: [{ date: DAY, reason: 'Staff training' }],
      });
      // The old way, text, is read into the same data.
      const everyDay = await admin.post(sites, { name: 'Open lab', address: '2 Lake St', hours: 'Every day 06:00-22:00', programIds: [openProgram.id] });
      expect(everyDay.statusCode).toBe(201);
      expect(everyDay.json()).toMatchObject({ hours: 'Mon-Sun 06:00-22:00', closures: [] });
      expect(everyDay.json().weeklyHours).toHaveLength(7);

      const before = await siteCount();
      const refused = [
        [{ hours: 'by appointment' }, ['hours']],
        [{ hours: 'Mon-Fri 08:00-16:00', weeklyHours: [{ day: 'mon', opens: '08:00', closes: '16:00' }] }, ['hours']],
        [{ weeklyHours: [{ day: 'mon', opens: '08:00', closes: '12:00' }, { day: 'mon', opens: '11:00', closes: '13:00' }] }, ['weeklyHours.1.opens']],
        [{ weeklyHours: [{ day: 'mon', opens: '16:00', closes: '08:00' }] }, ['weeklyHours.0.closes']],
        [{ weeklyHours: [{ day: 'mon', opens: '08:00', closes: '25:00' }] }, ['weeklyHours.0.closes']],
        [{ weeklyHours: [{ day: 'funday', opens: '08:00', closes: '09:00', note: 'x' }] }, ['weeklyHours.0.day', 'weeklyHours.0.note']],
        [{ hours: 'Mon 08:00-09:00', closures: [{ date: '2026-02-30' }] }, ['closures.0.date']],
        [{ hours: 'Mon 08:00-09:00', closures: [{ date: '2026-12-25' }, { date: '2026-12-25' }] }, ['closures']],
        [{}, ['weeklyHours']],
        [{ weeklyHours: [] }, ['weeklyHours']],
      ] as const;
      for (const [body, fields] of refused) {
        const response = await admin.post(sites, { name: 'Annex', address: '3 Elm St', ...body });
        expectProblem(response, 422, 'validation-failed');
        expect(fieldsOf(response).sort()).toEqual([...fields].sort());
      }
      expect(await siteCount()).toBe(before);
      // A change of hours words them again; unreadable text changes nothing.
      const site = weekdays.json().id;
      expectProblem(await admin.patch(`/api/v1/testing-sites/${site}`, { hours: 'ask at the desk' }), 422, 'validation-failed');
      expect((await admin.patch(`/api/v1/testing-sites/${site}`, { hours: 'Mon-Fri 08:00-12:00/13:00-16:00' })).json().hours).toBe('Mon-Fri 08:00-12:00/13:00-16:00');
    });

    it('tell a participant selected on a day their sites are closed when one opens next, and charge no missed test for it', async () => {
      clock.set(BEFORE_WINDOW);
      expect(await new DrawMaker(ds, clock).drawDueDays(court.id)).toHaveLength(1);
      clock.set(WINDOW_OPEN);
      const closedClient = await signInParticipant(app, pClosed);
      const closedAnswer = await closedClient.request('POST', '/api/v1/call-ins', {}, { 'accept-language': 'es' });
      expect(closedAnswer.statusCode).toBe(200);
      expect(closedAnswer.json()).toMatchObject({
        status: 'selected',
        sitesClosed: true,
        nextOpening: { date: '2026-11-25', opens: '08:00', closes: '12:00', site: 'Weekday lab' },
        testingSites: [{ name: 'Weekday lab', hours: 'Lun-Vie 08:00-12:00/13:00-16:00', closures: [{ date: DAY, reason: 'Staff training' }] }],
      });
      expect(closedAnswer.json().message).toContain('will not be charged');
      // The today page reads the same answer.
      expect((await closedClient.get('/api/v1/me/today')).json().callIn).toMatchObject({ sitesClosed: true, nextOpening: { date: '2026-11-25' } });
      const openAnswer = await (await signInParticipant(app, pOpen)).post('/api/v1/call-ins', {});
      expect(openAnswer.json()).toMatchObject({ status: 'selected', sitesClosed: false, nextOpening: null, testingSites: [{ name: 'Open lab', hours: 'Mon-Sun 06:00-22:00' }] });

      const [{ report_by: reportBy }] = await ds.query(`SELECT report_by FROM draws WHERE court_id = $1 AND court_day = $2`, [court.id, DAY]);
      clock.set(new Date(new Date(reportBy).getTime() + 1000));
      const dayClose = new DayCloseService(ds, clock);
      await dayClose.closeDueWindows(court.id);
      await dayClose.passDueDeadlines(court.id);
      await dayClose.passDueDeadlines(court.id);
      // Nowhere to test: no missed test, no violation, the day kept for staff review with its reason.
      expect(await violationsOf(pClosed)).toEqual([]);
      expect(await ds.query(`SELECT count(*)::int AS n FROM drug_test_results WHERE participant_id = $1`, [pClosed.id])).toEqual([{ n: 0 }]);
      expect(await ds.query(`SELECT reasons FROM not_charged_call_ins WHERE participant_id = $1 AND court_day = $2`, [pClosed.id, DAY])).toEqual([{ reasons: ['sites-closed'] }]);
      // The same day with a site open is charged as before.
      expect((await violationsOf(pOpen)).map((v) => v.kind)).toEqual(['missed_test']);
    });
  });

});
