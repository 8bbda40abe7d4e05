import { addCalendarDays, loadConfig } from '@app/core';
import { FIDELITY_SQL, MOVES_SQL, PHASES_SQL, PhaseMeasuresService, ResultTurnaroundService, TestingFidelityService, TURNAROUND_SQL } from '@app/reporting';
import { IN_PROGRAM_STATUSES } from '@app/participants';
import { SWIFTNESS_SQL, SwiftnessService } from '@app/violations';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Pool } from 'pg';
import { ApiModule } from '../apps/api/src/api.module';
import { BenchStack, Figure } from './harness';
import { seedState, StateSeedOptions } from './state-seeder';

/**
 * Every court measure on a state's worth of history (bench/state-seeder.ts:
 * 100 courts, 100,000 participants, five years), for one court and for the
 * whole state, over the last year (the longest period a measure reads):
 * through the measure's service (`measureCourts`, what the court and the
 * state routes run) beside the same SQL sent directly with pg, the baseline,
 * in the same run. Targets: under 2 s for a court, under 10 s for the state.
 * BENCH_STATE_COURTS and BENCH_STATE_PARTICIPANTS shrink the state for a
 * quick look.
 */

const COURT_TARGET_MS = 2_000;
const STATE_TARGET_MS = 10_000;
const RUNS = 3;

interface Measure {
  name: string;
  /** The service call, as the routes make it. */
  service(courtIds: string[]): Promise<unknown>;
  /** The same statements, sent directly (in parallel where the service sends them in parallel). */
  direct(courtIds: string[]): Promise<unknown>;
}

/** The median of `RUNS` timed runs after one untimed warm-up. */
async function medianMs(work: () => Promise<unknown>): Promise<number> {
  await work();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return Math.round(times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]);
}

export async function measuresFigures(stack: BenchStack): Promise<Figure[]> {
  const courts = Number(process.env.BENCH_STATE_COURTS ?? 100);
  const perCourt = Number(process.env.BENCH_STATE_PARTICIPANTS ?? 1_000);
  const endDay = addCalendarDays(new Date().toISOString().slice(0, 10), -1);
  const from = addCalendarDays(endDay, -364);
  const options: StateSeedOptions = { prefix: 'ST', courts, participantsPerCourt: perCourt, endDay };

  // The seeder writes history nobody waits for: no need to wait for each commit's flush.
  const pool = new Pool({ connectionString: stack.databaseUrl, max: 4, options: '-c synchronous_commit=off' });
  let app: INestApplicationContext | undefined;
  try {
    const seed = await seedState(pool, options);
    console.log(`  seeded ${courts} courts × ${perCourt} participants in ${seed.seconds} s`);
    for (const s of seed.steps) console.log(`    ${s.step}: ${s.seconds} s`);
    console.log(`  rows: ${Object.entries(seed.rows).map(([t, n]) => `${t} ${n.toLocaleString('en-US')}`).join(', ')}`);

    app = await NestFactory.createApplicationContext(
      ApiModule.forRoot({ config: loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'warn', AUTH_SECRET: 'bench-auth-secret-0123456789abcdefghijklmnop', DATABASE_URL: stack.databaseUrl, REDIS_URL: stack.redisUrl }) }),
      { logger: false },
    );
    const fidelity = app.get(TestingFidelityService);
    const phases = app.get(PhaseMeasuresService);
    const turnaround = app.get(ResultTurnaroundService);
    const swiftness = app.get(SwiftnessService);
    const inProgram = [...IN_PROGRAM_STATUSES];
    const now = new Date();
    const measures: Measure[] = [
      {
        name: 'testing fidelity',
        service: (ids) => fidelity.measureCourts(ids, from, endDay),
        direct: (ids) => pool.query(FIDELITY_SQL, [ids, from, endDay]),
      },
      {
        name: 'phases',
        service: (ids) => phases.measureCourts(ids, from, endDay, now),
        direct: (ids) => Promise.all([pool.query(PHASES_SQL, [ids, from, endDay, now, inProgram]), pool.query(MOVES_SQL, [ids, from, endDay, inProgram])]),
      },
      {
        name: 'result turnaround',
        service: (ids) => turnaround.measureCourts(ids, from, endDay),
        direct: (ids) => pool.query(TURNAROUND_SQL, [ids, from, endDay]),
      },
      {
        name: 'swiftness',
        service: (ids) => swiftness.measureCourts(ids, from, endDay),
        direct: (ids) => pool.query(SWIFTNESS_SQL, [ids, from, endDay, now]),
      },
    ];

    // A court of typical size: the one with the median number in the program now.
    const [{ id: courtId }] = (
      await pool.query<{ id: string }>(
        `SELECT c.id FROM courts c LEFT JOIN participants p ON p.court_id = c.id AND p.status = ANY($2::text[])
          WHERE c.id = ANY($1::uuid[]) GROUP BY c.id ORDER BY count(p.id), c.code OFFSET $3 LIMIT 1`,
        [seed.courtIds, inProgram, Math.floor(seed.courtIds.length / 2)],
      )
    ).rows;
    const scopes = [
      { label: 'one court', ids: [courtId], target: COURT_TARGET_MS },
      { label: `the state (${seed.courtIds.length} courts)`, ids: seed.courtIds, target: STATE_TARGET_MS },
    ];
    const figures: Figure[] = [];
    for (const measure of measures) {
      for (const scope of scopes) {
        const baseline = await medianMs(() => measure.direct(scope.ids));
        const value = await medianMs(() => measure.service(scope.ids));
        figures.push({
          name: `${measure.name}, ${scope.label}, ${from} to ${endDay}`,
          value,
          unit: 'ms',
          baselineName: 'the same SQL sent directly',
          baseline,
          ratio: baseline / Math.max(value, 1),
          target: `< ${scope.target.toLocaleString('en-US')} ms`,
          met: value < scope.target,
          notes: `median of ${RUNS} after a warm-up; ${courts} courts × ${perCourt} participants seeded in ${seed.seconds} s`,
        });
      }
    }
    return figures;
  } finally {
    await app?.close();
    await pool.end();
  }
}
