import { Processor, WorkerHost } from '@nestjs/bullmq';
import { OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@app/core';
import { AlertFanoutService, MessageDeliveryService, NotificationsSweepService } from '@app/notifications';
import { JobName, JobPayload, QueueName } from '@app/queue';
import { DelayedError, type Job } from 'bullmq';

/** Alerts' fan-out and the notifications' minute sweep. */
@Processor(QueueName.Notifications, { concurrency: 8 })
export class NotificationsProcessor extends WorkerHost {
  static readonly handledJobs = [JobName.AlertRaised, JobName.NotificationsSweep] as const;

  constructor(
    private readonly fanout: AlertFanoutService,
    private readonly sweeps: NotificationsSweepService,
  ) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name as JobName) {
      case JobName.AlertRaised: {
        const { alertId } = job.data as JobPayload<JobName.AlertRaised>;
        return this.fanout.fanOut(alertId);
      }
      case JobName.NotificationsSweep:
        return this.sweeps.sweep();
      default:
        throw new Error(`notifications queue has no handler for job ${job.name}`);
    }
  }
}

/**
 * Sends one message, at the channel's configured rate. BullMQ's rate limiter
 * is per queue and holds across every worker process; its figure comes from
 * the configuration, which a decorator cannot read, so the worker is built
 * idle (`autorun: false`) and started once the limit is set.
 */
abstract class DeliveryProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(
    private readonly delivery: MessageDeliveryService,
    private readonly perSecond: number,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    Object.assign(this.worker.opts, { limiter: { max: this.perSecond, duration: 1_000 } });
    void this.worker.run();
  }

  async process(job: Job, token?: string): Promise<unknown> {
    const { messageId } = job.data as JobPayload<JobName.SendEmail>;
    const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    const result = await this.delivery.deliver(messageId, lastAttempt);
    if (result.outcome === 'deferred') {
      // Quiet hours (or a morning send written early): the same job waits, and does not spend an attempt.
      await job.moveToDelayed(result.until.getTime(), token);
      throw new DelayedError();
    }
    return result;
  }
}

@Processor(QueueName.EmailDelivery, { autorun: false, concurrency: 4 })
export class EmailDeliveryProcessor extends DeliveryProcessor {
  static readonly handledJobs = [JobName.SendEmail] as const;

  constructor(delivery: MessageDeliveryService, config: AppConfig) {
    super(delivery, config.notifications.emailPerSecond);
  }
}

@Processor(QueueName.SmsDelivery, { autorun: false, concurrency: 4 })
export class SmsDeliveryProcessor extends DeliveryProcessor {
  static readonly handledJobs = [JobName.SendSms] as const;

  constructor(delivery: MessageDeliveryService, config: AppConfig) {
    super(delivery, config.notifications.smsPerSecond);
  }
}
