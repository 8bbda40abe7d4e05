import type { EntityManager } from 'typeorm';

/** The open treatment proposals of the docket's participants, with the court day each was made: the court takes them up at this hearing. */
export async function openProposalRows(manager: EntityManager, participantIds: readonly string[]) {
  if (participantIds.length === 0) return [];
  return (await manager.query(
    `SELECT t.id, t.participant_id, t.kind, t.source, t.proposed_at, (t.proposed_at AT TIME ZONE c.time_zone)::date::text AS proposed_on
       FROM treatment_proposals t JOIN participants p ON p.id = t.participant_id JOIN courts c ON c.id = p.court_id
      WHERE t.participant_id = ANY($1::uuid[]) AND t.status = 'open'
      ORDER BY t.proposed_at`,
    [participantIds],
  )) as Array<{ id: string; participant_id: string; kind: string; source: string; proposed_at: Date; proposed_on: string }>;
}
