import { custodyStepProblem } from './custody-records';

const collectedAt = new Date('2026-11-23T16:05:42Z');
const chain = [{ step: 'collected' as const, at: collectedAt }];

describe('custodyStepProblem', () => {
  it('takes the steps in order, once each', () => {
    expect(custodyStepProblem(chain, 'collected', collectedAt)).toMatchObject({ field: 'step' });
    expect(custodyStepProblem(chain, 'shipped', new Date('2026-11-23T17:00:00Z'))).toMatchObject({ field: 'step', message: 'sealed must be recorded before shipped' });
    expect(custodyStepProblem(chain, 'sealed', new Date('2026-11-23T17:00:00Z'))).toBeNull();
    const sealed = [...chain, { step: 'sealed' as const, at: new Date('2026-11-23T17:00:00Z') }];
    expect(custodyStepProblem(sealed, 'sealed', new Date('2026-11-23T17:01:00Z'))).toMatchObject({ field: 'step' });
  });

  it('takes a step typed to the minute of the step before it, though that one carries seconds', () => {
    expect(custodyStepProblem(chain, 'sealed', new Date('2026-11-23T16:05:00Z'))).toBeNull();
  });

  it('refuses a step in a minute before the step before it', () => {
    expect(custodyStepProblem(chain, 'sealed', new Date('2026-11-23T16:04:59Z'))).toMatchObject({ field: 'at' });
  });
});
