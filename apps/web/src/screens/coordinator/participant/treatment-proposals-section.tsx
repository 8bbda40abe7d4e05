import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { useApiMutation, useApiQuery } from '../../../api/hooks';
import type { components } from '../../../api/schema';
import { TextField } from '../../../components/fields';
import { ProblemBanner, QueryView } from '../../../components/problem';
import { formatDateTime } from '../../../i18n/format';

type Proposal = components['schemas']['TreatmentProposalDto'];

/**
 * Treatment assessments proposed for the participant's next hearing (after
 * repeated positives, or because they asked), open first; whoever may
 * record the court's responses closes one with what became of it.
 */
export function TreatmentProposalsSection({ participantId, timeZone, canClose }: { participantId: string; timeZone: string | undefined; canClose: boolean }) {
  const { t } = useTranslation('coordinator');
  const path = `/participants/${participantId}/treatment-proposals`;
  const query = useApiQuery<Proposal[]>(path);
  return (
    <section aria-labelledby="treatment-proposals-heading" className="card">
      <h2 id="treatment-proposals-heading">{t('treatmentProposals.heading')}</h2>
      <QueryView query={query}>
        {(list) =>
          list.length === 0 ? (
            <p>{t('treatmentProposals.none')}</p>
          ) : (
            <ul className="treatment-proposals">
              {list.map((p) => (
                <li key={p.id}>
                  <ProposalLine proposal={p} timeZone={timeZone} canClose={canClose} invalidates={[path]} />
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
    </section>
  );
}

function ProposalLine({ proposal: p, timeZone, canClose, invalidates }: { proposal: Proposal; timeZone: string | undefined; canClose: boolean; invalidates: string[] }) {
  const { t } = useTranslation('coordinator');
  const [note, setNote] = useState('');
  const close = useApiMutation((text: string) => api.post<Proposal>(`/treatment-proposals/${p.id}/close`, { note: text }), { invalidates });
  const source = t(`treatmentProposals.source.${p.source}`, { count: p.violationIds.length, date: formatDateTime(p.proposedAt, timeZone) });
  return (
    <>
      <p>
        <strong>{t('treatmentProposals.assessment')}</strong> · {source}
      </p>
      {p.status === 'open' ? (
        <p>{p.nextHearing ? t('treatmentProposals.atHearing', { when: formatDateTime(p.nextHearing.scheduledAt, timeZone) }) : t('treatmentProposals.noHearing')}</p>
      ) : (
        <p>{t('treatmentProposals.closed', { date: formatDateTime(p.closedAt ?? p.proposedAt, timeZone), note: p.closeNote ?? '' })}</p>
      )}
      {p.status === 'open' && canClose && (
        <form
          className="form inline-form"
          noValidate
          aria-label={t('treatmentProposals.closeLabel')}
          onSubmit={(e) => {
            e.preventDefault();
            close.mutate(note);
          }}
        >
          <ProblemBanner problem={close.error} shownFields={['note']} />
          <TextField label={t('treatmentProposals.note')} hint={t('treatmentProposals.noteHint')} name="note" value={note} onChange={setNote} problem={close.error} required />
          <div className="actions">
            <button type="submit" disabled={close.isPending}>
              {t('treatmentProposals.close')}
            </button>
          </div>
        </form>
      )}
    </>
  );
}
