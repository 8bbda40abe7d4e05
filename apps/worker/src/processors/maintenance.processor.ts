import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { SignInThrottle } from '@app/auth';
import { IdempotencyKeysPruner } from '@app/core';
import { ProgramLengthAlertsService } from '@app/deferred-judgment';
import { JobName, JobPayload, OutboxPrunerService, QueueName } from '@app/queue';
import { TestingFidelitySummaryService } from '@app/reporting';
import type { Job } from 'bullmq';

@Processor(QueueName.Maintenance)
export class MaintenanceProcessor extends WorkerHost {
  static readonly handledJobs = [JobName.PruneOutbox, JobName.PruneIdempotencyKeys, JobName.ProgramLengthAlerts, JobName.RefreshMeasureSummaries] as const;
  private readonly logger = new Logger(MaintenanceProcessor.name);

  constructor(
    private readonly pruner: OutboxPrunerService,
    private readonly idempotencyKeys: IdempotencyKeysPruner,
    private readonly signInThrottle: SignInThrottle,
    private readonly programLength: ProgramLengthAlertsService,
    private readonly fidelitySummary: TestingFidelitySummaryService,
  ) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name as JobName) {
      case JobName.PruneOutbox: {
        const { olderThanDays } = job.data as JobPayload<JobName.PruneOutbox>;
        const deleted = await this.pruner.prune(olderThanDays);
        this.logger.log(`pruned ${deleted} relayed outbox events`);
        return { deleted };
      }
      case JobName.PruneIdempotencyKeys: {
        const deleted = await this.idempotencyKeys.prune();
        // The same hourly job clears sign-in failure counters that no longer count.
        const counters = await this.signInThrottle.prune();
        this.logger.log(`pruned ${deleted} expired idempotency keys and ${counters} idle sign-in counters`);
        return { deleted, counters };
      }
      case JobName.ProgramLengthAlerts: {
        return { alerted: await this.programLength.alertDue() };
      }
      case JobName.RefreshMeasureSummaries: {
        return this.fidelitySummary.refresh();
      }
      default:
        throw new Error(`maintenance queue has no handler for job ${job.name}`);
    }
  }
}
