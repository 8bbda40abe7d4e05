import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { useApiQuery } from '../../../api/hooks';
import type { components } from '../../../api/schema';
import { serveWarrantDtoOutcomeValues } from '../../../api/schema';
import { useCan } from '../../../auth/permissions';
import { SelectField, TextAreaField } from '../../../components/fields';
import { QueryView } from '../../../components/problem';
import { formatDateTime } from '../../../i18n/format';
import type { ParticipantDetail } from '../types';
import { ActionContext, actionContext, ActionForm, useActionForm } from './actions/action-kit';

type Warrants = components['schemas']['WarrantsDto'];
type Warrant = components['schemas']['WarrantDto'];
type Outcome = (typeof serveWarrantDtoOutcomeValues)[number];

/**
 * The participant's bench warrants: issued by the judge, served (recorded
 * by case staff) or recalled by the judge, each with who and when. The
 * participant's status follows the warrant, so the page refreshes with it.
 * Each form shows only for a role that may use it.
 */
export function WarrantsSection({ participant, timeZone }: { participant: ParticipantDetail; timeZone: string }) {
  const { t } = useTranslation('deferred');
  const can = useCan(participant.courtId);
  const query = useApiQuery<Warrants>(`/participants/${participant.id}/warrants`);
  const context = actionContext(participant.id, participant.courtId, timeZone);
  const open = query.data?.items.find((w) => w.state === 'open');
  return (
    <section aria-labelledby="warrants-heading" className="card">
      <h2 id="warrants-heading">{t('warrants.heading')}</h2>
      <QueryView query={query}>
        {(list) =>
          list.items.length === 0 ? (
            <p>{t('warrants.none')}</p>
          ) : (
            <table>
              <caption className="visually-hidden">{t('warrants.heading')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('warrants.issued')}</th>
                  <th scope="col">{t('warrants.reason')}</th>
                  <th scope="col">{t('warrants.state')}</th>
                  <th scope="col">{t('warrants.ended')}</th>
                </tr>
              </thead>
              <tbody>
                {list.items.map((w) => (
                  <tr key={w.id}>
                    <td>
                      {formatDateTime(w.issuedAt, timeZone)}
                      {w.issuedByName && <> · {w.issuedByName}</>}
                    </td>
                    <td>{w.reason}</td>
                    <td>{t(`warrants.states.${w.state}`)}</td>
                    <td>{ended(w, timeZone, t)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </QueryView>
      {can('warrant.order') && participant.status === 'active' && <IssueWarrantForm context={context} />}
      {open && can('warrant.serve') && <ServeWarrantForm context={context} warrant={open} />}
      {open && can('warrant.order') && <RecallWarrantForm context={context} warrant={open} />}
    </section>
  );
}

function ended(w: Warrant, timeZone: string, t: (key: string, options?: Record<string, unknown>) => string): string {
  if (w.servedAt) {
    const how = t(`warrants.outcomes.${w.serviceOutcome}`);
    return `${formatDateTime(w.servedAt, timeZone)} · ${w.servedByName ?? ''} · ${how}${w.serviceNote ? ` (${w.serviceNote})` : ''}`;
  }
  if (w.recalledAt) return `${formatDateTime(w.recalledAt, timeZone)} · ${w.recalledByName ?? ''} · ${w.recallReason ?? ''}`;
  return '—';
}

function IssueWarrantForm({ context }: { context: ActionContext }) {
  const { t } = useTranslation('deferred');
  const action = useActionForm({
    initial: () => ({ reason: '' }),
    send: (f) => api.post(`/participants/${context.participantId}/warrants`, { reason: f.reason }),
    invalidates: context.invalidates,
    done: () => t('warrants.issuedDone'),
  });
  return (
    <ActionForm label={t('warrants.issue')} submitLabel={t('warrants.issueSubmit')} fields={['reason']} action={action}>
      <TextAreaField label={t('warrants.reason')} name="reason" value={action.form.reason} onChange={(v) => action.set('reason', v)} problem={action.error} required rows={2} />
    </ActionForm>
  );
}

function ServeWarrantForm({ context, warrant }: { context: ActionContext; warrant: Warrant }) {
  const { t } = useTranslation('deferred');
  const action = useActionForm({
    initial: () => ({ outcome: 'in_custody' as Outcome, note: '' }),
    send: (f) => api.post(`/warrants/${warrant.id}/service`, { outcome: f.outcome, ...(f.note.trim() ? { note: f.note } : {}) }),
    invalidates: context.invalidates,
    done: () => t('warrants.servedDone'),
  });
  return (
    <ActionForm label={t('warrants.serve')} submitLabel={t('warrants.serveSubmit')} fields={['outcome', 'note']} action={action}>
      <SelectField
        label={t('warrants.outcome')}
        name="outcome"
        value={action.form.outcome}
        onChange={(v) => action.set('outcome', v as Outcome)}
        options={serveWarrantDtoOutcomeValues.map((v) => ({ value: v, label: t(`warrants.outcomes.${v}`) }))}
        problem={action.error}
        required
      />
      <TextAreaField label={t('warrants.note')} name="note" value={action.form.note} onChange={(v) => action.set('note', v)} problem={action.error} rows={2} />
    </ActionForm>
  );
}

function RecallWarrantForm({ context, warrant }: { context: ActionContext; warrant: Warrant }) {
  const { t } = useTranslation('deferred');
  const action = useActionForm({
    initial: () => ({ reason: '' }),
    send: (f) => api.post(`/warrants/${warrant.id}/recall`, { reason: f.reason }),
    invalidates: context.invalidates,
    done: () => t('warrants.recalledDone'),
  });
  return (
    <ActionForm label={t('warrants.recall')} submitLabel={t('warrants.recallSubmit')} fields={['reason']} action={action}>
      <TextAreaField label={t('warrants.recallReason')} name="reason" value={action.form.reason} onChange={(v) => action.set('reason', v)} problem={action.error} required rows={2} />
    </ActionForm>
  );
}
