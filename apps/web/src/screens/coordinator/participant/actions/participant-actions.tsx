import { useTranslation } from 'react-i18next';
import { useCan } from '../../../../auth/permissions';
import type { ParticipantDetail } from '../../types';
import { actionContext } from './action-kit';
import { CaseNoteAction } from './case-note-action';
import { HearingAction } from './hearing-actions';
import { CommunityServiceAction, FeePaymentAction } from './ledger-actions';
import { AdmittedUseAction, MilestoneAction } from './record-actions';
import { PhotoAction } from './photo-action';
import { ProviderReferralAction, ResetPinAction } from './referral-pin-actions';
import { PhaseChangeAction, StatusChangeAction } from './standing-actions';
import { TestDayAction, TestingOrderAction } from './testing-actions';
import { ViolationAction } from './violation-actions';
import './actions.css';

/** Statuses of someone in the program: the case work of an enrolled participant applies to them. */
const IN_PROGRAM = ['active', 'in_custody', 'warrant', 'medical_leave'];

/**
 * Everything the reader's role lets them do to this participant, each next to
 * what it changes. An action the role does not hold is not shown (GET /me
 * names the role's permissions); the API still refuses a forged one, and
 * checks the record's own rules (dates, totals, consent) with a sentence
 * shown beside the field it names.
 */
export function ParticipantActions({ participant, timeZone }: { participant: ParticipantDetail; timeZone: string }) {
  const { t } = useTranslation('actions');
  const can = useCan(participant.courtId);
  const context = actionContext(participant.id, participant.courtId, timeZone);
  const enrolled = participant.enrolledOn !== null && IN_PROGRAM.includes(participant.status);
  const canWrite = can('participant.write') && enrolled;
  const milestoneNames = (participant.readiness?.requirements ?? []).filter((r) => r.code === 'milestone' && r.name).map((r) => r.name!);

  const groups = [
    can('case_note.write') && <CaseNoteAction key="note" context={context} canRead={can('case_note.read')} />,
    (can('violation.write') || can('violation.read')) && enrolled && (
      <ViolationAction key="violation" context={context} canRecord={can('violation.write')} canDismiss={can('violation.write')} canSchedule={can('hearing.schedule')} />
    ),
    can('hearing.schedule') && can('docket.read') && enrolled && <HearingAction key="hearing" context={context} />,
    can('drug_test.order') && enrolled && <TestDayAction key="test-day" context={context} />,
    can('drug_test.order') && enrolled && <TestingOrderAction key="testing-order" context={context} />,
    canWrite && <CommunityServiceAction key="service" context={context} />,
    canWrite && <FeePaymentAction key="fees" context={context} />,
    canWrite && <MilestoneAction key="milestone" context={context} requirementNames={milestoneNames} />,
    canWrite && <AdmittedUseAction key="admitted-use" context={context} />,
    can('participant.write') && participant.enrolledOn !== null && <PhotoAction key="photo" context={context} firstName={participant.firstName} lastName={participant.lastName} />,
    can('provider_referral.write') && participant.enrolledOn !== null && <ProviderReferralAction key="referral" context={context} />,
    can('participant.phase_change') && participant.phase && participant.status === 'active' && <PhaseChangeAction key="phase" context={context} participant={participant} />,
    can('participant.status_change') && participant.enrolledOn !== null && <StatusChangeAction key="status" context={context} participant={participant} />,
    can('user.manage') && participant.accountId && <ResetPinAction key="pin" context={context} accountId={participant.accountId} />,
  ].filter(Boolean);

  if (groups.length === 0) return null;
  return (
    <section aria-labelledby="actions-heading" className="card participant-actions">
      <h2 id="actions-heading">{t('title')}</h2>
      <p className="hint">{t('intro')}</p>
      {groups}
    </section>
  );
}
