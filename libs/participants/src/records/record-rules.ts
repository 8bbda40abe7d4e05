import { type CalendarDate, ConflictError, courtDateAt, type FieldProblem, ValidationFailedError, NotFoundError } from '@app/core';
import type { EntityManager } from 'typeorm';
import { dateProblem } from '../path/participant-path';
import { IN_PROGRAM_STATUSES, type ParticipantStatus } from '../participant-status';

/**
 * What every write to a participant's running record is checked against:
 * the participant must be in the program, and the dates recorded must lie
 * between their enrolment and today, both court-local.
 */
export interface EnrolmentFacts {
  participantId: string;
  status: ParticipantStatus;
  /** Court-local date of enrolment; null for records enrolled before it was kept. */
  enrolledOn: CalendarDate | null;
  timeZone: string;
  /** The court's date now. */
  today: CalendarDate;
}

/** A date in a write, and whether it may precede the participant's enrolment. */
export interface RecordDate {
  field: string;
  date: CalendarDate;
  notBeforeEnrolment?: boolean;
}

/**
 * Reads the facts inside the write's transaction. With `lock`, the
 * participant row is held (FOR NO KEY UPDATE, which does not block inserts
 * referencing it) until the transaction ends, so writes that check a running
 * total are serialised per participant.
 */
export async function enrolmentFacts(
  manager: EntityManager,
  participantId: string,
  now: Date,
  options: { lock?: boolean } = {},
): Promise<EnrolmentFacts> {
  const [row] = (await manager.query(
    `SELECT p.status, p.enrolled_on::text AS enrolled_on, c.time_zone
       FROM participants p JOIN courts c ON c.id = p.court_id
      WHERE p.id = $1${options.lock ? ' FOR NO KEY UPDATE OF p' : ''}`,
    [participantId],
  )) as Array<{ status: ParticipantStatus; enrolled_on: string | null; time_zone: string }>;
  // The access check has just found it; only a concurrent delete gets here.
  if (!row) throw new NotFoundError('participant');
  return {
    participantId,
    status: row.status,
    enrolledOn: row.enrolled_on,
    timeZone: row.time_zone,
    today: courtDateAt(now, row.time_zone),
  };
}

/** 409 unless the participant is in the program (enrolled and not discharged). */
export function assertEnrolled(facts: EnrolmentFacts): void {
  if (!IN_PROGRAM_STATUSES.includes(facts.status)) {
    throw new ConflictError(
      'participant-not-enrolled',
      'Participant not enrolled',
      `Only a participant in the program has a running record; this one is ${facts.status.replace(/_/g, ' ')}.`,
      { participantStatus: facts.status },
    );
  }
}

/** The problems with the dates of a write: none in the future, and the marked ones not before enrolment. */
export function recordDateProblems(facts: Pick<EnrolmentFacts, 'enrolledOn' | 'today'>, dates: readonly RecordDate[]): FieldProblem[] {
  const enrolment = { date: facts.enrolledOn, what: "the participant's enrolment" };
  return dates
    .map(({ field, date, notBeforeEnrolment }) => dateProblem(field, date, facts.today, notBeforeEnrolment ? enrolment : undefined))
    .filter((problem): problem is FieldProblem => problem !== null);
}

/** 409 when not enrolled, else 422 naming each date out of range. */
export function assertRecordable(facts: EnrolmentFacts, dates: readonly RecordDate[]): void {
  assertEnrolled(facts);
  const problems = recordDateProblems(facts, dates);
  if (problems.length > 0) throw new ValidationFailedError(problems);
}
