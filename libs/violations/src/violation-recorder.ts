import { returnedRows } from '@app/core';
import type { EntityManager } from 'typeorm';

/** The default response window: the participant is before the judge within 72 elapsed hours. */
export const RESPONSE_WINDOW_HOURS = 72;

/** Kinds of violation the system detects by itself (staff add others by hand). */
export const DETECTED_VIOLATION_KINDS = [
  'missed_call_in',
  'missed_test',
  'positive_test',
  'dilute_test',
  'adulterated_test',
  'substituted_test',
  'invalid_test',
  'refused_test',
] as const;
export type DetectedViolationKind = (typeof DETECTED_VIOLATION_KINDS)[number];

export interface DetectedViolation {
  courtId: string;
  participantId: string;
  kind: DetectedViolationKind;
  /** When the event happened or became known (the window's close, a confirmed result). */
  detectedAt: Date;
  /** The event, e.g. `call-in:<participant>:<day>:missed`: a second recording of it is ignored. */
  sourceKey: string;
  /** Ids of the records that show it; never health data. */
  evidence: Record<string, unknown>;
}

/**
 * Records violations detected by the system, inside the caller's transaction.
 * The deadline is elapsed time after detection (a daylight-saving change does
 * not move it). An event already recorded is skipped, so a retried job or a
 * replayed result never creates a second violation. Returns the new ids.
 */
export async function recordDetectedViolations(manager: EntityManager, violations: readonly DetectedViolation[]): Promise<string[]> {
  if (violations.length === 0) return [];
  const rows = (await manager.query(
    `INSERT INTO violations (court_id, participant_id, kind, detected_at, deadline_at, source_key, evidence)
     SELECT v.court_id, v.participant_id, v.kind, v.detected_at, v.detected_at + make_interval(hours => $7), v.source_key, v.evidence
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::timestamptz[], $5::text[], $6::jsonb[])
            AS v(court_id, participant_id, kind, detected_at, source_key, evidence)
     ON CONFLICT (source_key) DO NOTHING
     RETURNING id`,
    [
      violations.map((v) => v.courtId),
      violations.map((v) => v.participantId),
      violations.map((v) => v.kind),
      violations.map((v) => v.detectedAt.toISOString()),
      violations.map((v) => v.sourceKey),
      violations.map((v) => JSON.stringify(v.evidence)),
      RESPONSE_WINDOW_HOURS,
    ],
  )) as Array<{ id: string }>;
  return rows.map((row) => row.id);
}

/**
 * Dismisses the open violations these events created, with the reason (a
 * positive overturned by its confirmation, a missed call-in during a recorded
 * outage). Answered violations stay as they are: the court already acted.
 * Returns the ids dismissed.
 */
export async function dismissDetectedViolations(manager: EntityManager, sourceKeys: readonly string[], reason: string, at: Date): Promise<string[]> {
  if (sourceKeys.length === 0) return [];
  const rows = returnedRows<{ id: string }>(
    await manager.query(
      `UPDATE violations SET status = 'dismissed', dismissed_at = $2, dismissed_reason = $3
        WHERE source_key = ANY($1::text[]) AND status = 'open'
        RETURNING id`,
      [sourceKeys, at.toISOString(), reason],
    ),
  );
  return rows.map((row) => row.id);
}
