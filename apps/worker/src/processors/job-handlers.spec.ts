import { JobName } from '@app/queue';
import { PROCESSORS } from '../worker.module';
import { assertEveryJobHandled } from './job-handlers';

describe('job handler check', () => {
  it('passes for the worker as built', () => {
    expect(() => assertEveryJobHandled(PROCESSORS)).not.toThrow();
  });

  it('names a job with no handler', () => {
    expect(() => assertEveryJobHandled(PROCESSORS.slice(1))).toThrow(`No handler for job(s): ${JobName.PruneOutbox}`);
  });

  it('names a job handled twice', () => {
    const twice = { name: 'Twice', handledJobs: [JobName.PruneOutbox] };
    expect(() => assertEveryJobHandled([...PROCESSORS, twice])).toThrow(/More than one handler/);
  });
});
