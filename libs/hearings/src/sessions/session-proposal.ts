import { addCalendarDays, CalendarDate, courtDateAt, courtTimeAt, daysBetween } from '@app/core';

/**
 * Which court session a hearing should go to, as pure functions: the next
 * status hearing (closest to the date the phase's hearing frequency makes it
 * due) and the hearing a violation needs before its 72-hour deadline. No
 * Nest, no database: the services load the candidates and apply these.
 */

/** A session as proposals show it. */
export interface SessionSummary {
  id: string;
  date: CalendarDate;
  startTime: string;
  /** ISO instant. */
  startsAt: string;
  courtroom: string;
}

/** A session that might take a participant's hearing. */
export interface CandidateSession extends SessionSummary {
  status: 'scheduled' | 'cancelled';
  /** Null for no limit. */
  capacity: number | null;
  /** Hearings on it that are not cancelled. */
  hearingCount: number;
  /** Programs it hears; empty for every program of the court. */
  programIds: readonly string[];
  /** The participant already has a hearing (not cancelled) on it. */
  participantOnIt?: boolean;
}

/** How many other sessions a status-hearing proposal offers besides the proposed one. */
export const PROPOSAL_ALTERNATIVES = 3;

export function hearsProgram(programIds: readonly string[], programId: string | null): boolean {
  return programIds.length === 0 || (programId !== null && programIds.includes(programId));
}

export function hasRoom(session: Pick<CandidateSession, 'capacity' | 'hearingCount'>): boolean {
  return session.capacity === null || session.hearingCount < session.capacity;
}

/** A session the participant can be put on now: scheduled, not started, with room, hearing their program, not already theirs. */
export function isOpenFor(session: CandidateSession, participant: { programId: string | null; now: Date }): boolean {
  return (
    session.status === 'scheduled' &&
    new Date(session.startsAt) > participant.now &&
    hasRoom(session) &&
    hearsProgram(session.programIds, participant.programId) &&
    !session.participantOnIt
  );
}

export type DueBasis = 'last_hearing' | 'phase_start' | 'enrolment';

export interface StatusHearingDue {
  due: CalendarDate;
  /** What the interval counts from. */
  basis: DueBasis;
  basisDate: CalendarDate;
}

/**
 * When the next status hearing is due: `everyWeeks` after the last hearing
 * held (its court date), or, before any, after the start of the phase or of
 * the program. Null when the phase holds hearings only on violations, or
 * nothing to count from is known.
 */
export function statusHearingDue(input: {
  everyWeeks: number | null;
  lastHeldOn: CalendarDate | null;
  phaseStartedOn: CalendarDate | null;
  enrolledOn: CalendarDate | null;
}): StatusHearingDue | null {
  if (input.everyWeeks === null) return null;
  const [basis, basisDate]: [DueBasis, CalendarDate | null] = input.lastHeldOn
    ? ['last_hearing', input.lastHeldOn]
    : input.phaseStartedOn
      ? ['phase_start', input.phaseStartedOn]
      : ['enrolment', input.enrolledOn];
  if (!basisDate) return null;
  return { due: addCalendarDays(basisDate, input.everyWeeks * 7), basis, basisDate };
}

/**
 * The open session whose date is closest to `due` (on a tie, the earlier
 * one), and up to `alternatives` next-closest ones in the same order.
 */
export function closestSessions<T extends CandidateSession>(
  sessions: readonly T[],
  due: CalendarDate,
  participant: { programId: string | null; now: Date },
  alternatives = PROPOSAL_ALTERNATIVES,
): { proposed: T | null; alternatives: T[] } {
  const ranked = sessions
    .filter((s) => isOpenFor(s, participant))
    .map((s) => ({ session: s, distance: Math.abs(daysBetween(due, s.date)), at: new Date(s.startsAt).getTime() }))
    .sort((a, b) => a.distance - b.distance || a.at - b.at || a.session.id.localeCompare(b.session.id))
    .map((r) => r.session);
  return { proposed: ranked[0] ?? null, alternatives: ranked.slice(1, 1 + alternatives) };
}

export type ViolationProposalStatus = 'scheduled' | 'proposed' | 'no_session_before_deadline';

export interface ViolationHearingProposal {
  status: ViolationProposalStatus;
  /** The session of the hearing already set (`scheduled`), the one to use (`proposed`); null otherwise. */
  session: SessionSummary | null;
  message: string;
}

/**
 * What to do about a violation's hearing: nothing when one is already set
 * before the deadline; else the earliest session that can take it before
 * the deadline; else say loudly that there is none. A session after the
 * deadline is never proposed: the 72-hour rule would be broken.
 */
export function violationHearingProposal(input: {
  hearingBeforeDeadline: boolean;
  /** The session of the hearing set before the deadline, if it is on one. */
  scheduledSession: SessionSummary | null;
  /** The earliest open session before the deadline that hears the participant's program. */
  sessionBeforeDeadline: SessionSummary | null;
  deadlineAt: Date;
  now: Date;
  timeZone: string;
}): ViolationHearingProposal {
  const deadline = `${courtDateAt(input.deadlineAt, input.timeZone)} ${courtTimeAt(input.deadlineAt, input.timeZone)}`;
  if (input.hearingBeforeDeadline) {
    const at = input.scheduledSession ? ` at the session of ${describe(input.scheduledSession)}` : '';
    return { status: 'scheduled', session: input.scheduledSession, message: `A hearing is scheduled before the deadline (${deadline})${at}.` };
  }
  if (input.sessionBeforeDeadline) {
    return {
      status: 'proposed',
      session: input.sessionBeforeDeadline,
      message: `Schedule the hearing at the session of ${describe(input.sessionBeforeDeadline)}, before the deadline (${deadline}).`,
    };
  }
  const message =
    input.deadlineAt <= input.now
      ? `No court session before the deadline (${deadline}): it has passed without a hearing; bring the participant before the court at the next session.`
      : `No court session before the deadline (${deadline}) can hear this violation: add a special session.`;
  return { status: 'no_session_before_deadline', session: null, message };
}

function describe(session: SessionSummary): string {
  return `${session.date} ${session.startTime} (${session.courtroom})`;
}
