import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { EntityManager } from 'typeorm';
import {
  CHAINED_DRAW_ALGORITHM,
  chainedSelections,
  drawCommitment,
  drawToken,
  fractionText,
  fractionValue,
  frequencyDecimal,
  type ChainedSelection,
} from './chained-draw';
import type { PopulationCandidate } from './draw-population';
import { chainedSeed } from './seed-chains';
import { commitmentOf } from './selection';
import type { TestingDay } from './testing-day';

export interface WrittenDraw {
  drawId: string;
  /** False when the draw already existed (a retry, a second worker): nothing was written. */
  created: boolean;
}

/**
 * Writes a court day's draw and its entries in the caller's transaction,
 * under the publicly verifiable algorithm (`chained-draw.ts`): the seed is
 * the court day's link of the court's yearly chain, each entry is named by
 * its token, and the commitment over every input is stored with the draw.
 * One draw per court and day is the database's rule (unique index); a
 * second writer's insert waits for the first to commit and then finds the
 * day taken, so it returns the existing draw unchanged.
 */
export async function writeDraw(
  manager: EntityManager,
  input: { courtId: string; day: TestingDay; committedAt: Date; candidates: readonly PopulationCandidate[] },
): Promise<WrittenDraw> {
  const courtDay = input.day.courtDay;
  const [court] = (await manager.query(`SELECT code FROM courts WHERE id = $1`, [input.courtId])) as Array<{ code: string }>;
  const chained = await chainedSeed(manager, input.courtId, courtDay, input.committedAt);
  const selections = chainedSelections(
    chained.seed,
    courtDay,
    input.candidates.map((c) => ({
      participantId: c.participantId,
      token: drawToken(c.drawSecret, courtDay),
      testsPerWeek: frequencyDecimal(c.testsPerWeek),
      rails: c.rails,
      recent: c.recent,
    })),
  );
  const seedCommitment = commitmentOf(chained.seed);
  const commitment = drawCommitment({
    court: court.code,
    courtDay,
    algorithm: CHAINED_DRAW_ALGORITHM,
    seedCommitment,
    chain: { year: chained.year, index: chained.index, anchor: chained.anchor },
    entries: selections,
  });
  const [inserted] = (await manager.query(
    `INSERT INTO draws (court_id, court_day, algorithm, seed_commitment, seed, committed_at, window_opens_at, window_closes_at, report_by,
                        participant_count, selected_count, commitment, court_code, seed_chain_id, chain_index)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
     ON CONFLICT (court_id, court_day) DO NOTHING
     RETURNING id`,
    [
      input.courtId,
      courtDay,
      CHAINED_DRAW_ALGORITHM,
      seedCommitment,
      chained.seed,
      input.committedAt,
      input.day.windowOpensAt,
      input.day.windowClosesAt,
      input.day.reportBy,
      selections.length,
      selections.filter((s) => s.selected).length,
      commitment,
      court.code,
      chained.chainId,
      chained.index,
    ],
  )) as Array<{ id: string }>;
  if (!inserted) return { drawId: (await drawIdOf(manager, input.courtId, courtDay))!, created: false };
  if (selections.length > 0) await copyEntries(manager, inserted.id, selections);
  return { drawId: inserted.id, created: true };
}

/** The id of a court day's draw, or null before it is made. */
export async function drawIdOf(manager: EntityManager, courtId: string, courtDay: string): Promise<string | null> {
  const [row] = (await manager.query(`SELECT id FROM draws WHERE court_id = $1 AND court_day = $2`, [courtId, courtDay])) as Array<{ id: string }>;
  return row?.id ?? null;
}

/** Rows per chunk handed to COPY: large enough to keep the stream cheap, small enough to stay flat in memory. */
const COPY_CHUNK_ROWS = 5_000;

/**
 * Writes the entries with COPY on the transaction's own connection: for a
 * court of 100,000 it is the fastest way into Postgres (the draw benchmark
 * compares the whole draw with a bare COPY of the same rows). Every value is
 * a uuid, a hex token, a number, a fraction, a rule name or a boolean, so
 * CSV needs no quoting; an empty field is NULL. The double `probability`
 * (read by reports) is the fraction's nearest double; the exact fraction is
 * what verification reads.
 */
async function copyEntries(manager: EntityManager, drawId: string, selections: readonly ChainedSelection[]): Promise<void> {
  const connection = (manager.queryRunner as unknown as { databaseConnection?: PoolClient } | undefined)?.databaseConnection;
  if (!manager.queryRunner?.isTransactionActive || !connection) throw new Error('writeDraw must be called inside a transaction');
  const field = (value: number | string | null | undefined) => (value === null || value === undefined ? '' : String(value));
  const chunks = function* (): Generator<string> {
    for (let start = 0; start < selections.length; start += COPY_CHUNK_ROWS) {
      yield selections
        .slice(start, start + COPY_CHUNK_ROWS)
        .map(
          (s) =>
            `${drawId},${s.participantId},${s.testsPerWeek},${fractionValue(s.probability)},${s.rule ?? ''},${s.selected ? 't' : 'f'},` +
            `${s.token},${s.testsPerWeek},${field(s.rails.maxUntestedDays)},${field(s.rails.maxTestsPer7Days)},` +
            `${field(s.recent?.untestedDays)},${field(s.recent?.testsInPrevious6Days)},${fractionText(s.probability)}\n`,
        )
        .join('');
    }
  };
  await pipeline(
    Readable.from(chunks()),
    connection.query(
      copyFrom(
        `COPY draw_entries (draw_id, participant_id, tests_per_week, probability, rule, selected,
                           token, frequency, max_untested_days, max_tests_per_7_days, untested_days, tests_in_previous_6_days, exact_probability)
         FROM STDIN WITH (FORMAT csv)`,
      ),
    ),
  );
}
