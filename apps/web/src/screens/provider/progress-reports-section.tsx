import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { SelectField, TextAreaField, TextField } from '../../components/fields';
import { ProblemBanner, QueryView } from '../../components/problem';
import { formatDate } from '../../i18n/format';
import { Confirmation, useTreatmentTerms } from './shared';
import { EngagementLevel, LevelOfCare, NewProgressReport, ProgressReport, ProgressReportList } from './types';

const FIELDS = ['reportedOn', 'engagement', 'levelOfCareRecommendation', 'narrative'];

function WriteProgressReportForm({ participantId, today }: { participantId: string; today: string }) {
  const { t } = useTranslation('provider');
  const terms = useTreatmentTerms();
  const blank = { reportedOn: today, engagement: '', levelOfCareRecommendation: '', narrative: '' };
  const [form, setForm] = useState(blank);
  const [written, setWritten] = useState<string | null>(null);
  const mutation = useApiMutation((body: NewProgressReport) => api.post<ProgressReport>(`/participants/${participantId}/progress-reports`, body), {
    invalidates: [`/participants/${participantId}/progress-reports`],
    onSuccess: (report) => {
      setWritten(t('reports.written', { date: formatDate(report.reportedOn) }));
      setForm(blank);
    },
  });
  const set = (field: keyof typeof form) => (value: string) => {
    setWritten(null);
    setForm((f) => ({ ...f, [field]: value }));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body: NewProgressReport = { reportedOn: form.reportedOn, engagement: form.engagement as EngagementLevel, narrative: form.narrative };
    if (form.levelOfCareRecommendation) body.levelOfCareRecommendation = form.levelOfCareRecommendation as LevelOfCare;
    mutation.mutate(body);
  };
  return (
    <form className="form card" onSubmit={submit} aria-labelledby="provider-write-report">
      <h3 id="provider-write-report">{t('reports.writeHeading')}</h3>
      {written && <Confirmation>{written}</Confirmation>}
      <ProblemBanner problem={mutation.error} shownFields={FIELDS} />
      <TextField label={t('reports.reportedOn')} name="reportedOn" type="date" required value={form.reportedOn} onChange={set('reportedOn')} problem={mutation.error} hint={t('reports.reportedOnHint')} />
      <SelectField label={t('reports.engagement')} name="engagement" required value={form.engagement} onChange={set('engagement')} options={terms.options.engagement} placeholder={t('reports.choose')} problem={mutation.error} />
      <SelectField
        label={t('reports.recommendation')}
        name="levelOfCareRecommendation"
        value={form.levelOfCareRecommendation}
        onChange={set('levelOfCareRecommendation')}
        options={terms.options.levelsOfCare}
        placeholder={t('reports.noRecommendation')}
        problem={mutation.error}
      />
      <TextAreaField label={t('reports.narrative')} name="narrative" required rows={5} value={form.narrative} onChange={set('narrative')} problem={mutation.error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={mutation.isPending}>
          {t('reports.submit')}
        </button>
      </div>
    </form>
  );
}

function ReportItem({ report }: { report: ProgressReport }) {
  const { t } = useTranslation('provider');
  const terms = useTreatmentTerms();
  return (
    <li className="card">
      <h3>{t('reports.itemHeading', { date: formatDate(report.reportedOn) })}</h3>
      <dl className="provider-facts">
        <dt>{t('reports.engagement')}</dt>
        <dd>{terms.engagement(report.engagement)}</dd>
        <dt>{t('reports.recommendation')}</dt>
        <dd>{report.levelOfCareRecommendation ? terms.levelOfCare(report.levelOfCareRecommendation) : t('reports.noRecommendation')}</dd>
      </dl>
      <p className="provider-narrative">{report.narrative}</p>
    </li>
  );
}

/** A client's progress reports, newest first, and a new one. */
export function ProgressReportsSection({ participantId, today, canReport }: { participantId: string; today: string | null; canReport: boolean | undefined }) {
  const { t } = useTranslation('provider');
  const query = useApiQuery<ProgressReportList>(`/participants/${participantId}/progress-reports`);
  const showForm = canReport ?? !!query.data;
  return (
    <section aria-labelledby="provider-reports-heading">
      <h2 id="provider-reports-heading">{t('reports.heading')}</h2>
      <QueryView query={query}>
        {(list) =>
          list.items.length === 0 ? (
            <p>{t('reports.empty')}</p>
          ) : (
            <ol className="provider-records">
              {list.items.map((r) => (
                <ReportItem key={r.id} report={r} />
              ))}
            </ol>
          )
        }
      </QueryView>
      {showForm && today && <WriteProgressReportForm participantId={participantId} today={today} />}
    </section>
  );
}
