import type { CallInRefusalReason } from '../call-ins/call-in-refusals';

/**
 * Why a participant of a `text` program selected for a test was not charged
 * with missing it: the system could not tell them.
 * - `no-text-number`: no number registered with their consent, or it replied
 *   STOP, so no text could go (or it was suppressed at the send);
 * - `text-not-delivered`: the text failed, the carrier reported it
 *   undelivered, or it had not gone by the reporting deadline;
 * - `sites-closed`: none of their program's testing sites opened that day, so
 *   there was nowhere to test (whatever they were told).
 */
export const TEST_NOTICE_GAPS = ['no-text-number', 'text-not-delivered', 'sites-closed'] as const;
export type TestNoticeGap = (typeof TEST_NOTICE_GAPS)[number];

/** Every reason a day is left uncharged for staff review (`not_charged_call_ins.reasons`). */
export type NotChargedReason = CallInRefusalReason | TestNoticeGap;

/** The dedup key of a day's "test today" text: one per participant and court day, whatever their numbers. */
export const testTodayKey = (participantId: string, courtDay: string): string => `test-today:${participantId}:${courtDay}`;

export interface MissedTestFacts {
  /** Their program tells selected participants by text (or a "test today" text was written for them that day). */
  toldByText: boolean;
  /** The call-in's answer: true "test", false "no test", null "not available" or no call. */
  told: boolean | null;
  calledIn: boolean;
  /** The status of the day's "test today" text, null when none was written. */
  textStatus: string | null;
  /** A recorded outage overlapped the window. */
  outage: boolean;
  /** None of the program's testing sites opened that day. */
  sitesClosed?: boolean;
}

export type MissedTestCharge = { charge: true } | { charge: false; notCharged: TestNoticeGap | null };

/**
 * Whether a participant to test who gave no specimen is charged with a missed
 * test. Only a participant the system actually told is charged: told "test"
 * by a call-in, or (in a `text` program) sent the text with the provider
 * accepting it. One the system could not tell is not charged, and the reason
 * is kept for staff review; one told "no test" is not charged either, nor
 * one selected on a day none of their program's sites opened.
 */
export function missedTestCharge(facts: MissedTestFacts): MissedTestCharge {
  // Nowhere to test is never the participant's failure, whatever they were told.
  if (facts.sitesClosed) return { charge: false, notCharged: 'sites-closed' };
  if (facts.told === true) return { charge: true };
  if (facts.told === false) return { charge: false, notCharged: null };
  if (facts.toldByText) {
    if (facts.textStatus === 'sent' || facts.textStatus === 'delivered') return { charge: true };
    return { charge: false, notCharged: facts.textStatus === null || facts.textStatus === 'suppressed' ? 'no-text-number' : 'text-not-delivered' };
  }
  // A call-in program: silence is charged, unless an outage may have kept them from calling.
  return facts.calledIn || facts.outage ? { charge: false, notCharged: null } : { charge: true };
}
