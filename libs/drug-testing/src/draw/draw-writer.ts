import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { EntityManager } from 'typeorm';
import { commitmentOf, DRAW_ALGORITHM, drawSelections, type DrawCandidate, type DrawSelection } from './selection';
import type { TestingDay } from './testing-day';

export interface WrittenDraw {
  drawId: string;
  /** False when the draw already existed (a retry, a second worker): nothing was written. */
  created: boolean;
}

/**
 * Writes a court day's draw and its entries in the caller's transaction.
 * One draw per court and day is the database's rule (unique index); a
 * second writer's insert waits for the first to commit and then finds the
 * day taken, so it returns the existing draw unchanged.
 */
export async function writeDraw(
  manager: EntityManager,
  input: { courtId: string; day: TestingDay; seed: Buffer; committedAt: Date; candidates: readonly DrawCandidate[] },
): Promise<WrittenDraw> {
  const selections = drawSelections(input.seed, input.day.courtDay, input.candidates);
  const [inserted] = (await manager.query(
    `INSERT INTO draws (court_id, court_day, algorithm, seed_commitment, seed, committed_at, window_opens_at, window_closes_at, report_by,
                        participant_count, selected_count)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
     ON CONFLICT (court_id, court_day) DO NOTHING
     RETURNING id`,
    [
      input.courtId,
      input.day.courtDay,
      DRAW_ALGORITHM,
      commitmentOf(input.seed),
      input.seed,
      input.committedAt,
      input.day.windowOpensAt,
      input.day.windowClosesAt,
      input.day.reportBy,
      selections.length,
      selections.filter((s) => s.selected).length,
    ],
  )) as Array<{ id: string }>;
  if (!inserted) return { drawId: (await drawIdOf(manager, input.courtId, input.day.courtDay))!, created: false };
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
 * a uuid, a number, a rule name or a boolean, so CSV needs no quoting; an
 * empty field is NULL. JavaScript's shortest round-trip number text parses
 * back to the same double, so stored probabilities are exact.
 */
async function copyEntries(manager: EntityManager, drawId: string, selections: readonly DrawSelection[]): Promise<void> {
  const connection = (manager.queryRunner as unknown as { databaseConnection?: PoolClient } | undefined)?.databaseConnection;
  if (!manager.queryRunner?.isTransactionActive || !connection) throw new Error('writeDraw must be called inside a transaction');
  const chunks = function* (): Generator<string> {
    for (let start = 0; start < selections.length; start += COPY_CHUNK_ROWS) {
      yield selections
        .slice(start, start + COPY_CHUNK_ROWS)
        .map((s) => `${drawId},${s.participantId},${s.testsPerWeek},${s.probability},${s.rule ?? ''},${s.selected ? 't' : 'f'}\n`)
        .join('');
    }
  };
  await pipeline(
    Readable.from(chunks()),
    connection.query(copyFrom(`COPY draw_entries (draw_id, participant_id, tests_per_week, probability, rule, selected) FROM STDIN WITH (FORMAT csv)`)),
  );
}
