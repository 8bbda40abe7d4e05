import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../clock/clock';

/** Expired idempotency keys answer nothing any more; the maintenance job deletes them. */
@Injectable()
export class IdempotencyKeysPruner {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Deletes keys whose expiry has passed; returns how many. */
  async prune(): Promise<number> {
    const [, affected] = await this.dataSource.query(`DELETE FROM idempotency_keys WHERE expires_at <= $1`, [this.clock.now()]);
    return affected ?? 0;
  }
}
