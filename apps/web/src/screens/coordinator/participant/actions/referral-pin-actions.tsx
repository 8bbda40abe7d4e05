import { useTranslation } from 'react-i18next';
import { api } from '../../../../api/client';
import { useApiQuery } from '../../../../api/hooks';
import { LEVELS_OF_CARE, TREATMENT_MODALITIES } from '../../../../api/vocabulary';
import type { components } from '../../../../api/schema';
import { SelectField, TextField } from '../../../../components/fields';
import { formatDate } from '../../../../i18n/format';
import { ActionContext, ActionForm, ActionGroup, EffectList, useActionForm } from './action-kit';

type Schemas = components['schemas'];

const levelKey = (level: string) => `provider:terms.levelsOfCare.${level.replace('.', '_')}`;

/** A referral to one of the court's treatment providers; the provider sees the client from then on (their records still under consent). */
export function ProviderReferralAction({ context }: { context: ActionContext }) {
  const { t } = useTranslation('actions');
  const path = `/participants/${context.participantId}/provider-referrals`;
  const referrals = useApiQuery<Schemas['ProviderReferralDto'][]>(path);
  const organisations = useApiQuery<Schemas['ProviderOrganisationDto'][]>(`/courts/${context.courtId}/provider-organisations`);
  const action = useActionForm({
    initial: () => ({ organisationId: '', referredOn: context.today, levelOfCare: '', modality: '' }),
    send: (f) =>
      api.post<Schemas['ProviderReferralDto']>(path, {
        organisationId: f.organisationId,
        referredOn: f.referredOn,
        levelOfCare: f.levelOfCare || null,
        modality: f.modality || null,
      }),
    invalidates: context.invalidates,
    done: (r) => t('referral.done', { provider: r.organisationName, date: formatDate(r.referredOn) }),
  });
  const { form, set } = action;
  return (
    <ActionGroup
      id="referral"
      title={t('referral.title')}
      effectTitle={t('referral.effect')}
      effect={
        <EffectList
          items={referrals.data}
          keyOf={(r) => r.id}
          empty={t('referral.none')}
          render={(r) => (
            <>
              <strong>{r.organisationName}</strong> · {t('referral.since', { date: formatDate(r.referredOn) })}
              {r.endedOn ? ` – ${formatDate(r.endedOn)}` : ''}
              {r.levelOfCare ? ` · ${t(levelKey(r.levelOfCare))}` : ''}
            </>
          )}
        />
      }
    >
      <ActionForm label={t('referral.title')} submitLabel={t('referral.submit')} fields={['organisationId', 'referredOn', 'levelOfCare', 'modality']} action={action}>
        <SelectField
          label={t('referral.provider')}
          name="organisationId"
          value={form.organisationId}
          onChange={(v) => set('organisationId', v)}
          placeholder={t('choose')}
          options={(organisations.data ?? []).filter((o) => o.active).map((o) => ({ value: o.id, label: o.name }))}
          problem={action.error}
          required
        />
        <TextField label={t('referral.referredOn')} name="referredOn" type="date" value={form.referredOn} onChange={(v) => set('referredOn', v)} problem={action.error} required />
        <SelectField
          label={t('referral.levelOfCare')}
          name="levelOfCare"
          value={form.levelOfCare}
          onChange={(v) => set('levelOfCare', v)}
          placeholder={t('referral.notSet')}
          options={LEVELS_OF_CARE.map((l) => ({ value: l, label: `${l} · ${t(levelKey(l))}` }))}
          problem={action.error}
        />
        <SelectField
          label={t('referral.modality')}
          name="modality"
          value={form.modality}
          onChange={(v) => set('modality', v)}
          placeholder={t('referral.notSet')}
          options={TREATMENT_MODALITIES.map((m) => ({ value: m, label: t(`provider:terms.modalities.${m}`) }))}
          problem={action.error}
        />
      </ActionForm>
    </ActionGroup>
  );
}

/**
 * A temporary PIN for a participant who forgot theirs or was locked out: it
 * ends their sessions, lifts a lock-out, and must be replaced at the next sign-in.
 */
export function ResetPinAction({ context, accountId }: { context: ActionContext; accountId: string }) {
  const { t } = useTranslation('actions');
  const action = useActionForm({
    initial: () => ({ pin: '' }),
    send: (f) => api.post(`/users/${accountId}/reset-pin`, { pin: f.pin }),
    invalidates: context.invalidates,
    done: () => t('pin.done'),
  });
  const { form, set } = action;
  return (
    <ActionGroup id="pin" title={t('pin.title')}>
      <p className="hint">{t('pin.intro')}</p>
      <ActionForm label={t('pin.title')} submitLabel={t('pin.submit')} fields={['pin']} action={action}>
        <TextField label={t('pin.pin')} hint={t('pin.pinHint')} name="pin" inputMode="numeric" autoComplete="off" value={form.pin} onChange={(v) => set('pin', v)} problem={action.error} required />
      </ActionForm>
    </ActionGroup>
  );
}
