import { getQueueToken } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { JOB_QUEUE, JobName, JobPayload } from '@app/queue';
import type { Queue } from 'bullmq';
import { CourtSchedulesService } from './court-schedules.service';

interface Schedule<J extends JobName = JobName> {
  job: J;
  /** Cron pattern, read in `tz`. */
  pattern: string;
  tz: string;
  payload: JobPayload<J>;
}

/** Recurring system work. Court-specific schedules (the daily draw) are keyed to each court's zone by their modules. */
export const SYSTEM_SCHEDULES: Schedule[] = [
  { job: JobName.PruneOutbox, pattern: '17 3 * * *', tz: 'UTC', payload: { olderThanDays: 30 } },
  // Every minute: what Postgres says is due in every court (draws, closed windows, passed deadlines).
  { job: JobName.TestingSweep, pattern: '* * * * *', tz: 'UTC', payload: {} },
  // Every minute: violations' clock moments that are late, and the alarms of those due soon.
  { job: JobName.ViolationSweep, pattern: '* * * * *', tz: 'UTC', payload: {} },
];

/** Upserts BullMQ job schedulers (the system's and every court's); upserting is idempotent, so every worker replica may do it. */
@Injectable()
export class SchedulesService implements OnApplicationBootstrap {
  constructor(
    private readonly moduleRef: ModuleRef,
    private readonly courtSchedules: CourtSchedulesService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const schedule of SYSTEM_SCHEDULES) {
      const queue = this.moduleRef.get<Queue>(getQueueToken(JOB_QUEUE[schedule.job]), { strict: false });
      await queue.upsertJobScheduler(
        schedule.job,
        { pattern: schedule.pattern, tz: schedule.tz },
        { name: schedule.job, data: schedule.payload },
      );
    }
    await this.courtSchedules.syncAll();
  }
}
