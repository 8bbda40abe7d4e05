import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { useSession } from '../../auth/session';
import { formatDate } from '../../i18n/format';
import { DataTable } from '../../components/data-table';
import { CheckboxField, TextAreaField, TextField } from '../../components/fields';
import { ProblemBanner, QueryView } from '../../components/problem';
import { useFormFields } from './form-state';
import { RowActions } from './list-actions';
import { ActiveBadge, changedFields, CheckboxGroup, Confirmation, FocusHeading, FormActions, nullableText } from './shared';
import { type ClosureForm, hoursFieldNames, type OpeningForm, SiteHoursFields } from './site-hours-fields';
import { TranslationFields, translationsBody, translationsForm } from './translations';
import type { Program, TestingSite } from './types';

/**
 * Where the court's participants give samples: address, weekly hours and
 * closure days (as data: a participant selected on a day none of their
 * program's sites opens is told the next opening and never charged),
 * instructions, and the programs each site serves.
 */
export function TestingSitesScreen() {
  const { t } = useTranslation('admin');
  const session = useSession();
  const courtId = session.court.courtId;
  const sites = useApiQuery<TestingSite[]>(`/courts/${courtId}/testing-sites`);
  const programs = useApiQuery<Program[]>(`/courts/${courtId}/programs`);
  const [editing, setEditing] = useState<TestingSite | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const programCode = (id: string) => programs.data?.find((p) => p.id === id)?.code ?? id;
  // The table waits for the programs too: rows drawn with program ids first and codes a moment later would
  // move under the pointer of someone reaching for a row's Edit button.
  const ready = { ...sites, isPending: sites.isPending || programs.isPending, error: sites.error ?? programs.error };

  return (
    <section className="admin-screen">
      <h1>{t('sites.title')}</h1>
      <p>{t('sites.intro')}</p>
      <Confirmation>{notice}</Confirmation>
      <QueryView query={ready}>
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
              { key: 'hours', header: t('sites.hours'), render: (s) => (s.weeklyHours === null ? t('sites.hoursNotEntered', { text: s.hours }) : s.hours) },
              {
                key: 'closures',
                header: t('sites.closures'),
                render: (s) => (s.closures.length ? s.closures.map((c) => formatDate(c.date)).join(', ') : t('sites.noClosures')),
              },
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

const FIELDS = ['name', 'address', 'instructions', 'active', 'programIds'];
const NO_SECONDS = (time: string) => time.slice(0, 5);
// The hours are worded from the weekly hours in each language: only the instructions are translated.
const TRANSLATED = ['instructions'] as const;

function formOf(site: TestingSite | null) {
  return {
    name: site?.name ?? '',
    address: site?.address ?? '',
    weeklyHours: (site?.weeklyHours ?? []).map((h): OpeningForm => ({ day: h.day, opens: h.opens, closes: h.closes })),
    closures: (site?.closures ?? []).map((c): ClosureForm => ({ date: c.date, reason: c.reason ?? '' })),
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
  const body = (f: typeof form) => ({
    ...f,
    weeklyHours: f.weeklyHours.map((h) => ({ day: h.day, opens: NO_SECONDS(h.opens), closes: NO_SECONDS(h.closes) })),
    closures: f.closures.map((c) => (c.reason.trim() ? { date: c.date, reason: c.reason } : { date: c.date })),
    instructions: nullableText(f.instructions),
    translations: translationsBody(f.translations, TRANSLATED),
  });
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
      <SiteHoursFields
        openings={form.weeklyHours}
        closures={form.closures}
        onOpenings={(v) => set('weeklyHours', v)}
        onClosures={(v) => set('closures', v)}
        problem={save.error}
        legacyText={site && site.weeklyHours === null ? site.hours : null}
      />
      <TextAreaField label={t('sites.instructions')} name="instructions" value={form.instructions} onChange={(v) => set('instructions', v)} problem={save.error} hint={t('sites.instructionsHint')} />
      <TranslationFields
        courtLanguage={session.court.language}
        fields={[
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
      <ProblemBanner problem={save.error} shownFields={[...FIELDS, ...hoursFieldNames(form.weeklyHours, form.closures)]} />
      <FormActions submitLabel={site ? t('common:save') : t('sites.add')} pending={save.isPending} onCancel={site ? () => onDone(null) : undefined} />
    </form>
  );
}
