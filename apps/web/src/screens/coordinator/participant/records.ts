import { useApiQuery } from '../../../api/hooks';
import type { DrugTestHistory, Hearing, PhaseHistoryEntry, ResponseHistory, StatusChange, TreatmentAttendanceList, Violation } from '../types';

/**
 * Every record of one participant the page merges, each read on its own: a
 * refused read (a role without the permission, attendance without consent)
 * leaves the others standing.
 */
export function useParticipantRecords(participantId: string) {
  const base = `/participants/${participantId}`;
  return {
    tests: useApiQuery<DrugTestHistory>(`${base}/drug-tests`),
    violations: useApiQuery<Violation[]>(`${base}/violations`),
    responses: useApiQuery<ResponseHistory>(`${base}/responses`),
    hearings: useApiQuery<Hearing[]>(`${base}/hearings`),
    phases: useApiQuery<PhaseHistoryEntry[]>(`${base}/phases`),
    statuses: useApiQuery<StatusChange[]>(`${base}/status-changes`),
    attendance: useApiQuery<TreatmentAttendanceList>(`${base}/treatment-attendance`),
  };
}

export type ParticipantRecords = ReturnType<typeof useParticipantRecords>;
export type RecordSource = keyof ParticipantRecords;
