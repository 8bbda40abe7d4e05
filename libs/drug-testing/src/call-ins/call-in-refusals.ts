/**
 * Why the system refused a participant's call-in (rows of `call_in_refusals`):
 * - `sign-in-blocked`: their right PIN, from a source blocked by failed attempts
 *   (someone else's, or their own earlier typos);
 * - `pin-change-required`: the phone channel refused a PIN staff set and the
 *   participant has not replaced yet;
 * - `system-error`: the call-in failed inside the system.
 * A day with one of these during the window is not charged as a missed
 * call-in; it waits for staff review (`not_charged_call_ins`).
 */
export const CALL_IN_REFUSAL_REASONS = ['sign-in-blocked', 'pin-change-required', 'system-error'] as const;
export type CallInRefusalReason = (typeof CALL_IN_REFUSAL_REASONS)[number];
