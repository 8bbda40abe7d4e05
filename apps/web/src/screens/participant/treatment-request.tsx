import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import type { components } from '../../api/schema';
import { ProblemBanner, QueryView } from '../../components/problem';
import { formatDate, formatDateTime } from '../../i18n/format';

type Proposal = components['schemas']['TreatmentProposalDto'];
type RequestResult = components['schemas']['TreatmentRequestResultDto'];

/**
 * Treatment on request: the participant asks from their own page, and a
 * treatment assessment is proposed for their next hearing (their case
 * manager is told). While one is open, whether they asked or the court's
 * rule proposed it, the page says so instead of offering to ask again.
 */
export function TreatmentRequestSection({ participantId, timeZone }: { participantId: string; timeZone: string | undefined }) {
  const { t } = useTranslation('participant');
  const path = `/participants/${participantId}/treatment-proposals`;
  const proposals = useApiQuery<Proposal[]>(path);
  const ask = useApiMutation(() => api.post<RequestResult>(`/participants/${participantId}/treatment-requests`, {}), { invalidates: [path] });
  return (
    <section aria-labelledby="treatment-heading">
      <h2 id="treatment-heading">{t('treatmentRequest.heading')}</h2>
      <QueryView query={proposals}>
        {(list) => {
          const open = list.find((p) => p.status === 'open');
          if (open) {
            return (
              <p role="status">
                {open.source === 'participant_request' ? t('treatmentRequest.asked', { date: formatDate(open.proposedAt.slice(0, 10)) }) : t('treatmentRequest.proposed')}{' '}
                {open.nextHearing ? t('treatmentRequest.atHearing', { when: formatDateTime(open.nextHearing.scheduledAt, timeZone) }) : t('treatmentRequest.noHearingYet')}
              </p>
            );
          }
          return (
            <>
              <p>{t('treatmentRequest.offer')}</p>
              <ProblemBanner problem={ask.error} />
              <button type="button" disabled={ask.isPending} onClick={() => ask.mutate(undefined)}>
                {t('treatmentRequest.button')}
              </button>
            </>
          );
        }}
      </QueryView>
    </section>
  );
}
