import { Processor, WorkerHost } from '@nestjs/bullmq';
import { JobName, JobPayload, QueueName } from '@app/queue';
import { CustodyEndService, ViolationClockService } from '@app/violations';
import type { Job } from 'bullmq';

/**
 * Jobs of the violations queue run at once. Firing takes the moment's row lock, so concurrency
 * never fires one twice, and a sweep re-adding thousands of alarms must not hold up the ones due
 * now. (The deadline-lag benchmark's bare worker runs at the same concurrency.)
 */
export const VIOLATIONS_CONCURRENCY = 8;

/** Violations' clocks: each job only asks the domain to fire a moment, which it does at most once. */
@Processor(QueueName.Violations, { concurrency: VIOLATIONS_CONCURRENCY })
export class ViolationsProcessor extends WorkerHost {
  static readonly handledJobs = [JobName.ViolationClock, JobName.ViolationSweep, JobName.CustodyEnd] as const;

  constructor(
    private readonly clocks: ViolationClockService,
    private readonly custody: CustodyEndService,
  ) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name as JobName) {
      case JobName.ViolationClock: {
        const { violationId, event } = job.data as JobPayload<JobName.ViolationClock>;
        const outcome = await this.clocks.fire(violationId, event);
        // Rang before its time (hosts' clocks differ): fail so BullMQ retries it shortly, rather than complete and be forgotten.
        if (outcome === 'not_due') throw new Error(`violation ${violationId} ${event} is not due yet; retrying`);
        return { outcome };
      }
      case JobName.ViolationSweep:
        return { ...(await this.clocks.sweep()), custodiesEnded: await this.custody.endDue() };
      case JobName.CustodyEnd: {
        const { responseId } = job.data as JobPayload<JobName.CustodyEnd>;
        return { outcome: await this.custody.end(responseId) };
      }
      default:
        throw new Error(`violations queue has no handler for job ${job.name}`);
    }
  }
}
