import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { useSession } from '../../auth/session';
import { DataTable } from '../../components/data-table';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../components/fields';
import { ProblemBanner, QueryView } from '../../components/problem';
import { useFormFields } from './form-state';
import { ProgramRuleFields, ProgramRules } from './program-rule-fields';
import { ActiveBadge, Confirmation, FormActions, nullableText } from './shared';
import { CreateProgramBody, Program, ProgramModel, ProgramTemplate } from './types';

/** The court's programs, each linked to its page, and a form to create one from a model's template. */
export function ProgramsScreen() {
  const { t } = useTranslation('admin');
  const session = useSession();
  const programs = useApiQuery<Program[]>(`/courts/${session.court.courtId}/programs`);
  const [created, setCreated] = useState<Program | null>(null);
  return (
    <section className="admin-screen">
      <h1>{t('programs.title')}</h1>
      <p>{t('programs.intro')}</p>
      <QueryView query={programs}>
        {(rows) => (
          <DataTable
            caption={t('programs.caption', { court: session.court.code })}
            rows={rows}
            rowKey={(p) => p.id}
            empty={t('programs.empty')}
            initialSort={{ key: 'code', direction: 'asc' }}
            columns={[
              { key: 'code', header: t('programs.code'), sortValue: (p) => p.code, render: (p) => <Link to={`/administration/programs/${p.id}`}>{p.code}</Link> },
              { key: 'name', header: t('programs.name'), sortValue: (p) => p.name, render: (p) => p.name },
              { key: 'model', header: t('programs.model'), sortValue: (p) => p.model, render: (p) => t(`models.${p.model}`) },
              {
                key: 'plan',
                header: t('programs.plan'),
                render: (p) =>
                  p.currentPlan ? t('programs.planVersion', { version: p.currentPlan.version, count: p.currentPlan.phases.length }) : t('programs.noPlan'),
              },
              { key: 'status', header: t('programs.status'), sortValue: (p) => (p.active ? 0 : 1), render: (p) => <ActiveBadge active={p.active} off={t('status.closed')} on={t('status.open')} /> },
              {
                key: 'links',
                header: t('programs.links'),
                render: (p) => <Link to={`/administration/programs/${p.id}/catalogue`}>{t('programs.catalogueLink', { code: p.code })}</Link>,
              },
            ]}
          />
        )}
      </QueryView>
      <h2>{t('programs.createTitle')}</h2>
      <Confirmation>
        {created && (
          <>
            {t('programs.created', { code: created.code })} <Link to={`/administration/programs/${created.id}`}>{t('programs.openCreated', { code: created.code })}</Link>
          </>
        )}
      </Confirmation>
      <CreateProgramForm onCreated={setCreated} />
    </section>
  );
}

const CREATE_FIELDS = ['code', 'name', 'model', 'template', 'requiredApprovals', 'excludedChargeCategories', 'noShowViolation', 'note'];

/** A new program: a model's template gives its first phase plan and its defaults, which the form shows and lets the administrator change. */
function CreateProgramForm({ onCreated }: { onCreated: (program: Program | null) => void }) {
  const { t } = useTranslation('admin');
  const session = useSession();
  const templates = useApiQuery<ProgramTemplate[]>('/program-templates');
  const { form, set, merge, setForm } = useFormFields({
    code: '',
    name: '',
    model: '' as ProgramModel | '',
    template: true,
    requiredApprovals: [] as ProgramRules['requiredApprovals'],
    excludedChargeCategories: [] as ProgramRules['excludedChargeCategories'],
    noShowViolation: true,
    note: '',
  });
  const create = useApiMutation((body: CreateProgramBody) => api.post<Program>(`/courts/${session.court.courtId}/programs`, body), {
    invalidates: [`/courts/${session.court.courtId}/programs`],
    onSuccess: (program) => {
      onCreated(program);
      setForm({ code: '', name: '', model: '', template: true, requiredApprovals: [], excludedChargeCategories: [], noShowViolation: true, note: '' });
    },
  });

  /** Choosing a model fills in its template's defaults (approvals, exclusions), which stay editable. */
  const chooseModel = (model: string, list: ProgramTemplate[]) => {
    const template = list.find((x) => x.model === model);
    setForm((f) => ({
      ...f,
      model: model as ProgramModel,
      name: f.name || template?.name || '',
      requiredApprovals: template ? [...template.requiredApprovals] : f.requiredApprovals,
      excludedChargeCategories: template ? [...template.excludedChargeCategories] : f.excludedChargeCategories,
    }));
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    onCreated(null);
    create.mutate({
      code: form.code,
      name: form.name,
      model: form.model as ProgramModel,
      template: form.template,
      requiredApprovals: form.requiredApprovals,
      excludedChargeCategories: form.excludedChargeCategories,
      noShowViolation: form.noShowViolation,
      note: nullableText(form.note),
    });
  };

  return (
    <QueryView query={templates}>
      {(list) => {
        const chosen = list.find((x) => x.model === form.model);
        return (
          <form className="form card" onSubmit={submit} noValidate aria-labelledby="create-program-heading">
            <h3 id="create-program-heading" className="visually-hidden">
              {t('programs.createTitle')}
            </h3>
            <SelectField
              label={t('programs.model')}
              name="model"
              value={form.model}
              onChange={(v) => chooseModel(v, list)}
              placeholder={t('programs.chooseModel')}
              options={list.map((x) => ({ value: x.model, label: `${t(`models.${x.model}`)} — ${x.name}` }))}
              problem={create.error}
              required
            />
            {chosen && (
              <div className="template-preview">
                <p>{chosen.description}</p>
                <p className="hint">
                  {t('programs.templatePhases', { count: chosen.phases.length })} {chosen.phases.map((p) => p.name).join(' · ')}
                </p>
              </div>
            )}
            <div className="field-row">
              <TextField label={t('programs.code')} name="code" value={form.code} onChange={(v) => set('code', v)} problem={create.error} hint={t('programs.codeHint')} required />
              <TextField label={t('programs.name')} name="name" value={form.name} onChange={(v) => set('name', v)} problem={create.error} required />
            </div>
            <CheckboxField
              label={t('programs.useTemplate')}
              name="template"
              checked={form.template}
              onChange={(v) => set('template', v)}
              problem={create.error}
              hint={t('programs.useTemplateHint')}
            />
            <ProgramRuleFields rules={form} onChange={merge} problem={create.error} />
            <TextAreaField label={t('programs.note')} name="note" value={form.note} onChange={(v) => set('note', v)} problem={create.error} hint={t('programs.noteHint')} rows={2} />
            <ProblemBanner problem={create.error} shownFields={CREATE_FIELDS} />
            <FormActions submitLabel={t('programs.create')} pending={create.isPending} />
          </form>
        );
      }}
    </QueryView>
  );
}
