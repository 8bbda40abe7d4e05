/**
 * The participant's status as a state machine. Pure: no Nest or TypeORM, so
 * the rules are unit-tested on their own and the service only applies them.
 */

export const PARTICIPANT_STATUSES = [
  'referred',
  'screening',
  'accepted',
  'rejected',
  'active',
  'in_custody',
  'warrant',
  'medical_leave',
  'graduated',
  'terminated',
  'withdrawn',
  'transferred',
] as const;
export type ParticipantStatus = (typeof PARTICIPANT_STATUSES)[number];

/** Statuses of a participant in the program (enrolled and not discharged). */
export const IN_PROGRAM_STATUSES: readonly ParticipantStatus[] = ['active', 'in_custody', 'warrant', 'medical_leave'];

/** Statuses that end the participant's time in the program. */
export const DISCHARGE_STATUSES: readonly ParticipantStatus[] = ['graduated', 'terminated', 'withdrawn', 'transferred'];

/** Temporary absences from active participation, each returning to `active`. */
export const SUSPENSION_STATUSES: readonly ParticipantStatus[] = ['in_custody', 'warrant', 'medical_leave'];

const TRANSITIONS: Readonly<Record<ParticipantStatus, readonly ParticipantStatus[]>> = {
  referred: ['screening'],
  screening: ['accepted', 'rejected'],
  accepted: ['active'],
  rejected: [],
  active: ['in_custody', 'warrant', 'medical_leave', 'graduated', 'terminated', 'withdrawn', 'transferred'],
  in_custody: ['active'],
  // A warrant served: held in custody, or released to carry on.
  warrant: ['active', 'in_custody'],
  medical_leave: ['active'],
  graduated: [],
  terminated: [],
  withdrawn: [],
  transferred: [],
};

export function isParticipantStatus(value: unknown): value is ParticipantStatus {
  return typeof value === 'string' && (PARTICIPANT_STATUSES as readonly string[]).includes(value);
}

/** The statuses a participant in `from` may move to. */
export function nextStatuses(from: ParticipantStatus): readonly ParticipantStatus[] {
  return TRANSITIONS[from];
}

export function canTransition(from: ParticipantStatus, to: ParticipantStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function isDischarge(status: ParticipantStatus): boolean {
  return DISCHARGE_STATUSES.includes(status);
}
