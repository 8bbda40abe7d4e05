import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { addCalendarDays, TestClock } from '@app/core';
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
  ParticipantFixture,
  ProgramFixture,
  signIn,
  StaffFixture,
} from './support/fixtures';
import { TestingFidelitySummaryService } from '@app/reporting';
import { createTestApi } from './support/test-app';
import { createTestDatabase, testConfig, TestDatabase } from './support/test-env';

/**
 * The fidelity dashboard over a hand-built court whose every line is known:
 * two weeks (Monday 2 to Sunday 15 November 2026, Veterans Day on the 11th a
 * court holiday), Avery in phase 1 (3 tests and a hearing every 2 weeks),
 * Brooks in phase 2, the last (1 test, a hearing every 4 weeks), and three
 * participants admitted in the period for the time to treatment. Every date
 * is fixed and every timestamp written explicitly: no real clock reaches an
 * assertion.
 */
describe('the fidelity dashboard over HTTP', () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;
  let ds: DataSource;
  const clock = new TestClock('2026-11-23T18:00:00Z');
  let court: CourtFixture;
  let other: CourtFixture;
  let program: ProgramFixture;
  let phase2: string;
  let staff: StaffFixture;
  let coordinator: ApiClient;
  let avery: ParticipantFixture;
  let brooks: ParticipantFixture;
  const period = 'from=2026-11-02&to=2026-11-15';

  /** 05:00 in Chicago (UTC−6 in November) on a court day, plus hours. */
  const local5 = (day: string, hours = 0) => new Date(Date.parse(`${day}T11:00:00Z`) + hours * 3600_000);

  async function draw(day: string, entries: Array<{ participant: { id: string }; testsPerWeek: number; selected: boolean }>) {
    const [row] = await ds.query(
      `INSERT INTO draws (court_id, court_day, algorithm, seed_commitment, seed, committed_at, window_opens_at, window_closes_at, report_by, participant_count, selected_count)
       VALUES ($1, $2, 'hmac-sha256-v1', repeat('a', 64), '\\x00', $3, $3, $4, $4, $5, $6) RETURNING id`,
      [court.id, day, local5(day), local5(day, 14), entries.length, entries.filter((e) => e.selected).length],
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
  /** A call-in at 06:00 answered "test", a collection `hours` after the window opened, and a screen `resultHours` after the collection. */
  async function tested(p: { id: string }, day: string, hours: number, options: { calledIn?: boolean; resultHours?: number } = {}) {
    if (options.calledIn ?? true) {
      await ds.query(
        `INSERT INTO call_ins (court_id, participant_id, court_day, called_at, channel, receipt_code, told, answered_at) VALUES ($1, $2, $3, $4, 'web', $5, true, $4)`,
        [court.id, p.id, day, local5(day, 1), `R${day.slice(5).replace('-', '')}${p.id.slice(0, 3)}`],
      );
    }
    const [collection] = await ds.query(
      `INSERT INTO drug_test_collections (court_id, participant_id, court_day, collected_at, observed, specimen_type, basis, collected_by, created_at)
       VALUES ($1, $2, $3, $4, true, 'urine', 'random', $5, $4) RETURNING id`,
      [court.id, p.id, day, local5(day, hours), staff.id],
    );
    if (options.resultHours !== undefined) {
      await ds.query(
        `INSERT INTO drug_test_results (court_id, participant_id, collection_id, tested_on, substance, outcome, created_at) VALUES ($1, $2, $3, $4, 'thc', 'negative', $5)`,
        [court.id, p.id, collection.id, day, local5(day, hours + options.resultHours)],
      );
    }
  }
  const held = (p: { id: string }, day: string) =>
    ds.query(`INSERT INTO hearings (court_id, participant_id, kind, scheduled_at, status, created_at) VALUES ($1, $2, 'status', $3, 'held', $3)`, [
      court.id,
      p.id,
      local5(day, 4),
    ]);
  const violation = (p: { id: string }, detectedAt: string, heardAt: string | null, status = 'open') =>
    ds.query(
      `INSERT INTO violations (court_id, participant_id, kind, detected_at, deadline_at, heard_at, status, dismissed_at, dismissed_reason)
       VALUES ($1, $2, 'missed_test', $3, $3::timestamptz + interval '72 hours', $4, $5, $6, $7)`,
      [court.id, p.id, detectedAt, heardAt, status, status === 'dismissed' ? heardAt ?? detectedAt : null, status === 'dismissed' ? 'entered in error' : null],
    );

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createTestApi(testConfig(db.url), clock);
    ds = dataSourceOf(app);
    court = await createCourt(ds, 'FID');
    other = await createCourt(ds, 'OTH');
    program = await createTestingProgram(ds, court.id, 'ATC', { testsPerWeek: 3, model: 'treatment_court' });
    await ds.query(`UPDATE phases SET hearing_every_weeks = 2 WHERE id = $1`, [program.phaseId]);
    [{ id: phase2 }] = await ds.query(`INSERT INTO phases (phase_plan_id, position, name, tests_per_week, hearing_every_weeks) VALUES ($1, 2, 'Phase 2', 1, 4) RETURNING id`, [
      program.phasePlanId,
    ]);
    await ds.query(`INSERT INTO court_holidays (court_id, date, name) VALUES ($1, '2026-11-11', 'Veterans Day')`, [court.id]);
    staff = await createStaff(ds, 'fid-coord', 'coordinator', court.id);
    await createStaff(ds, 'fid-site', 'testing_site', court.id);
    await createStaff(ds, 'fid-else', 'coordinator', other.id);
    coordinator = await signIn(app, 'fid-coord');

    avery = await createParticipant(ds, court, 'F-0001', { lastName: 'Avery' });
    brooks = await createParticipant(ds, court, 'F-0002', { lastName: 'Brooks' });
    for (const [p, phase] of [
      [avery, program.phaseId],
      [brooks, phase2],
    ] as const) {
      await ds.query(`UPDATE participants SET program_id = $2, phase_plan_id = $3, phase_id = $4, phase_started_on = '2026-10-01', enrolled_on = '2026-10-01' WHERE id = $1`, [
        p.id,
        program.id,
        program.phasePlanId,
        phase,
      ]);
      await ds.query(`INSERT INTO participant_phases (participant_id, phase_plan_id, phase_id, started_on, start_reason) VALUES ($1, $2, $3, '2026-10-01', 'enrolment')`, [
        p.id,
        program.phasePlanId,
        phase,
      ]);
    }

    // Testing: Avery drawn 6 times (Saturday 7th and the holiday among them), Brooks twice (missing the 12th).
    const averyDrawn = new Set(['2026-11-02', '2026-11-05', '2026-11-07', '2026-11-09', '2026-11-11', '2026-11-13']);
    const brooksDrawn = new Set(['2026-11-04', '2026-11-12']);
    for (let day = '2026-11-02'; day <= '2026-11-15'; day = addCalendarDays(day, 1)) {
      await draw(day, [
        { participant: avery, testsPerWeek: 3, selected: averyDrawn.has(day) },
        { participant: brooks, testsPerWeek: 1, selected: brooksDrawn.has(day) },
      ]);
    }
    // Collected 1+2, 3, 4, 10, 5 and 6 hours after the window opened; told at +1 by the call-in.
    await tested(avery, '2026-11-02', 3, { resultHours: 24 });
    await tested(avery, '2026-11-05', 4, { resultHours: 60 });
    await tested(avery, '2026-11-07', 5);
    await tested(avery, '2026-11-09', 11);
    await tested(avery, '2026-11-11', 6);
    await tested(avery, '2026-11-13', 7);
    // Brooks never called in: the notice is the draw's publication, 12 hours before the collection.
    await tested(brooks, '2026-11-04', 12, { calledIn: false, resultHours: 1 });

    // Violations: one heard in time, one heard late, one dismissed (not counted).
    await violation(brooks, '2026-11-13T06:00:00Z', '2026-11-14T16:00:00Z', 'answered');
    await violation(avery, '2026-11-06T15:00:00Z', '2026-11-10T16:00:00Z', 'answered');
    await violation(avery, '2026-11-08T15:00:00Z', null, 'dismissed');

    // Jail: 7 days (over the limit of 5) and 2 days.
    const [jail] = await ds.query(
      `INSERT INTO response_catalogue_entries (program_id, kind, code, name, level, effect) VALUES ($1, 'sanction', 'JAIL', 'Jail', 5, 'jail') RETURNING id`,
      [program.id],
    );
    for (const [p, days, on] of [
      [avery, 7, '2026-11-10'],
      [brooks, 2, '2026-11-14'],
    ] as const) {
      await ds.query(
        `INSERT INTO court_responses (court_id, participant_id, catalogue_entry_id, kind, level, effect, amount, ordered_on, ordered_by, created_at, restricts_liberty)
         VALUES ($1, $2, $3, 'sanction', 5, 'jail', $4, $5, $6, $5::date + interval '15 hours', true)`,
        [court.id, p.id, jail.id, days, on, staff.id],
      );
    }

    // Incentives: four for Brooks, none for Avery; with the two jail sanctions, 4 for 2 sanctions court-wide.
    const [praise] = await ds.query(
      `INSERT INTO response_catalogue_entries (program_id, kind, code, name, level, effect) VALUES ($1, 'incentive', 'PRAISE', 'Praise', 1, 'none') RETURNING id`,
      [program.id],
    );
    for (const on of ['2026-11-05', '2026-11-06', '2026-11-07', '2026-11-08']) {
      await ds.query(
        `INSERT INTO court_responses (court_id, participant_id, catalogue_entry_id, kind, level, effect, ordered_on, ordered_by, created_at)
         VALUES ($1, $2, $3, 'incentive', 1, 'none', $4, $5, $4::date + interval '15 hours')`,
        [court.id, brooks.id, praise.id, on, staff.id],
      );
    }

    // Treatment entry: admitted in the period, first sessions 7, 18 and 21 days later; Eli gave no consent to the court team.
    const clinic = await createOrganisation(ds, court.id, 'Clinic');
    for (const [number, name, enrolledOn, sessionOn, consent] of [
      ['F-0003', 'Casey', '2026-11-03', '2026-11-10', true],
      ['F-0004', 'Drew', '2026-11-02', '2026-11-20', true],
      ['F-0005', 'Eli', '2026-11-04', '2026-11-25', false],
    ] as const) {
      const p = await createParticipant(ds, court, number, { lastName: name });
      await ds.query(`UPDATE participants SET enrolled_on = $2 WHERE id = $1`, [p.id, enrolledOn]);
      await ds.query(`INSERT INTO treatment_attendance (participant_id, organisation_id, session_on, session_type, attendance) VALUES ($1, $2, $3, 'group', 'attended')`, [
        p.id,
        clinic,
        sessionOn,
      ]);
      if (consent) await createConsent(ds, p, court.id, { recordedBy: staff.id });
    }

    // Hearings: Avery 7 and 11 days apart (plan 14), Brooks 32 days (plan 28).
    for (const day of ['2026-10-26', '2026-11-02', '2026-11-13']) await held(avery, day);
    for (const day of ['2026-10-12', '2026-11-13']) await held(brooks, day);

    // Another court's records the same days count for nothing here.
    const stranger = await createParticipant(ds, other, 'O-0001');
    await ds.query(
      `INSERT INTO drug_test_collections (court_id, participant_id, court_day, collected_at, observed, specimen_type, basis, collected_by) VALUES ($1, $2, '2026-11-03', '2026-11-03T20:00:00Z', true, 'urine', 'random', $3)`,
      [other.id, stranger.id, staff.id],
    );
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  const lineOf = (body: { lines: Array<{ key: string }> }, key: string) => body.lines.find((l) => l.key === key) as Record<string, unknown>;

  it('gives each line its value, target and verdict, computed from the records', async () => {
    const response = await coordinator.get(`/api/v1/courts/${court.id}/measures/fidelity?${period}`);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ courtId: court.id, from: '2026-11-02', to: '2026-11-15', programId: null });
    // 2 of 8 ordered tests on a weekend or holiday, against 5 such days of 14.
    expect(lineOf(body, 'weekend_holiday_share')).toMatchObject({ value: 0.25, unit: 'share', target: 0.357, comparison: 'at_least', verdict: 'not_met', count: 8 });
    // 7 collected over 28 participant-days against 8 the plan calls for; phase 2 collects 0.5 a week against 1.
    expect(lineOf(body, 'tests_per_week_plan')).toMatchObject({ value: 1.75, target: 2, verdict: 'not_met', count: 28 });
    expect((lineOf(body, 'tests_per_week_plan').byPhase as unknown[]).map((p) => [(p as { phasePosition: number }).phasePosition, (p as { value: number }).value, (p as { target: number }).target, (p as { verdict: string }).verdict])).toEqual([
      [1, 3, 3, 'met'],
      [2, 0.5, 1, 'not_met'],
    ]);
    // The floor of two holds until the last phase: phase 1 only.
    expect(lineOf(body, 'tests_per_week_floor')).toMatchObject({ value: 3, target: 2, verdict: 'met', count: 14 });
    expect(lineOf(body, 'tests_per_week_floor').byPhase).toHaveLength(1);
    // Hours from notice to collection: 2, 3, 4, 10, 5, 6 and 12; median 5, 5 of 7 within 8.
    expect(lineOf(body, 'notice_to_collection')).toMatchObject({ value: 5, unit: 'hours', target: 8, comparison: 'at_most', verdict: 'met', count: 7, shareWithinTarget: 0.714 });
    // Results 24, 60 and 1 hours after collection.
    expect(lineOf(body, 'lab_turnaround')).toMatchObject({ value: 24, target: 48, verdict: 'met', count: 3 });
    // One of the two violations counted was heard by its deadline.
    expect(lineOf(body, 'heard_in_time')).toMatchObject({ value: 0.5, target: 1, verdict: 'not_met', count: 2 });
    // 7 and 2 days: 4.5 a sanction, within the program's 5.
    expect(lineOf(body, 'jail_days_per_sanction')).toMatchObject({ value: 4.5, unit: 'days', target: 5, verdict: 'met', count: 2 });
    // Intervals 7 and 11 days in phase 1 (plan 14), 32 in phase 2 (plan 28): the phases' targets differ, so the whole has none.
    const intervals = lineOf(body, 'hearing_intervals');
    expect(intervals).toMatchObject({ value: 11, target: null, verdict: 'not_met', count: 3 });
    expect((intervals.byPhase as Array<{ phasePosition: number; value: number; target: number; verdict: string }>).map((p) => [p.phasePosition, p.value, p.target, p.verdict])).toEqual([
      [1, 9, 14, 'met'],
      [2, 32, 28, 'not_met'],
    ]);
    // From the outcome measures: 4 incentives for 2 sanctions; first sessions 7, 18 and 21 days after admission.
    expect(lineOf(body, 'incentive_sanction_ratio')).toMatchObject({ value: 2, unit: 'ratio', target: 4, comparison: 'at_least', verdict: 'not_met', count: 2 });
    expect(lineOf(body, 'treatment_entry')).toMatchObject({ value: 18, unit: 'days', target: 14, comparison: 'at_most', verdict: 'not_met', count: 3 });
    const [audit] = await ds.query(`SELECT details FROM audit_events WHERE action = 'measures.fidelity_read' AND entity_ids @> ARRAY[$1]::uuid[]`, [court.id]);
    expect(audit.details).toEqual({ from: '2026-11-02', to: '2026-11-15', programId: null });
  });

  it('answers the same once the worker has summarised the weeks (notice to collection and testing read from the summary)', async () => {
    const read = async () => (await coordinator.get(`/api/v1/courts/${court.id}/measures/fidelity?${period}`)).json();
    const live = await read();
    const refreshed = await app.get(TestingFidelitySummaryService).refresh([court.id]);
    expect(refreshed.rows).toBeGreaterThan(0);
    const [{ notices }] = await ds.query(
      `SELECT count(*)::int AS notices FROM testing_fidelity_weeks w CROSS JOIN LATERAL unnest(w.notice_hours) AS h WHERE w.court_id = $1 AND h IS NOT NULL`,
      [court.id],
    );
    expect(notices).toBe(7);
    expect(await read()).toEqual(live);
    expect(lineOf(await read(), 'notice_to_collection')).toMatchObject({ value: 5, count: 7, shareWithinTarget: 0.714 });
  });

  it('lists the participants behind a line, each read audited naming them', async () => {
    const cases = async (key: string) => {
      const response = await coordinator.get(`/api/v1/courts/${court.id}/measures/fidelity/${key}/cases?${period}`);
      expect(response.statusCode).toBe(200);
      return response.json() as { unit: string; total: number; items: Array<{ participantId: string; lastName: string; on: string; value: number; target: number }> };
    };
    const rows = (body: Awaited<ReturnType<typeof cases>>) => body.items.map((i) => [i.lastName, i.on, i.value, i.target]);
    expect(rows(await cases('notice_to_collection'))).toEqual([
      ['Brooks', '2026-11-04', 12, 8],
      ['Avery', '2026-11-09', 10, 8],
    ]);
    expect(rows(await cases('lab_turnaround'))).toEqual([['Avery', '2026-11-05', 60, 48]]);
    expect(rows(await cases('heard_in_time'))).toEqual([['Avery', '2026-11-06', 0, 1]]);
    expect(rows(await cases('jail_days_per_sanction'))).toEqual([['Avery', '2026-11-10', 7, 5]]);
    expect(rows(await cases('hearing_intervals'))).toEqual([['Brooks', '2026-11-13', 32, 28]]);
    expect(rows(await cases('tests_per_week_plan'))).toEqual([['Brooks', '2026-11-15', 0.5, 1]]);
    expect((await cases('tests_per_week_floor')).total).toBe(0);
    expect(rows(await cases('incentive_sanction_ratio'))).toEqual([['Avery', '2026-11-10', 0, 4]]);
    // Eli waited longest, but when a participant attended treatment is listed only under their consent.
    expect(rows(await cases('treatment_entry'))).toEqual([['Drew', '2026-11-02', 18, 14]]);
    expect(rows(await cases('weekend_holiday_share'))).toEqual([
      ['Avery', '2026-11-15', 0.33, 0.357],
      ['Brooks', '2026-11-15', 0, 0.357],
    ]);
    const audits = await ds.query(
      `SELECT participant_ids, details FROM audit_events WHERE action = 'measures.fidelity_cases_read' AND court_id = $1 AND details->>'key' = 'jail_days_per_sanction'`,
      [court.id],
    );
    expect(audits).toHaveLength(1);
    expect(audits[0].participant_ids).toEqual([avery.id]);
  });

  it('reads one program only, and refuses a program of another court', async () => {
    const body = (await coordinator.get(`/api/v1/courts/${court.id}/measures/fidelity?${period}&programId=${program.id}`)).json();
    expect(lineOf(body, 'jail_days_per_sanction')).toMatchObject({ value: 4.5, count: 2 });
    const elsewhere = await createTestingProgram(ds, other.id, 'OTH');
    expectProblem(await coordinator.get(`/api/v1/courts/${court.id}/measures/fidelity?${period}&programId=${elsewhere.id}`), 404, 'not-found');
  });

  it('refuses a bad period, an unknown line or field with 4xx and problem+json, and changes nothing', async () => {
    expectProblem(await coordinator.get(`/api/v1/courts/${court.id}/measures/fidelity?from=2026-11-15&to=2026-11-02`), 422, 'validation-failed');
    expectProblem(await coordinator.get(`/api/v1/courts/${court.id}/measures/fidelity?from=2026-11-02`), 422, 'validation-failed');
    expectProblem(await coordinator.get(`/api/v1/courts/${court.id}/measures/fidelity?${period}&programId=nope`), 422, 'validation-failed');
    expectProblem(await coordinator.get(`/api/v1/courts/${court.id}/measures/fidelity?${period}&extra=1`), 422, 'validation-failed');
    expectProblem(await coordinator.get(`/api/v1/courts/${court.id}/measures/fidelity/not_a_line/cases?${period}`), 422, 'validation-failed');
  });

  it('answers another court’s member and a testing site with 404 and 403', async () => {
    const stranger = await signIn(app, 'fid-else');
    expectProblem(await stranger.get(`/api/v1/courts/${court.id}/measures/fidelity?${period}`), 404, 'not-found');
    expectProblem(await stranger.get(`/api/v1/courts/${court.id}/measures/fidelity/jail_days_per_sanction/cases?${period}`), 404, 'not-found');
    const site = await signIn(app, 'fid-site');
    expectProblem(await site.get(`/api/v1/courts/${court.id}/measures/fidelity?${period}`), 403, 'forbidden');
  });

  it('exports the lines as CSV in the reader’s language', async () => {
    const response = await coordinator.get(`/api/v1/courts/${court.id}/measures/fidelity?${period}&format=csv`);
    expect(response.statusCode).toBe(200);
    expect(response.body.split('\r\n')[0]).toContain('Line,Unit,Value,Target');
    expect(response.body).toContain('jail_days_per_sanction,days,4.5,5,at_most,met,2');
  });
});
