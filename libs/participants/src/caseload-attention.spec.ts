import { ATTENTION_REASONS, attentionReasons } from './caseload-attention';

describe('attention reasons', () => {
  const quiet = { status: 'active', openViolations: 0, overdueViolations: 0, missedCallIns: 0 };

  it('names nothing for a participant with no clock, warrant or missed call-in', () => {
    expect(attentionReasons(quiet)).toEqual([]);
  });

  it('lists every reason that holds, most pressing first', () => {
    expect(attentionReasons({ status: 'warrant', openViolations: 2, overdueViolations: 1, missedCallIns: 3 })).toEqual([...ATTENTION_REASONS]);
    expect(attentionReasons({ ...quiet, missedCallIns: 1, openViolations: 1 })).toEqual(['missed_call_in', 'open_violation']);
    expect(attentionReasons({ ...quiet, status: 'warrant' })).toEqual(['warrant']);
  });
});
