import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../../api/client';
import { useApiMutation, useApiQuery } from '../../../../api/hooks';
import { createDrawOverrideDtoActionValues } from '../../../../api/schema';
import type { components } from '../../../../api/schema';
import { SelectField, TextField } from '../../../../components/fields';
import { ProblemBanner } from '../../../../components/problem';
import { addDays, formatDate, formatNumber } from '../../../../i18n/format';
import { numberOrText } from '../../../admin/shared';
import { ActionContext, ActionForm, ActionGroup, EffectList, useActionForm } from './action-kit';

type Schemas = components['schemas'];
type OverrideAction = (typeof createDrawOverrideDtoActionValues)[number];

/** More tests for a period (a sanction, a relapse): the draw uses the higher frequency while the order is in force. */
export function TestingOrderAction({ context }: { context: ActionContext }) {
  const { t } = useTranslation('actions');
  const path = `/participants/${context.participantId}/testing-orders`;
  const orders = useApiQuery<Schemas['TestingOrderDto'][]>(path);
  const tomorrow = addDays(context.today, 1);
  const action = useActionForm({
    initial: () => ({ testsPerWeek: '', startsOn: tomorrow, endsOn: addDays(tomorrow, 27), reason: '' }),
    send: (f) => api.post<Schemas['TestingOrderDto']>(path, { testsPerWeek: numberOrText(f.testsPerWeek), startsOn: f.startsOn, endsOn: f.endsOn, reason: f.reason }),
    invalidates: context.invalidates,
    done: (o) => t('testingOrder.done', { tests: formatNumber(o.testsPerWeek, 1), from: formatDate(o.startsOn), to: formatDate(o.endsOn) }),
  });
  const { form, set } = action;
  return (
    <ActionGroup
      id="testing-order"
      title={t('testingOrder.title')}
      effectTitle={t('testingOrder.effect')}
      effect={
        <EffectList
          items={orders.data}
          keyOf={(o) => o.id}
          empty={t('testingOrder.none')}
          render={(o) => (
            <>
              {t('testingOrder.entry', { tests: formatNumber(o.testsPerWeek, 1), from: formatDate(o.startsOn), to: formatDate(o.endsOn) })}
              {o.inForce && <span className="badge badge-warn">{t('testingOrder.inForce')}</span>} · {o.reason}
            </>
          )}
        />
      }
    >
      <ActionForm label={t('testingOrder.title')} submitLabel={t('testingOrder.submit')} fields={['testsPerWeek', 'startsOn', 'endsOn', 'reason']} action={action}>
        <TextField label={t('testingOrder.testsPerWeek')} hint={t('testingOrder.testsPerWeekHint')} name="testsPerWeek" value={form.testsPerWeek} onChange={(v) => set('testsPerWeek', v)} problem={action.error} required />
        <TextField label={t('testingOrder.startsOn')} name="startsOn" type="date" value={form.startsOn} onChange={(v) => set('startsOn', v)} problem={action.error} required />
        <TextField label={t('testingOrder.endsOn')} name="endsOn" type="date" value={form.endsOn} onChange={(v) => set('endsOn', v)} problem={action.error} required />
        <TextField label={t('testingOrder.reason')} name="reason" value={form.reason} onChange={(v) => set('reason', v)} problem={action.error} required />
      </ActionForm>
    </ActionGroup>
  );
}

/**
 * Forcing or excusing a test on a court day, with a reason: the draw itself
 * is never changed (it is committed before the window opens), the override
 * sits beside it. A mistaken one is withdrawn, with a reason, not deleted.
 */
export function TestDayAction({ context }: { context: ActionContext }) {
  const { t } = useTranslation('actions');
  const path = `/participants/${context.participantId}/draw-overrides`;
  const overrides = useApiQuery<Schemas['DrawOverrideDto'][]>(path);
  const action = useActionForm({
    initial: () => ({ courtDay: context.today, action: 'force' as OverrideAction, reason: '' }),
    send: (f) => api.post<Schemas['DrawOverrideDto']>(path, f),
    invalidates: context.invalidates,
    done: (o) => t(`testDay.done.${o.action}`, { date: formatDate(o.courtDay) }),
  });
  const { form, set } = action;
  const [withdrawing, setWithdrawing] = useState<Schemas['DrawOverrideDto'] | null>(null);
  const active = overrides.data?.filter((o) => o.withdrawnAt === null);
  return (
    <ActionGroup
      id="test-day"
      title={t('testDay.title')}
      effectTitle={t('testDay.effect')}
      effect={
        <>
          <EffectList
            items={active}
            keyOf={(o) => o.id}
            empty={t('testDay.none')}
            render={(o) => (
              <>
                <time dateTime={o.courtDay}>{formatDate(o.courtDay)}</time> · <strong>{t(`testDay.action.${o.action}`)}</strong> · {o.reason}{' '}
                {o.courtDay >= context.today && (
                  <button type="button" className="link-button" onClick={() => setWithdrawing(o)} aria-label={t('testDay.withdrawLabel', { date: formatDate(o.courtDay) })}>
                    {t('testDay.withdraw')}
                  </button>
                )}
              </>
            )}
          />
          {withdrawing && <WithdrawOverride context={context} override={withdrawing} onClose={() => setWithdrawing(null)} />}
        </>
      }
    >
      <ActionForm label={t('testDay.title')} submitLabel={t('testDay.submit')} fields={['courtDay', 'action', 'reason']} action={action}>
        <TextField label={t('testDay.courtDay')} hint={t('testDay.courtDayHint')} name="courtDay" type="date" value={form.courtDay} onChange={(v) => set('courtDay', v)} problem={action.error} required />
        <SelectField
          label={t('testDay.actionLabel')}
          name="action"
          value={form.action}
          onChange={(v) => set('action', v as OverrideAction)}
          options={createDrawOverrideDtoActionValues.map((v) => ({ value: v, label: t(`testDay.action.${v}`) }))}
          problem={action.error}
          required
        />
        <TextField label={t('testDay.reason')} name="reason" value={form.reason} onChange={(v) => set('reason', v)} problem={action.error} required />
      </ActionForm>
    </ActionGroup>
  );
}

function WithdrawOverride({ context, override, onClose }: { context: ActionContext; override: Schemas['DrawOverrideDto']; onClose: () => void }) {
  const { t } = useTranslation('actions');
  const [reason, setReason] = useState('');
  const withdraw = useApiMutation((text: string) => api.delete(`/draw-overrides/${override.id}`, { reason: text }), { invalidates: context.invalidates, onSuccess: onClose });
  return (
    <form
      className="form inline-form"
      noValidate
      aria-label={t('testDay.withdrawLabel', { date: formatDate(override.courtDay) })}
      onSubmit={(e) => {
        e.preventDefault();
        withdraw.mutate(reason);
      }}
    >
      <ProblemBanner problem={withdraw.error} shownFields={['reason']} />
      <TextField label={t('testDay.withdrawReason')} name="reason" value={reason} onChange={setReason} problem={withdraw.error} required />
      <div className="actions">
        <button type="submit" className="primary" disabled={withdraw.isPending}>
          {t('testDay.withdraw')}
        </button>
        <button type="button" onClick={onClose}>
          {t('common:cancel')}
        </button>
      </div>
    </form>
  );
}
