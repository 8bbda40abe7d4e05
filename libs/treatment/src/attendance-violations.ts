import { dismissOpenViolations, recordViolations } from '@app/violations';
import type { EntityManager } from 'typeorm';

/** The event a no-show's violation is keyed by: one violation per attendance row, however often it is reported. */
export const noShowSourceKey = (attendanceId: string) => `treatment-attendance:${attendanceId}`;

/** A no-show as reported: the row, its participant and the participant's court. */
export interface NoShow {
  attendanceId: string;
  participantId: string;
  courtId: string;
}

/**
 * Raises a `missed_treatment` violation, with its clock, for each no-show of
 * a participant whose program counts no-shows as violations (a participant
 * outside any program: the column's default, yes). Inside the caller's
 * transaction; the evidence is the row's id only. Returns the new ids.
 */
export async function raiseNoShowViolations(manager: EntityManager, noShows: readonly NoShow[], detectedAt: Date): Promise<string[]> {
  if (noShows.length === 0) return [];
  const counted = new Set(
    (
      (await manager.query(
        `SELECT p.id FROM participants p LEFT JOIN programs pr ON pr.id = p.program_id
          WHERE p.id = ANY($1::uuid[]) AND COALESCE(pr.no_show_violation, TRUE)`,
        [[...new Set(noShows.map((n) => n.participantId))]],
      )) as Array<{ id: string }>
    ).map((row) => row.id),
  );
  return recordViolations(
    manager,
    noShows
      .filter((n) => counted.has(n.participantId))
      .map((n) => ({
        courtId: n.courtId,
        participantId: n.participantId,
        kind: 'missed_treatment',
        detectedAt,
        sourceKey: noShowSourceKey(n.attendanceId),
        evidence: { treatmentAttendanceId: n.attendanceId },
      })),
  );
}

/** Dismisses the open violation a no-show raised, once the report is corrected; answered ones stay. Returns the ids dismissed. */
export function dismissNoShowViolation(manager: EntityManager, attendanceId: string, at: Date): Promise<string[]> {
  return dismissOpenViolations(manager, { sourceKeys: [noShowSourceKey(attendanceId)] }, 'treatment attendance corrected: not a no-show', at);
}
