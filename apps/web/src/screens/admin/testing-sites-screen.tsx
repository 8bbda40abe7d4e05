import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { useSession } from '../../auth/session';
import { DataTable } from '../../components/data-table';
import { CheckboxField, TextAreaField, TextField } from '../../components/fields';
import { ProblemBanner, QueryView } from '../../components/problem';
import { useFormFields } from './form-state';
import { RowActions } from './list-actions';
import { ActiveBadge, changedFields, CheckboxGroup, Confirmation, FocusHeading, FormActions, nullableText } from './shared';
import { TranslationFields, translationsBody, translationsForm } from './translations';
import type { Program, TestingSite } from './types';

/** Where the court's participants give samples: address, hours, instructions, and the programs each site serves. */
export function TestingSitesScreen() {
  const { t } = useTranslation('admin');
  const session = useSession();
  const courtId = session.court.courtId;
  const sites = useApiQuery<TestingSite[]>(`/courts/${courtId}/testing-sites`);
  const programs = useApiQuery<Program[]>(`/courts/${courtId}/programs`);
  const [editing, setEditing] = useState<TestingSite | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const programCode = (id: string) => programs.data?.find((p) => p.id === id)?.code ?? id;

  return (
    <section className="admin-screen">
      <h1>{t('sites.title')}</h1>
      <p>{t('sites.intro')}</p>
      <Confirmation>{notice}</Confirmation>
      <QueryView query={sites}>
        {(rows) => (
          <DataTable
            caption={t('sites.caption', { court: session.court.code })}
            rows={rows}
            rowKey={(s) => s.id}
            empty={t('sites.empty')}
            initialSort={{ key: 'name', direction: 'asc' }}
            columns={[
              { key: 'name', header: t('sites.name'), sortValue: (s) => s.name, render: (s) => s.name },
              { key: 'address', header: t('sites.address'), render: (s) => s.address },
              { key: 'hours', header: t('sites.hours'), render: (s) => s.hours },
              { key: 'programs', header: t('sites.programs'), render: (s) => (s.programIds.length ? s.programIds.map(programCode).sort().join(', ') : t('sites.noPrograms')) },
              { key: 'status', header: t('sites.status'), sortValue: (s) => (s.active ? 0 : 1), render: (s) => <ActiveBadge active={s.active} /> },
              {
                key: 'edit',
                header: t('sites.actions'),
                render: (s) => <RowActions onStart={() => setNotice(null)} actions={[{ text: t('common:edit'), label: t('sites.editLabel', { name: s.name }), onClick: () => setEditing(s) }]} />,
              },
            ]}
          />
        )}
      </QueryView>
      {editing && (
        <SiteForm
          key={editing.id}
          site={editing}
          programs={programs.data ?? []}
          onDone={(message) => {
            setEditing(null);
            setNotice(message);
          }}
        />
      )}
      {!editing && (
        <>
          <h2>{t('sites.addTitle')}</h2>
          <SiteForm key="new" site={null} programs={programs.data ?? []} onDone={setNotice} onStart={() => setNotice(null)} />
        </>
      )}
    </section>
  );
}

const FIELDS = ['name', 'address', 'hours', 'instructions', 'active', 'programIds'];
const TRANSLATED = ['hours', 'instructions'] as const;

function formOf(site: TestingSite | null) {
  return {
    name: site?.name ?? '',
    address: site?.address ?? '',
    hours: site?.hours ?? '',
    instructions: site?.instructions ?? '',
    translations: translationsForm(site?.translations, TRANSLATED),
    active: site?.active ?? true,
    programIds: site?.programIds ?? [],
  };
}

/** Adds a site (`site` null) or changes one; a change sends only the fields that differ. */
function SiteForm({
  site,
  programs,
  onDone,
  onStart,
}: {
  site: TestingSite | null;
  programs: Program[];
  onDone: (message: string | null) => void;
  onStart?: () => void;
}) {
  const { t } = useTranslation('admin');
  const session = useSession();
  const { form, set, setForm } = useFormFields(() => formOf(site));
  const body = (f: typeof form) => ({ ...f, instructions: nullableText(f.instructions), translations: translationsBody(f.translations, TRANSLATED) });
  const save = useApiMutation(
    (payload: Record<string, unknown>) =>
      site ? api.patch<TestingSite>(`/testing-sites/${site.id}`, payload) : api.post<TestingSite>(`/courts/${session.court.courtId}/testing-sites`, payload),
    {
      invalidates: [`/courts/${session.court.courtId}/testing-sites`],
      onSuccess: (saved) => {
        if (!site) setForm(formOf(null));
        onDone(site ? t('sites.saved', { name: saved.name }) : t('sites.added', { name: saved.name }));
      },
    },
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onStart?.();
    if (!site) return save.mutate(body(form));
    const changes = changedFields(body(formOf(site)), body(form));
    if (Object.keys(changes).length === 0) onDone(t('noChanges'));
    else save.mutate(changes);
  };
  return (
    <form className="form card" onSubmit={submit} noValidate aria-labelledby={site ? 'edit-site-heading' : undefined} aria-label={site ? undefined : t('sites.addTitle')}>
      {site && <FocusHeading id="edit-site-heading">{t('sites.editTitle', { name: site.name })}</FocusHeading>}
      <TextField label={t('sites.name')} name="name" value={form.name} onChange={(v) => set('name', v)} problem={save.error} required />
      <TextField label={t('sites.address')} name="address" value={form.address} onChange={(v) => set('address', v)} problem={save.error} required />
      <TextField label={t('sites.hours')} name="hours" value={form.hours} onChange={(v) => set('hours', v)} problem={save.error} hint={t('sites.hoursHint')} required />
      <TextAreaField label={t('sites.instructions')} name="instructions" value={form.instructions} onChange={(v) => set('instructions', v)} problem={save.error} hint={t('sites.instructionsHint')} />
      <TranslationFields
        courtLanguage={session.court.language}
        fields={[
          { field: 'hours', label: (language) => t('sites.hoursIn', { language }) },
          { field: 'instructions', label: (language) => t('sites.instructionsIn', { language }), multiline: true },
        ]}
        value={form.translations}
        onChange={(v) => set('translations', v)}
        problem={save.error}
      />
      <CheckboxGroup
        legend={t('sites.programs')}
        name="programIds"
        hint={t('sites.programsHint')}
        options={programs.map((p) => ({ value: p.id, label: `${p.code} — ${p.name}` }))}
        values={form.programIds}
        onChange={(v) => set('programIds', v)}
        problem={save.error}
      />
      <CheckboxField label={t('sites.active')} name="active" checked={form.active} onChange={(v) => set('active', v)} problem={save.error} hint={t('sites.activeHint')} />
      <ProblemBanner problem={save.error} shownFields={FIELDS} />
      <FormActions submitLabel={site ? t('common:save') : t('sites.add')} pending={save.isPending} onCancel={site ? () => onDone(null) : undefined} />
    </form>
  );
}
