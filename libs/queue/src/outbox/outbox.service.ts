import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { JOB_QUEUE, JobName, JobPayload } from '../queue.contract';

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
  // Parallel arrays, one parameter each: a violation's clock writes three rows, and a batch of
  // thousands would pass Postgres' 65,535 bind parameters as a multi-row VALUES list.
  const inserted = (await manager.query(
    `INSERT INTO outbox_events (queue, job_name, job_key, payload, run_at)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::jsonb[], $5::timestamptz[])
     ON CONFLICT (job_key) DO NOTHING
     RETURNING id`,
    [
      list.map((entry) => JOB_QUEUE[entry.job]),
      list.map((entry) => entry.job),
      list.map((entry) => entry.key),
      list.map((entry) => JSON.stringify(entry.payload)),
      list.map((entry) => entry.runAt?.toISOString() ?? null),
    ],
  )) as unknown[];
  return inserted.length;
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
