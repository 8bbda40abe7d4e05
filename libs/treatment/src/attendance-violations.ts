import { dismissOpenViolations, recordViolations } from '@app/violations';
import { raiseStaffAlerts } from '@app/notifications';
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
  await alertNoShows(manager, noShows);
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

/**
 * A provider's no-show report alerts the participant's case manager and the
 * coordinators, in the report's transaction, once per attendance row. The
 * alert names the participant's number and the day only: which provider and
 * what session stay in the record, read under its consent.
 */
async function alertNoShows(manager: EntityManager, noShows: readonly NoShow[]): Promise<void> {
  const rows = (await manager.query(
    `SELECT a.id, a.session_on::text AS session_on, p.id AS participant_id, p.court_id, p.participant_number, p.case_manager_id
       FROM treatment_attendance a JOIN participants p ON p.id = a.participant_id WHERE a.id = ANY($1::uuid[])`,
    [noShows.map((n) => n.attendanceId)],
  )) as Array<{ id: string; session_on: string; participant_id: string; court_id: string; participant_number: string | null; case_manager_id: string | null }>;
  await raiseStaffAlerts(
    manager,
    rows.map((row) => ({
      courtId: row.court_id,
      kind: 'provider-no-show' as const,
      eventKey: `attendance:${row.id}:no-show`,
      params: { participantNumber: row.participant_number ?? '—', date: row.session_on },
      link: `/participants/${row.participant_id}`,
      roles: ['coordinator'] as const,
      userId: row.case_manager_id,
    })),
  );
}
