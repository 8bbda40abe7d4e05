import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { addCalendarDays } from '@app/core';
import { TestingFidelitySummaryService } from '@app/reporting';
import { DataSource } from 'typeorm';
import { seedState, StateSeedReport } from '../bench/state-seeder';
import { ApiClient, createParticipant, createStaff, dataSourceOf, expectProblem, fieldsOf, signIn, signInParticipant } from './support/fixtures';
import { createTestApi } from './support/test-app';
import { createTestDatabase, testConfig, TestDatabase } from './support/test-env';

/**
 * The measures for the whole state: two courts with a small run of the
 * bench's state seeder (fourteen months of history, every measure with
 * volume). Each statewide count is the sum of the courts' counts; only the
 * system administrator reads them; each read is audited. Dates derive from
 * the real today, as Postgres and the API's clock are both real here.
 */
/** A measure's body as this test reads it: figures by name, and lists of rows of figures. */
type Row = Record<string, number | string | null>;
interface Body {
  courts?: number;
  courtId?: string;
  at?: string;
  all: Row;
  totals: Row;
  byPhase: Row[];
  weeks: Row[];
  months: Row[];
  phases: Row[];
  byProgram: Row[];
  byKind: Row[];
}

describe('statewide measures over HTTP', () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;
  let ds: DataSource;
  let seed: StateSeedReport;
  let sysadmin: ApiClient;
  let courtAdmin: ApiClient;
  const endDay = addCalendarDays(new Date().toISOString().slice(0, 10), -1);
  const from = addCalendarDays(endDay, -364);
  const period = `from=${from}&to=${endDay}`;

  /** The body of a measure for each court (read by a court administrator of both), and for the state. */
  async function readAll(measure: string): Promise<{ courts: Body[]; state: Body }> {
    const courts: Body[] = [];
    for (const courtId of seed.courtIds) {
      const response = await courtAdmin.get(`/api/v1/courts/${courtId}/measures/${measure}?${period}`);
      expect(response.statusCode).toBe(200);
      courts.push(response.json());
    }
    const state = await sysadmin.get(`/api/v1/state/measures/${measure}?${period}`);
    expect(state.statusCode).toBe(200);
    return { courts, state: state.json() };
  }

  const sum = (rows: Row[], key: string) => rows.reduce((total, row) => total + Number(row[key]), 0);
  /** Rows by program (or program and phase) belong to one court each: the state lists exactly the courts' rows. */
  const byKey = (rows: Array<Row>, key: (row: Row) => string) => [...rows].sort((a, b) => key(a).localeCompare(key(b)));

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createTestApi(testConfig(db.url));
    ds = dataSourceOf(app);
    seed = await seedState(ds, { prefix: 'SE', courts: 2, participantsPerCourt: 40, endDay, days: 420, testingDays: 365 });
    await createStaff(ds, 'statewide', 'system_admin', null);
    const admin = await createStaff(ds, 'both-courts-admin', 'court_admin', seed.courtIds[0]);
    await ds.query(`INSERT INTO court_memberships (user_id, court_id, role) VALUES ($1, $2, 'court_admin')`, [admin.id, seed.courtIds[1]]);
    await createStaff(ds, 'case-manager', 'case_manager', seed.courtIds[0]);
    sysadmin = await signIn(app, 'statewide');
    courtAdmin = await signIn(app, 'both-courts-admin');
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('the seeder wrote every kind of history a measure reads, in both courts', () => {
    expect(seed.courtIds).toHaveLength(2);
    for (const table of ['participants', 'participant_phases', 'participant_status_changes', 'screenings', 'draw_entries', 'call_ins', 'drug_test_collections', 'drug_test_results', 'violations', 'hearings', 'court_responses', 'treatment_attendance']) {
      expect({ table, rows: seed.rows[table] > 0 }).toEqual({ table, rows: true });
    }
    expect(seed.rows.participants).toBe(80);
  });

  it('testing fidelity of the state counts every court together', async () => {
    const { courts, state } = await readAll('testing-fidelity');
    expect(state).toMatchObject({ courts: 2, from, to: endDay });
    expect(state.courtId).toBeUndefined();
    expect(state.all.participantDays).toBeGreaterThan(0);
    for (const key of ['participants', 'participantDays', 'participantDaysUnderOrder', 'drawn', 'drawnUnderOrder', 'excused', 'forced', 'ordered', 'collected', 'orderedCollected', 'weekendOrdered', 'weekendCollected']) {
      expect({ key, value: state.all[key] }).toEqual({ key, value: sum(courts.map((c) => c.all), key) });
    }
    expect(state.all.expectedTests).toBeCloseTo(sum(courts.map((c) => c.all), 'expectedTests'), 0);
    const phaseKey = (row: Row) => `${row.programId}:${row.phasePosition}`;
    expect(byKey(state.byPhase, phaseKey)).toEqual(byKey(courts.flatMap((c) => c.byPhase), phaseKey));
    expect(state.weeks.map((w: Row) => w.ordered)).toEqual(courts[0].weeks.map((w: Row, i: number) => Number(w.ordered) + Number(courts[1].weeks[i].ordered)));
  });

  it('testing fidelity read from the worker’s summary is the live figure, and a test recorded since counts at once', async () => {
    const live = await readAll('testing-fidelity');
    const summary = app.get(TestingFidelitySummaryService);
    const first = await summary.refresh();
    expect(first.courts).toBe(2);
    expect(first.rows).toBeGreaterThan(0);
    const held = async () => (await ds.query(`SELECT count(*)::int AS n FROM testing_fidelity_weeks`))[0].n;
    expect(await held()).toBe(first.rows);
    // Run again (a retried job, the next hour): the last weeks rewritten, not added.
    const again = await summary.refresh();
    expect(again.rows).toBeGreaterThan(0);
    expect(again.rows).toBeLessThan(first.rows);
    expect(await held()).toBe(first.rows);
    expect(await readAll('testing-fidelity')).toEqual(live);

    // A specimen collected on the period's last day, after the summary's end: in the figures without a refresh.
    const [day] = await ds.query(
      `SELECT d.court_id, e.participant_id FROM draws d JOIN draw_entries e ON e.draw_id = d.id
        WHERE d.court_id = $1 AND d.court_day = $2 AND NOT EXISTS (SELECT 1 FROM drug_test_collections k WHERE k.participant_id = e.participant_id AND k.court_day = d.court_day)
        LIMIT 1`,
      [seed.courtIds[0], endDay],
    );
    await ds.query(
      `INSERT INTO drug_test_collections (court_id, participant_id, court_day, collected_at, observed, specimen_type, basis, collected_by)
       VALUES ($1, $2, $3, $3::date + interval '12 hours', true, 'urine', 'for_cause', (SELECT id FROM users WHERE username = 'case-manager'))`,
      [day.court_id, day.participant_id, endDay],
    );
    const after = await readAll('testing-fidelity');
    expect(after.state.all.collected).toBe(Number(live.state.all.collected) + 1);
    expect(after.courts[0].all.collected).toBe(Number(live.courts[0].all.collected) + 1);
  });

  it('phases of the state: moves, exits and each phase now, summed over the courts', async () => {
    const { courts, state } = await readAll('phases');
    expect(state).toMatchObject({ courts: 2, from, to: endDay });
    expect(Date.parse(state.at!)).not.toBeNaN();
    expect(state.totals.left).toBeGreaterThan(0);
    for (const key of ['promotions', 'demotions', 'graduations', 'terminations', 'withdrawals', 'transfers', 'left', 'inProgramNow']) {
      expect({ key, value: state.totals[key] }).toEqual({ key, value: sum(courts.map((c) => c.totals), key) });
    }
    expect(state.months.map((m: Row) => m.graduations)).toEqual(
      courts[0].months.map((m: Row, i: number) => Number(m.graduations) + Number(courts[1].months[i].graduations)),
    );
    const phaseKey = (row: Row) => `${row.programId}:${row.phasePosition}`;
    const counts = (row: Row) => [phaseKey(row), row.participantsNow, row.completedStays, row.promotedOut, row.demotedOut];
    expect(byKey(state.phases, phaseKey).map(counts)).toEqual(byKey(courts.flatMap((c) => c.phases), phaseKey).map(counts));
  });

  it('result turnaround of the state lists each court’s programs with their own figures', async () => {
    const { courts, state } = await readAll('result-turnaround');
    expect(state.courts).toBe(2);
    const key = (row: Row) => `${row.programId}`;
    expect(byKey(state.byProgram, key)).toEqual(byKey(courts.flatMap((c) => c.byProgram), key));
    expect(sum(state.byProgram, 'collections')).toBeGreaterThan(0);
  });

  it('swiftness of the state: every kind, counted over both courts in each court’s own time zone', async () => {
    const { courts, state } = await readAll('swiftness');
    expect(state.courts).toBe(2);
    expect(state.all.violations).toBeGreaterThan(0);
    for (const key of ['violations', 'answeredInTime', 'heardInTime', 'respondedWithoutHearing', 'dismissed', 'dismissedWhileOverdue', 'overdue']) {
      expect({ key, value: state.all[key] }).toEqual({ key, value: sum(courts.map((c) => c.all), key) });
    }
    for (const kind of state.byKind) {
      const courtsKind = courts.map((c) => c.byKind.find((k: Row) => k.kind === kind.kind) ?? { violations: 0 });
      expect({ kind: kind.kind, violations: kind.violations }).toEqual({ kind: kind.kind, violations: sum(courtsKind, 'violations') });
    }
  });

  it('outcomes of the state: referrals, admissions, exits and tests summed over the courts, by demographic group too', async () => {
    const { courts, state } = await readAll('outcomes');
    expect(state.courts).toBe(2);
    expect(state.all.referrals).toBeGreaterThan(0);
    for (const key of ['referrals', 'admissions', 'exits', 'graduations', 'terminations', 'retention3Cohort', 'retention3Retained', 'tests', 'positiveTests', 'jailSanctions', 'incentives', 'sanctions']) {
      expect({ key, value: state.all[key] }).toEqual({ key, value: sum(courts.map((c) => c.all), key) });
    }
    const grouped = await sysadmin.get(`/api/v1/state/measures/outcomes?${period}&groupBy=sex`);
    expect(grouped.statusCode).toBe(200);
    expect(grouped.json().groupBy).toBe('sex');
    expectProblem(await sysadmin.get(`/api/v1/state/measures/outcomes?${period}&programId=${seed.courtIds[0]}`), 422, 'validation-failed');
  });

  it('the funnel of the state counts every stage over the courts; the equity view and the fidelity dashboard answer for the state too', async () => {
    const { courts, state } = await readAll('funnel');
    expect(state.courts).toBe(2);
    const stages = state.stages as Array<{ stage: string; count: number }>;
    for (const { stage, count } of stages) {
      const perCourt = courts.map((c) => (c.stages as Array<{ stage: string; count: number }>).find((s) => s.stage === stage)!.count);
      expect({ stage, count }).toEqual({ stage, count: perCourt.reduce((a, b) => a + b, 0) });
    }
    const equity = await sysadmin.get(`/api/v1/state/measures/equity?${period}&dimension=sex`);
    expect(equity.statusCode).toBe(200);
    expect(equity.json()).toMatchObject({ courts: 2, dimension: 'sex', audience: 'team' });
    const fidelity = await sysadmin.get(`/api/v1/state/measures/fidelity?${period}`);
    expect(fidelity.statusCode).toBe(200);
    expect(fidelity.json().courts).toBe(2);
    expect((fidelity.json().lines as Array<{ key: string }>).length).toBeGreaterThan(5);
    expectProblem(await sysadmin.get(`/api/v1/state/measures/equity?${period}`), 422, 'validation-failed');
    expectProblem(await sysadmin.get(`/api/v1/state/measures/funnel?${period}&programId=${seed.courtIds[0]}`), 422, 'validation-failed');
  });

  it('each statewide read is written to the audit log, with the measure and the period', async () => {
    await sysadmin.get(`/api/v1/state/measures/swiftness?${period}`);
    const [row] = await ds.query(
      `SELECT court_id, actor_role, basis, details FROM audit_events WHERE action = 'measures.state_swiftness_read' AND actor_user_id = (SELECT id FROM users WHERE username = 'statewide') ORDER BY occurred_at DESC LIMIT 1`,
    );
    expect(row).toMatchObject({ court_id: null, actor_role: 'system_admin', basis: 'role:system_admin', details: { from, to: endDay, courts: 2 } });
  });

  it('gives the state figures as a spreadsheet too', async () => {
    const response = await sysadmin.get(`/api/v1/state/measures/testing-fidelity?${period}&format=csv`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
  });

  it.each(['testing-fidelity', 'phases', 'result-turnaround', 'swiftness', 'outcomes', 'funnel', 'fidelity'])('%s of the state: refused to court staff and participants (403), bad periods 422', async (measure) => {
    const url = (query: string) => `/api/v1/state/measures/${measure}?${query}`;
    expect((await courtAdmin.get(url(period))).statusCode).toBe(403);
    expect((await (await signIn(app, 'case-manager')).get(url(period))).statusCode).toBe(403);
    const [court] = await ds.query(`SELECT code FROM courts WHERE id = $1`, [seed.courtIds[0]]);
    const participant = await createParticipant(ds, { id: seed.courtIds[0], code: court.code }, `SE-${measure.length}-${measure.slice(0, 3).toUpperCase()}`);
    expect((await (await signInParticipant(app, participant)).get(url(period))).statusCode).toBe(403);

    const reversed = await sysadmin.get(url(`from=${endDay}&to=${from}`));
    expectProblem(reversed, 422, 'validation-failed');
    expect(fieldsOf(reversed)).toEqual(['to']);
    expectProblem(await sysadmin.get(url(`from=${addCalendarDays(from, -2)}&to=${endDay}`)), 422, 'validation-failed');
    expectProblem(await sysadmin.get(url(`from=${from}`)), 422, 'validation-failed');
    expectProblem(await sysadmin.get(url(`${period}&courtId=${seed.courtIds[0]}`)), 422, 'validation-failed');
  });
});
