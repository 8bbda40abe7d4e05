import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { TextAreaField, TextField, SelectField } from '../../components/fields';
import { ProblemBanner } from '../../components/problem';
import { useFormFields } from '../admin/form-state';
import { CheckboxGroup, FormActions } from '../admin/shared';
import { SignaturePad } from './signature-pad';
import { CONSENT_EXPIRY_EVENTS, CONSENT_INFORMATION, CONSENT_RECIPIENT_TYPES, Consent, ProviderOrganisation, SignatureInput } from './types';

type Information = (typeof CONSENT_INFORMATION)[number];

const SHOWN = ['recipientType', 'recipientOrganisationId', 'recipientDescription', 'discloserOrganisationId', 'information', 'informationDescription', 'purpose', 'expiresOn', 'expiryEvent', 'signedOn', 'signedBy', 'signature.data', 'signature.mediaType', 'signature.method'];

/**
 * A 42 CFR Part 2 consent exactly as the signed form has it: who discloses,
 * to whom, what information, for what purpose, until when, signed by whom
 * and when, and the participant's signature itself (drawn or scanned).
 */
export function ConsentForm({ participantId, courtId, signer, today, onRecorded, onCancel }: {
  participantId: string;
  courtId: string;
  /** Who signs, as the form is filled in: the participant, by name. */
  signer: string;
  today: string;
  onRecorded: (consent: Consent) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation('intake');
  const organisations = useApiQuery<ProviderOrganisation[]>(`/courts/${courtId}/provider-organisations`);
  const { form, set } = useFormFields({
    discloserOrganisationId: '',
    recipientType: 'court_team',
    recipientOrganisationId: '',
    recipientDescription: '',
    information: ['treatment_attendance', 'treatment_progress', 'drug_test_results'] as Information[],
    informationDescription: '',
    purpose: t('consent.defaultPurpose'),
    expiresOn: '',
    expiryEvent: 'program_discharge',
    signedOn: '',
    signedBy: signer,
    signature: null as SignatureInput | null,
  });
  const record = useApiMutation((body: Record<string, unknown>) => api.post<Consent>(`/participants/${participantId}/consents`, body), {
    invalidates: [`/participants/${participantId}`],
    onSuccess: onRecorded,
  });
  // The signature is an element of the form: the screen asks for it before sending (the API takes a consent recorded elsewhere without one).
  const [unsigned, setUnsigned] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setUnsigned(!form.signature);
    if (!form.signature) return;
    const optional = (key: string, value: string) => (value.trim() ? { [key]: value } : {});
    record.mutate({
      recipientType: form.recipientType,
      information: form.information,
      purpose: form.purpose,
      signedOn: form.signedOn || today,
      signedBy: form.signedBy,
      ...optional('discloserOrganisationId', form.discloserOrganisationId),
      ...optional('recipientOrganisationId', form.recipientType === 'organisation' ? form.recipientOrganisationId : ''),
      ...optional('recipientDescription', form.recipientDescription),
      ...optional('informationDescription', form.informationDescription),
      ...optional('expiresOn', form.expiresOn),
      ...optional('expiryEvent', form.expiryEvent),
      ...(form.signature ? { signature: form.signature } : {}),
    });
  };
  const orgOptions = (organisations.data ?? []).filter((o) => o.active).map((o) => ({ value: o.id, label: o.name }));
  const problem = record.error;
  return (
    <form className="form consent-form" onSubmit={submit} noValidate aria-label={t('consent.formTitle')}>
      <ProblemBanner problem={problem} shownFields={SHOWN} />
      <SelectField label={t('consent.discloser')} name="discloserOrganisationId" value={form.discloserOrganisationId} onChange={(v) => set('discloserOrganisationId', v)} problem={problem ?? organisations.error} placeholder={t('consent.anyProvider')} options={orgOptions} />
      <div className="field-row">
        <SelectField label={t('consent.recipientType')} name="recipientType" value={form.recipientType} onChange={(v) => set('recipientType', v)} problem={problem} required options={CONSENT_RECIPIENT_TYPES.filter((r) => r !== 'person').map((r) => ({ value: r, label: t(`recipient.${r}`) }))} />
        {form.recipientType === 'organisation' && (
          <SelectField label={t('consent.recipientOrganisation')} name="recipientOrganisationId" value={form.recipientOrganisationId} onChange={(v) => set('recipientOrganisationId', v)} problem={problem} placeholder={t('choose')} required options={orgOptions} />
        )}
      </div>
      <TextField label={t('consent.recipientDescription')} name="recipientDescription" value={form.recipientDescription} onChange={(v) => set('recipientDescription', v)} problem={problem} hint={t('consent.recipientDescriptionHint')} />
      <CheckboxGroup
        legend={t('consent.information')}
        name="information"
        values={form.information}
        onChange={(v) => set('information', v)}
        problem={problem}
        options={CONSENT_INFORMATION.map((i) => ({ value: i, label: t(`information.${i}`) }))}
      />
      <TextAreaField label={t('consent.informationDescription')} name="informationDescription" value={form.informationDescription} onChange={(v) => set('informationDescription', v)} problem={problem} hint={t('consent.informationDescriptionHint')} />
      <TextAreaField label={t('consent.purpose')} name="purpose" value={form.purpose} onChange={(v) => set('purpose', v)} problem={problem} required />
      <div className="field-row">
        <TextField label={t('consent.expiresOn')} name="expiresOn" type="date" value={form.expiresOn} onChange={(v) => set('expiresOn', v)} problem={problem} min={today} />
        <SelectField label={t('consent.expiryEvent')} name="expiryEvent" value={form.expiryEvent} onChange={(v) => set('expiryEvent', v)} problem={problem} placeholder={t('consent.noEvent')} options={CONSENT_EXPIRY_EVENTS.map((e) => ({ value: e, label: t(`expiryEvent.${e}`) }))} />
      </div>
      <p className="hint">{t('consent.expiryHint')}</p>
      <div className="field-row">
        <TextField label={t('consent.signedBy')} name="signedBy" value={form.signedBy} onChange={(v) => set('signedBy', v)} problem={problem} hint={t('consent.signedByHint')} required />
        <TextField label={t('consent.signedOn')} name="signedOn" type="date" value={form.signedOn || today} onChange={(v) => set('signedOn', v)} problem={problem} max={today} required />
      </div>
      <SignaturePad value={form.signature} onChange={(v) => set('signature', v)} problem={problem} missing={unsigned && !form.signature ? t('signature.missing') : null} />
      <FormActions submitLabel={t('consent.submit')} pending={record.isPending} onCancel={onCancel} />
    </form>
  );
}
