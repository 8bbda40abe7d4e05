import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { TestClock } from '@app/core';
import { CriminalHistoryService } from '@app/participants';
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
  ProgramFixture,
  signIn,
  StaffFixture,
} from './support/fixtures';
import { createTestApi } from './support/test-app';
import { createTestDatabase, testConfig, TestDatabase } from './support/test-env';

/**
 * The outcome measures from a small court built by hand, where every
 * figure is known (the comments give the arithmetic), and the records they
 * read that staff keep: arrests and convictions, and circumstances at
 * admission and exit. Every date is fixed, the clock too; nothing reads real time.
 */
describe('outcome measures over HTTP', () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;
  let ds: DataSource;
  // 2026-11-23 in Chicago: the 12-month mark of December 2025's admissions is not known yet.
  const clock = new TestClock('2026-11-23T18:00:00Z');
  const FROM = '2025-12-01';
  const TO = '2026-11-30';
  let court: CourtFixture;
  let other: CourtFixture;
  let atc: ProgramFixture;
  let dj: ProgramFixture;
  let atcPhase2: string;
  let staff: StaffFixture;
  let caseManager: ApiClient;
  let organisation: string;
  const people: Record<string, ParticipantFixture> = {};

  const url = (query: string, courtId = court.id) => `/api/v1/courts/${courtId}/measures/outcomes?${query}`;
  const history = (p: ParticipantFixture) => `/api/v1/participants/${p.id}/criminal-history`;
  const circumstances = (p: ParticipantFixture, at = '') => `/api/v1/participants/${p.id}/circumstances${at ? `/${at}` : ''}`;

  async function person(
    key: string,
    program: ProgramFixture | null,
    dates: { referred?: string; arrested?: string; enrolled?: string; discharged?: string },
    status: string,
    gender: string | null,
  ) {
    const p = await createParticipant(ds, court, `O-${key}`, { lastName: key, status });
    await ds.query(
      `UPDATE participants SET program_id = $2, referred_on = $3, arrested_on = $4, enrolled_on = $5, discharged_on = $6, gender = $7 WHERE id = $1`,
      [p.id, program?.id ?? null, dates.referred ?? null, dates.arrested ?? null, dates.enrolled ?? null, dates.discharged ?? null, gender],
    );
    people[key] = p;
    return p;
  }
  const stay = (p: ParticipantFixture, program: ProgramFixture, phaseId: string, startedOn: string, endedOn: string | null, start: string, end: string | null) =>
    ds.query(
      `INSERT INTO participant_phases (participant_id, phase_plan_id, phase_id, started_on, ended_on, start_reason, end_reason) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [p.id, program.phasePlanId, phaseId, startedOn, endedOn, start, end],
    );
  const result = (p: ParticipantFixture, testedOn: string, outcome: string, options: { overturned?: boolean; method?: string } = {}) =>
    ds.query(
      `INSERT INTO drug_test_results (court_id, participant_id, tested_on, outcome, substance, method, overturned) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [court.id, p.id, testedOn, outcome, outcome === 'positive' ? 'cocaine' : null, options.method ?? 'screen', options.overturned ?? false],
    );
  async function respond(p: ParticipantFixture, program: ProgramFixture, kind: 'sanction' | 'incentive', orderedOn: string, jailDays?: number) {
    const effect = jailDays ? 'jail' : 'none';
    const [entry] = await ds.query(
      `INSERT INTO response_catalogue_entries (program_id, kind, code, name, level, effect) VALUES ($1, $2, $3, $3, 1, $4) RETURNING id`,
      [program.id, kind, `${kind}-${orderedOn}-${p.number}`, effect],
    );
    await ds.query(
      `INSERT INTO court_responses (court_id, participant_id, catalogue_entry_id, kind, level, effect, amount, ordered_on, ordered_by) VALUES ($1, $2, $3, $4, 1, $5, $6, $7, $8)`,
      [court.id, p.id, entry.id, kind, effect, jailDays ?? null, orderedOn, staff.id],
    );
  }
  const session = (p: ParticipantFixture, on: string, attendance: string) =>
    ds.query(`INSERT INTO treatment_attendance (participant_id, organisation_id, session_on, session_type, attendance) VALUES ($1, $2, $3, 'group', $4)`, [
      p.id,
      organisation,
      on,
      attendance,
    ]);

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createTestApi(testConfig(db.url), clock);
    ds = dataSourceOf(app);
    court = await createCourt(ds, 'OUTC');
    other = await createCourt(ds, 'ELSE');
    atc = await createTestingProgram(ds, court.id, 'ATC', { model: 'treatment_court' });
    dj = await createTestingProgram(ds, court.id, 'DJ', { model: 'deferred_judgment' });
    [{ id: atcPhase2 }] = await ds.query(`INSERT INTO phases (phase_plan_id, position, name, tests_per_week) VALUES ($1, 2, 'Phase 2', 1) RETURNING id`, [atc.phasePlanId]);
    [{ id: organisation }] = await ds.query(`INSERT INTO provider_organisations (court_id, name) VALUES ($1, 'Riverside') RETURNING id`, [court.id]);
    staff = await createStaff(ds, 'cm', 'case_manager', court.id);
    await createStaff(ds, 'judge', 'judge', court.id);
    await createStaff(ds, 'elsewhere', 'case_manager', other.id);
    caseManager = await signIn(app, 'cm');

    // A: admitted 2025-12-10 (referral 20 days, arrest 39 days before), first session 5 days later; graduated 2026-09-10 after 274 days.
    const a = await person('A', atc, { referred: '2025-11-20', arrested: '2025-11-01', enrolled: '2025-12-10', discharged: '2026-09-10' }, 'graduated', 'woman');
    await stay(a, atc, atc.phaseId, '2025-12-10', '2026-02-15', 'enrolment', 'promotion');
    await stay(a, atc, atcPhase2, '2026-02-15', '2026-09-10', 'promotion', 'discharge');
    await session(a, '2025-12-15', 'attended');
    await result(a, '2026-01-05', 'positive'); // phase 1; the last use: 248 days abstinent at exit
    await result(a, '2026-02-01', 'negative'); // phase 1
    await result(a, '2026-03-01', 'positive', { overturned: true }); // phase 2, overturned by its confirmation: not a positive
    await result(a, '2026-03-01', 'negative', { method: 'confirmation' });
    await respond(a, atc, 'sanction', '2026-01-07', 2); // phase 1, 2 jail days
    await respond(a, atc, 'incentive', '2026-02-01'); // phase 1
    await respond(a, atc, 'incentive', '2026-03-01'); // phase 2
    await ds.query(
      `INSERT INTO participant_circumstances (participant_id, at, recorded_on, employment, education, housing) VALUES ($1, 'admission', '2025-12-10', 'unemployed', 'high_school_or_equivalent', 'unstable')`,
      [a.id],
    );
    // B: admitted 2026-01-05 (referral 35 days), no session; terminated 2026-05-05 after 120 days; arrested during the program.
    const b = await person('B', atc, { referred: '2025-12-01', enrolled: '2026-01-05', discharged: '2026-05-05' }, 'terminated', 'man');
    await stay(b, atc, atc.phaseId, '2026-01-05', '2026-05-05', 'enrolment', 'discharge');
    await result(b, '2026-02-10', 'positive'); // phase 1
    await result(b, '2026-03-10', 'missed'); // the last use: 56 days abstinent at exit
    await result(b, '2026-04-01', 'missed'); // dismissed (an outage): not a charge, so not the last use
    await ds.query(
      `INSERT INTO violations (court_id, participant_id, kind, detected_at, deadline_at, status, dismissed_at, dismissed_reason, source_key)
       VALUES ($1, $2, 'missed_test', '2026-04-02T12:00:00Z', '2026-04-05T12:00:00Z', 'dismissed', '2026-04-02T13:00:00Z', 'outage', $3)`,
      [court.id, b.id, `test:${b.id}:2026-04-01:missed`],
    );
    await respond(b, atc, 'sanction', '2026-02-12');
    await respond(b, atc, 'sanction', '2026-03-12', 3);
    // C: graduated 2025-06-15, before the period; a year later (2026-06-15) falls in it: arrested within it, convicted after it.
    await person('C', atc, { enrolled: '2024-06-01', discharged: '2025-06-15' }, 'graduated', 'woman');
    // D: terminated 2023-01-20; three years later (2026-01-20) falls in the period: arrested and convicted within them.
    await person('D', atc, { enrolled: '2022-05-01', discharged: '2023-01-20' }, 'terminated', null);
    // E: the deferred-judgment program, admitted 2026-10-15 (referral 14, arrest 44 days), first attended session the next day; no phase recorded.
    const e = await person('E', dj, { referred: '2026-10-01', arrested: '2026-09-01', enrolled: '2026-10-15' }, 'active', 'man');
    await session(e, '2026-10-10', 'attended'); // before admission: not the program's treatment
    await session(e, '2026-10-15', 'no_show');
    await session(e, '2026-10-16', 'attended');
    await result(e, '2026-11-01', 'negative');
    // F: referred, no program yet.
    await person('F', null, { referred: '2026-11-01' }, 'referred', 'woman');
    // G: admitted 2025-06-01 and still in: retained at 6 (2025-12-01) and 12 months (2026-06-01).
    await person('G', atc, { enrolled: '2025-06-01' }, 'active', 'man');
    // H: withdrew 2025-11-01: not retained at 12 months (2026-03-15); a year after exit (2026-11-01), no arrest.
    await person('H', atc, { enrolled: '2025-03-15', discharged: '2025-11-01' }, 'withdrawn', 'woman');
    // I: admitted 2026-01-20, transferred out 2026-06-01 (132 days, no test): retained at 3 months, not at 6.
    await person('I', atc, { enrolled: '2026-01-20', discharged: '2026-06-01' }, 'transferred', 'man');
    // Another court's admission counts nowhere here.
    const elsewhere = await createParticipant(ds, other, 'X-0001');
    await ds.query(`UPDATE participants SET referred_on = '2026-02-01', enrolled_on = '2026-02-10' WHERE id = $1`, [elsewhere.id]);
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  describe('criminal history', () => {
    it('records an arrest once however often the request is retried, lists it, and audits the read', async () => {
      const body = { kind: 'arrest', occurredOn: '2026-04-20', description: 'Possession of a controlled substance', offenseLevel: 'misdemeanor' };
      const headers = { 'idempotency-key': 'outcomes-arrest-b' };
      const first = await caseManager.request('POST', history(people.B), body, headers);
      expect(first.statusCode).toBe(201);
      const again = await caseManager.request('POST', history(people.B), body, headers);
      expect(again.json().id).toBe(first.json().id);
      const list = await caseManager.get(history(people.B));
      expect(list.json().items).toEqual([
        expect.objectContaining({ id: first.json().id, kind: 'arrest', occurredOn: '2026-04-20', offenseLevel: 'misdemeanor', source: 'staff', recordedByName: expect.any(String) }),
      ]);
      const audits = await ds.query(`SELECT entity_ids FROM audit_events WHERE action = 'criminal_history.read' AND $1 = ANY(participant_ids)`, [people.B.id]);
      expect(audits).toEqual([{ entity_ids: [first.json().id] }]);
    });

    it('imports events once by their records-system key, for participants of the court only', async () => {
      const service = app.get(CriminalHistoryService);
      const events = [
        { participantId: people.C.id, kind: 'arrest' as const, occurredOn: '2026-01-10', description: 'Theft', offenseLevel: 'misdemeanor' as const, externalKey: 'REC-1' },
        { participantId: people.C.id, kind: 'conviction' as const, occurredOn: '2026-08-01', description: 'Theft', offenseLevel: null, externalKey: 'REC-2' },
        { participantId: people.D.id, kind: 'arrest' as const, occurredOn: '2024-03-01', description: 'Burglary', offenseLevel: 'felony' as const, externalKey: 'REC-3' },
        { participantId: people.D.id, kind: 'conviction' as const, occurredOn: '2024-09-01', description: 'Burglary', offenseLevel: 'felony' as const, externalKey: 'REC-4' },
        // Before A's admission: criminal history, not a new arrest.
        { participantId: people.A.id, kind: 'arrest' as const, occurredOn: '2025-06-01', description: 'Possession', offenseLevel: null, externalKey: 'REC-5' },
      ];
      const first = await ds.transaction((m) => service.importEvents(m, court.id, staff.id, events));
      expect(first).toEqual({ inserted: expect.any(Array), alreadyImported: 0 });
      expect(first.inserted).toHaveLength(5);
      expect(await ds.transaction((m) => service.importEvents(m, court.id, staff.id, events))).toEqual({ inserted: [], alreadyImported: 5 });
      await expect(ds.transaction((m) => service.importEvents(m, other.id, staff.id, events))).rejects.toMatchObject({ errors: [{ field: 'participantId' }] });
      const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM criminal_history_events WHERE source = 'import'`);
      expect(n).toBe(5);
    });

    it('refuses a future date, an unknown kind or field with 422, a judge with 403 and another court with 404, writing nothing', async () => {
      const before = (await ds.query(`SELECT count(*)::int AS n FROM criminal_history_events`))[0].n;
      const future = await caseManager.post(history(people.B), { kind: 'arrest', occurredOn: '2026-11-24', description: 'x' });
      expectProblem(future, 422, 'validation-failed');
      expect(fieldsOf(future)).toEqual(['occurredOn']);
      const bad = await caseManager.post(history(people.B), { kind: 'citation', occurredOn: '2026-11-01', description: '', color: 'red' });
      expectProblem(bad, 422, 'validation-failed');
      expect(fieldsOf(bad).sort()).toEqual(['color', 'description', 'kind']);
      expect((await (await signIn(app, 'judge')).post(history(people.B), { kind: 'arrest', occurredOn: '2026-11-01', description: 'x' })).statusCode).toBe(403);
      expectProblem(await (await signIn(app, 'elsewhere')).post(history(people.B), { kind: 'arrest', occurredOn: '2026-11-01', description: 'x' }), 404, 'not-found');
      expectProblem(await (await signIn(app, 'elsewhere')).get(history(people.B)), 404, 'not-found');
      expect((await ds.query(`SELECT count(*)::int AS n FROM criminal_history_events`))[0].n).toBe(before);
    });
  });

  describe('circumstances', () => {
    it('records admission and exit answers, replacing a moment sent again', async () => {
      const exit = { recordedOn: '2026-09-10', employment: 'part_time', education: 'high_school_or_equivalent', housing: 'stable' };
      expect((await caseManager.put(circumstances(people.A, 'exit'), exit)).statusCode).toBe(200);
      const replaced = await caseManager.put(circumstances(people.A, 'exit'), { ...exit, employment: 'full_time' });
      expect(replaced.json()).toMatchObject({ at: 'exit', employment: 'full_time', housing: 'stable' });
      expect((await caseManager.put(circumstances(people.E, 'admission'), { recordedOn: '2026-10-15', employment: 'full_time', education: 'bachelor_degree', housing: 'stable' })).statusCode).toBe(200);
      const read = (await caseManager.get(circumstances(people.A))).json();
      expect(read).toMatchObject({ admitted: true, exited: true, admission: { employment: 'unemployed', housing: 'unstable' }, exit: { employment: 'full_time' } });
    });

    it('refuses an exit before the participant left, a future day, an unknown code or moment with 422, changing nothing', async () => {
      const answers = { recordedOn: '2026-11-01', employment: 'full_time', education: 'some_college', housing: 'stable' };
      const notLeft = await caseManager.put(circumstances(people.E, 'exit'), answers);
      expectProblem(notLeft, 422, 'validation-failed');
      expect(fieldsOf(notLeft)).toEqual(['at']);
      const notAdmitted = await caseManager.put(circumstances(people.F, 'admission'), answers);
      expect(fieldsOf(notAdmitted)).toEqual(['at']);
      expect(fieldsOf(await caseManager.put(circumstances(people.E, 'admission'), { ...answers, recordedOn: '2026-11-24' }))).toEqual(['recordedOn']);
      expect(fieldsOf(await caseManager.put(circumstances(people.E, 'admission'), { ...answers, housing: 'castle' }))).toEqual(['housing']);
      expectProblem(await caseManager.put(circumstances(people.E, 'midway'), answers), 422, 'validation-failed');
      expect((await caseManager.get(circumstances(people.E))).json()).toMatchObject({ admission: { employment: 'full_time', education: 'bachelor_degree' }, exit: null });
    });
  });

  describe('the measures', () => {
    it('gives every figure for the whole court, known by hand', async () => {
      const response = await caseManager.get(url(`from=${FROM}&to=${TO}`));
      expect(response.statusCode).toBe(200);
      const body = response.json();
      expect(body).toMatchObject({ from: FROM, to: TO, asOf: '2026-11-23', programId: null, groupBy: null });
      expect(body.all).toEqual({
        programId: null,
        programCode: null,
        programName: null,
        group: null,
        referrals: 3, // B, E, F (A was referred before the period)
        admissions: 4, // A, B, E, I
        admissionsWithReferralDate: 3,
        medianDaysReferralToAdmission: 20, // 20, 35, 14
        admissionsWithArrestDate: 2,
        medianDaysArrestToAdmission: 41.5, // 39, 44
        admissionsWithTreatment: 2,
        medianDaysAdmissionToTreatment: 3, // 5, 1
        retention3Cohort: 3, // A, B, I
        retention3Retained: 3,
        retention3Rate: 1,
        retention6Cohort: 4, // A, B, I, G
        retention6Retained: 2, // A, G
        retention6Rate: 0.5,
        retention12Cohort: 2, // G, H (A's mark, 2026-12-10, is not known yet)
        retention12Retained: 1,
        retention12Rate: 0.5,
        exits: 3, // A, B, I
        graduations: 1,
        terminations: 1,
        withdrawals: 0,
        transfers: 1,
        graduationRate: 0.5, // the transfer is neutral
        medianStayGraduatesDays: 274,
        medianStayTerminationsDays: 120,
        medianAbstinenceDaysAtExit: 132, // 248, 56, 132
        tests: 5, // A 3 days, B 1 (a missed test is not a test), E 1
        positiveTests: 2,
        positivesPer100Tests: 40,
        arrestedDuringProgram: 1, // B
        arrestsDuringProgram: 1,
        convictedDuringProgram: 0,
        convictionsDuringProgram: 0,
        year1Cohort: 2, // C, H
        year1Arrested: 1, // C
        year1Convicted: 0, // C's conviction came after the year
        year1ArrestRate: 0.5,
        year1ConvictionRate: 0,
        year3Cohort: 1, // D
        year3Arrested: 1,
        year3Convicted: 1,
        year3ArrestRate: 1,
        year3ConvictionRate: 1,
        jailSanctions: 2,
        jailDaysOrdered: 5,
        incentives: 2,
        sanctions: 3,
        incentivesPerSanction: 0.67,
      });
      expect(body.rows.map((r: { programCode: string | null; admissions: number; referrals: number }) => [r.programCode, r.referrals, r.admissions])).toEqual([
        [null, 3, 4],
        ['ATC', 1, 3],
        ['DJ', 1, 1],
      ]);
      expect(body.byPhase).toEqual([
        expect.objectContaining({ programCode: 'ATC', phasePosition: 1, group: null, tests: 3, positiveTests: 2, positivesPer100Tests: 66.7, incentives: 1, sanctions: 3, incentivesPerSanction: 0.33 }),
        expect.objectContaining({ programCode: 'ATC', phasePosition: 2, phaseName: 'Phase 2', tests: 1, positiveTests: 0, positivesPer100Tests: 0, incentives: 1, sanctions: 0, incentivesPerSanction: null }),
        expect.objectContaining({ programId: null, phasePosition: null, tests: 1, positiveTests: 0, incentives: 0, sanctions: 0 }),
      ]);
      const court = (at: string, domain: string) =>
        Object.fromEntries(
          body.circumstances
            .filter((c: { programId: string | null; at: string; domain: string }) => c.programId === null && c.at === at && c.domain === domain)
            .map((c: { code: string; participants: number }) => [c.code, c.participants]),
        );
      expect(court('admission', 'employment')).toEqual({ unemployed: 1, full_time: 1, not_recorded: 2 });
      expect(court('exit', 'employment')).toEqual({ full_time: 1, not_recorded: 2 });
      expect(court('admission', 'housing')).toEqual({ unstable: 1, stable: 1, not_recorded: 2 });
    });

    it('gives every figure per demographic group, adding up to the whole', async () => {
      const body = (await caseManager.get(url(`from=${FROM}&to=${TO}&groupBy=gender`))).json();
      expect(body.groupBy).toBe('gender');
      const whole = (group: string) => body.rows.find((r: { programId: string | null; group: string | null }) => r.programId === null && r.group === group);
      expect(whole('woman')).toMatchObject({ referrals: 1, admissions: 1, retention6Cohort: 1, retention6Retained: 1, retention12Cohort: 1, retention12Retained: 0, exits: 1, graduationRate: 1, tests: 3, positiveTests: 1, year1Cohort: 2, year1Arrested: 1 });
      expect(whole('man')).toMatchObject({ referrals: 2, admissions: 3, retention3Cohort: 2, retention6Cohort: 3, retention6Retained: 1, exits: 2, graduationRate: 0, tests: 2, positivesPer100Tests: 50, jailDaysOrdered: 3, incentives: 0, sanctions: 2, incentivesPerSanction: 0 });
      expect(whole('unknown')).toMatchObject({ admissions: 0, year3Cohort: 1, year3Arrested: 1, year3Convicted: 1 });
      expect(body.all).toMatchObject({ referrals: 3, admissions: 4, group: null });
      expect(body.byPhase.filter((p: { group: string | null; phasePosition: number | null }) => p.phasePosition === 1).map((p: { group: string | null; tests: number }) => [p.group, p.tests])).toEqual([
        [null, 3],
        ['man', 1],
        ['woman', 2],
      ]);
      expect(body.circumstances).toContainEqual(expect.objectContaining({ programId: null, group: 'woman', at: 'exit', domain: 'employment', code: 'full_time', participants: 1 }));
    });

    it('narrows to one program of the court', async () => {
      const body = (await caseManager.get(url(`from=${FROM}&to=${TO}&programId=${dj.id}`))).json();
      expect(body.all).toMatchObject({ referrals: 1, admissions: 1, medianDaysArrestToAdmission: 44, medianDaysAdmissionToTreatment: 1, tests: 1, exits: 0 });
      expect(body.rows.map((r: { programCode: string | null }) => r.programCode)).toEqual([null, 'DJ']);
    });

    it('exports as CSV', async () => {
      const response = await caseManager.get(url(`from=${FROM}&to=${TO}&format=csv`));
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toContain('text/csv');
      expect(response.body).toContain('Positives per 100 tests');
    });

    it('refuses a bad period, an unknown groupBy or field with 422, and another court, program or reader with 404 or 403', async () => {
      const reversed = await caseManager.get(url('from=2026-11-30&to=2026-11-01'));
      expectProblem(reversed, 422, 'validation-failed');
      expect(fieldsOf(reversed)).toEqual(['to']);
      expectProblem(await caseManager.get(url('from=2024-11-01&to=2026-11-30')), 422, 'validation-failed');
      const group = await caseManager.get(url(`from=${FROM}&to=${TO}&groupBy=shoe_size`));
      expectProblem(group, 422, 'validation-failed');
      expect(fieldsOf(group)).toEqual(['groupBy']);
      expect(fieldsOf(await caseManager.get(url(`from=${FROM}&to=${TO}&programId=ATC`)))).toEqual(['programId']);
      expectProblem(await caseManager.get(url(`from=${FROM}&to=${TO}&phase=1`)), 422, 'validation-failed');
      const otherProgram = await createTestingProgram(ds, other.id, 'HOPE');
      expectProblem(await caseManager.get(url(`from=${FROM}&to=${TO}&programId=${otherProgram.id}`)), 404, 'not-found');
      expectProblem(await (await signIn(app, 'elsewhere')).get(url(`from=${FROM}&to=${TO}`)), 404, 'not-found');
    });
  });
});
