import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '@app/core';
import { DataSource } from 'typeorm';

/** Relayed outbox rows are a delivery log; after a while they only take space. */
@Injectable()
export class OutboxPrunerService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Deletes rows relayed more than `olderThanDays` ago; returns how many. Pending rows are never touched. */
  async prune(olderThanDays: number): Promise<number> {
    const cutoff = new Date(this.clock.now().getTime() - olderThanDays * 24 * 3600_000);
    const [, affected] = await this.dataSource.query(
      `DELETE FROM outbox_events WHERE relayed_at IS NOT NULL AND relayed_at < $1`,
      [cutoff],
    );
    return affected ?? 0;
  }
}
