import type { FieldProblem } from '@app/core';
import type { UserKind } from '../users/user.entity';

export const PASSWORD_MIN_LENGTH = 12;
export const PIN_PATTERN = /^\d{6,12}$/;

/**
 * What a new password or PIN must be. Staff passwords follow NIST SP 800-63B
 * (length over composition rules); a PIN is what a phone keypad can enter.
 * Returns the problem with `field`, or null when acceptable.
 */
export function secretProblem(kind: UserKind, secret: string, field: string, username?: string | null): FieldProblem | null {
  if (kind === 'participant') {
    return PIN_PATTERN.test(secret) ? null : { field, message: 'a PIN must be 6 to 12 digits' };
  }
  if (secret.length < PASSWORD_MIN_LENGTH || secret.length > 256) {
    return { field, message: `a password must be ${PASSWORD_MIN_LENGTH} to 256 characters` };
  }
  if (username && secret.toLowerCase().includes(username.toLowerCase())) {
    return { field, message: 'a password must not contain the username' };
  }
  return null;
}
