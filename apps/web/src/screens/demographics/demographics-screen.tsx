import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import { ProblemBanner } from '../../components/problem';
import { FormActions } from '../admin/shared';
import { ParticipantLoader } from '../coordinator/participant/participant-loader';
import type { ParticipantDetail } from '../coordinator/types';
import { changedDemographics, DEMOGRAPHIC_FIELDS, DemographicFields, demographicForm } from './demographic-fields';

/**
 * The correction of a participant's demographic answers (the link from the
 * report of free text that did not map): saving an answer closes that
 * field's open issue.
 */
export function DemographicsScreen() {
  const { t } = useTranslation('demographics');
  return (
    <ParticipantLoader title={t('correction.fallbackTitle')} back={{ to: '/caseload', label: t('correction.backToCaseload') }}>
      {(participant) => <CorrectionForm participant={participant} />}
    </ParticipantLoader>
  );
}

function CorrectionForm({ participant }: { participant: ParticipantDetail }) {
  const { t } = useTranslation('demographics');
  const navigate = useNavigate();
  const before = demographicForm(participant);
  const [form, setForm] = useState(before);
  const back = `/participants/${participant.id}`;
  const save = useApiMutation((body: Record<string, unknown>) => api.patch<ParticipantDetail>(`/participants/${participant.id}`, body), {
    invalidates: [`/participants/${participant.id}`, '/participants', `/courts/${participant.courtId}/demographics`],
    onSuccess: () => navigate(back),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = changedDemographics(before, form);
    if (Object.keys(body).length === 0) navigate(back);
    else save.mutate(body);
  };
  const name = `${participant.firstName} ${participant.lastName}`;
  return (
    <section className="intake">
      <h1>{t('correction.title', { name })}</h1>
      <p>{t('correction.intro')}</p>
      <form className="form card" onSubmit={submit} noValidate aria-label={t('correction.title', { name })}>
        <ProblemBanner problem={save.error} shownFields={DEMOGRAPHIC_FIELDS} />
        <DemographicFields form={form} onChange={setForm} problem={save.error} />
        <FormActions submitLabel={t('correction.submit')} pending={save.isPending} onCancel={() => navigate(back)} />
      </form>
    </section>
  );
}
