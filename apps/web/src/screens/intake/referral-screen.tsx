import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { CHARGE_CATEGORIES } from '../../api/vocabulary';
import { useSession } from '../../auth/session';
import { SelectField, TextField } from '../../components/fields';
import { ProblemBanner } from '../../components/problem';
import { courtDate } from '../../i18n/format';
import { useFormFields } from '../admin/form-state';
import { FormActions } from '../admin/shared';
import { useCourt } from '../coordinator/shared';
import { answeredDemographics, DEMOGRAPHIC_FIELDS, DemographicFields, NO_DEMOGRAPHICS } from '../demographics/demographic-fields';
import { CHARGE_LEVELS, ParticipantDetail, Program, REFERRAL_SOURCES } from './types';

interface ChargeFields {
  statute: string;
  description: string;
  level: string;
  category: string;
}

const NO_CHARGE: ChargeFields = { statute: '', description: '', level: '', category: '' };
const SHOWN = ['firstName', 'lastName', 'dateOfBirth', 'programId', 'referralSource', 'referredOn', 'arrestedOn', 'caseNumbers', 'contact.phone', 'contact.email', 'charges.0.statute', 'charges.0.description', 'charges.0.level', 'charges.0.category', ...DEMOGRAPHIC_FIELDS];

/** A referral to the court: the person, the program referred to, who referred them, the case and the charge. */
export function ReferralScreen() {
  const { t } = useTranslation('intake');
  const session = useSession();
  const navigate = useNavigate();
  const court = useCourt();
  const programs = useApiQuery<Program[]>(`/courts/${session.court.courtId}/programs`);
  const today = court.data ? courtDate(court.data.timeZone) : '';
  const { form, set } = useFormFields({
    firstName: '',
    lastName: '',
    dateOfBirth: '',
    programId: '',
    referralSource: '',
    referredOn: '',
    arrestedOn: '',
    caseNumber: '',
    phone: '',
    email: '',
    charge: NO_CHARGE,
  });
  const [demographics, setDemographics] = useState(NO_DEMOGRAPHICS);
  const refer = useApiMutation((body: Record<string, unknown>) => api.post<ParticipantDetail>('/participants', body), {
    invalidates: ['/participants'],
    onSuccess: (p) => navigate(`/intake/${p.id}`),
  });
  const setCharge = (key: keyof ChargeFields, value: string) => set('charge', { ...form.charge, [key]: value });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const charged = Object.values(form.charge).some((v) => v.trim() !== '');
    const contact = { ...(form.phone ? { phone: form.phone } : {}), ...(form.email ? { email: form.email } : {}) };
    refer.mutate({
      courtId: session.court.courtId,
      firstName: form.firstName,
      lastName: form.lastName,
      referralSource: form.referralSource,
      referredOn: form.referredOn || today,
      ...(form.programId ? { programId: form.programId } : {}),
      ...(form.dateOfBirth ? { dateOfBirth: form.dateOfBirth } : {}),
      ...(form.arrestedOn ? { arrestedOn: form.arrestedOn } : {}),
      ...(form.caseNumber ? { caseNumbers: [form.caseNumber] } : {}),
      ...(Object.keys(contact).length ? { contact } : {}),
      ...(charged ? { charges: [form.charge] } : {}),
      ...answeredDemographics(demographics),
    });
  };
  const problem = refer.error;
  return (
    <section className="intake">
      <h1>{t('referral.title')}</h1>
      <p>{t('referral.intro')}</p>
      <form className="form card" onSubmit={submit} noValidate aria-label={t('referral.title')}>
        <ProblemBanner problem={problem} shownFields={SHOWN} />
        <fieldset>
          <legend>{t('referral.person')}</legend>
          <div className="field-row">
            <TextField label={t('referral.firstName')} name="firstName" value={form.firstName} onChange={(v) => set('firstName', v)} problem={problem} required autoComplete="off" />
            <TextField label={t('referral.lastName')} name="lastName" value={form.lastName} onChange={(v) => set('lastName', v)} problem={problem} required autoComplete="off" />
            <TextField label={t('referral.dateOfBirth')} name="dateOfBirth" type="date" value={form.dateOfBirth} onChange={(v) => set('dateOfBirth', v)} problem={problem} />
          </div>
          <div className="field-row">
            <TextField label={t('referral.phone')} name="contact.phone" type="tel" value={form.phone} onChange={(v) => set('phone', v)} problem={problem} autoComplete="off" />
            <TextField label={t('referral.email')} name="contact.email" type="email" value={form.email} onChange={(v) => set('email', v)} problem={problem} autoComplete="off" />
          </div>
        </fieldset>
        <DemographicFields form={demographics} onChange={setDemographics} problem={problem} />
        <fieldset>
          <legend>{t('referral.referral')}</legend>
          <div className="field-row">
            <SelectField
              label={t('referral.program')}
              name="programId"
              value={form.programId}
              onChange={(v) => set('programId', v)}
              problem={problem ?? programs.error}
              placeholder={t('referral.programLater')}
              hint={t('referral.programHint')}
              options={(programs.data ?? []).filter((p) => p.active).map((p) => ({ value: p.id, label: `${p.code} · ${p.name}` }))}
            />
            <SelectField
              label={t('referral.source')}
              name="referralSource"
              value={form.referralSource}
              onChange={(v) => set('referralSource', v)}
              problem={problem}
              placeholder={t('choose')}
              required
              options={REFERRAL_SOURCES.map((s) => ({ value: s, label: t(`source.${s}`) }))}
            />
          </div>
          <div className="field-row">
            <TextField label={t('referral.referredOn')} name="referredOn" type="date" value={form.referredOn || today} onChange={(v) => set('referredOn', v)} problem={problem} required max={today} />
            <TextField label={t('referral.arrestedOn')} name="arrestedOn" type="date" value={form.arrestedOn} onChange={(v) => set('arrestedOn', v)} problem={problem} max={today} />
            <TextField label={t('referral.caseNumber')} name="caseNumbers" value={form.caseNumber} onChange={(v) => set('caseNumber', v)} problem={problem} autoComplete="off" />
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('referral.charge')}</legend>
          <p className="hint">{t('referral.chargeHint')}</p>
          <div className="field-row">
            <TextField label={t('referral.statute')} name="charges.0.statute" value={form.charge.statute} onChange={(v) => setCharge('statute', v)} problem={problem} />
            <TextField label={t('referral.description')} name="charges.0.description" value={form.charge.description} onChange={(v) => setCharge('description', v)} problem={problem} />
          </div>
          <div className="field-row">
            <SelectField
              label={t('referral.level')}
              name="charges.0.level"
              value={form.charge.level}
              onChange={(v) => setCharge('level', v)}
              problem={problem}
              placeholder={t('choose')}
              options={CHARGE_LEVELS.map((l) => ({ value: l, label: t(`chargeLevel.${l}`) }))}
            />
            <SelectField
              label={t('referral.category')}
              name="charges.0.category"
              value={form.charge.category}
              onChange={(v) => setCharge('category', v)}
              problem={problem}
              placeholder={t('choose')}
              options={CHARGE_CATEGORIES.map((c) => ({ value: c, label: t(`admin:charges.${c}`) }))}
            />
          </div>
        </fieldset>
        <FormActions submitLabel={t('referral.submit')} pending={refer.isPending} onCancel={() => navigate('/intake')} />
      </form>
    </section>
  );
}
