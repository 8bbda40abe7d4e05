import { INestApplicationContext } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { addCalendarDays, TestClock, weekdayOf } from '@app/core';
import { RandomnessSelfCheck } from '@app/drug-testing';
import { DataSource } from 'typeorm';
import { CourtFixture, createCourt, createParticipant, createStaff, dataSourceOf, signIn } from './support/fixtures';
import { createTestApi } from './support/test-app';
import { createTestDatabase, testConfig, TestDatabase } from './support/test-env';
import { createTestingJobs } from './support/testing-jobs';

/** 2 December 2026, in every court's zone: November is over. */
const NOW = '2026-12-02T12:00:00Z';

describe('the monthly randomness self-check', () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;
  let jobs: INestApplicationContext;
  let ds: DataSource;
  const clock = new TestClock(NOW);
  let fair: CourtFixture;
  let skewed: CourtFixture;

  /**
   * A month of draws of seven participants at 3/7 each. `selectedOn(day)`
   * says how many the draw selected that day: three every day gives exactly
   * the expected count on every weekday; none at weekends is beyond chance.
   */
  async function monthOfDraws(court: CourtFixture, selectedOn: (day: string) => number): Promise<void> {
    const ids: string[] = [];
    for (let i = 1; i <= 7; i++) ids.push((await createParticipant(ds, court, `${court.code}-${i}`)).id);
    for (let day = '2026-11-01'; day < '2026-12-01'; day = addCalendarDays(day, 1)) {
      const selected = selectedOn(day);
      const [draw] = await ds.query(
        `INSERT INTO draws (court_id, court_day, algorithm, seed_commitment, seed, committed_at, window_opens_at, window_closes_at, report_by,
                            participant_count, selected_count)
         VALUES ($1, $2, 'hmac-sha256-53bit/v1', repeat('0', 64), '\\x00', $3, $3, $3, $3, 7, $4) RETURNING id`,
        [court.id, day, new Date(`${day}T10:00:00Z`), selected],
      );
      for (const [i, id] of ids.entries()) {
        await ds.query(`INSERT INTO draw_entries (draw_id, participant_id, tests_per_week, probability, rule, selected) VALUES ($1, $2, 3, $3, NULL, $4)`, [
          draw.id,
          id,
          3 / 7,
          i < selected,
        ]);
      }
    }
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    const config = testConfig(db.url);
    app = await createTestApi(config, clock);
    jobs = await createTestingJobs(config, clock);
    ds = dataSourceOf(app);
    fair = await createCourt(ds, 'FAIR', { timeZone: 'America/Chicago' });
    skewed = await createCourt(ds, 'SKEW', { timeZone: 'Pacific/Honolulu' });
    await monthOfDraws(fair, () => 3);
    await monthOfDraws(skewed, (day) => (weekdayOf(day) >= 6 ? 0 : 5));
    await createStaff(ds, 'self-check-coord', 'coordinator', fair.id);
    await createStaff(ds, 'skew-coord', 'coordinator', skewed.id);
    await createStaff(ds, 'skew-judge', 'judge', skewed.id);
  });

  afterAll(async () => {
    await jobs?.close();
    await app?.close();
    await db?.drop();
  });

  it('checks each court’s month once it is over, keeps the result, and fails a month whose weekends are spared, alerting its coordinators', async () => {
    const outcomes = await jobs.get(RandomnessSelfCheck).checkPreviousMonths();
    expect(outcomes).toEqual(
      expect.arrayContaining([
        { courtId: fair.id, month: '2026-11', passed: true },
        { courtId: skewed.id, month: '2026-11', passed: false },
      ]),
    );
    const [kept] = await ds.query(`SELECT passed, records, weekday_p_value, result FROM randomness_check_runs WHERE court_id = $1`, [skewed.id]);
    expect(kept).toMatchObject({ passed: false, records: 210 });
    expect(kept.weekday_p_value).toBeLessThan(0.01);
    expect(kept.result.weekendHoliday.consistent).toBe(false);
    // Aggregates only: no participant is named in what is kept.
    expect(JSON.stringify(kept.result)).not.toMatch(/participantId/);
    // The failed month alerts the court's coordinators (not its judges), and the month that passed alerts no one.
    const alerts = await ds.query(
      `SELECT u.username, a.kind, a.params, a.link FROM staff_alerts a JOIN users u ON u.id = a.user_id WHERE a.kind = 'randomness-check-failed'`,
    );
    // The alert links to the kept results on the measures screen.
    expect(alerts).toEqual([{ username: 'skew-coord', kind: 'randomness-check-failed', params: expect.objectContaining({ month: '2026-11' }), link: '/measures#randomness-heading' }]);
  });

  it('does a month once: a retry or a second worker keeps the first result', async () => {
    const again = await Promise.all([jobs.get(RandomnessSelfCheck).checkPreviousMonths(), jobs.get(RandomnessSelfCheck).checkPreviousMonths()]);
    expect(again.flat()).toEqual([]);
    expect(await ds.query(`SELECT count(*)::int AS n FROM randomness_check_runs`)).toEqual([{ n: 2 }]);
    expect(await ds.query(`SELECT count(*)::int AS n FROM staff_alerts WHERE kind = 'randomness-check-failed'`)).toEqual([{ n: 1 }]);
  });

  it('shows staff of the court its kept results, and no one else', async () => {
    const coordinator = await signIn(app, 'self-check-coord');
    const runs = (await coordinator.get(`/api/v1/courts/${fair.id}/randomness-check/runs`)).json();
    expect(runs).toEqual([expect.objectContaining({ month: '2026-11', passed: true, records: 210 })]);
    expect((await coordinator.get(`/api/v1/courts/${skewed.id}/randomness-check/runs`)).statusCode).toBe(404);
  });
});
