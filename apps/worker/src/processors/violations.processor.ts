import { Processor, WorkerHost } from '@nestjs/bullmq';
import { JobName, JobPayload, QueueName } from '@app/queue';
import { CustodyEndService, ViolationClockService } from '@app/violations';
import type { Job } from 'bullmq';

/** Violations' clocks: each job only asks the domain to fire a moment, which it does at most once. */
@Processor(QueueName.Violations)
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
        return { outcome: await this.clocks.fire(violationId, event) };
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
