import { canTransition, isDischarge, nextStatuses, PARTICIPANT_STATUSES, ParticipantStatus } from './participant-status';

describe('participant status machine', () => {
  const legal: Array<[ParticipantStatus, ParticipantStatus]> = [
    ['referred', 'screening'],
    ['screening', 'accepted'],
    ['screening', 'rejected'],
    ['accepted', 'active'],
    ['active', 'in_custody'],
    ['in_custody', 'active'],
    ['active', 'warrant'],
    ['warrant', 'active'],
    // A bench warrant served with the participant held.
    ['warrant', 'in_custody'],
    ['active', 'medical_leave'],
    ['medical_leave', 'active'],
    ['active', 'graduated'],
    ['active', 'terminated'],
    ['active', 'withdrawn'],
    ['active', 'transferred'],
  ];

  it('allows exactly the transitions of the design, and no other pair', () => {
    const allowed = PARTICIPANT_STATUSES.flatMap((from) => PARTICIPANT_STATUSES.filter((to) => canTransition(from, to)).map((to) => [from, to]));
    expect(allowed.sort()).toEqual([...legal].sort());
  });

  it('ends nowhere after rejection or a discharge', () => {
    for (const end of ['rejected', 'graduated', 'terminated', 'withdrawn', 'transferred'] as const) {
      expect(nextStatuses(end)).toEqual([]);
    }
  });

  it('does not discharge from a suspension: the participant returns to active first', () => {
    expect(canTransition('in_custody', 'terminated')).toBe(false);
    expect(canTransition('warrant', 'graduated')).toBe(false);
  });

  it('knows the discharge statuses', () => {
    expect(PARTICIPANT_STATUSES.filter(isDischarge)).toEqual(['graduated', 'terminated', 'withdrawn', 'transferred']);
  });
});
