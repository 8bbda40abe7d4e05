import { useApiQuery } from '../../../api/hooks';
import { type Permission, useCan } from '../../../auth/permissions';
import type { components } from '../../../api/schema';
import type { DrugTestHistory, Hearing, PhaseHistoryEntry, ResponseHistory, StatusChange, TreatmentAttendanceList, Violation } from '../types';

type Schemas = components['schemas'];

/**
 * Every record of one participant the page merges, each read on its own: a
 * refused read (attendance without consent) leaves the others standing. A
 * read the reader's role may not make is not asked for at all (a court
 * administrator's visit would otherwise leave a trail of refusals).
 */
export function useParticipantRecords(participantId: string) {
  const base = `/participants/${participantId}`;
  const can = useCan();
  const useRecord = <T>(permission: Permission, path: string) => useApiQuery<T>(can(permission) ? `${base}/${path}` : null);
  return {
    tests: useRecord<DrugTestHistory>('drug_test.read', 'drug-tests'),
    violations: useRecord<Violation[]>('violation.read', 'violations'),
    responses: useRecord<ResponseHistory>('violation.read', 'responses'),
    hearings: useRecord<Hearing[]>('participant.read', 'hearings'),
    phases: useRecord<PhaseHistoryEntry[]>('participant.read', 'phases'),
    statuses: useRecord<StatusChange[]>('participant.read', 'status-changes'),
    attendance: useRecord<TreatmentAttendanceList>('treatment.read', 'treatment-attendance'),
    // Case work (the participant page's actions write these; the same reads serve both).
    caseNotes: useRecord<Schemas['CaseNotesDto']>('case_note.read', 'case-notes'),
    communityService: useRecord<Schemas['CommunityServiceLedgerDto']>('participant.read', 'community-service'),
    feePayments: useRecord<Schemas['FeePaymentLedgerDto']>('participant.read', 'fee-payments'),
    milestones: useRecord<Schemas['MilestoneDto'][]>('participant.read', 'milestones'),
    admittedUse: useRecord<Schemas['AdmittedUseDto'][]>('participant.read', 'admitted-use'),
    testingOrders: useRecord<Schemas['TestingOrderDto'][]>('drug_test.order', 'testing-orders'),
    drawOverrides: useRecord<Schemas['DrawOverrideDto'][]>('drug_test.order', 'draw-overrides'),
    referrals: useRecord<Schemas['ProviderReferralDto'][]>('participant.read', 'provider-referrals'),
    // The same read as the consents section's (one request): signing and revoking belong on the timeline too.
    consents: useRecord<Schemas['ConsentDto'][]>('consent.read', 'consents'),
  };
}

export type ParticipantRecords = ReturnType<typeof useParticipantRecords>;
export type RecordSource = keyof ParticipantRecords;
