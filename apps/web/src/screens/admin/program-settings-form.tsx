import { FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import { CheckboxField, TextField } from '../../components/fields';
import { ProblemBanner } from '../../components/problem';
import { changedFields, CheckboxGroup, Confirmation, nullableNumber, numberText } from './shared';
import { CHARGE_CATEGORIES, Program, SCREENING_PARTIES, VIOLATION_OUTCOMES } from './types';

const FIELDS = ['name', 'active', 'requiredApprovals', 'excludedChargeCategories', 'maxUntestedDays', 'maxTestsPer7Days', 'violationOutcomes', 'noShowViolation'];

/** The settings of a program that change in place (`PATCH /programs/{id}`); the code and model never change. */
export function ProgramSettingsForm({ program, saved, onSaved }: { program: Program; saved: boolean; onSaved: (saved: boolean) => void }) {
  const { t } = useTranslation('admin');
  const initial = useMemo(
    () => ({
      name: program.name,
      active: program.active,
      requiredApprovals: program.requiredApprovals,
      excludedChargeCategories: program.excludedChargeCategories,
      maxUntestedDays: numberText(program.maxUntestedDays),
      maxTestsPer7Days: numberText(program.maxTestsPer7Days),
      violationOutcomes: program.violationOutcomes,
      noShowViolation: program.noShowViolation,
    }),
    [program],
  );
  const [form, setForm] = useState(initial);
  const [unchanged, setUnchanged] = useState(false);
  const set = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) => setForm((f) => ({ ...f, [key]: value }));
  const save = useApiMutation((body: Record<string, unknown>) => api.patch<Program>(`/programs/${program.id}`, body), {
    invalidates: [`/programs/${program.id}`, `/courts/${program.courtId}/programs`],
    onSuccess: () => onSaved(true),
  });
  const body = (f: typeof form) => ({
    ...f,
    maxUntestedDays: nullableNumber(f.maxUntestedDays),
    maxTestsPer7Days: nullableNumber(f.maxTestsPer7Days),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSaved(false);
    const changes = changedFields(body(initial), body(form));
    setUnchanged(Object.keys(changes).length === 0);
    if (Object.keys(changes).length > 0) save.mutate(changes);
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <TextField label={t('program.name')} name="name" value={form.name} onChange={(v) => set('name', v)} problem={save.error} required />
      <CheckboxField label={t('program.active')} name="active" checked={form.active} onChange={(v) => set('active', v)} problem={save.error} hint={t('program.activeHint')} />
      <CheckboxGroup
        legend={t('program.requiredApprovals')}
        name="requiredApprovals"
        options={SCREENING_PARTIES.map((p) => ({ value: p, label: t(`parties.${p}`) }))}
        values={form.requiredApprovals}
        onChange={(v) => set('requiredApprovals', v)}
        problem={save.error}
      />
      <CheckboxGroup
        legend={t('program.excludedChargeCategories')}
        name="excludedChargeCategories"
        hint={t('program.excludedHint')}
        options={CHARGE_CATEGORIES.map((c) => ({ value: c, label: t(`charges.${c}`) }))}
        values={form.excludedChargeCategories}
        onChange={(v) => set('excludedChargeCategories', v)}
        problem={save.error}
      />
      <h3>{t('program.testingTitle')}</h3>
      <CheckboxGroup
        legend={t('program.violationOutcomes')}
        name="violationOutcomes"
        hint={t('program.violationOutcomesHint')}
        options={VIOLATION_OUTCOMES.map((o) => ({ value: o, label: t(`outcomes.${o}`) }))}
        values={form.violationOutcomes}
        onChange={(v) => set('violationOutcomes', v)}
        problem={save.error}
      />
      <div className="field-row">
        <TextField
          label={t('program.maxUntestedDays')}
          name="maxUntestedDays"
          type="number"
          min="1"
          max="60"
          value={form.maxUntestedDays}
          onChange={(v) => set('maxUntestedDays', v)}
          problem={save.error}
          hint={t('program.maxUntestedDaysHint')}
        />
        <TextField
          label={t('program.maxTestsPer7Days')}
          name="maxTestsPer7Days"
          type="number"
          min="1"
          max="7"
          value={form.maxTestsPer7Days}
          onChange={(v) => set('maxTestsPer7Days', v)}
          problem={save.error}
          hint={t('program.maxTestsPer7DaysHint')}
        />
      </div>
      <CheckboxField
        label={t('program.noShowViolation')}
        name="noShowViolation"
        checked={form.noShowViolation}
        onChange={(v) => set('noShowViolation', v)}
        problem={save.error}
      />
      <ProblemBanner problem={save.error} shownFields={FIELDS} />
      <div className="actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {t('program.saveSettings')}
        </button>
      </div>
      <Confirmation>{saved ? t('program.saved') : unchanged ? t('noChanges') : null}</Confirmation>
    </form>
  );
}
