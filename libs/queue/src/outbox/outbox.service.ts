import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { JOB_QUEUE, JobName, JobPayload } from '../queue.contract';
import { OutboxEvent } from './outbox-event.entity';

export interface OutboxEntry<J extends JobName = JobName> {
  job: J;
  /** Deterministic key from the domain, e.g. `violation:<id>:deadline`. */
  key: string;
  payload: JobPayload<J>;
  /** Run no earlier than this instant (a deadline, a reminder). */
  runAt?: Date;
}

/**
 * Adds entries to the outbox in the transaction of `manager`. An entry whose
 * key is already in the outbox is skipped, so writing the same event twice is
 * harmless. Returns how many entries were new. A plain function, so domain
 * code outside Nest's container (a recorder shared by modules) writes jobs
 * the same way.
 */
export async function addToOutbox(manager: EntityManager, entries: OutboxEntry | OutboxEntry[]): Promise<number> {
  const list = Array.isArray(entries) ? entries : [entries];
  if (list.length === 0) return 0;
  if (!manager.queryRunner?.isTransactionActive) {
    throw new Error('OutboxService.add must be called inside a transaction');
  }
  const result = await manager
    .createQueryBuilder()
    .insert()
    .into(OutboxEvent)
    .values(
      list.map<QueryDeepPartialEntity<OutboxEvent>>((entry) => ({
        queue: JOB_QUEUE[entry.job],
        jobName: entry.job,
        jobKey: entry.key,
        payload: entry.payload,
        runAt: entry.runAt ?? null,
      })),
    )
    .orIgnore()
    .returning(['id'])
    .execute();
  return result.raw.length;
}

/**
 * Writes jobs into the outbox inside the caller's transaction. Nothing is
 * enqueued while a transaction is open: the relay does that after commit.
 */
@Injectable()
export class OutboxService {
  /** See `addToOutbox`. */
  add(manager: EntityManager, entries: OutboxEntry | OutboxEntry[]): Promise<number> {
    return addToOutbox(manager, entries);
  }
}
