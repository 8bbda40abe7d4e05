import { DocketOrderKey, orderDocket } from './docket-order';

const entry = (id: string, over: Partial<DocketOrderKey> = {}): DocketOrderKey => ({
  id,
  lastName: id,
  firstName: 'A',
  participantNumber: null,
  compliant: true,
  overdue: 0,
  earliestDeadline: null,
  ...over,
});

describe('orderDocket', () => {
  const ana = entry('Ana', { participantNumber: 'D-0010' });
  const bo = entry('Bo', { participantNumber: 'D-0002', compliant: false, earliestDeadline: '2026-11-25T10:00:00.000Z' });
  const cy = entry('Cy', { participantNumber: 'D-0001', compliant: false, overdue: 1, earliestDeadline: '2026-11-20T10:00:00.000Z' });
  const di = entry('Di', { participantNumber: null });
  const ed = entry('Ed', { participantNumber: 'D-0003', compliant: false, earliestDeadline: '2026-11-24T10:00:00.000Z' });
  const all = [ed, di, cy, bo, ana];

  it('calls compliant participants first, by name, then the others overdue first and by nearest deadline', () => {
    expect(orderDocket(all, 'compliant_first').map((e) => e.id)).toEqual(['Ana', 'Di', 'Cy', 'Ed', 'Bo']);
  });

  it('calls violations first in the same urgency order, then the compliant', () => {
    expect(orderDocket(all, 'violations_first').map((e) => e.id)).toEqual(['Cy', 'Ed', 'Bo', 'Ana', 'Di']);
  });

  it('orders by name, and by participant number numerically with numberless participants last', () => {
    expect(orderDocket(all, 'name').map((e) => e.id)).toEqual(['Ana', 'Bo', 'Cy', 'Di', 'Ed']);
    expect(orderDocket([entry('x', { participantNumber: 'D-10' }), entry('y', { participantNumber: 'D-9' }), di], 'participant_number').map((e) => e.id)).toEqual(['y', 'x', 'Di']);
  });

  it('breaks ties by id, so two reads give the same order, and leaves its input alone', () => {
    const twins = [entry('b', { lastName: 'Same' }), entry('a', { lastName: 'Same' })];
    expect(orderDocket(twins, 'name').map((e) => e.id)).toEqual(['a', 'b']);
    expect(twins.map((e) => e.id)).toEqual(['b', 'a']);
  });
});
