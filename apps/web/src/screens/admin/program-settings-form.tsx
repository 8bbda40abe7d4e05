import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useSession } from '../../auth/session';
import { CheckboxField, TextField } from '../../components/fields';
import { ProblemBanner } from '../../components/problem';
import { useSettingsForm } from './form-state';
import { ProgramRuleFields } from './program-rule-fields';
import { CheckboxGroup, Confirmation, FormActions, nullableNumber, numberText } from './shared';
import { TranslationFields, translationsBody, translationsForm } from './translations';
import { Program, VIOLATION_OUTCOMES } from './types';

const TRANSLATED = ['name'] as const;

const FIELDS = ['name', 'active', 'requiredApprovals', 'excludedChargeCategories', 'maxUntestedDays', 'maxTestsPer7Days', 'violationOutcomes', 'noShowViolation'];

/** The settings of a program that change in place (`PATCH /programs/{id}`); the code and model never change. */
export function ProgramSettingsForm({ program, saved, onSaved }: { program: Program; saved: boolean; onSaved: (saved: boolean) => void }) {
  const { t } = useTranslation('admin');
  const session = useSession();
  const { form, set, merge, save, unchanged, submit } = useSettingsForm({
    initial: {
      name: program.name,
      translations: translationsForm(program.translations, TRANSLATED),
      active: program.active,
      requiredApprovals: program.requiredApprovals,
      excludedChargeCategories: program.excludedChargeCategories,
      maxUntestedDays: numberText(program.maxUntestedDays),
      maxTestsPer7Days: numberText(program.maxTestsPer7Days),
      violationOutcomes: program.violationOutcomes,
      noShowViolation: program.noShowViolation,
    },
    body: (f) => ({
      ...f,
      translations: translationsBody(f.translations, TRANSLATED),
      maxUntestedDays: nullableNumber(f.maxUntestedDays),
      maxTestsPer7Days: nullableNumber(f.maxTestsPer7Days),
    }),
    patch: (body) => api.patch<Program>(`/programs/${program.id}`, body),
    invalidates: [`/programs/${program.id}`, `/courts/${program.courtId}/programs`],
    onSaved,
  });

  return (
    <form className="form" onSubmit={submit} noValidate>
      <TextField label={t('program.name')} name="name" value={form.name} onChange={(v) => set('name', v)} problem={save.error} required />
      <TranslationFields
        courtLanguage={session.court.language}
        fields={[{ field: 'name', label: (language) => t('program.nameIn', { language }) }]}
        value={form.translations}
        onChange={(v) => set('translations', v)}
        problem={save.error}
      />
      <CheckboxField label={t('program.active')} name="active" checked={form.active} onChange={(v) => set('active', v)} problem={save.error} hint={t('program.activeHint')} />
      <ProgramRuleFields rules={form} onChange={merge} problem={save.error}>
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
      </ProgramRuleFields>
      <ProblemBanner problem={save.error} shownFields={FIELDS} />
      <FormActions submitLabel={t('program.saveSettings')} pending={save.isPending} />
      <Confirmation>{saved ? t('program.saved') : unchanged ? t('noChanges') : null}</Confirmation>
    </form>
  );
}
