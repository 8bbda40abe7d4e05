import { addCalendarDays, type CalendarDate, type FieldProblem } from '@app/core';
import type { AttendanceValue } from './treatment-terms';

/** How far ahead a provider may schedule a session. */
export const SCHEDULE_AHEAD_DAYS = 180;

/** The most participants one group session may name. */
export const MAX_GROUP_SESSION_ENTRIES = 100;

/** What a session still in the future can be: planned, or called off in advance. */
export const FUTURE_ATTENDANCE: readonly AttendanceValue[] = ['scheduled', 'excused'];

/** The court-local dates a session date is checked against. */
export interface SessionDates {
  /** The court's date now. */
  today: CalendarDate;
  /** The participant's enrolment; null when not kept. */
  enrolledOn: CalendarDate | null;
}

/**
 * The problem with a session's date for what is reported of it, or null: a
 * `scheduled` session may lie up to `SCHEDULE_AHEAD_DAYS` ahead, anything
 * else has happened and so is not in the future; none precedes enrolment.
 */
export function sessionDateProblem(sessionOn: CalendarDate, attendance: AttendanceValue, dates: SessionDates, field = 'sessionOn'): FieldProblem | null {
  if (attendance === 'scheduled') {
    if (sessionOn > addCalendarDays(dates.today, SCHEDULE_AHEAD_DAYS)) return { field, message: `is more than ${SCHEDULE_AHEAD_DAYS} days ahead (court time)` };
  } else if (sessionOn > dates.today) {
    return { field, message: 'is in the future (court time)' };
  }
  if (dates.enrolledOn && sessionOn < dates.enrolledOn) return { field, message: `is before the participant's enrolment (${dates.enrolledOn})` };
  return null;
}

/** The problem with reporting `attendance` for a session on `sessionOn` (a correction or the report of a scheduled one), or null. */
export function attendanceChangeProblem(sessionOn: CalendarDate, attendance: AttendanceValue, today: CalendarDate): FieldProblem | null {
  if (sessionOn > today && !FUTURE_ATTENDANCE.includes(attendance)) {
    return { field: 'attendance', message: `must be ${FUTURE_ATTENDANCE.join(' or ')} while the session is in the future (court time)` };
  }
  return null;
}

/** Entries naming a participant an earlier entry already names, each as `entries.<i>.participantId`. */
export function duplicateEntryProblems(entries: ReadonlyArray<{ participantId: string }>): FieldProblem[] {
  const first = new Map<string, number>();
  const problems: FieldProblem[] = [];
  entries.forEach(({ participantId }, i) => {
    const key = participantId.toLowerCase();
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, i);
    else problems.push({ field: `entries.${i}.participantId`, message: `repeats the participant of entries.${earlier}` });
  });
  return problems;
}

/** What the group-session check knows of one entry's participant; absent when out of the caller's reach. */
export interface GroupEntryFacts {
  /** In the program (enrolled and not discharged). */
  inProgram: boolean;
  status: string;
  dates: SessionDates;
}

/**
 * The problems of a group session's dates and of each entry against its
 * participant, named by entry: a participant out of the program, enrolled
 * after the session, or a reported attendance for a session still ahead.
 */
export function groupSessionProblems(
  sessionOn: CalendarDate,
  entries: ReadonlyArray<{ attendance: AttendanceValue }>,
  facts: ReadonlyArray<GroupEntryFacts>,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const horizonProblem = facts.some((f) => sessionOn > addCalendarDays(f.dates.today, SCHEDULE_AHEAD_DAYS));
  if (horizonProblem) problems.push({ field: 'sessionOn', message: `is more than ${SCHEDULE_AHEAD_DAYS} days ahead (court time)` });
  entries.forEach((entry, i) => {
    const fact = facts[i];
    if (!fact.inProgram) {
      problems.push({ field: `entries.${i}.participantId`, message: `is not in the program (${fact.status.replace(/_/g, ' ')})` });
      return;
    }
    if (entry.attendance !== 'scheduled' && sessionOn > fact.dates.today) {
      problems.push({ field: `entries.${i}.attendance`, message: 'must be scheduled: the session is in the future (court time)' });
    }
    if (fact.dates.enrolledOn && sessionOn < fact.dates.enrolledOn) {
      problems.push({ field: `entries.${i}.participantId`, message: `was enrolled on ${fact.dates.enrolledOn}, after sessionOn` });
    }
  });
  return problems;
}
