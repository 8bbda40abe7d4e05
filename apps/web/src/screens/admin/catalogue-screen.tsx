import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ApiProblem } from '../../api/problem';
import { useSession } from '../../auth/session';
import { DataTable } from '../../components/data-table';
import { SelectField, TextField } from '../../components/fields';
import { ProblemBanner, QueryView } from '../../components/problem';
import { useFormFields } from './form-state';
import { RowActions, useActiveToggle } from './list-actions';
import { ActiveBadge, BackLink, changedFields, Confirmation, FocusHeading, FormActions, numberOrText } from './shared';
import { TranslationFields, translationsBody, TranslationsForm, translationsForm } from './translations';
import { CATALOGUE_LEVELS, CatalogueEntry, Program, RESPONSE_EFFECTS, RESPONSE_KINDS, ResponseEffect, ResponseKind } from './types';

/** A program's graduated catalogue of sanctions, incentives and treatment adjustments. */
export function CatalogueScreen() {
  const { t } = useTranslation('admin');
  const { programId = '' } = useParams();
  const program = useApiQuery<Program>(`/programs/${programId}`);
  const entries = useApiQuery<CatalogueEntry[]>(`/programs/${programId}/response-catalogue`);
  const [notice, setNotice] = useState<string | null>(null);
  const [editing, setEditing] = useState<CatalogueEntry | null>(null);
  const toggle = useActiveToggle((entry: CatalogueEntry) => `/response-catalogue/${entry.id}`, [`/programs/${programId}/response-catalogue`], (entry) =>
    setNotice(entry.active ? t('catalogue.reinstated', { name: entry.name }) : t('catalogue.retired', { name: entry.name })),
  );
  const copyDefault = useApiMutation(() => api.post<CatalogueEntry[]>(`/programs/${programId}/response-catalogue`, { fromDefault: true }), {
    invalidates: [`/programs/${programId}/response-catalogue`],
    onSuccess: (list) => setNotice(t('catalogue.copied', { count: list.length })),
  });

  return (
    <section className="admin-screen">
      <BackLink to={`/administration/programs/${programId}`}>{t('catalogue.back', { code: program.data?.code ?? '' })}</BackLink>
      <h1>{program.data ? t('catalogue.titleOf', { name: program.data.name, code: program.data.code }) : t('catalogue.title')}</h1>
      <p>{t('catalogue.intro')}</p>
      <Confirmation>{notice}</Confirmation>
      <ProblemBanner problem={toggle.error ?? copyDefault.error} />
      <QueryView query={entries}>
        {(list) => (
          <>
            {list.length === 0 && (
              <div className="card">
                <p>{t('catalogue.emptyIntro')}</p>
                <button type="button" className="primary" disabled={copyDefault.isPending} onClick={() => copyDefault.mutate(undefined)}>
                  {t('catalogue.copyDefault')}
                </button>
              </div>
            )}
            {RESPONSE_KINDS.map((kind) => (
              <div key={kind}>
                <h2>{t(`kindsPlural.${kind}`)}</h2>
                <DataTable
                  caption={t('catalogue.caption', { kind: t(`kindsPlural.${kind}`) })}
                  rows={list.filter((e) => e.kind === kind)}
                  rowKey={(e) => e.id}
                  empty={t('catalogue.noneOfKind')}
                  initialSort={{ key: 'level', direction: 'asc' }}
                  rowClassName={(e) => (e.active ? undefined : 'row-retired')}
                  columns={[
                    { key: 'level', header: t('catalogue.level'), className: 'num', sortValue: (e) => e.level, render: (e) => e.level },
                    { key: 'code', header: t('catalogue.code'), sortValue: (e) => e.code, render: (e) => <code>{e.code}</code> },
                    { key: 'name', header: t('catalogue.name'), sortValue: (e) => e.name, render: (e) => e.name },
                    { key: 'effect', header: t('catalogue.effect'), render: (e) => t(`effects.${e.effect}`) },
                    { key: 'status', header: t('catalogue.status'), sortValue: (e) => (e.active ? 0 : 1), render: (e) => <ActiveBadge active={e.active} off={t('status.retired')} /> },
                    {
                      key: 'actions',
                      header: t('catalogue.actions'),
                      render: (e) => (
                        <RowActions
                          onStart={() => setNotice(null)}
                          actions={[
                            { text: t('common:edit'), label: t('catalogue.editLabel', { name: e.name }), onClick: () => setEditing(e) },
                            {
                              text: e.active ? t('catalogue.retire') : t('catalogue.reinstate'),
                              label: e.active ? t('catalogue.retireLabel', { name: e.name }) : t('catalogue.reinstateLabel', { name: e.name }),
                              onClick: () => toggle.mutate(e),
                              disabled: toggle.isPending,
                            },
                          ]}
                        />
                      ),
                    },
                  ]}
                />
              </div>
            ))}
          </>
        )}
      </QueryView>
      {editing && (
        <EditEntryForm
          key={editing.id}
          entry={editing}
          onDone={(message) => {
            setEditing(null);
            setNotice(message);
          }}
        />
      )}
      <h2>{t('catalogue.addTitle')}</h2>
      <AddEntryForm programId={programId} onAdded={(entry) => setNotice(t('catalogue.added', { name: entry.name }))} onStart={() => setNotice(null)} />
    </section>
  );
}

const EDIT_FIELDS = ['name', 'level'];
const TRANSLATED = ['name'] as const;

/** Optional boxes for the entry's name in the court's other languages. */
function NameTranslations({ value, onChange, problem }: { value: TranslationsForm<'name'>; onChange: (value: TranslationsForm<'name'>) => void; problem: ApiProblem | null }) {
  const { t } = useTranslation('admin');
  const session = useSession();
  return (
    <TranslationFields
      courtLanguage={session.court.language}
      fields={[{ field: 'name', label: (language) => t('catalogue.nameIn', { language }) }]}
      value={value}
      onChange={onChange}
      problem={problem}
    />
  );
}

/** An entry's level on the graduated scale; typed as text, sent as a number. */
function LevelField({ value, onChange, problem }: { value: string; onChange: (value: string) => void; problem: ApiProblem | null }) {
  const { t } = useTranslation('admin');
  return (
    <TextField
      label={t('catalogue.level')}
      name="level"
      type="number"
      min={String(CATALOGUE_LEVELS.min)}
      max={String(CATALOGUE_LEVELS.max)}
      value={value}
      onChange={onChange}
      problem={problem}
      hint={t('catalogue.levelHint')}
      required
    />
  );
}

/** Renames or re-levels one entry; kind, code and effect are fixed once created. */
function EditEntryForm({ entry, onDone }: { entry: CatalogueEntry; onDone: (message: string | null) => void }) {
  const { t } = useTranslation('admin');
  const initial = { name: entry.name, level: String(entry.level), translations: translationsForm(entry.translations, TRANSLATED) };
  const { form, set } = useFormFields(initial);
  const save = useApiMutation((body: Record<string, unknown>) => api.patch<CatalogueEntry>(`/response-catalogue/${entry.id}`, body), {
    invalidates: [`/programs/${entry.programId}/response-catalogue`],
    onSuccess: (saved) => onDone(t('catalogue.saved', { name: saved.name })),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const changes = changedFields(
      { name: initial.name, level: numberOrText(initial.level), translations: translationsBody(initial.translations, TRANSLATED) },
      { name: form.name, level: numberOrText(form.level), translations: translationsBody(form.translations, TRANSLATED) },
    );
    if (Object.keys(changes).length === 0) onDone(t('noChanges'));
    else save.mutate(changes);
  };
  return (
    <form className="form card" onSubmit={submit} noValidate aria-labelledby="edit-entry-heading">
      <FocusHeading id="edit-entry-heading">{t('catalogue.editTitle', { code: entry.code })}</FocusHeading>
      <p className="hint">{t('catalogue.editFixed', { kind: t(`kinds.${entry.kind}`), effect: t(`effects.${entry.effect}`) })}</p>
      <ProblemBanner problem={save.error} shownFields={EDIT_FIELDS} />
      <TextField label={t('catalogue.name')} name="name" value={form.name} onChange={(v) => set('name', v)} problem={save.error} required />
      <NameTranslations value={form.translations} onChange={(v) => set('translations', v)} problem={save.error} />
      <LevelField value={form.level} onChange={(v) => set('level', v)} problem={save.error} />
      <FormActions submitLabel={t('common:save')} pending={save.isPending} onCancel={() => onDone(null)} />
    </form>
  );
}

const ADD_FIELDS = ['kind', 'code', 'name', 'level', 'effect'];

function AddEntryForm({ programId, onAdded, onStart }: { programId: string; onAdded: (entry: CatalogueEntry) => void; onStart: () => void }) {
  const { t } = useTranslation('admin');
  const empty = { kind: 'sanction' as ResponseKind, code: '', name: '', level: '1', effect: 'none' as ResponseEffect, translations: translationsForm(undefined, TRANSLATED) };
  const { form, set, setForm } = useFormFields(empty);
  const add = useApiMutation((body: Record<string, unknown>) => api.post<CatalogueEntry>(`/programs/${programId}/response-catalogue`, body), {
    invalidates: [`/programs/${programId}/response-catalogue`],
    onSuccess: (entry) => {
      onAdded(entry);
      setForm(empty);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onStart();
    add.mutate({
      kind: form.kind,
      code: form.code,
      name: form.name,
      level: numberOrText(form.level),
      effect: form.effect,
      translations: translationsBody(form.translations, TRANSLATED),
    });
  };
  return (
    <form className="form card" onSubmit={submit} noValidate aria-label={t('catalogue.addTitle')}>
      <ProblemBanner problem={add.error} shownFields={ADD_FIELDS} />
      <div className="field-row">
        <SelectField
          label={t('catalogue.kind')}
          name="kind"
          value={form.kind}
          onChange={(v) => set('kind', v as ResponseKind)}
          options={RESPONSE_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
          problem={add.error}
          required
        />
        <SelectField
          label={t('catalogue.effect')}
          name="effect"
          value={form.effect}
          onChange={(v) => set('effect', v as ResponseEffect)}
          options={RESPONSE_EFFECTS.map((x) => ({ value: x, label: t(`effects.${x}`) }))}
          problem={add.error}
          hint={t('catalogue.effectHint')}
        />
      </div>
      <div className="field-row">
        <TextField label={t('catalogue.code')} name="code" value={form.code} onChange={(v) => set('code', v)} problem={add.error} hint={t('catalogue.codeHint')} required />
        <LevelField value={form.level} onChange={(v) => set('level', v)} problem={add.error} />
      </div>
      <TextField label={t('catalogue.name')} name="name" value={form.name} onChange={(v) => set('name', v)} problem={add.error} required />
      <NameTranslations value={form.translations} onChange={(v) => set('translations', v)} problem={add.error} />
      <FormActions submitLabel={t('catalogue.add')} pending={add.isPending} />
    </form>
  );
}
