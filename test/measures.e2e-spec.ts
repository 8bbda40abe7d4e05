import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { addCalendarDays, TestClock } from '@app/core';
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
  signInParticipant,
  StaffFixture,
} from './support/fixtures';
import { createTestApi } from './support/test-app';
import { createTestDatabase, testConfig, TestDatabase } from './support/test-env';

/**
 * The court's measures beside swiftness: testing fidelity and phase
 * progress, from known records giving known figures, for the caller's court only.
 */
describe('measures over HTTP', () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;
  let ds: DataSource;
  const clock = new TestClock('2026-11-23T18:00:00Z'); // 2026-11-23 in Chicago
  let court: CourtFixture;
  let other: CourtFixture;
  let program: ProgramFixture;
  let phase2: string;
  let staff: StaffFixture;
  let caseManager: ApiClient;
  let avery: ParticipantFixture; // phase 1 all along
  let brooks: ParticipantFixture; // phase 1, promoted to phase 2 on 2026-11-09

  const phaseStay = (p: { id: string }, phaseId: string, startedOn: string, endedOn: string | null, startReason: string, endReason: string | null) =>
    ds.query(
      `INSERT INTO participant_phases (participant_id, phase_plan_id, phase_id, started_on, ended_on, start_reason, end_reason) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [p.id, program.phasePlanId, phaseId, startedOn, endedOn, startReason, endReason],
    );
  const statusChange = (p: { id: string }, to: string, effectiveOn: string) =>
    ds.query(`INSERT INTO participant_status_changes (participant_id, from_status, to_status, reason, effective_on) VALUES ($1, 'active', $2, 'order', $3)`, [
      p.id,
      to,
      effectiveOn,
    ]);

  /** A committed draw for one court day with the given entries (frequency in force, selected or not). */
  async function draw(courtId: string, day: string, entries: Array<{ participant: { id: string }; testsPerWeek: number; selected: boolean }>) {
    const [row] = await ds.query(
      `INSERT INTO draws (court_id, court_day, algorithm, seed_commitment, seed, committed_at, window_opens_at, window_closes_at, report_by, participant_count, selected_count)
       VALUES ($1, $2, 'hmac-sha256-v1', repeat('a', 64), '\\x00', $2::date, $2::date, $2::date + interval '1 day', $2::date + interval '1 day', $3, $4) RETURNING id`,
      [courtId, day, entries.length, entries.filter((e) => e.selected).length],
    );
    for (const e of entries) {
      await ds.query(`INSERT INTO draw_entries (draw_id, participant_id, tests_per_week, probability, selected) VALUES ($1, $2, $3, $4, $5)`, [
        row.id,
        e.participant.id,
        e.testsPerWeek,
        e.testsPerWeek / 7,
        e.selected,
      ]);
    }
  }
  const collect = (courtId: string, p: { id: string }, day: string, basis = 'random', specimen = 'urine') =>
    ds.query(
      `INSERT INTO drug_test_collections (court_id, participant_id, court_day, collected_at, observed, specimen_type, basis, collected_by)
       VALUES ($1, $2, $3, $3::date + interval '15 hours', true, $4, $5, $6)`,
      [courtId, p.id, day, specimen, basis, staff.id],
    );
  const override = (p: { id: string }, day: string, action: 'force' | 'excuse', withdrawn = false) =>
    ds.query(
      `INSERT INTO draw_overrides (court_id, participant_id, court_day, action, reason, recorded_by, withdrawn_at, withdrawn_by)
       VALUES ($1, $2, $3, $4, 'staff decision', $5, $6, $7)`,
      [court.id, p.id, day, action, staff.id, withdrawn ? new Date('2026-11-12T12:00:00Z') : null, withdrawn ? staff.id : null],
    );

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createTestApi(testConfig(db.url), clock);
    ds = dataSourceOf(app);
    court = await createCourt(ds, 'MEAS');
    other = await createCourt(ds, 'ELSE');
    program = await createTestingProgram(ds, court.id, 'ATC', { testsPerWeek: 3, model: 'treatment_court' });
    [{ id: phase2 }] = await ds.query(`INSERT INTO phases (phase_plan_id, position, name, tests_per_week) VALUES ($1, 2, 'Phase 2', 1) RETURNING id`, [
      program.phasePlanId,
    ]);
    staff = await createStaff(ds, 'cm', 'case_manager', court.id);
    await createStaff(ds, 'site', 'testing_site', court.id);
    await createStaff(ds, 'elsewhere', 'case_manager', other.id);
    caseManager = await signIn(app, 'cm');

    avery = await createParticipant(ds, court, 'M-0001', { lastName: 'Avery' });
    brooks = await createParticipant(ds, court, 'M-0002', { lastName: 'Brooks' });
    await ds.query(`UPDATE participants SET program_id = $2, phase_plan_id = $3, phase_id = $4, phase_started_on = '2026-10-01', enrolled_on = '2026-10-01' WHERE id = $1`, [
      avery.id,
      program.id,
      program.phasePlanId,
      program.phaseId,
    ]);
    await ds.query(`UPDATE participants SET program_id = $2, phase_plan_id = $3, phase_id = $4, phase_started_on = '2026-11-09', enrolled_on = '2026-10-01' WHERE id = $1`, [
      brooks.id,
      program.id,
      program.phasePlanId,
      phase2,
    ]);
    await phaseStay(avery, program.phaseId, '2026-10-01', null, 'enrolment', null);
    await phaseStay(brooks, program.phaseId, '2026-10-01', '2026-11-09', 'enrolment', 'promotion');
    await phaseStay(brooks, phase2, '2026-11-09', null, 'promotion', null);
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  describe('testing fidelity', () => {
    beforeAll(async () => {
      // Two weeks of draws, Monday 2 to Sunday 15 November. Avery is under a court
      // testing order of 5 a week in the second week; Brooks tests 3 a week, then 1 in phase 2.
      const averyDrawn = new Set(['2026-11-02', '2026-11-04', '2026-11-07', '2026-11-10', '2026-11-14', '2026-11-15']);
      const brooksDrawn = new Set(['2026-11-03', '2026-11-08', '2026-11-12']);
      await ds.query(
        `INSERT INTO testing_orders (court_id, participant_id, tests_per_week, starts_on, ends_on, reason, ordered_by) VALUES ($1, $2, 5, '2026-11-09', '2026-11-15', 'increased testing', $3)`,
        [court.id, avery.id, staff.id],
      );
      for (let day = '2026-11-02'; day <= '2026-11-15'; day = addCalendarDays(day, 1)) {
        await draw(court.id, day, [
          { participant: avery, testsPerWeek: day >= '2026-11-09' ? 5 : 3, selected: averyDrawn.has(day) },
          { participant: brooks, testsPerWeek: day >= '2026-11-09' ? 1 : 3, selected: brooksDrawn.has(day) },
        ]);
      }
      await override(avery, '2026-11-04', 'excuse'); // drawn, excused
      await override(brooks, '2026-11-13', 'force'); // not drawn, ordered by staff
      await override(brooks, '2026-11-12', 'excuse', true); // withdrawn: the test stays ordered
      await collect(court.id, avery, '2026-11-02');
      await collect(court.id, avery, '2026-11-02', 'random', 'breath'); // a second specimen the same day: one test
      await collect(court.id, avery, '2026-11-05', 'for_cause'); // not ordered
      await collect(court.id, avery, '2026-11-07');
      await collect(court.id, avery, '2026-11-10');
      await collect(court.id, avery, '2026-11-14'); // missed on Sunday 15
      await collect(court.id, brooks, '2026-11-03');
      await collect(court.id, brooks, '2026-11-08');
      await collect(court.id, brooks, '2026-11-13', 'forced'); // missed on the 12th
      await collect(court.id, avery, '2026-10-30'); // before the period
      // Another court's testing the same days is not counted.
      const stranger = await createParticipant(ds, other, 'E-0001');
      await draw(other.id, '2026-11-03', [{ participant: stranger, testsPerWeek: 7, selected: true }]);
      await collect(other.id, stranger, '2026-11-03');
    });

    it('counts tests ordered and collected per participant-week, by phase and by week, and the weekend share', async () => {
      const response = await caseManager.get(`/api/v1/courts/${court.id}/measures/testing-fidelity?from=2026-11-01&to=2026-11-15`);
      expect(response.statusCode).toBe(200);
      const body = response.json();
      expect(body).toMatchObject({ courtId: court.id, from: '2026-11-01', to: '2026-11-15', weekendDayShare: 0.333 });
      expect(body.all).toEqual({
        participants: 2,
        participantDays: 28,
        participantDaysUnderOrder: 7,
        expectedTests: 12,
        drawn: 9,
        drawnUnderOrder: 3,
        excused: 1,
        forced: 1,
        ordered: 9,
        collected: 8,
        orderedCollected: 7,
        weekendOrdered: 4,
        weekendCollected: 3,
        expectedPerParticipantWeek: 3,
        orderedPerParticipantWeek: 2.25,
        collectedPerParticipantWeek: 2,
        shareOrderedCollected: 0.778,
        weekendShareOfOrdered: 0.444,
        weekendShareOfCollected: 0.375,
      });
      expect(body.byPhase).toHaveLength(2);
      expect(body.byPhase[0]).toMatchObject({
        programId: program.id,
        programCode: 'ATC',
        programName: 'ATC program',
        phasePosition: 1,
        phaseName: 'Phase 1',
        plannedTestsPerWeek: 3,
        participants: 2,
        participantDays: 21,
        ordered: 7,
        collected: 7,
        orderedCollected: 6,
        orderedPerParticipantWeek: 2.33,
        collectedPerParticipantWeek: 2.33,
      });
      expect(body.byPhase[1]).toMatchObject({
        phasePosition: 2,
        phaseName: 'Phase 2',
        plannedTestsPerWeek: 1,
        participants: 1,
        participantDays: 7,
        expectedTests: 1,
        forced: 1,
        ordered: 2,
        collected: 1,
        orderedPerParticipantWeek: 2,
        collectedPerParticipantWeek: 1,
        shareOrderedCollected: 0.5,
      });
      expect(body.weeks.map((w: { weekStart: string; days: number; participantDays: number; ordered: number; collected: number }) => [w.weekStart, w.days, w.participantDays, w.ordered, w.collected])).toEqual([
        ['2026-10-26', 1, 0, 0, 0],
        ['2026-11-02', 7, 14, 4, 5],
        ['2026-11-09', 7, 14, 5, 3],
      ]);
      expect(body.weeks[0].collectedPerParticipantWeek).toBeNull();
      expect(body.weeks[1]).toMatchObject({ weekendOrdered: 2, weekendCollected: 2, collectedPerParticipantWeek: 2.5 });
      const [audit] = await ds.query(`SELECT details FROM audit_events WHERE action = 'measures.testing_fidelity_read' AND entity_ids @> ARRAY[$1]::uuid[]`, [court.id]);
      expect(audit.details).toEqual({ from: '2026-11-01', to: '2026-11-15' });
    });

    it('answers zeros for a period with no testing', async () => {
      const body = (await caseManager.get(`/api/v1/courts/${court.id}/measures/testing-fidelity?from=2026-06-01&to=2026-06-07`)).json();
      expect(body.all).toMatchObject({ participantDays: 0, ordered: 0, collected: 0, orderedPerParticipantWeek: null, weekendShareOfCollected: null });
      expect(body.byPhase).toEqual([]);
      expect(body.weeks).toHaveLength(1);
    });
  });

  describe('phases', () => {
    beforeAll(async () => {
      const leaver = async (number: string, status: string) => createParticipant(ds, court, number, { status });
      const graduate = await leaver('M-0003', 'graduated');
      await phaseStay(graduate, program.phaseId, '2026-09-01', '2026-10-01', 'enrolment', 'promotion');
      await phaseStay(graduate, phase2, '2026-10-01', '2026-11-05', 'promotion', 'discharge');
      await statusChange(graduate, 'graduated', '2026-11-05');
      const terminated = await leaver('M-0004', 'terminated');
      await phaseStay(terminated, program.phaseId, '2026-09-10', '2026-10-10', 'enrolment', 'promotion');
      await phaseStay(terminated, phase2, '2026-10-10', '2026-10-20', 'promotion', 'demotion');
      await phaseStay(terminated, program.phaseId, '2026-10-20', '2026-11-10', 'demotion', 'discharge');
      await statusChange(terminated, 'terminated', '2026-11-10');
      const withdrawn = await leaver('M-0005', 'withdrawn');
      await phaseStay(withdrawn, program.phaseId, '2026-09-15', '2026-10-05', 'enrolment', 'discharge');
      await statusChange(withdrawn, 'withdrawn', '2026-10-05');
      const inCustody = await leaver('M-0006', 'in_custody');
      await ds.query(`UPDATE participants SET program_id = $2, phase_plan_id = $3, phase_id = $4, phase_started_on = '2026-11-01' WHERE id = $1`, [
        inCustody.id,
        program.id,
        program.phasePlanId,
        phase2,
      ]);
      await phaseStay(inCustody, program.phaseId, '2026-08-01', '2026-11-01', 'enrolment', 'promotion');
      await phaseStay(inCustody, phase2, '2026-11-01', null, 'promotion', null);
      await statusChange(await leaver('M-0007', 'graduated'), 'graduated', '2026-08-15'); // before the period
      // Another court's graduate is not counted.
      await statusChange(await createParticipant(ds, other, 'E-0002', { status: 'graduated' }), 'graduated', '2026-11-20');
    });

    it('gives participants by phase now, moves and exits per month, the graduation rate and median days in each phase', async () => {
      const response = await caseManager.get(`/api/v1/courts/${court.id}/measures/phases?from=2026-09-01&to=2026-11-30`);
      expect(response.statusCode).toBe(200);
      const body = response.json();
      expect(body).toMatchObject({ courtId: court.id, from: '2026-09-01', to: '2026-11-30', asOf: '2026-11-23' });
      expect(body.totals).toEqual({
        promotions: 4,
        demotions: 1,
        graduations: 1,
        terminations: 1,
        withdrawals: 1,
        transfers: 0,
        left: 3,
        graduationRate: 0.333,
        inProgramNow: 3,
      });
      expect(body.months).toEqual([
        { month: '2026-09', promotions: 0, demotions: 0, graduations: 0, terminations: 0, withdrawals: 0, transfers: 0 },
        { month: '2026-10', promotions: 2, demotions: 1, graduations: 0, terminations: 0, withdrawals: 1, transfers: 0 },
        { month: '2026-11', promotions: 2, demotions: 0, graduations: 1, terminations: 1, withdrawals: 0, transfers: 0 },
      ]);
      expect(body.phases).toEqual([
        {
          programId: program.id,
          programCode: 'ATC',
          programName: 'ATC program',
          phasePosition: 1,
          phaseName: 'Phase 1',
          participantsNow: 1,
          medianDaysSoFar: 53,
          completedStays: 6,
          medianDaysInPhase: 30,
          promotedOut: 4,
          demotedOut: 0,
        },
        {
          programId: program.id,
          programCode: 'ATC',
          programName: 'ATC program',
          phasePosition: 2,
          phaseName: 'Phase 2',
          participantsNow: 2,
          medianDaysSoFar: 18,
          completedStays: 2,
          medianDaysInPhase: 22.5,
          promotedOut: 0,
          demotedOut: 1,
        },
      ]);
    });

    it('answers every month with zeros and no rate when nobody left', async () => {
      const body = (await caseManager.get(`/api/v1/courts/${court.id}/measures/phases?from=2026-05-15&to=2026-06-15`)).json();
      expect(body.totals).toMatchObject({ promotions: 0, graduations: 0, left: 0, graduationRate: null, inProgramNow: 3 });
      expect(body.months.map((m: { month: string }) => m.month)).toEqual(['2026-05', '2026-06']);
      expect(body.phases.map((p: { participantsNow: number; completedStays: number }) => [p.participantsNow, p.completedStays])).toEqual([
        [1, 0],
        [2, 0],
      ]);
    });
  });

  describe.each(['testing-fidelity', 'phases'])('%s: who may read, and bad input', (measure) => {
    const url = (courtId: string, query: string) => `/api/v1/courts/${courtId}/measures/${measure}?${query}`;

    it("refuses another court's user as the swiftness measure does, and anyone without measures.read", async () => {
      expectProblem(await (await signIn(app, 'elsewhere')).get(url(court.id, 'from=2026-11-01&to=2026-11-30')), 404, 'not-found');
      expect((await (await signIn(app, 'site')).get(url(court.id, 'from=2026-11-01&to=2026-11-30'))).statusCode).toBe(403);
      expect((await (await signInParticipant(app, avery)).get(url(court.id, 'from=2026-11-01&to=2026-11-30'))).statusCode).toBe(403);
      expectProblem(await caseManager.get(url('00000000-0000-4000-8000-000000000000', 'from=2026-11-01&to=2026-11-30')), 404, 'not-found');
    });

    it('refuses a period ending before it starts, a non-date, a missing end, a period over a year and unknown parameters with 422', async () => {
      const reversed = await caseManager.get(url(court.id, 'from=2026-11-30&to=2026-11-01'));
      expectProblem(reversed, 422, 'validation-failed');
      expect(fieldsOf(reversed)).toEqual(['to']);
      const notADate = await caseManager.get(url(court.id, 'from=2026-11-31&to=soon'));
      expectProblem(notADate, 422, 'validation-failed');
      expect(fieldsOf(notADate).sort()).toEqual(['from', 'to']);
      expectProblem(await caseManager.get(url(court.id, 'from=2026-11-01')), 422, 'validation-failed');
      expectProblem(await caseManager.get(url(court.id, 'from=2025-11-01&to=2026-11-30')), 422, 'validation-failed');
      expectProblem(await caseManager.get(url(court.id, 'from=2026-11-01&to=2026-11-30&phase=1')), 422, 'validation-failed');
    });
  });
});
