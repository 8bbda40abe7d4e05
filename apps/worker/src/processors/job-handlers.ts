import { ALL_JOBS, JobName } from '@app/queue';

/** A processor declares the job names it handles, so the worker can check the contract at start-up. */
export interface JobHandlerClass {
  readonly handledJobs: readonly JobName[];
  readonly name: string;
}

/** Throws unless every job name of the queue contract has exactly one handler. */
export function assertEveryJobHandled(processors: readonly JobHandlerClass[]): void {
  const handled = processors.flatMap((p) => p.handledJobs);
  const missing = ALL_JOBS.filter((job) => !handled.includes(job));
  const twice = handled.filter((job, index) => handled.indexOf(job) !== index);
  if (missing.length > 0) throw new Error(`No handler for job(s): ${missing.join(', ')}`);
  if (twice.length > 0) throw new Error(`More than one handler for job(s): ${twice.join(', ')}`);
}
