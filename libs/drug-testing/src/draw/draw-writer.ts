import type { EntityManager } from 'typeorm';
import { commitmentOf, DRAW_ALGORITHM, drawSelections, type DrawCandidate } from './selection';
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
  if (!inserted) {
    const [existing] = (await manager.query(`SELECT id FROM draws WHERE court_id = $1 AND court_day = $2`, [input.courtId, input.day.courtDay])) as Array<{
      id: string;
    }>;
    return { drawId: existing.id, created: false };
  }
  if (selections.length > 0) {
    // One statement of parallel arrays: close to COPY speed for a court of 100,000.
    await manager.query(
      `INSERT INTO draw_entries (draw_id, participant_id, tests_per_week, probability, rule, selected)
       SELECT $1, * FROM unnest($2::uuid[], $3::float8[], $4::float8[], $5::text[], $6::boolean[])`,
      [
        inserted.id,
        selections.map((s) => s.participantId),
        selections.map((s) => s.testsPerWeek),
        selections.map((s) => s.probability),
        selections.map((s) => s.rule),
        selections.map((s) => s.selected),
      ],
    );
  }
  return { drawId: inserted.id, created: true };
}
