import type { EntityManager } from 'typeorm';
import type { TestMethod } from '../entities/drug-test-result.entity';

export interface PanelCutoffs {
  screen: number;
  /** Null: the laboratory's own cut-off applies. */
  confirmation: number | null;
}

/** The cut-offs of the participant's program, by substance panel. */
export async function programCutoffs(manager: EntityManager, participantId: string): Promise<Map<string, PanelCutoffs>> {
  const rows = (await manager.query(
    `SELECT t.substance, t.screen_cutoff_ng_ml, t.confirmation_cutoff_ng_ml
       FROM participants p JOIN program_test_panels t ON t.program_id = p.program_id WHERE p.id = $1`,
    [participantId],
  )) as Array<{ substance: string; screen_cutoff_ng_ml: string; confirmation_cutoff_ng_ml: string | null }>;
  return new Map(
    rows.map((row) => [row.substance, { screen: Number(row.screen_cutoff_ng_ml), confirmation: row.confirmation_cutoff_ng_ml === null ? null : Number(row.confirmation_cutoff_ng_ml) }]),
  );
}

/** Whether a level read is below the program's cut-off for the method: then the result is negative. No level or no cut-off: as read. */
export function belowCutoff(cutoffs: PanelCutoffs | undefined, method: TestMethod, level: number | null): boolean {
  if (!cutoffs || level === null) return false;
  const cutoff = method === 'screen' ? cutoffs.screen : cutoffs.confirmation;
  return cutoff !== null && level < cutoff;
}
