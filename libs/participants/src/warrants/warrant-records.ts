import { ConflictError } from '@app/core';
import { EntityManager } from 'typeorm';
import { Warrant, WarrantServiceOutcome } from './warrant.entity';

/**
 * The warrant rows behind a participant's `warrant` status, written in the
 * transaction of the status change (a warrant issued from the bench, at a
 * hearing's outcome, or through the status route), so the status and its
 * warrant never part.
 */

/** The participant's open warrant, locked, or null. */
export async function openWarrant(manager: EntityManager, participantId: string): Promise<Warrant | null> {
  const [row] = (await manager.query(
    `SELECT id FROM warrants WHERE participant_id = $1 AND served_at IS NULL AND recalled_at IS NULL FOR UPDATE`,
    [participantId],
  )) as Array<{ id: string }>;
  return row ? manager.findOneByOrFail(Warrant, { id: row.id }) : null;
}

export async function insertWarrant(
  manager: EntityManager,
  input: { participantId: string; courtId: string; issuedAt: Date; issuedBy: string; reason: string; hearingId: string | null },
): Promise<Warrant> {
  if (await openWarrant(manager, input.participantId)) {
    throw new ConflictError('warrant-open', 'A warrant is already open', 'The participant already has an open bench warrant: record its service or recall it first.');
  }
  return manager.save(manager.create(Warrant, { ...input }));
}

export async function markServed(
  manager: EntityManager,
  warrant: Warrant,
  service: { at: Date; by: string; outcome: WarrantServiceOutcome; note: string | null },
): Promise<Warrant> {
  await manager.update(Warrant, { id: warrant.id }, { servedAt: service.at, servedBy: service.by, serviceOutcome: service.outcome, serviceNote: service.note });
  return manager.findOneByOrFail(Warrant, { id: warrant.id });
}

export async function markRecalled(manager: EntityManager, warrant: Warrant, recall: { at: Date; by: string; reason: string }): Promise<Warrant> {
  await manager.update(Warrant, { id: warrant.id }, { recalledAt: recall.at, recalledBy: recall.by, recallReason: recall.reason });
  return manager.findOneByOrFail(Warrant, { id: warrant.id });
}
