import { useTranslation } from 'react-i18next';
import { api } from '../../../../api/client';
import { useApiQuery } from '../../../../api/hooks';
import { createCaseNoteDtoInformationValues } from '../../../../api/schema';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../../../components/fields';
import { formatDate } from '../../../../i18n/format';
import type { components } from '../../../../api/schema';
import { ActionContext, ActionForm, ActionGroup, EffectList, useActionForm } from './action-kit';

type CaseNotes = components['schemas']['CaseNotesDto'];
type Information = (typeof createCaseNoteDtoInformationValues)[number];

/** A staff case note; a confidential one (derived from treatment information) names the kind of information it carries. */
export function CaseNoteAction({ context, canRead }: { context: ActionContext; canRead: boolean }) {
  const { t } = useTranslation('actions');
  const path = `/participants/${context.participantId}/case-notes`;
  const notes = useApiQuery<CaseNotes>(canRead ? path : null);
  const action = useActionForm({
    initial: () => ({ occurredOn: context.today, body: '', confidential: false, information: '' as Information | '' }),
    send: (f) =>
      api.post(path, { occurredOn: f.occurredOn, body: f.body, confidential: f.confidential, ...(f.confidential && f.information ? { information: f.information } : {}) }),
    invalidates: context.invalidates,
    done: (_, f) => t('caseNote.done', { date: formatDate(f.occurredOn) }),
  });
  const { form, set } = action;
  return (
    <ActionGroup
      id="case-note"
      title={t('caseNote.title')}
      effectTitle={t('caseNote.effect')}
      effect={
        canRead ? (
          <EffectList
            items={notes.data?.items}
            keyOf={(n) => n.id}
            empty={t('caseNote.none')}
            render={(n) => (
              <>
                <time dateTime={n.occurredOn}>{formatDate(n.occurredOn)}</time> {n.confidential ? `(${t('caseNote.confidentialShort')}) ` : ''}
                {n.body}
              </>
            )}
          />
        ) : undefined
      }
    >
      <ActionForm label={t('caseNote.title')} submitLabel={t('caseNote.submit')} fields={['occurredOn', 'body', 'confidential', 'information']} action={action}>
        <TextField label={t('caseNote.occurredOn')} name="occurredOn" type="date" value={form.occurredOn} onChange={(v) => set('occurredOn', v)} problem={action.error} required />
        <TextAreaField label={t('caseNote.body')} name="body" value={form.body} onChange={(v) => set('body', v)} problem={action.error} required rows={4} />
        <CheckboxField label={t('caseNote.confidential')} hint={t('caseNote.confidentialHint')} name="confidential" checked={form.confidential} onChange={(v) => set('confidential', v)} problem={action.error} />
        {form.confidential && (
          <SelectField
            label={t('caseNote.information')}
            name="information"
            value={form.information}
            onChange={(v) => set('information', v as Information)}
            placeholder={t('caseNote.informationDefault')}
            options={createCaseNoteDtoInformationValues.map((v) => ({ value: v, label: t(`information.${v}`) }))}
            problem={action.error}
          />
        )}
      </ActionForm>
    </ActionGroup>
  );
}
