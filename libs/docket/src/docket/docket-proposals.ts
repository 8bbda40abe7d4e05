import type { EntityManager } from 'typeorm';

/** The open treatment proposals of the docket's participants: the court takes them up at this hearing. */
export async function openProposalRows(manager: EntityManager, participantIds: readonly string[]) {
  if (participantIds.length === 0) return [];
  return (await manager.query(
    `SELECT id, participant_id, kind, source, proposed_at FROM treatment_proposals WHERE participant_id = ANY($1::uuid[]) AND status = 'open' ORDER BY proposed_at`,
    [participantIds],
  )) as Array<{ id: string; participant_id: string; kind: string; source: string; proposed_at: Date }>;
}
