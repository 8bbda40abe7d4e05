import { standingChips } from './standing';

const violation = (status: string) => ({
  id: status,
  kind: 'missed_test',
  status,
  detectedAt: '2026-11-20T15:00:00.000Z',
  deadlineAt: '2026-11-23T15:00:00.000Z',
  hoursLeft: null,
  overdue: false,
});
const entry = (status: string, compliant: boolean, violations: ReturnType<typeof violation>[] = []) => ({
  participant: { id: 'p', participantNumber: 'D-1', firstName: 'A', lastName: 'B', status, programCode: 'ATC' },
  compliant,
  violations: violations as never,
});

describe('standingChips', () => {
  it('shows non-compliance amber and compliance green, from the field and never from words', () => {
    expect(standingChips(entry('active', false))).toEqual([{ key: 'card.notCompliant', tone: 'warn' }]);
    expect(standingChips(entry('active', true))).toEqual([{ key: 'card.compliant', tone: 'ok' }]);
  });

  it('shows open violations red, with their count', () => {
    expect(standingChips(entry('active', false, [violation('open'), violation('open'), violation('answered')]))).toEqual([
      { key: 'violationsShort', count: 2, tone: 'bad' },
    ]);
  });

  it('puts a warrant or custody first, whatever the compliance', () => {
    expect(standingChips(entry('warrant', true))[0]).toEqual({ key: 'chip.warrant', tone: 'bad' });
    expect(standingChips(entry('in_custody', true))[0]).toEqual({ key: 'chip.inCustody', tone: 'bad' });
    expect(standingChips(entry('warrant', true)).map((c) => c.key)).toEqual(['chip.warrant', 'card.compliant']);
  });
});
