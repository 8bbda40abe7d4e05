import { getQueueToken } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
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
  { job: JobName.PruneIdempotencyKeys, pattern: '23 * * * *', tz: 'UTC', payload: {} },
  // Hourly: deferred judgments whose plea turned 16 months old in their court's calendar (each warned once).
  { job: JobName.ProgramLengthAlerts, pattern: '37 * * * *', tz: 'UTC', payload: {} },
  // Hourly: the testing fidelity summary's last five weeks rewritten, so a correction shows within the hour.
  { job: JobName.RefreshMeasureSummaries, pattern: '47 * * * *', tz: 'UTC', payload: {} },
  // Every minute: what Postgres says is due in every court (draws, closed windows, passed deadlines).
  { job: JobName.TestingSweep, pattern: '* * * * *', tz: 'UTC', payload: {} },
  // Every minute: violations' clock moments that are late, and the alarms of those due soon.
  { job: JobName.ViolationSweep, pattern: '* * * * *', tz: 'UTC', payload: {} },
  // Daily: the randomness self-check of each court's month just over (once per court and month).
  { job: JobName.RandomnessSelfCheck, pattern: '40 4 * * *', tz: 'UTC', payload: {} },
  // Every minute: messages whose job Redis lost, and the daily digests due.
  { job: JobName.NotificationsSweep, pattern: '* * * * *', tz: 'UTC', payload: {} },
];

/**
 * How often the worker checks that its job schedulers still exist in Redis.
 * The sweeps re-create every lost job from Postgres, but the sweeps are job
 * schedulers themselves: a Redis flushed or failed over to an empty replica
 * takes them too, and nothing in Redis would ever run again. So the check runs
 * in the worker's own process, not as a job, and puts back within this
 * interval (plus one sweep) everything a flush took.
 */
export const SCHEDULE_CHECK_INTERVAL_MS = 30_000;

/**
 * Upserts BullMQ job schedulers (the system's and every court's) at start-up,
 * then keeps them there. Upserting is idempotent, so every worker replica may
 * do it.
 */
@Injectable()
export class SchedulesService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SchedulesService.name);
  private timer?: NodeJS.Timeout;
  private checking?: Promise<boolean>;

  constructor(
    private readonly moduleRef: ModuleRef,
    private readonly courtSchedules: CourtSchedulesService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.upsertSystemSchedules();
    await this.courtSchedules.syncAll();
    this.timer = setInterval(() => void this.ensure(), SCHEDULE_CHECK_INTERVAL_MS);
    // The check never keeps a process alive on its own.
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /**
   * Re-creates every job scheduler when any is missing from Redis (a flush, a
   * failover to an empty replica, a restore without its data); returns whether
   * it had to. A Redis that is down is only logged: the next check tries again.
   */
  ensure(): Promise<boolean> {
    // One check at a time: a slow Redis must not pile checks up.
    this.checking ??= this.check().finally(() => (this.checking = undefined));
    return this.checking;
  }

  private async check(): Promise<boolean> {
    try {
      const missing = [...(await this.missingSystemSchedules()), ...(await this.courtSchedules.missing())];
      if (missing.length === 0) return false;
      this.logger.warn(`job schedulers missing from Redis (flushed or failed over?), re-creating them: ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}`);
      await this.upsertSystemSchedules();
      this.courtSchedules.forget();
      await this.courtSchedules.syncAll();
      return true;
    } catch (error) {
      this.logger.warn(`could not check the job schedulers: ${(error as Error).message}`);
      return false;
    }
  }

  private async upsertSystemSchedules(): Promise<void> {
    for (const schedule of SYSTEM_SCHEDULES) {
      await this.queueOf(schedule.job).upsertJobScheduler(
        schedule.job,
        { pattern: schedule.pattern, tz: schedule.tz },
        { name: schedule.job, data: schedule.payload },
      );
    }
  }

  private async missingSystemSchedules(): Promise<string[]> {
    const missing: string[] = [];
    for (const schedule of SYSTEM_SCHEDULES) {
      if (!(await this.queueOf(schedule.job).getJobScheduler(schedule.job))) missing.push(schedule.job);
    }
    return missing;
  }

  private queueOf(job: JobName): Queue {
    return this.moduleRef.get<Queue>(getQueueToken(JOB_QUEUE[job]), { strict: false });
  }
}
