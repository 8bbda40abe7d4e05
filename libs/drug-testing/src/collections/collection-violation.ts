import { DEFAULT_VIOLATION_OUTCOMES } from '@app/programs';
import { dismissOpenViolations, recordViolations } from '@app/violations';
import type { EntityManager } from 'typeorm';
import type { Collection } from '../entities/collection.entity';
import type { DrugTestResult } from '../entities/drug-test-result.entity';
import { TestingEvent } from '../testing-events';
import { resultsOf } from './collection-records';
import { collectionViolation } from './result-policy';

export const OVERTURNED_REASON = 'overturned by confirmation test';

/** The outcomes the participant's program counts as violations (the default list when they have no program). */
async function violationOutcomesOf(manager: EntityManager, participantId: string): Promise<readonly string[]> {
  const [row] = (await manager.query(
    `SELECT pr.violation_outcomes FROM participants p LEFT JOIN programs pr ON pr.id = p.program_id WHERE p.id = $1`,
    [participantId],
  )) as Array<{ violation_outcomes: string[] | null }>;
  return row?.violation_outcomes ?? DEFAULT_VIOLATION_OUTCOMES;
}

/**
 * When a counted positive was first screened and when the laboratory
 * confirmed it: the violation's clock starts at the confirmed result (the
 * time it is recorded), and both times are kept with it.
 */
function detectionTimes(results: readonly DrugTestResult[], countedIds: readonly string[]): { screenedAt?: string; confirmedAt?: string } {
  const confirmations = results.filter((r) => countedIds.includes(r.id) && r.method === 'confirmation');
  if (confirmations.length === 0) return {};
  const screens = results.filter((r) => confirmations.some((c) => c.supersedesId === r.id));
  const earliest = (rows: readonly DrugTestResult[], pick: 'min' | 'max') =>
    new Date(Math[pick](...rows.map((r) => r.createdAt.getTime()))).toISOString();
  return { ...(screens.length > 0 ? { screenedAt: earliest(screens, 'min') } : {}), confirmedAt: earliest(confirmations, 'max') };
}

/**
 * Brings the collection's violation in line with its results, inside the
 * write's transaction: recorded when something counts (once: the source key
 * makes a second recording a no-op), dismissed when nothing counts any more
 * (a negative confirmation overturned the only positive, or a prescription
 * recorded since covers it). Returns the id of
 * the violation that stands for the collection (open or answered), or null.
 */
export async function settleCollectionViolation(
  manager: EntityManager,
  collection: Pick<Collection, 'id' | 'courtId' | 'participantId'>,
  now: Date,
  dismissReason = OVERTURNED_REASON,
): Promise<string | null> {
  const sourceKey = TestingEvent.collection(collection.id);
  const results = await resultsOf(manager, [collection.id]);
  const verdict = collectionViolation(results, await violationOutcomesOf(manager, collection.participantId));
  if (verdict) {
    await recordViolations(manager, [
      {
        courtId: collection.courtId,
        participantId: collection.participantId,
        kind: verdict.kind,
        detectedAt: now,
        sourceKey,
        evidence: { collectionId: collection.id, resultIds: verdict.resultIds, ...detectionTimes(results, verdict.resultIds) },
      },
    ]);
  } else {
    await dismissOpenViolations(manager, { sourceKeys: [sourceKey] }, dismissReason, now);
  }
  const [row] = (await manager.query(`SELECT id FROM violations WHERE source_key = $1 AND status <> 'dismissed'`, [sourceKey])) as Array<{ id: string }>;
  return row?.id ?? null;
}
