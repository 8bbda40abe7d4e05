import { courtTimeAt } from '@app/core';
import { randomInt } from 'node:crypto';

/**
 * What a call-in answers, as pure functions: the receipt code, the status
 * and the plain sentences a participant reads or hears. No Nest, no database.
 */

export type CallInStatus = 'selected' | 'not_selected' | 'not_available';

/** No 0/O, 1/I/L: a receipt is read out over the phone and copied by hand. */
export const RECEIPT_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const RECEIPT_PATTERN = new RegExp(`^[${RECEIPT_ALPHABET}]{4}-[${RECEIPT_ALPHABET}]{4}$`);

/** A new receipt code: 8 characters from a cryptographically secure source, shown as `XXXX-XXXX`. */
export function newReceiptCode(): string {
  const chars = Array.from({ length: 8 }, () => RECEIPT_ALPHABET[randomInt(RECEIPT_ALPHABET.length)]);
  return `${chars.slice(0, 4).join('')}-${chars.slice(4).join('')}`;
}

export function isReceiptCode(code: string): boolean {
  return RECEIPT_PATTERN.test(code);
}

/** The status of an answer: `told` is null while the day's draw is not available, never "no test" by default. */
export function callInStatus(told: boolean | null): CallInStatus {
  if (told === null) return 'not_available';
  return told ? 'selected' : 'not_selected';
}

export const NOT_AVAILABLE_MESSAGE = 'Your testing status for today is not available yet. Call again in a few minutes.';

/** The sentence shown after a call-in (web and app). */
export function callInMessage(status: CallInStatus, reportByLocal: string | null): string {
  switch (status) {
    case 'selected':
      return `You are selected for a drug test today. Go to a testing site and give your sample by ${reportByLocal}.`;
    case 'not_selected':
      return 'You are not selected for a drug test today. Call in again tomorrow.';
    case 'not_available':
      return NOT_AVAILABLE_MESSAGE;
  }
}

/**
 * The sentence for a participant selected on a day none of their program's
 * testing sites opens: nowhere to test, so nothing to charge, and when a site
 * opens next.
 */
export function sitesClosedMessage(next: { date: string; opens: string; closes: string; site: string } | null): string {
  const when = next ? ` The next opening is on ${next.date}, ${next.opens}-${next.closes}, at ${next.site}.` : ' Ask your case manager when a site opens next.';
  return `You were selected for a drug test today, but no testing site of your program is open today, so you will not be charged a missed test for today.${when}`;
}

/** The receipt spelled for text-to-speech: `K7QM-2XDA` → `K 7 Q M, 2 X D A`. */
export function spokenReceipt(code: string): string {
  return code
    .split('-')
    .map((part) => part.split('').join(' '))
    .join(', ');
}

/** The short sentence a phone system reads out (or texts). */
export function phoneSay(status: CallInStatus, reportByLocal: string | null, receiptCode: string): string {
  const receipt = `Your receipt is ${spokenReceipt(receiptCode)}.`;
  switch (status) {
    case 'selected':
      return `You must test today. Go to a testing site by ${reportByLocal}. ${receipt}`;
    case 'not_selected':
      return `You do not test today. Call again tomorrow. ${receipt}`;
    case 'not_available':
      return `Your testing status is not available yet. Call again in a few minutes. ${receipt}`;
  }
}

/**
 * The court's wall-clock time `HH:MM` of an instant on a court day; the
 * end of the day (midnight after it) reads `24:00`, as courts write it.
 */
export function courtWallTime(instant: Date, zone: string, dayEndsAt: Date): string {
  if (instant.getTime() === dayEndsAt.getTime()) return '24:00';
  return courtTimeAt(instant, zone);
}

/** "05:00 to 09:00 (Pacific/Honolulu time)", for messages about the window. */
export function windowHours(start: string, end: string, zone: string): string {
  return `${start} to ${end} (${zone} time)`;
}

/** Why a participant who is not active is not asked to call in, in a plain sentence. */
export function notActiveSentence(status: string): string {
  switch (status) {
    case 'medical_leave':
      return 'You are on medical leave: you are not required to call in until you return to active status.';
    case 'in_custody':
      return 'You are recorded as in custody: you are not required to call in until you are released and back in the program.';
    case 'warrant':
      return 'A warrant is recorded for you: you cannot call in. Contact your case manager or the court today.';
    case 'graduated':
    case 'terminated':
    case 'withdrawn':
    case 'transferred':
      return 'You are no longer in the program: you do not need to call in.';
    default:
      return 'You are not yet active in the program: you do not need to call in until your case manager tells you to.';
  }
}
