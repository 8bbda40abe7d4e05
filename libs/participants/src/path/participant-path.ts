import { CalendarDate, Clock, ConflictError, courtDateAt, FieldProblem, ValidationFailedError } from '@app/core';
import { EntityManager } from 'typeorm';
import { Participant } from '../entities/participant.entity';
import { ParticipantStatusChange } from '../entities/history.entities';
import { canTransition, nextStatuses, ParticipantStatus } from '../participant-status';

/**
 * Steps every change on a participant's path shares: lock the record, know
 * the court's today, check a transition, write its history row.
 */

/** The participant row, locked until the transaction ends, so two changes cannot interleave. */
export async function lockParticipant(manager: EntityManager, id: string): Promise<Participant> {
  return manager.findOneOrFail(Participant, { where: { id }, lock: { mode: 'pessimistic_write' } });
}

/** Today in the participant's court. */
export async function courtToday(manager: EntityManager, courtId: string, clock: Clock): Promise<CalendarDate> {
  const [{ time_zone: zone }] = (await manager.query(`SELECT time_zone FROM courts WHERE id = $1`, [courtId])) as Array<{ time_zone: string }>;
  return courtDateAt(clock.now(), zone);
}

/** The earliest a date may be, and what that limit is, in words. */
export interface NotBefore {
  date: CalendarDate | null;
  what: string;
}

/** The problem with a date the path records, if any: in the court's future, or before its limit. */
export function dateProblem(field: string, date: CalendarDate, today: CalendarDate, notBefore?: NotBefore): FieldProblem | null {
  if (date > today) return { field, message: 'is in the future (court time)' };
  if (notBefore?.date && date < notBefore.date) return { field, message: `is before ${notBefore.what} (${notBefore.date})` };
  return null;
}

/** A date an order or event took effect (today when not given); 422 when `dateProblem` finds one. */
export function effectiveDate(field: string, value: CalendarDate | undefined, today: CalendarDate, notBefore?: NotBefore): CalendarDate {
  const date = value ?? today;
  const problem = dateProblem(field, date, today, notBefore);
  if (problem) throw new ValidationFailedError([problem]);
  return date;
}

/** 409 unless the state machine allows `from → to`. */
export function assertTransition(from: ParticipantStatus, to: ParticipantStatus): void {
  if (canTransition(from, to)) return;
  const allowed = nextStatuses(from);
  throw new ConflictError(
    'illegal-transition',
    'Illegal status change',
    `A participant cannot go from ${from} to ${to}; from ${from} the allowed statuses are ${allowed.length ? allowed.join(', ') : 'none'}.`,
    { from, to, allowed },
  );
}

/** Moves the participant to `to` and writes who, when and why. The caller has checked the transition. */
export async function recordStatusChange(
  manager: EntityManager,
  participant: Participant,
  change: { to: ParticipantStatus; reason: string; effectiveOn: CalendarDate; by: string | null },
): Promise<ParticipantStatusChange> {
  const from = participant.status;
  participant.status = change.to;
  await manager.update(Participant, { id: participant.id }, { status: change.to });
  return manager.save(
    manager.create(ParticipantStatusChange, {
      participantId: participant.id,
      fromStatus: from,
      toStatus: change.to,
      reason: change.reason,
      effectiveOn: change.effectiveOn,
      changedBy: change.by,
    }),
  );
}

/** The effective date of the participant's latest status change: a new one may not precede it. */
export async function lastStatusChangeOn(manager: EntityManager, participantId: string): Promise<CalendarDate | null> {
  const [row] = (await manager.query(
    `SELECT to_char(max(effective_on), 'YYYY-MM-DD') AS on FROM participant_status_changes WHERE participant_id = $1`,
    [participantId],
  )) as Array<{ on: string | null }>;
  return row?.on ?? null;
}

/** A hearing an order names must be one of the participant's own, not cancelled (else 422 on `field`). */
export async function assertOwnHearing(manager: EntityManager, participantId: string, hearingId: string, field = 'hearingId'): Promise<void> {
  const [hearing] = (await manager.query(`SELECT status FROM hearings WHERE id = $1 AND participant_id = $2`, [hearingId, participantId])) as Array<{
    status: string;
  }>;
  if (!hearing || hearing.status === 'cancelled') {
    throw new ValidationFailedError([{ field, message: "must be one of the participant's hearings, not cancelled" }]);
  }
}
