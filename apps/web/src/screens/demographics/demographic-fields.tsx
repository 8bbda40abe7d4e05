import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../../api/problem';
import { CheckboxField, SelectField } from '../../components/fields';
import { useLanguageName } from './demographic-labels';
import './demographics.css';
import { ETHNICITIES, GENDERS, PRIMARY_LANGUAGES, RACES, SEXES } from './vocabulary';

/** The demographic answers as the form holds them: '' for a question not answered. */
export interface DemographicForm {
  ethnicity: string;
  races: string[];
  raceDeclined: boolean;
  sex: string;
  gender: string;
  primaryLanguage: string;
}

export const NO_DEMOGRAPHICS: DemographicForm = { ethnicity: '', races: [], raceDeclined: false, sex: '', gender: '', primaryLanguage: '' };

/** The API fields these questions answer, for ProblemBanner's `shownFields`. */
export const DEMOGRAPHIC_FIELDS = ['ethnicity', 'races', 'raceDeclined', 'sex', 'gender', 'primaryLanguage', 'race'];

interface Recorded {
  ethnicity: string | null;
  races: string[];
  raceDeclined: boolean;
  sex: string | null;
  gender: string | null;
  primaryLanguage: string | null;
}

export function demographicForm(recorded: Recorded): DemographicForm {
  return {
    ethnicity: recorded.ethnicity ?? '',
    races: [...recorded.races],
    raceDeclined: recorded.raceDeclined,
    sex: recorded.sex ?? '',
    gender: recorded.gender ?? '',
    primaryLanguage: recorded.primaryLanguage ?? '',
  };
}

/** A referral's answers: only the questions answered. */
export function answeredDemographics(form: DemographicForm): Record<string, unknown> {
  return {
    ...(form.ethnicity ? { ethnicity: form.ethnicity } : {}),
    ...(form.races.length ? { races: form.races } : {}),
    ...(form.raceDeclined ? { raceDeclined: true } : {}),
    ...(form.sex ? { sex: form.sex } : {}),
    ...(form.gender ? { gender: form.gender } : {}),
    ...(form.primaryLanguage ? { primaryLanguage: form.primaryLanguage } : {}),
  };
}

/**
 * A correction's answers: only the questions whose answer changed (an answer
 * taken back is null), so a correction of one answer leaves the others, and
 * their open migration issues, as they are.
 */
export function changedDemographics(before: DemographicForm, after: DemographicForm): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const key of ['ethnicity', 'sex', 'gender', 'primaryLanguage'] as const) {
    if (before[key] !== after[key]) body[key] = after[key] || null;
  }
  const sameRaces = before.races.length === after.races.length && before.races.every((r) => after.races.includes(r));
  if (!sameRaces || before.raceDeclined !== after.raceDeclined) {
    body.races = after.races;
    body.raceDeclined = after.raceDeclined;
  }
  return body;
}

/**
 * The demographic questions: the federal two questions (Hispanic or Latino?,
 * then one or more races), sex, gender identity and primary language. Every
 * question may be left unanswered or declined.
 */
export function DemographicFields({ form, onChange, problem }: { form: DemographicForm; onChange: (form: DemographicForm) => void; problem: ApiProblem | null | undefined }) {
  const { t } = useTranslation('demographics');
  const languageName = useLanguageName();
  const racesId = useId();
  const set = <K extends keyof DemographicForm>(key: K, value: DemographicForm[K]) => onChange({ ...form, [key]: value });
  const toggleRace = (race: string, checked: boolean) =>
    onChange({ ...form, races: checked ? RACES.filter((r) => r === race || form.races.includes(r)) : form.races.filter((r) => r !== race), raceDeclined: checked ? false : form.raceDeclined });
  const racesError = problem?.messageFor('races') ?? problem?.messageFor('race');
  const notRecorded = t('fields.notRecorded');
  const languages = PRIMARY_LANGUAGES.map((code) => ({ value: code, label: languageName(code) })).sort((a, b) =>
    a.value === 'other' ? 1 : b.value === 'other' ? -1 : a.label.localeCompare(b.label),
  );
  return (
    <fieldset className="demographic-fields">
      <legend>{t('fields.legend')}</legend>
      <p className="hint">{t('fields.intro')}</p>
      <div className="field-row">
        <SelectField
          label={t('fields.ethnicity')}
          name="ethnicity"
          value={form.ethnicity}
          onChange={(v) => set('ethnicity', v)}
          problem={problem}
          placeholder={notRecorded}
          options={ETHNICITIES.map((code) => ({ value: code, label: t(`ethnicity.${code}`) }))}
        />
      </div>
      <fieldset className={`field-group${racesError ? ' field-invalid' : ''}`} aria-describedby={racesError ? `${racesId}-error` : undefined}>
        <legend>{t('fields.races')}</legend>
        {RACES.map((race) => (
          <CheckboxField key={race} label={t(`race.${race}`)} name={`races.${race}`} checked={form.races.includes(race)} onChange={(checked) => toggleRace(race, checked)} />
        ))}
        <CheckboxField
          label={t('fields.raceDeclined')}
          name="raceDeclined"
          checked={form.raceDeclined}
          problem={problem}
          onChange={(checked) => onChange({ ...form, raceDeclined: checked, races: checked ? [] : form.races })}
        />
        {racesError && (
          <p className="field-error" id={`${racesId}-error`}>
            <span aria-hidden="true">⚠ </span>
            {racesError}
          </p>
        )}
      </fieldset>
      <div className="field-row">
        <SelectField
          label={t('fields.sex')}
          name="sex"
          value={form.sex}
          onChange={(v) => set('sex', v)}
          problem={problem}
          placeholder={notRecorded}
          options={SEXES.map((code) => ({ value: code, label: t(`sex.${code}`) }))}
        />
        <SelectField
          label={t('fields.gender')}
          name="gender"
          value={form.gender}
          onChange={(v) => set('gender', v)}
          problem={problem}
          placeholder={notRecorded}
          options={GENDERS.map((code) => ({ value: code, label: t(`gender.${code}`) }))}
        />
        <SelectField
          label={t('fields.primaryLanguage')}
          name="primaryLanguage"
          value={form.primaryLanguage}
          onChange={(v) => set('primaryLanguage', v)}
          problem={problem}
          placeholder={notRecorded}
          options={languages}
        />
      </div>
    </fieldset>
  );
}
