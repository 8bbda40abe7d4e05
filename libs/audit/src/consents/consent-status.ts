import type { CalendarDate } from '@app/core';

/**
 * Where a consent stands on a court-local day. Only `valid` permits a
 * disclosure; the others say why not, most final first: a revocation is the
 * participant's act and is shown even when the consent would have lapsed anyway.
 */
export const CONSENT_STATUSES = ['valid', 'revoked', 'ended', 'expired'] as const;
export type ConsentStatus = (typeof CONSENT_STATUSES)[number];

export interface ConsentTimeline {
  revokedAt: Date | null;
  endedAt: Date | null;
  /** Last court-local day the consent is valid. */
  expiresOn: CalendarDate | null;
}

/**
 * The same rule as SQL, for queries that select valid consents: `c` is the
 * consent, `ct` its court, and `nowParam` a `$n` holding the current instant.
 * Validity lapses at the end of the court-local expiry day.
 */
export function validConsentSql(nowParam: string): string {
  return `c.revoked_at IS NULL AND c.ended_at IS NULL
          AND (c.expires_on IS NULL OR c.expires_on >= (${nowParam}::timestamptz AT TIME ZONE ct.time_zone)::date)`;
}

/** The status on `today`, the court's local date (the same rule the access check applies in SQL). */
export function consentStatus(consent: ConsentTimeline, today: CalendarDate): ConsentStatus {
  if (consent.revokedAt) return 'revoked';
  if (consent.endedAt) return 'ended';
  // Calendar dates as YYYY-MM-DD compare correctly as strings.
  if (consent.expiresOn !== null && consent.expiresOn < today) return 'expired';
  return 'valid';
}
