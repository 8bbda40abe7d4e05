import type { EntityManager } from 'typeorm';
import type { Collection } from '../entities/collection.entity';
import { CUSTODY_STEPS, CustodyEvent, type CustodyStep } from './custody-event.entity';

/** The first step of the chain, written with the collection: the collector, at the collection's time. */
export async function recordCollected(manager: EntityManager, collection: Collection, collectorId: string): Promise<void> {
  const [user] = (await manager.query(`SELECT display_name FROM users WHERE id = $1`, [collectorId])) as Array<{ display_name: string }>;
  await manager.insert(CustodyEvent, {
    collectionId: collection.id,
    step: 'collected',
    handledBy: user?.display_name ?? 'collector',
    at: collection.collectedAt,
    recordedBy: collectorId,
  });
}

/** The chain of a collection, in order. */
export async function custodyOf(manager: EntityManager, collectionId: string): Promise<CustodyEvent[]> {
  const events = await manager.find(CustodyEvent, { where: { collectionId } });
  return events.sort((a, b) => CUSTODY_STEPS.indexOf(a.step) - CUSTODY_STEPS.indexOf(b.step));
}

/**
 * Why a step cannot be added to the chain as it stands, or null: each step
 * once, after the one before it (none missing), and not before it in time.
 */
export function custodyStepProblem(chain: readonly Pick<CustodyEvent, 'step' | 'at'>[], step: CustodyStep, at: Date): { field: string; message: string } | null {
  const index = CUSTODY_STEPS.indexOf(step);
  if (index === 0) return { field: 'step', message: 'collected is recorded with the collection itself' };
  if (chain.some((e) => e.step === step)) return { field: 'step', message: `${step} is already recorded for this specimen` };
  const previous = chain.find((e) => e.step === CUSTODY_STEPS[index - 1]);
  if (!previous) return { field: 'step', message: `${CUSTODY_STEPS[index - 1]} must be recorded before ${step}` };
  // People write custody times to the minute (the paper form, the screen's field), and the
  // collection's own step carries seconds: a step in the same minute as the one before it is in order.
  if (at.getTime() < Math.floor(previous.at.getTime() / 60_000) * 60_000) return { field: 'at', message: `must not be before the ${previous.step} step (${previous.at.toISOString()})` };
  return null;
}
