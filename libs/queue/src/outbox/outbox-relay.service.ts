import { getQueueToken } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { bullJobId, QueueName } from '../queue.contract';

interface PendingRow {
  id: string;
  queue: QueueName;
  job_name: string;
  job_key: string;
  payload: Record<string, unknown>;
  run_at: Date | null;
}

export const RELAY_BATCH_SIZE = 500;

/**
 * Moves committed outbox rows into BullMQ. Rows are claimed with
 * `FOR UPDATE SKIP LOCKED`, so any number of relays can run at once without
 * handing out the same row twice; a row is marked relayed only in the same
 * transaction, after BullMQ accepted its job. If the process dies between the
 * two, the row is relayed again with the same job id, which BullMQ ignores.
 */
@Injectable()
export class OutboxRelayService {
  private readonly logger = new Logger('OutboxRelay');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly moduleRef: ModuleRef,
  ) {}

  /** Relays one batch; returns how many rows it relayed. */
  async relayBatch(limit = RELAY_BATCH_SIZE): Promise<number> {
    let claimed: PendingRow[] = [];
    try {
      return await this.dataSource.transaction(async (manager) => {
        claimed = await manager.query(
          `SELECT id, queue, job_name, job_key, payload, run_at
             FROM outbox_events
            WHERE relayed_at IS NULL
            ORDER BY id
            LIMIT $1
            FOR UPDATE SKIP LOCKED`,
          [limit],
        );
        if (claimed.length === 0) return 0;
        await this.enqueue(claimed);
        await manager.query(`UPDATE outbox_events SET relayed_at = now(), last_error = NULL WHERE id = ANY($1::bigint[])`, [
          claimed.map((row) => row.id),
        ]);
        return claimed.length;
      });
    } catch (error) {
      if (claimed.length > 0) await this.recordFailure(claimed, error as Error);
      throw error;
    }
  }

  /** Relays until nothing is pending; returns the total. */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const relayed = await this.relayBatch();
      total += relayed;
      if (relayed < RELAY_BATCH_SIZE) return total;
    }
  }

  private async enqueue(rows: PendingRow[]): Promise<void> {
    const byQueue = new Map<QueueName, PendingRow[]>();
    for (const row of rows) byQueue.set(row.queue, [...(byQueue.get(row.queue) ?? []), row]);
    // BullMQ's delays run on real time, not on the injected domain clock.
    const now = Date.now();
    for (const [queueName, group] of byQueue) {
      const queue = this.moduleRef.get<Queue>(getQueueToken(queueName), { strict: false });
      await queue.addBulk(
        group.map((row) => ({
          name: row.job_name,
          data: row.payload,
          opts: {
            jobId: bullJobId(row.job_key),
            delay: row.run_at ? Math.max(0, new Date(row.run_at).getTime() - now) : undefined,
          },
        })),
      );
    }
  }

  private async recordFailure(rows: PendingRow[], error: Error): Promise<void> {
    this.logger.warn({ err: error }, `relay of ${rows.length} outbox events failed, will retry`);
    await this.dataSource
      .query(`UPDATE outbox_events SET attempts = attempts + 1, last_error = $2 WHERE id = ANY($1::bigint[])`, [
        rows.map((row) => row.id),
        error.message.slice(0, 1000),
      ])
      .catch(() => undefined);
  }
}
