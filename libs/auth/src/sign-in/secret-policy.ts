import type { FieldProblem } from '@app/core';
import type { UserKind } from '../users/user.entity';

export const PASSWORD_MIN_LENGTH = 12;
export const PIN_PATTERN = /^\d{6,12}$/;

/** What is known about the owner that a PIN must not be: their birth date (`YYYY-MM-DD`). */
export interface SecretOwner {
  username?: string | null;
  dateOfBirth?: string | null;
}

/**
 * What a new password or PIN must be. Staff passwords follow NIST SP 800-63B
 * (length over composition rules); a PIN is what a phone keypad can enter,
 * and not one a stranger tries first (see `trivialPinReason`).
 * Returns the problem with `field`, or null when acceptable.
 */
export function secretProblem(kind: UserKind, secret: string, field: string, owner: SecretOwner | string | null = null): FieldProblem | null {
  const { username, dateOfBirth } = typeof owner === 'string' || owner === null ? { username: owner, dateOfBirth: null } : owner;
  if (kind === 'participant') {
    if (!PIN_PATTERN.test(secret)) return { field, message: 'a PIN must be 6 to 12 digits' };
    const trivial = trivialPinReason(secret, dateOfBirth ?? null);
    return trivial ? { field, message: `a PIN must not be ${trivial}` } : null;
  }
  if (secret.length < PASSWORD_MIN_LENGTH || secret.length > 256) {
    return { field, message: `a password must be ${PASSWORD_MIN_LENGTH} to 256 characters` };
  }
  if (username && secret.toLowerCase().includes(username.toLowerCase())) {
    return { field, message: 'a password must not contain the username' };
  }
  return null;
}

/**
 * Why a PIN of digits is one a guesser tries first, or null: one digit
 * repeated (000000), a run up or down (123456, 987654, 890123), a short
 * group repeated (121212, 123123), or the owner's birth date in a common
 * digit form (DDMMYY, MMDDYY, YYMMDD, with the four-digit year too).
 */
export function trivialPinReason(pin: string, dateOfBirth: string | null): string | null {
  const digits = [...pin].map(Number);
  if (digits.every((d) => d === digits[0])) return 'one digit repeated';
  for (const step of [1, -1]) {
    if (digits.every((d, i) => i === 0 || d === (digits[i - 1] + step + 10) % 10)) return 'a run of consecutive digits';
  }
  for (let period = 2; period <= pin.length / 2; period++) {
    if (pin.length % period === 0 && pin === pin.slice(0, period).repeat(pin.length / period)) return 'a short group of digits repeated';
  }
  if (dateOfBirth && birthDateForms(dateOfBirth).some((form) => pin.includes(form))) return 'the birth date';
  return null;
}

function birthDateForms(dateOfBirth: string): string[] {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(dateOfBirth);
  if (!match) return [];
  const [, yyyy, mm, dd] = match;
  const yy = yyyy.slice(2);
  return [`${dd}${mm}${yy}`, `${mm}${dd}${yy}`, `${yy}${mm}${dd}`, `${dd}${mm}${yyyy}`, `${mm}${dd}${yyyy}`, `${yyyy}${mm}${dd}`];
}
