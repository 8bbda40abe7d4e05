import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { useSession } from '../../auth/session';
import { DataTable } from '../../components/data-table';
import { SelectField, TextField } from '../../components/fields';
import { ProblemBanner, QueryView } from '../../components/problem';
import { formatDate } from '../../i18n/format';
import { useFormFields } from './form-state';
import { RowActions, useConfirmedRemoval } from './list-actions';
import { ConfirmPanel, Confirmation, FormActions } from './shared';
import type { Holiday } from './types';

/** The court's holidays (court-local dates), added and removed, with a question before removing one. */
export function HolidaysScreen() {
  const { t } = useTranslation('admin');
  const session = useSession();
  const path = `/courts/${session.court.courtId}/holidays`;
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState('');
  const holidays = useApiQuery<Holiday[]>(path, { year: year || undefined });
  const [notice, setNotice] = useState<string | null>(null);
  const removal = useConfirmedRemoval((h: Holiday) => api.delete(`${path}/${h.id}`), {
    invalidates: [path],
    onRemoved: (h) => setNotice(t('holidays.removed', { name: h.name, date: formatDate(h.date) })),
  });

  return (
    <section className="admin-screen">
      <h1>{t('holidays.title')}</h1>
      <p>{t('holidays.intro')}</p>
      <Confirmation>{notice}</Confirmation>
      <div className="toolbar">
        <SelectField
          label={t('holidays.year')}
          name="year"
          value={year}
          onChange={setYear}
          placeholder={t('holidays.allYears')}
          options={[thisYear - 1, thisYear, thisYear + 1, thisYear + 2].map((y) => ({ value: String(y), label: String(y) }))}
          problem={holidays.error}
        />
      </div>
      {removal.asking && (
        <ConfirmPanel
          message={t('holidays.confirmRemove', { name: removal.asking.name, date: formatDate(removal.asking.date) })}
          confirmLabel={t('holidays.confirmRemoveButton')}
          {...removal.panel}
        />
      )}
      <ProblemBanner problem={removal.error} />
      <QueryView query={holidays}>
        {(rows) => (
          <DataTable
            caption={year ? t('holidays.captionYear', { court: session.court.code, year }) : t('holidays.caption', { court: session.court.code })}
            rows={rows}
            rowKey={(h) => h.id}
            empty={t('holidays.empty')}
            initialSort={{ key: 'date', direction: 'asc' }}
            columns={[
              { key: 'date', header: t('holidays.date'), sortValue: (h) => h.date, render: (h) => <time dateTime={h.date}>{formatDate(h.date)}</time> },
              { key: 'name', header: t('holidays.name'), sortValue: (h) => h.name, render: (h) => h.name },
              {
                key: 'remove',
                header: t('holidays.actions'),
                render: (h) => (
                  <RowActions
                    onStart={() => setNotice(null)}
                    actions={[{ text: t('common:remove'), label: t('holidays.removeLabel', { name: h.name, date: formatDate(h.date) }), onClick: () => removal.ask(h) }]}
                  />
                ),
              },
            ]}
          />
        )}
      </QueryView>
      <h2>{t('holidays.addTitle')}</h2>
      <AddHolidayForm path={path} onAdded={setNotice} />
    </section>
  );
}

function AddHolidayForm({ path, onAdded }: { path: string; onAdded: (message: string | null) => void }) {
  const { t } = useTranslation('admin');
  const { form, set, setForm } = useFormFields({ date: '', name: '' });
  const add = useApiMutation((body: { date: string; name: string }) => api.post<Holiday>(path, body), {
    invalidates: [path],
    onSuccess: (h) => {
      setForm({ date: '', name: '' });
      onAdded(t('holidays.added', { name: h.name, date: formatDate(h.date) }));
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onAdded(null);
    add.mutate({ date: form.date, name: form.name });
  };
  return (
    <form className="form card" onSubmit={submit} noValidate aria-label={t('holidays.addTitle')}>
      <ProblemBanner problem={add.error} shownFields={['date', 'name']} />
      <div className="field-row">
        <TextField label={t('holidays.date')} name="date" type="date" value={form.date} onChange={(v) => set('date', v)} problem={add.error} hint={t('holidays.dateHint')} required />
        <TextField label={t('holidays.name')} name="name" value={form.name} onChange={(v) => set('name', v)} problem={add.error} required />
      </div>
      <FormActions submitLabel={t('holidays.add')} pending={add.isPending} />
    </form>
  );
}
