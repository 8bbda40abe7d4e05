import type { AuditEventView } from './audit-log-reader';
import { RepeatedViewFolder } from './repeated-views';

const ANA = '00000000-0000-4000-8000-00000000000a';
const BEN = '00000000-0000-4000-8000-00000000000b';
let nextId = 1000;

function event(minute: number, over: Partial<AuditEventView> = {}): AuditEventView {
  return {
    id: String(nextId--),
    occurredAt: new Date(Date.UTC(2026, 10, 23, 9, minute)),
    actorUserId: 'u1',
    actorDisplayName: 'Case Manager',
    actorRole: 'case_manager',
    courtId: 'c1',
    courtCode: 'DEMO',
    action: 'participant.read',
    entityType: 'participant',
    entityIds: [ANA],
    participantIds: [ANA],
    basis: 'role:case_manager',
    consentId: null,
    requestId: null,
    details: null,
    ...over,
  };
}

function fold(events: AuditEventView[]) {
  const folder = new RepeatedViewFolder();
  events.forEach((e) => folder.add(e));
  return folder.lines.map((l) => [l.event.action, l.repeats.length + 1]);
}

describe('RepeatedViewFolder', () => {
  it('folds a run of looks at the same record, each within ten minutes of the one after it', () => {
    expect(fold([event(14), event(12), event(5), event(2)])).toEqual([['participant.read', 4]]);
  });

  it('starts a new line after a pause of more than ten minutes', () => {
    expect(fold([event(30), event(19), event(9)])).toEqual([
      ['participant.read', 1],
      ['participant.read', 2],
    ]);
  });

  it('keeps looks at another record, or by another person, apart', () => {
    const folder = new RepeatedViewFolder();
    [event(5), event(4, { participantIds: [BEN], entityIds: [BEN] }), event(3)].forEach((e) => folder.add(e));
    expect(folder.lines.map((l) => [l.event.participantIds, l.repeats.length + 1])).toEqual([
      [[ANA], 2],
      [[BEN], 1],
    ]);
    expect(fold([event(5), event(4, { actorUserId: 'u2' }), event(3)])).toEqual([
      ['participant.read', 2],
      ['participant.read', 1],
    ]);
  });

  it('never folds changes, refusals or the system’s rows', () => {
    expect(fold([event(5, { action: 'participant.update' }), event(4, { action: 'participant.update' })])).toHaveLength(2);
    expect(fold([event(5, { basis: 'denied' }), event(4, { basis: 'denied' })])).toHaveLength(2);
    expect(fold([event(5, { actorUserId: null }), event(4, { actorUserId: null })])).toHaveLength(2);
  });

  it('folds each kind of look of a page opened again and again into its own line', () => {
    const page = (minute: number) => [event(minute), event(minute, { action: 'case_note.read' }), event(minute, { action: 'drug_test.read' })];
    expect(fold([...page(9), ...page(6), ...page(2)])).toEqual([
      ['participant.read', 3],
      ['case_note.read', 3],
      ['drug_test.read', 3],
    ]);
  });

  it('leaves a change in between as a line of its own', () => {
    expect(fold([event(5), event(4, { action: 'case_note.write' }), event(3)])).toEqual([
      ['participant.read', 2],
      ['case_note.write', 1],
    ]);
  });
});
