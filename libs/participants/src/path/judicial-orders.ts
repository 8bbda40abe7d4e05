import { ForbiddenError, Principal, Role } from '@app/auth';
import { ConflictError } from '@app/core';
import { isDischarge, type ParticipantStatus } from '../participant-status';

/**
 * Due process (DESIGN rule 8): a sanction that restricts liberty (jail,
 * curfew, electronic monitoring, home detention), a phase demotion, and a
 * termination or any other discharge are ordered only by the judge, as the
 * outcome of a hearing the participant attended or whose waiver of presence
 * is recorded. Staff may propose them at the staffing, never order them.
 * Everything else (writing assignments, more testing, community service,
 * incentives) stays delegable where the program says so.
 */
export type JudicialOrder = 'liberty' | 'demotion' | 'discharge';

/** Whether this status change is one only the judge orders (every discharge: termination, graduation, withdrawal, transfer). */
export function isJudicialStatus(status: ParticipantStatus): boolean {
  return isDischarge(status);
}

const JUDGE_ONLY: Record<JudicialOrder, string> = {
  liberty: 'Only the judge orders a sanction that restricts liberty, at a hearing; staff may propose it at the staffing.',
  demotion: 'Only the judge orders a phase demotion, at a hearing; staff may propose it at the staffing.',
  discharge: 'Only the judge orders a termination or discharge, at a hearing; staff may propose it at the staffing.',
};

/** Refuses (403 `judge-order-required`) anyone but the court's judge. */
export function assertJudgeOrders(principal: Principal, courtId: string, order: JudicialOrder): void {
  if (principal.membershipIn(courtId)?.role !== Role.Judge) throw new ForbiddenError(JUDGE_ONLY[order], 'judge-order-required', { order });
}

/** What the hearing at which an order is made tells of the participant's presence. */
export interface HearingPresence {
  attendance: 'appeared' | 'failed_to_appear' | 'excused';
  /** The participant's waiver of presence, as recorded; null when none was. */
  waiver: string | null;
}

/** The participant was heard: present, or their waiver of presence is recorded. */
export function participantHeard(presence: HearingPresence): boolean {
  return presence.attendance === 'appeared' || (presence.waiver !== null && presence.waiver.trim() !== '');
}

/**
 * Refuses a judicial order made outside a hearing (409 `hearing-required`),
 * or at a hearing the participant neither attended nor waived (409
 * `participant-not-heard`).
 */
export function assertHeard(presence: HearingPresence | undefined, order: JudicialOrder): void {
  if (!presence) {
    throw new ConflictError(
      'hearing-required',
      'Ordered at a hearing only',
      'This order is made only as the outcome of a hearing: record it with the hearing’s outcome.',
      { order },
    );
  }
  if (!participantHeard(presence)) {
    throw new ConflictError(
      'participant-not-heard',
      'Participant not heard',
      'The participant was not present and no waiver of presence is recorded: this order needs a hearing they attended, or their recorded waiver.',
      { order, attendance: presence.attendance },
    );
  }
}
