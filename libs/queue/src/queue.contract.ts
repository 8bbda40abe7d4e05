/**
 * The queue contract, in one place: every queue, every job name and the
 * payload each job carries. Payloads carry ids only, never personal or
 * health data (Redis is not where protected records live).
 *
 * A job name is `<queue>.<action>`; the worker refuses to start if any job
 * name below has no handler.
 */
export enum QueueName {
  Maintenance = 'maintenance',
}

export enum JobName {
  /** Deletes outbox rows relayed long ago; the rows are only a delivery log by then. */
  PruneOutbox = 'maintenance.prune-outbox',
}

export interface JobPayloads {
  [JobName.PruneOutbox]: { olderThanDays: number };
}

/** Which queue each job runs on. */
export const JOB_QUEUE: { readonly [J in JobName]: QueueName } = {
  [JobName.PruneOutbox]: QueueName.Maintenance,
};

export type JobPayload<J extends JobName> = JobPayloads[J];

export const ALL_QUEUES: readonly QueueName[] = Object.values(QueueName);
export const ALL_JOBS: readonly JobName[] = Object.values(JobName);

export function isJobName(name: string): name is JobName {
  return (ALL_JOBS as readonly string[]).includes(name);
}

/**
 * Domain job keys read `violation:<id>:reminder:24h`; BullMQ reserves ':' in
 * custom ids, so the key is stored as given and sent to BullMQ with '/' instead.
 */
export function bullJobId(jobKey: string): string {
  return jobKey.replace(/:/g, '/');
}
