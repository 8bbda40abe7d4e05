import { Processor, WorkerHost } from '@nestjs/bullmq';
import { JobName, JobPayload, QueueName } from '@app/queue';
import { ViolationClockService } from '@app/violations';
import type { Job } from 'bullmq';

/** Violations' clocks: each job only asks the domain to fire a moment, which it does at most once. */
@Processor(QueueName.Violations)
export class ViolationsProcessor extends WorkerHost {
  static readonly handledJobs = [JobName.ViolationClock, JobName.ViolationSweep] as const;

  constructor(private readonly clocks: ViolationClockService) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name as JobName) {
      case JobName.ViolationClock: {
        const { violationId, event } = job.data as JobPayload<JobName.ViolationClock>;
        return { outcome: await this.clocks.fire(violationId, event) };
      }
      case JobName.ViolationSweep:
        return this.clocks.sweep();
      default:
        throw new Error(`violations queue has no handler for job ${job.name}`);
    }
  }
}
