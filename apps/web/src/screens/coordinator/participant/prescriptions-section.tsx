import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { useApiMutation, useApiQuery } from '../../../api/hooks';
import { createPrescriptionDtoSubstanceValues, type components } from '../../../api/schema';
import { DataTable } from '../../../components/data-table';
import { SelectField, TextField } from '../../../components/fields';
import { ProblemBanner, QueryView } from '../../../components/problem';
import { formatDate } from '../../../i18n/format';

type PrescriptionList = components['schemas']['PrescriptionListDto'];
type Prescription = components['schemas']['PrescriptionDto'];
type RecordedPrescription = components['schemas']['RecordedPrescriptionDto'];

const FIELDS = ['substance', 'medication', 'prescriber', 'startsOn', 'endsOn'];

/**
 * The participant's prescriptions (medication for addiction treatment among
 * them), read under the consent that covers the treatment plan: while one
 * runs, a positive on its panel is "prescribed", never a violation.
 * `canRecord`: case staff and providers record them.
 */
export function PrescriptionsSection({ participantId, canRecord }: { participantId: string; canRecord: boolean }) {
  const { t } = useTranslation('coordinator');
  const path = `/participants/${participantId}/prescriptions`;
  const query = useApiQuery<PrescriptionList>(path);
  const [notice, setNotice] = useState<string | null>(null);
  const substance = (value: string) => t(`substance.${value}`, { defaultValue: value.replace(/_/g, ' ') });
  return (
    <section aria-labelledby="prescriptions-heading" className="card">
      <h2 id="prescriptions-heading">{t('prescriptions.title')}</h2>
      <p>{t('prescriptions.intro')}</p>
      {notice && (
        <p role="status" className="notice">
          {notice}
        </p>
      )}
      <QueryView query={query}>
        {(list) => (
          <>
            <DataTable<Prescription>
              caption={t('prescriptions.caption')}
              rows={list.items}
              rowKey={(p) => p.id}
              empty={t('prescriptions.empty')}
              columns={[
                { key: 'medication', header: t('prescriptions.medication'), render: (p) => p.medication },
                { key: 'substance', header: t('prescriptions.substance'), render: (p) => substance(p.substance) },
                { key: 'prescriber', header: t('prescriptions.prescriber'), render: (p) => p.prescriber },
                { key: 'startsOn', header: t('prescriptions.startsOn'), sortValue: (p) => p.startsOn, render: (p) => formatDate(p.startsOn) },
                { key: 'endsOn', header: t('prescriptions.endsOn'), render: (p) => (p.endsOn ? formatDate(p.endsOn) : t('prescriptions.noEnd')) },
              ]}
            />
            <p className="hint">{list.redisclosureNotice}</p>
            {canRecord && <PrescriptionForm participantId={participantId} onDone={setNotice} substance={substance} />}
          </>
        )}
      </QueryView>
    </section>
  );
}

function PrescriptionForm({ participantId, onDone, substance }: { participantId: string; onDone: (message: string | null) => void; substance: (value: string) => string }) {
  const { t } = useTranslation('coordinator');
  const empty = { substance: '', medication: '', prescriber: '', startsOn: '', endsOn: '' };
  const [form, setForm] = useState(empty);
  const set = (field: keyof typeof empty, value: string) => setForm((f) => ({ ...f, [field]: value }));
  const base = `/participants/${participantId}`;
  const record = useApiMutation(
    (f: typeof empty) =>
      api.post<RecordedPrescription>(`${base}/prescriptions`, {
        substance: f.substance,
        medication: f.medication,
        prescriber: f.prescriber,
        startsOn: f.startsOn,
        ...(f.endsOn ? { endsOn: f.endsOn } : {}),
      }),
    {
      // Results recorded before it may have become "prescribed" and their violations dismissed.
      invalidates: [`${base}/prescriptions`, `${base}/drug-tests`, `${base}/violations`, base],
      onSuccess: (saved) => {
        setForm(empty);
        onDone(
          saved.reclassifiedCollectionIds.length > 0
            ? t('prescriptions.recordedReclassified', { medication: saved.medication, count: saved.reclassifiedCollectionIds.length })
            : t('prescriptions.recorded', { medication: saved.medication }),
        );
      },
    },
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onDone(null);
    record.mutate(form);
  };
  return (
    <form onSubmit={submit} className="form" aria-labelledby="add-prescription-heading" noValidate>
      <h3 id="add-prescription-heading">{t('prescriptions.addTitle')}</h3>
      <TextField label={t('prescriptions.medication')} hint={t('prescriptions.medicationHint')} name="medication" value={form.medication} onChange={(v) => set('medication', v)} problem={record.error} required />
      <SelectField
        label={t('prescriptions.substance')}
        hint={t('prescriptions.substanceHint')}
        name="substance"
        value={form.substance}
        onChange={(v) => set('substance', v)}
        placeholder={t('prescriptions.choose')}
        options={createPrescriptionDtoSubstanceValues.map((value) => ({ value, label: substance(value) }))}
        problem={record.error}
        required
      />
      <TextField label={t('prescriptions.prescriber')} name="prescriber" value={form.prescriber} onChange={(v) => set('prescriber', v)} problem={record.error} required />
      <TextField label={t('prescriptions.startsOn')} name="startsOn" type="date" value={form.startsOn} onChange={(v) => set('startsOn', v)} problem={record.error} required />
      <TextField label={t('prescriptions.endsOn')} hint={t('prescriptions.endsOnHint')} name="endsOn" type="date" value={form.endsOn} onChange={(v) => set('endsOn', v)} problem={record.error} />
      <ProblemBanner problem={record.error} shownFields={FIELDS} />
      <button type="submit" className="primary" disabled={record.isPending}>
        {t('prescriptions.add')}
      </button>
    </form>
  );
}
