import { useTranslation } from 'react-i18next';
import { useCan } from '../../../auth/permissions';
import { courtDayOf, useCourt } from '../shared';
import type { ParticipantDetail } from '../types';
import { ParticipantActions } from './actions/participant-actions';
import { AppointmentsSection } from './appointments-section';
import { TreatmentProposalsSection } from './treatment-proposals-section';
import { ComplianceChart } from './compliance-chart';
import { ConsentsSection } from './consents-section';
import { ContactLogSection } from './contact-log-section';
import { OutcomeRecordsSection } from './outcome-records-section';
import { ParticipantHeader } from './participant-header';
import { ParticipantLoader } from './participant-loader';
import { PrescriptionsSection } from './prescriptions-section';
import { ReadinessSection } from './readiness-section';
import { SummaryStrip } from './summary-strip';
import { DeferredJudgmentSection } from './deferred-judgment-section';
import { WarrantsSection } from './warrants-section';
import { ParticipantCourtOrders } from '../../participant/my-orders';
import { useParticipantRecords } from './records';
import { Timeline } from './timeline';
import { HotlineCallsSection } from '../../hotline/hotline-calls';
import { PhoneNumbersSection } from '../../hotline/phone-numbers-section';
import { DemographicsSummary } from '../../demographics/demographics-summary';

/**
 * One participant for the team: header, readiness, compliance over time and
 * the merged timeline. A participant out of reach (another court, a wrong
 * id) shows the API's refusal sentence under a plain heading.
 */
export function ParticipantScreen() {
  const { t } = useTranslation('coordinator');
  return (
    <ParticipantLoader title={t('participant.fallbackTitle')} back={{ to: '/caseload', label: t('participant.backToCaseload') }}>
      {(participant) => <ParticipantPage participant={participant} />}
    </ParticipantLoader>
  );
}

/** Rendered once the participant is readable, so the records are only asked for then. */
function ParticipantPage({ participant }: { participant: ParticipantDetail }) {
  const court = useCourt(participant.courtId);
  const records = useParticipantRecords(participant.id);
  const can = useCan(participant.courtId);
  const timeZone = court.data?.timeZone;
  const today = participant.readiness?.asOf ?? courtDayOf(new Date().toISOString(), timeZone);
  return (
    <article className="participant-page">
      <ParticipantHeader participant={participant} />
      <SummaryStrip participant={participant} records={records} timeZone={timeZone} />
      <ReadinessSection readiness={participant.readiness} />
      {timeZone && <ParticipantActions participant={participant} timeZone={timeZone} />}
      {timeZone && can('contact.read') && (
        <ContactLogSection participantId={participant.id} courtId={participant.courtId} timeZone={timeZone} canWrite={can('contact.write')} />
      )}
      {timeZone && (
        <OutcomeRecordsSection participantId={participant.id} courtId={participant.courtId} timeZone={timeZone} canWrite={can('participant.write')} />
      )}
      {timeZone && <DeferredJudgmentSection participant={participant} timeZone={timeZone} />}
      {timeZone && participant.enrolledOn !== null && <WarrantsSection participant={participant} timeZone={timeZone} />}
      {court.data && <ComplianceChart records={records} enrolledOn={participant.enrolledOn} today={today} timeZone={timeZone} />}
      {court.data && <Timeline records={records} timeZone={timeZone} />}
      {can('treatment.read') && <AppointmentsSection participantId={participant.id} />}
      {can('treatment.read') && <PrescriptionsSection participantId={participant.id} canRecord={can('participant.write') || can('treatment.write')} />}
      {can('violation.read') && participant.enrolledOn !== null && (
        <TreatmentProposalsSection participantId={participant.id} timeZone={timeZone} canClose={can('response.record')} />
      )}
      {can('violation.read') && participant.enrolledOn !== null && <ParticipantCourtOrders participantId={participant.id} />}
      {!participant.limited && <DemographicsSummary participant={participant} canCorrect={can('participant.write')} />}
      <ConsentsSection participant={participant} timeZone={timeZone} />
      <PhoneNumbersSection path={`/participants/${participant.id}/phone-numbers`} canEdit={can('participant.write')} reader="staff" />
      {can('draw.read') && <HotlineCallsSection participantId={participant.id} timeZone={timeZone} />}
    </article>
  );
}
