import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApiQuery } from '../../api/hooks';
import { Loading, ProblemBanner } from '../../components/problem';
import { formatDate } from '../../i18n/format';
import { AppointmentsSection } from './appointments-section';
import { AttendanceSection } from './attendance-section';
import { ProgressReportsSection } from './progress-reports-section';
import { clientName, ConsentBadge, RedisclosureNotice, useCourtClock, useProviderClients, useTreatmentTerms } from './shared';
import { TreatmentNotesSection } from './treatment-notes-section';
import { ParticipantSummary, ProgressReportList, ProviderClient, TreatmentAttendanceList, TreatmentNoteList } from './types';

/** The episode with the provider's organisation, as the clients list gives it. */
function Episode({ client }: { client: ProviderClient }) {
  const { t } = useTranslation('provider');
  const terms = useTreatmentTerms();
  return (
    <dl className="provider-facts">
      <dt>{t('clients.columns.levelOfCare')}</dt>
      <dd>{terms.levelOfCare(client.episode.levelOfCare)}</dd>
      <dt>{t('clients.columns.modality')}</dt>
      <dd>{terms.modality(client.episode.modality)}</dd>
      <dt>{t('clients.columns.referredOn')}</dt>
      <dd>{formatDate(client.episode.referredOn)}</dd>
      <dt>{t('consent.attendanceTerm')}</dt>
      <dd>
        <ConsentBadge consent={client.consents.treatmentAttendance} />
      </dd>
      <dt>{t('consent.progressTerm')}</dt>
      <dd>
        <ConsentBadge consent={client.consents.treatmentProgress} />
      </dd>
    </dl>
  );
}

/** The 42 CFR §2.32 notices of the three reads (the same cached reads the sections make). */
function ClientRedisclosure({ participantId }: { participantId: string }) {
  const attendance = useApiQuery<TreatmentAttendanceList>(`/participants/${participantId}/treatment-attendance`);
  const reports = useApiQuery<ProgressReportList>(`/participants/${participantId}/progress-reports`);
  const notes = useApiQuery<TreatmentNoteList>(`/participants/${participantId}/treatment-notes`);
  return <RedisclosureNotice notices={[attendance.data?.redisclosureNotice, reports.data?.redisclosureNotice, notes.data?.redisclosureNotice]} />;
}

/**
 * `/provider/clients/:participantId`: one client's attendance, progress
 * reports and treatment notes. Each read is refused by the API (42 CFR Part 2)
 * when no consent covers it; the refusal's sentence is shown in its place.
 */
export function ClientScreen() {
  const { t } = useTranslation('provider');
  const terms = useTreatmentTerms();
  const { participantId = '' } = useParams();
  const participant = useApiQuery<ParticipantSummary>(`/participants/${participantId}`);
  const { query: clients } = useProviderClients();
  const { today } = useCourtClock();
  const client = clients.data?.items.find((c) => c.participant.id === participant.data?.id);

  const back = (
    <p className="no-print">
      <Link to="/provider/clients">{t('client.back')}</Link>
    </p>
  );
  if (participant.error) {
    return (
      <section>
        {back}
        <h1>{t('client.unknownTitle')}</h1>
        <ProblemBanner problem={participant.error} />
      </section>
    );
  }
  if (!participant.data) return <Loading />;
  const p = participant.data;
  return (
    <section>
      {back}
      <h1>{clientName(p)}</h1>
      <p>{[p.programCode, p.phase && t('clients.phase', p.phase), terms.status(p.status)].filter(Boolean).join(' · ')}</p>
      {client ? <Episode client={client} /> : clients.data && <p>{t('client.noEpisode')}</p>}
      <AttendanceSection participantId={p.id} today={today} canReport={client?.consents.treatmentAttendance.write} />
      <AppointmentsSection participantId={p.id} today={today} canBook={client?.consents.treatmentAttendance.write} />
      <ProgressReportsSection participantId={p.id} today={today} canReport={client?.consents.treatmentProgress.write} />
      <TreatmentNotesSection participantId={p.id} today={today} canReport={client && (client.consents.treatmentAttendance.write || client.consents.treatmentProgress.write)} />
      <ClientRedisclosure participantId={p.id} />
    </section>
  );
}
