import { FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { DataTable } from '../../components/data-table';
import { TextAreaField, TextField } from '../../components/fields';
import { ProblemBanner } from '../../components/problem';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { NewOutage, Outage, RecordedOutage } from './types';
import { instantToWallTime, wallTimeToInstant } from './wall-time';

/**
 * Recording a period when the system could not take call-ins, from the
 * testing board: the API excuses the windows it overlaps (their open missed
 * call-ins, and the missed tests of those who could not call in, are
 * dismissed). Times are typed in the court's zone. Shown only to the roles
 * that may record one (outage.record).
 */
export function OutageAction({ courtId, timeZone }: { courtId: string; timeZone: string | undefined }) {
  const { t } = useTranslation('site');
  const id = useId();
  const outages = useApiQuery<Outage[]>('/outages', { courtId });
  const [form, setForm] = useState({ startsAt: '', endsAt: '', reason: '' });
  const [recorded, setRecorded] = useState<string | null>(null);
  const zone = timeZone ?? 'UTC';
  const mutation = useApiMutation((body: NewOutage) => api.post<RecordedOutage>('/outages', body), {
    invalidates: ['/outages', `/courts/${courtId}/testing-board`, `/courts/${courtId}/violations`, '/participants/'],
    onSuccess: (outage) => {
      setRecorded(t('outage.recorded', { days: formatNumber(outage.courtDays.length), count: outage.dismissedViolations }));
      setForm({ startsAt: '', endsAt: '', reason: '' });
    },
  });
  const set = (field: keyof typeof form) => (value: string) => {
    setRecorded(null);
    setForm((f) => ({ ...f, [field]: value }));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    mutation.mutate({ courtId, startsAt: wallTimeToInstant(form.startsAt, zone), endsAt: wallTimeToInstant(form.endsAt, zone), reason: form.reason });
  };
  const now = instantToWallTime(new Date(), zone);
  return (
    <section className="card outage-form" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('outage.title')}</h2>
      <p className="hint">{t('outage.intro', { zone })}</p>
      <form className="form" onSubmit={submit} aria-labelledby={`${id}-heading`}>
        {recorded && (
          <p className="notice" role="status">
            {recorded}
          </p>
        )}
        <ProblemBanner problem={mutation.error} shownFields={['startsAt', 'endsAt', 'reason']} />
        <TextField label={t('outage.startsAt')} name="startsAt" type="datetime-local" required max={now} value={form.startsAt} onChange={set('startsAt')} problem={mutation.error} />
        <TextField label={t('outage.endsAt')} name="endsAt" type="datetime-local" required max={now} value={form.endsAt} onChange={set('endsAt')} problem={mutation.error} hint={t('outage.endsAtHint')} />
        <TextAreaField label={t('outage.reason')} name="reason" required value={form.reason} onChange={set('reason')} problem={mutation.error} hint={t('outage.reasonHint')} rows={2} />
        <div className="actions">
          <button type="submit" className="primary" disabled={mutation.isPending}>
            {t('outage.submit')}
          </button>
        </div>
      </form>
      {outages.data && (
        <DataTable<Outage>
          caption={t('outage.caption')}
          rows={outages.data.slice(0, 10)}
          rowKey={(o) => o.id}
          empty={t('outage.none')}
          columns={[
            { key: 'startsAt', header: t('outage.startsAt'), render: (o) => formatDateTime(o.startsAt, timeZone), sortValue: (o) => o.startsAt },
            { key: 'endsAt', header: t('outage.endsAt'), render: (o) => formatDateTime(o.endsAt, timeZone), sortValue: (o) => o.endsAt },
            { key: 'scope', header: t('outage.scope'), render: (o) => (o.courtId ? t('outage.thisCourt') : t('outage.everyCourt')) },
            { key: 'reason', header: t('outage.reason'), render: (o) => o.reason },
          ]}
        />
      )}
    </section>
  );
}
