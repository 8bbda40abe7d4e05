import { useTranslation } from 'react-i18next';
import { api } from '../../../../api/client';
import { useApiQuery } from '../../../../api/hooks';
import type { components } from '../../../../api/schema';
import { TextField } from '../../../../components/fields';
import { formatDate, formatNumber } from '../../../../i18n/format';
import { numberOrText } from '../../../admin/shared';
import { ActionContext, ActionForm, ActionGroup, EffectList, useActionForm } from './action-kit';

type Schemas = components['schemas'];

/**
 * The two ledgers of a participant, hours of community service and fees paid.
 * Both are append-only: a mistake is corrected by a negative entry that says
 * why (the API refuses one that takes the total below zero), so "Correct" on
 * an entry fills the form with its opposite, and the record of both stays.
 */
export function CommunityServiceAction({ context }: { context: ActionContext }) {
  const { t } = useTranslation('actions');
  const path = `/participants/${context.participantId}/community-service`;
  const ledger = useApiQuery<Schemas['CommunityServiceLedgerDto']>(path);
  const action = useActionForm({
    initial: () => ({ performedOn: context.today, hours: '', description: '' }),
    send: (f) => api.post<Schemas['CommunityServiceEntryDto']>(path, { performedOn: f.performedOn, hours: numberOrText(f.hours), description: f.description }),
    invalidates: context.invalidates,
    done: (entry) => t(entry.correction ? 'service.corrected' : 'service.done', { hours: formatNumber(Math.abs(entry.hours), 2), date: formatDate(entry.performedOn) }),
  });
  const { form, set, setForm } = action;
  const correct = (entry: Schemas['CommunityServiceEntryDto']) => {
    action.setNotice(null);
    setForm({ performedOn: context.today, hours: String(-entry.hours), description: t('service.correctionOf', { date: formatDate(entry.performedOn), hours: formatNumber(entry.hours, 2) }) });
  };
  return (
    <ActionGroup
      id="community-service"
      title={t('service.title')}
      summary={ledger.data ? t('service.total', { hours: formatNumber(ledger.data.totalHours, 2) }) : undefined}
      effectTitle={t('service.effect')}
      effect={
        <EffectList
          items={ledger.data?.entries}
          keyOf={(e) => e.id}
          empty={t('service.none')}
          render={(e) => (
            <>
              <time dateTime={e.performedOn}>{formatDate(e.performedOn)}</time> · {t(e.correction ? 'service.entryCorrection' : 'service.entry', { hours: formatNumber(e.hours, 2) })} · {e.description}{' '}
              {!e.correction && (
                <button type="button" className="link-button" onClick={() => correct(e)} aria-label={t('service.correctLabel', { date: formatDate(e.performedOn), hours: formatNumber(e.hours, 2) })}>
                  {t('correct')}
                </button>
              )}
            </>
          )}
        />
      }
    >
      <ActionForm label={t('service.title')} submitLabel={t('service.submit')} fields={['performedOn', 'hours', 'description']} action={action}>
        <TextField label={t('service.performedOn')} name="performedOn" type="date" value={form.performedOn} onChange={(v) => set('performedOn', v)} problem={action.error} required />
        <TextField label={t('service.hours')} hint={t('service.hoursHint')} name="hours" inputMode="text" value={form.hours} onChange={(v) => set('hours', v)} problem={action.error} required />
        <TextField label={t('service.description')} hint={t('service.descriptionHint')} name="description" value={form.description} onChange={(v) => set('description', v)} problem={action.error} required />
      </ActionForm>
    </ActionGroup>
  );
}

export function FeePaymentAction({ context }: { context: ActionContext }) {
  const { t } = useTranslation('actions');
  const path = `/participants/${context.participantId}/fee-payments`;
  const ledger = useApiQuery<Schemas['FeePaymentLedgerDto']>(path);
  const action = useActionForm({
    initial: () => ({ paidOn: context.today, amount: '', description: '' }),
    send: (f) => api.post<Schemas['FeePaymentDto']>(path, { paidOn: f.paidOn, amount: numberOrText(f.amount), description: f.description }),
    invalidates: context.invalidates,
    done: (entry) => t(entry.correction ? 'fees.corrected' : 'fees.done', { amount: formatNumber(Math.abs(entry.amount), 2), date: formatDate(entry.paidOn) }),
  });
  const { form, set, setForm } = action;
  const correct = (entry: Schemas['FeePaymentDto']) => {
    action.setNotice(null);
    setForm({ paidOn: context.today, amount: String(-entry.amount), description: t('fees.correctionOf', { date: formatDate(entry.paidOn), amount: formatNumber(entry.amount, 2) }) });
  };
  return (
    <ActionGroup
      id="fee-payments"
      title={t('fees.title')}
      summary={ledger.data ? t('fees.total', { amount: formatNumber(ledger.data.totalPaid, 2) }) : undefined}
      effectTitle={t('fees.effect')}
      effect={
        <EffectList
          items={ledger.data?.entries}
          keyOf={(e) => e.id}
          empty={t('fees.none')}
          render={(e) => (
            <>
              <time dateTime={e.paidOn}>{formatDate(e.paidOn)}</time> · {t(e.correction ? 'fees.entryCorrection' : 'fees.entry', { amount: formatNumber(e.amount, 2) })} · {e.description}{' '}
              {!e.correction && (
                <button type="button" className="link-button" onClick={() => correct(e)} aria-label={t('fees.correctLabel', { date: formatDate(e.paidOn), amount: formatNumber(e.amount, 2) })}>
                  {t('correct')}
                </button>
              )}
            </>
          )}
        />
      }
    >
      <ActionForm label={t('fees.title')} submitLabel={t('fees.submit')} fields={['paidOn', 'amount', 'description']} action={action}>
        <TextField label={t('fees.paidOn')} name="paidOn" type="date" value={form.paidOn} onChange={(v) => set('paidOn', v)} problem={action.error} required />
        <TextField label={t('fees.amount')} hint={t('fees.amountHint')} name="amount" value={form.amount} onChange={(v) => set('amount', v)} problem={action.error} required />
        <TextField label={t('fees.description')} hint={t('fees.descriptionHint')} name="description" value={form.description} onChange={(v) => set('description', v)} problem={action.error} required />
      </ActionForm>
    </ActionGroup>
  );
}
