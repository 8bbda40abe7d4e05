import { useTranslation } from 'react-i18next';
import { api } from '../../../../api/client';
import { useApiQuery } from '../../../../api/hooks';
import type { components } from '../../../../api/schema';
import { TextAreaField, TextField } from '../../../../components/fields';
import { formatDate } from '../../../../i18n/format';
import { nullableText } from '../../../admin/shared';
import { ActionContext, ActionForm, ActionGroup, EffectList, useActionForm } from './action-kit';

type Schemas = components['schemas'];

/**
 * A milestone with its evidence (employment, school, a licence…). Its name
 * matches a phase requirement's (the readiness table lists them), so the
 * form offers those names and counts it towards readiness.
 */
export function MilestoneAction({ context, requirementNames }: { context: ActionContext; requirementNames: string[] }) {
  const { t } = useTranslation('actions');
  const path = `/participants/${context.participantId}/milestones`;
  const milestones = useApiQuery<Schemas['MilestoneDto'][]>(path);
  const action = useActionForm({
    initial: () => ({ name: '', achievedOn: context.today, evidence: '' }),
    send: (f) => api.post<Schemas['MilestoneDto']>(path, f),
    invalidates: context.invalidates,
    done: (m) => t('milestone.done', { name: m.name, date: formatDate(m.achievedOn) }),
  });
  const { form, set } = action;
  const listId = `milestone-names-${context.participantId}`;
  return (
    <ActionGroup
      id="milestone"
      title={t('milestone.title')}
      effectTitle={t('milestone.effect')}
      effect={
        <EffectList
          items={milestones.data}
          keyOf={(m) => m.id}
          empty={t('milestone.none')}
          render={(m) => (
            <>
              <time dateTime={m.achievedOn}>{formatDate(m.achievedOn)}</time> · <strong>{m.name}</strong> · {m.evidence}
            </>
          )}
        />
      }
    >
      <ActionForm label={t('milestone.title')} submitLabel={t('milestone.submit')} fields={['name', 'achievedOn', 'evidence']} action={action}>
        <TextField label={t('milestone.name')} hint={t('milestone.nameHint')} name="name" value={form.name} onChange={(v) => set('name', v)} problem={action.error} required list={listId} />
        <datalist id={listId}>
          {requirementNames.map((n) => (
            <option key={n} value={n} />
          ))}
        </datalist>
        <TextField label={t('milestone.achievedOn')} name="achievedOn" type="date" value={form.achievedOn} onChange={(v) => set('achievedOn', v)} problem={action.error} required />
        <TextField label={t('milestone.evidence')} name="evidence" value={form.evidence} onChange={(v) => set('evidence', v)} problem={action.error} required />
      </ActionForm>
    </ActionGroup>
  );
}

/** Use the participant admitted to: it counts as use for sobriety, and an admitted day's positive test is not contested. */
export function AdmittedUseAction({ context }: { context: ActionContext }) {
  const { t } = useTranslation('actions');
  const path = `/participants/${context.participantId}/admitted-use`;
  const admissions = useApiQuery<Schemas['AdmittedUseDto'][]>(path);
  const action = useActionForm({
    initial: () => ({ usedOn: context.today, admittedOn: context.today, substances: '', note: '' }),
    send: (f) =>
      api.post<Schemas['AdmittedUseDto']>(path, {
        usedOn: f.usedOn,
        admittedOn: f.admittedOn,
        substances: f.substances
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
        note: nullableText(f.note),
      }),
    invalidates: context.invalidates,
    done: (a) => t('admittedUse.done', { date: formatDate(a.usedOn) }),
  });
  const { form, set } = action;
  return (
    <ActionGroup
      id="admitted-use"
      title={t('admittedUse.title')}
      effectTitle={t('admittedUse.effect')}
      effect={
        <EffectList
          items={admissions.data}
          keyOf={(a) => a.id}
          empty={t('admittedUse.none')}
          render={(a) => (
            <>
              <time dateTime={a.usedOn}>{formatDate(a.usedOn)}</time> · {a.substances.join(', ')} · {t('admittedUse.admittedOnShort', { date: formatDate(a.admittedOn) })}
            </>
          )}
        />
      }
    >
      <ActionForm label={t('admittedUse.title')} submitLabel={t('admittedUse.submit')} fields={['usedOn', 'admittedOn', 'substances', 'note']} action={action}>
        <TextField label={t('admittedUse.usedOn')} name="usedOn" type="date" value={form.usedOn} onChange={(v) => set('usedOn', v)} problem={action.error} required />
        <TextField label={t('admittedUse.admittedOn')} name="admittedOn" type="date" value={form.admittedOn} onChange={(v) => set('admittedOn', v)} problem={action.error} required />
        <TextField label={t('admittedUse.substances')} hint={t('admittedUse.substancesHint')} name="substances" value={form.substances} onChange={(v) => set('substances', v)} problem={action.error} required />
        <TextAreaField label={t('admittedUse.note')} name="note" value={form.note} onChange={(v) => set('note', v)} problem={action.error} />
      </ActionForm>
    </ActionGroup>
  );
}
