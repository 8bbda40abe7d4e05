import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { activeCourtsTesting, testingCronPatterns, type CourtTesting } from '@app/drug-testing';
import { JobName, QueueName } from '@app/queue';
import type { Queue } from 'bullmq';
import type Redis from 'ioredis';
import { DataSource } from 'typeorm';

/**
 * One BullMQ job scheduler per court and moment of the testing day (the
 * draw, the window's close, the reporting deadline), each a cron pattern in
 * the court's own IANA zone so the jobs follow its wall clock through
 * daylight-saving changes. Upserting is idempotent, so every worker replica
 * may sync; a court whose settings changed is re-synced by the next sweep.
 */
@Injectable()
export class CourtSchedulesService {
  /** What was last upserted per court, so an unchanged court costs no Redis call. */
  private readonly synced = new Map<string, string>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QueueName.DrugTesting) private readonly queue: Queue,
  ) {}

  /** Scheduler keys of a court: `court/<id>/<moment>` (BullMQ reserves ':' in ids). */
  static keys(courtId: string) {
    return {
      draw: `court/${courtId}/draw`,
      windowClose: `court/${courtId}/window-close`,
      reportingDeadline: `court/${courtId}/reporting-deadline`,
    };
  }

  /**
   * Scheduler keys of the courts synced so far that Redis no longer holds
   * (one round trip for all of them).
   */
  async missing(): Promise<string[]> {
    const keys = [...this.synced.keys()].flatMap((courtId) => Object.values(CourtSchedulesService.keys(courtId)));
    if (keys.length === 0) return [];
    // BullMQ's connection is an ioredis client; its own interface declares only the commands BullMQ uses.
    const client = (await this.queue.client) as unknown as Redis;
    // BullMQ keeps each job scheduler as a member of the queue's `repeat` sorted set.
    const scores = await client.zmscore(this.queue.toKey('repeat'), ...keys);
    return keys.filter((_, i) => scores[i] === null);
  }

  /** Forgets what was synced, so the next `syncAll` upserts every court again (after Redis lost them). */
  forget(): void {
    this.synced.clear();
  }

  async syncAll(): Promise<number> {
    let changed = 0;
    for (const court of await activeCourtsTesting(this.dataSource.manager)) {
      if (await this.sync(court)) changed += 1;
    }
    return changed;
  }

  private async sync(court: CourtTesting): Promise<boolean> {
    const patterns = testingCronPatterns(court);
    const signature = `${court.timeZone} ${patterns.draw} ${patterns.windowClose} ${patterns.reportingDeadline}`;
    if (this.synced.get(court.courtId) === signature) return false;
    const keys = CourtSchedulesService.keys(court.courtId);
    const payload = { courtId: court.courtId };
    const moments: Array<[string, string, JobName]> = [
      [keys.draw, patterns.draw, JobName.DrawCourtDay],
      [keys.windowClose, patterns.windowClose, JobName.CloseCallInWindow],
      [keys.reportingDeadline, patterns.reportingDeadline, JobName.PassReportingDeadline],
    ];
    for (const [key, pattern, job] of moments) {
      await this.queue.upsertJobScheduler(key, { pattern, tz: court.timeZone }, { name: job, data: payload });
    }
    this.synced.set(court.courtId, signature);
    return true;
  }
}
