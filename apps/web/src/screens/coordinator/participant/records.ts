import { useApiQuery } from '../../../api/hooks';
import type { components } from '../../../api/schema';
import type { DrugTestHistory, Hearing, PhaseHistoryEntry, ResponseHistory, StatusChange, TreatmentAttendanceList, Violation } from '../types';

type Schemas = components['schemas'];

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
    // Case work (the participant page's actions write these; the same reads serve both).
    caseNotes: useApiQuery<Schemas['CaseNotesDto']>(`${base}/case-notes`),
    communityService: useApiQuery<Schemas['CommunityServiceLedgerDto']>(`${base}/community-service`),
    feePayments: useApiQuery<Schemas['FeePaymentLedgerDto']>(`${base}/fee-payments`),
    milestones: useApiQuery<Schemas['MilestoneDto'][]>(`${base}/milestones`),
    admittedUse: useApiQuery<Schemas['AdmittedUseDto'][]>(`${base}/admitted-use`),
    testingOrders: useApiQuery<Schemas['TestingOrderDto'][]>(`${base}/testing-orders`),
    drawOverrides: useApiQuery<Schemas['DrawOverrideDto'][]>(`${base}/draw-overrides`),
    referrals: useApiQuery<Schemas['ProviderReferralDto'][]>(`${base}/provider-referrals`),
  };
}

export type ParticipantRecords = ReturnType<typeof useParticipantRecords>;
export type RecordSource = keyof ParticipantRecords;
