import { randomUUID } from 'node:crypto';
import { returnedRows } from '@app/core';
import { addToOutbox, JobName } from '@app/queue';
import type { EntityManager } from 'typeorm';
import { proposeTreatmentAfterPositives } from './treatment-offers/treatment-offer-rule';
import { raiseNoSessionAlerts } from './violation-alerts';
import { clockJobKey, clockMoments, DEFAULT_REMINDER_HOURS, DEFAULT_RESPONSE_WINDOW_HOURS } from './violation-clock';


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
  'missed_treatment',
] as const;
export type DetectedViolationKind = (typeof DETECTED_VIOLATION_KINDS)[number];

export interface NewViolation {
  courtId: string;
  participantId: string;
  /** A detected kind, or one staff record (`new_arrest`, `curfew`, `other`…). */
  kind: DetectedViolationKind | string;
  /** When the event happened or became known (the window's close, a confirmed result). */
  detectedAt: Date;
  /** The event, e.g. `call-in:<participant>:<day>:missed`: a second recording of it is ignored. Null for staff's own. */
  sourceKey: string | null;
  /** Ids of the records that show it; never health data. */
  evidence: Record<string, unknown>;
  description?: string | null;
  recordedBy?: string | null;
}

interface RecordedRow {
  id: string;
  detected_at: Date;
  response_window_hours: number;
  reminder_hours: number[];
}

/**
 * Records violations inside the caller's transaction, each with its clock:
 * the deadline is the program's response window (72 elapsed hours by
 * default) after detection, and every reminder and the deadline is a
 * `violation_clock_events` row plus an outbox job keyed from the violation,
 * committed together with it, so no clock is ever lost. An event already
 * recorded (same source key) is skipped, so a retried job or a replayed
 * result never creates a second violation. A positive that makes the
 * program's count of repeated positives proposes a treatment assessment.
 * Returns the new ids.
 */
export async function recordViolations(manager: EntityManager, violations: readonly NewViolation[]): Promise<string[]> {
  if (violations.length === 0) return [];
  const rows = (await manager.query(
    `WITH input AS (
       SELECT v.*, COALESCE(pr.response_window_hours, $11) AS response_window_hours, COALESCE(pr.reminder_hours, $12::int[]) AS reminder_hours
         FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::timestamptz[], $6::text[], $7::jsonb[], $8::text[], $9::uuid[], $10::int[])
              AS v(id, court_id, participant_id, kind, detected_at, source_key, evidence, description, recorded_by, ord)
         LEFT JOIN participants p ON p.id = v.participant_id
         LEFT JOIN programs pr ON pr.id = p.program_id),
     inserted AS (
       INSERT INTO violations (id, court_id, participant_id, kind, detected_at, deadline_at, source_key, evidence, description, recorded_by)
       SELECT id, court_id, participant_id, kind, detected_at, detected_at + make_interval(hours => response_window_hours),
              source_key, evidence, description, recorded_by
         FROM input ORDER BY ord
       ON CONFLICT (source_key) DO NOTHING
       RETURNING id)
     SELECT n.id, n.detected_at, n.response_window_hours, n.reminder_hours
       FROM inserted i JOIN input n ON n.id = i.id
      ORDER BY n.ord`,
    [
      // Ids made here, so each inserted row is matched to its own input (two staff violations may share participant and time).
      violations.map(() => randomUUID()),
      violations.map((v) => v.courtId),
      violations.map((v) => v.participantId),
      violations.map((v) => v.kind),
      violations.map((v) => v.detectedAt.toISOString()),
      violations.map((v) => v.sourceKey),
      violations.map((v) => JSON.stringify(v.evidence)),
      violations.map((v) => v.description ?? null),
      violations.map((v) => v.recordedBy ?? null),
      violations.map((_, i) => i),
      DEFAULT_RESPONSE_WINDOW_HOURS,
      DEFAULT_REMINDER_HOURS,
    ],
  )) as RecordedRow[];
  await startClocks(manager, rows);
  await proposeTreatmentAfterPositives(
    manager,
    rows.map((row) => row.id),
  );
  await raiseNoSessionAlerts(
    manager,
    rows.map((row) => row.id),
  );
  return rows.map((row) => row.id);
}

/** Every moment of each new violation's clock, as a row and as a delayed job, in the same transaction. */
async function startClocks(manager: EntityManager, rows: readonly RecordedRow[]): Promise<void> {
  const moments = rows.flatMap((row) =>
    clockMoments(new Date(row.detected_at), row.response_window_hours, row.reminder_hours).map((m) => ({ violationId: row.id, ...m })),
  );
  if (moments.length === 0) return;
  await manager.query(
    `INSERT INTO violation_clock_events (violation_id, event, due_at)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::timestamptz[])
     ON CONFLICT (violation_id, event) DO NOTHING`,
    [moments.map((m) => m.violationId), moments.map((m) => m.event), moments.map((m) => m.dueAt.toISOString())],
  );
  await addToOutbox(
    manager,
    moments.map((m) => ({
      job: JobName.ViolationClock,
      key: clockJobKey(m.violationId, m.event),
      payload: { violationId: m.violationId, event: m.event },
      runAt: m.dueAt,
    })),
  );
}

/**
 * Dismisses open violations with the reason: staff's own dismissal (by id), a
 * positive overturned by its confirmation or a missed call-in during a
 * recorded outage (by the event's source key). Answered violations stay as
 * they are: the court already acted. Returns the ids dismissed.
 */
export async function dismissOpenViolations(
  manager: EntityManager,
  match: { ids: readonly string[] } | { sourceKeys: readonly string[] },
  reason: string,
  at: Date,
): Promise<string[]> {
  // Each predicate with its own column type, so both use their index.
  const [predicate, values] = 'ids' in match ? ['id = ANY($1::uuid[])', match.ids] : ['source_key = ANY($1::text[])', match.sourceKeys];
  if (values.length === 0) return [];
  const rows = returnedRows<{ id: string }>(
    await manager.query(
      `UPDATE violations SET status = 'dismissed', dismissed_at = $2, dismissed_reason = $3
        WHERE ${predicate} AND status = 'open'
        RETURNING id`,
      [values, at.toISOString(), reason],
    ),
  );
  return rows.map((row) => row.id);
}
