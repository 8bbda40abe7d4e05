import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { SelectField, TextAreaField, TextField } from '../../components/fields';
import { ProblemBanner, QueryView } from '../../components/problem';
import { formatDate } from '../../i18n/format';
import { Confirmation, useTreatmentTerms } from './shared';
import { NewTreatmentNote, TreatmentNote, TreatmentNoteList } from './types';

const FIELDS = ['category', 'occurredOn', 'body'];

function WriteNoteForm({ participantId, today }: { participantId: string; today: string }) {
  const { t } = useTranslation('provider');
  const terms = useTreatmentTerms();
  const blank = { category: '', occurredOn: today, body: '' };
  const [form, setForm] = useState(blank);
  const [written, setWritten] = useState<string | null>(null);
  const mutation = useApiMutation((body: NewTreatmentNote) => api.post<TreatmentNote>(`/participants/${participantId}/treatment-notes`, body), {
    invalidates: [`/participants/${participantId}/treatment-notes`],
    onSuccess: (note) => {
      setWritten(t('notes.written', { category: terms.category(note.category), date: formatDate(note.occurredOn) }));
      setForm(blank);
    },
  });
  const set = (field: keyof typeof form) => (value: string) => {
    setWritten(null);
    setForm((f) => ({ ...f, [field]: value }));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    mutation.mutate({ category: form.category as NewTreatmentNote['category'], occurredOn: form.occurredOn, body: form.body });
  };
  return (
    <form className="form card" onSubmit={submit} aria-labelledby="provider-write-note">
      <h3 id="provider-write-note">{t('notes.writeHeading')}</h3>
      {written && <Confirmation>{written}</Confirmation>}
      <ProblemBanner problem={mutation.error} shownFields={FIELDS} />
      <SelectField
        label={t('notes.category')}
        name="category"
        required
        value={form.category}
        onChange={set('category')}
        options={terms.options.categories}
        placeholder={t('notes.choose')}
        hint={t('notes.categoryHint')}
        problem={mutation.error}
      />
      <TextField label={t('notes.occurredOn')} name="occurredOn" type="date" required value={form.occurredOn} onChange={set('occurredOn')} problem={mutation.error} />
      <TextAreaField label={t('notes.body')} name="body" required rows={5} value={form.body} onChange={set('body')} problem={mutation.error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={mutation.isPending}>
          {t('notes.submit')}
        </button>
      </div>
    </form>
  );
}

/** A client's treatment notes the consents cover, and a new one. */
export function TreatmentNotesSection({ participantId, today, canReport }: { participantId: string; today: string | null; canReport: boolean | undefined }) {
  const { t } = useTranslation('provider');
  const terms = useTreatmentTerms();
  const query = useApiQuery<TreatmentNoteList>(`/participants/${participantId}/treatment-notes`);
  const showForm = canReport || !!query.data;
  return (
    <section aria-labelledby="provider-notes-heading">
      <h2 id="provider-notes-heading">{t('notes.heading')}</h2>
      <QueryView query={query}>
        {(list) => (
          <>
            <p className="hint">{t('notes.covered', { categories: list.coveredCategories.map(terms.category).join(', ') || t('common:none') })}</p>
            {list.items.length === 0 ? (
              <p>{t('notes.empty')}</p>
            ) : (
              <ol className="provider-records">
                {list.items.map((n) => (
                  <li key={n.id} className="card">
                    <h3>{t('notes.itemHeading', { category: terms.category(n.category), date: formatDate(n.occurredOn) })}</h3>
                    <p className="provider-narrative">{n.body}</p>
                  </li>
                ))}
              </ol>
            )}
          </>
        )}
      </QueryView>
      {showForm && today && <WriteNoteForm participantId={participantId} today={today} />}
    </section>
  );
}
