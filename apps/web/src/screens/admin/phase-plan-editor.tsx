import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import { TextAreaField, TextField } from '../../components/fields';
import { ProblemBanner } from '../../components/problem';
import { useSession } from '../../auth/session';
import { nullableNumber, nullableText, numberOrText, numberText } from './shared';
import { TranslationFields, translationsBody, TranslationsForm, translationsForm } from './translations';
import type { PhasePlan, PhaseRequirements, Program } from './types';
import { LANGUAGES, type Language } from '../../api/vocabulary';

const MAX_PHASES = 12;
const TRANSLATED = ['name'] as const;

/** A phase as typed: numbers stay text until sent, so a half-typed value is never lost. */
interface PhaseDraft {
  key: number;
  name: string;
  translations: TranslationsForm<'name'>;
  description: string;
  minDaysInPhase: string;
  sobrietyDays: string;
  testsPerWeek: string;
  hearingEveryWeeks: string;
  treatmentSessionsPerWeek: string;
  communityServiceHours: string;
  milestones: string;
  /** The milestones in each language, one per line in the order of `milestones`. */
  milestoneTranslations: Record<Language, string>;
  feesDue: string;
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((m) => m.trim())
    .filter(Boolean);

function milestoneTranslationsForm(stored: Partial<Record<string, string[]>> | undefined): Record<Language, string> {
  return Object.fromEntries(LANGUAGES.map((l) => [l, (stored?.[l] ?? []).join('\n')])) as Record<Language, string>;
}

/** The languages with milestones typed; the API checks that each has one per milestone. */
function milestoneTranslationsBody(form: Record<Language, string>): Partial<Record<Language, string[]>> {
  return Object.fromEntries(LANGUAGES.filter((l) => lines(form[l]).length > 0).map((l) => [l, lines(form[l])]));
}

const NUMBER_FIELDS = ['minDaysInPhase', 'sobrietyDays', 'testsPerWeek', 'hearingEveryWeeks', 'treatmentSessionsPerWeek', 'communityServiceHours', 'feesDue'] as const;
type NumberField = (typeof NUMBER_FIELDS)[number];
const PHASE_FIELDS = ['name', 'description', ...NUMBER_FIELDS, 'milestones'] as const;

function draftOf(phase: PhaseRequirements, key: number): PhaseDraft {
  return {
    key,
    name: phase.name,
    translations: translationsForm(phase.translations, TRANSLATED),
    description: phase.description ?? '',
    minDaysInPhase: numberText(phase.minDaysInPhase),
    sobrietyDays: numberText(phase.sobrietyDays),
    testsPerWeek: numberText(phase.testsPerWeek),
    hearingEveryWeeks: numberText(phase.hearingEveryWeeks),
    treatmentSessionsPerWeek: numberText(phase.treatmentSessionsPerWeek),
    communityServiceHours: numberText(phase.communityServiceHours),
    milestones: phase.milestones.join('\n'),
    milestoneTranslations: milestoneTranslationsForm(phase.milestoneTranslations),
    feesDue: numberText(phase.feesDue),
  };
}

/** The body of `POST /programs/{id}/phase-plans`: exactly the fields of PhaseInputDto. */
function phaseBody(d: PhaseDraft) {
  return {
    name: d.name,
    translations: translationsBody(d.translations, TRANSLATED),
    description: nullableText(d.description),
    minDaysInPhase: numberOrText(d.minDaysInPhase),
    sobrietyDays: numberOrText(d.sobrietyDays),
    testsPerWeek: numberOrText(d.testsPerWeek),
    hearingEveryWeeks: nullableNumber(d.hearingEveryWeeks),
    treatmentSessionsPerWeek: numberOrText(d.treatmentSessionsPerWeek),
    communityServiceHours: numberOrText(d.communityServiceHours),
    milestones: lines(d.milestones),
    milestoneTranslations: milestoneTranslationsBody(d.milestoneTranslations),
    feesDue: numberOrText(d.feesDue),
  };
}

/**
 * Writes the program's next phase plan version. Versions never change, so
 * the form starts from the values of the version being viewed (or is empty
 * for a program with no plan) and sends the whole plan.
 */
export function PhasePlanEditor({
  program,
  from,
  onWritten,
  onCancel,
}: {
  program: Program;
  from: PhasePlan | null;
  onWritten: (plan: PhasePlan) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('admin');
  const session = useSession();
  const [phases, setPhases] = useState<PhaseDraft[]>(() =>
    from?.phases.length
      ? from.phases.map((p, i) => draftOf(p, i))
      : [
          draftOf(
            { position: 1, name: '', translations: {}, description: null, minDaysInPhase: 0, sobrietyDays: 0, testsPerWeek: 0, hearingEveryWeeks: null, treatmentSessionsPerWeek: 0, communityServiceHours: 0, milestones: [], milestoneTranslations: {}, feesDue: 0 },
            0,
          ),
        ],
  );
  const [note, setNote] = useState('');
  const write = useApiMutation((body: { phases: ReturnType<typeof phaseBody>[]; note: string | null }) => api.post<PhasePlan>(`/programs/${program.id}/phase-plans`, body), {
    invalidates: [`/programs/${program.id}`, `/courts/${program.courtId}/programs`],
    onSuccess: (plan) => onWritten(plan),
  });

  const update = <K extends keyof PhaseDraft>(index: number, field: K, value: PhaseDraft[K]) => setPhases((list) => list.map((p, i) => (i === index ? { ...p, [field]: value } : p)));
  const move = (index: number, by: -1 | 1) =>
    setPhases((list) => {
      const next = [...list];
      [next[index], next[index + by]] = [next[index + by], next[index]];
      return next;
    });
  const remove = (index: number) => setPhases((list) => list.filter((_, i) => i !== index));
  const add = () =>
    setPhases((list) => {
      const last = list[list.length - 1];
      const blank: PhaseDraft = {
        key: Math.max(-1, ...list.map((p) => p.key)) + 1,
        name: '',
        translations: translationsForm(undefined, TRANSLATED),
        description: '',
        minDaysInPhase: '',
        sobrietyDays: '',
        testsPerWeek: last?.testsPerWeek ?? '',
        hearingEveryWeeks: last?.hearingEveryWeeks ?? '',
        treatmentSessionsPerWeek: last?.treatmentSessionsPerWeek ?? '',
        // Cumulative totals: the next phase starts from the last one's.
        communityServiceHours: last?.communityServiceHours ?? '0',
        milestones: '',
        milestoneTranslations: milestoneTranslationsForm(undefined),
        feesDue: last?.feesDue ?? '0',
      };
      return [...list, blank];
    });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    write.mutate({ phases: phases.map(phaseBody), note: nullableText(note) });
  };

  const shown = ['phases', 'note', ...phases.flatMap((_, i) => PHASE_FIELDS.map((f) => `phases.${i}.${f}`))];
  const problem = write.error;

  return (
    <form className="phase-editor" onSubmit={submit} noValidate aria-labelledby="phase-editor-heading">
      <h3 id="phase-editor-heading">
        {from ? t('planEditor.titleFrom', { next: (program.currentPlan?.version ?? 0) + 1, version: from.version }) : t('planEditor.titleFirst')}
      </h3>
      <p className="hint">{t('planEditor.intro')}</p>
      {problem?.messageFor('phases') && (
        <p className="field-error">
          <span aria-hidden="true">⚠ </span>
          {problem.messageFor('phases')}
        </p>
      )}
      <ol className="phase-drafts">
        {phases.map((phase, i) => {
          const name = (field: string) => `phases.${i}.${field}`;
          const label = t('planEditor.phaseLegend', { position: i + 1, name: phase.name || t('planEditor.unnamed') });
          /** A requirement typed as a number (`hearingEveryWeeks` alone may stay empty: hearings only on a violation). */
          const numberField = (field: NumberField, { min, max, hint, required = true }: { min: string; max?: string; hint?: string; required?: boolean }) => (
            <TextField label={t(`phase.${field}`)} name={name(field)} type="number" min={min} max={max} value={phase[field]} onChange={(v) => update(i, field, v)} problem={problem} hint={hint} required={required} />
          );
          return (
            <li key={phase.key}>
              <fieldset className="card phase-draft">
                <legend>{label}</legend>
                <div className="field-row">
                  <TextField label={t('phase.name')} name={name('name')} value={phase.name} onChange={(v) => update(i, 'name', v)} problem={problem} required />
                </div>
                <TranslationFields
                  courtLanguage={session.court.language}
                  fields={[{ field: 'name', label: (language) => t('phase.nameIn', { language }) }]}
                  value={phase.translations}
                  onChange={(v) => update(i, 'translations', v)}
                  problem={problem}
                  namePrefix={name('')}
                />
                <TextAreaField label={t('phase.description')} name={name('description')} value={phase.description} onChange={(v) => update(i, 'description', v)} problem={problem} rows={2} />
                <div className="field-row">
                  {numberField('minDaysInPhase', { min: '0' })}
                  {numberField('sobrietyDays', { min: '0', hint: t('phase.sobrietyDaysHint') })}
                  {numberField('testsPerWeek', { min: '0', max: '7', hint: t('phase.testsPerWeekHint') })}
                </div>
                <div className="field-row">
                  {numberField('hearingEveryWeeks', { min: '1', max: '52', hint: t('phase.hearingEveryWeeksHint'), required: false })}
                  {numberField('treatmentSessionsPerWeek', { min: '0', max: '21' })}
                </div>
                <div className="field-row">
                  {numberField('communityServiceHours', { min: '0', hint: t('phase.cumulativeHint') })}
                  {numberField('feesDue', { min: '0', hint: t('phase.cumulativeHint') })}
                </div>
                <TextAreaField label={t('phase.milestones')} name={name('milestones')} value={phase.milestones} onChange={(v) => update(i, 'milestones', v)} problem={problem} hint={t('phase.milestonesHint')} rows={3} />
                {LANGUAGES.filter((l) => l !== session.court.language).map((l) => (
                  <TextAreaField
                    key={l}
                    label={t('phase.milestonesIn', { language: t(`common:languages.${l}`) })}
                    name={name(`milestoneTranslations.${l}`)}
                    value={phase.milestoneTranslations[l]}
                    onChange={(v) => update(i, 'milestoneTranslations', { ...phase.milestoneTranslations, [l]: v })}
                    problem={problem}
                    hint={t('phase.milestonesInHint')}
                    rows={3}
                  />
                ))}
                <div className="actions">
                  <button type="button" onClick={() => move(i, -1)} disabled={i === 0} aria-label={t('planEditor.moveUpLabel', { phase: label })}>
                    {t('planEditor.moveUp')}
                  </button>
                  <button type="button" onClick={() => move(i, 1)} disabled={i === phases.length - 1} aria-label={t('planEditor.moveDownLabel', { phase: label })}>
                    {t('planEditor.moveDown')}
                  </button>
                  <button type="button" onClick={() => remove(i)} disabled={phases.length === 1} aria-label={t('planEditor.removeLabel', { phase: label })}>
                    {t('planEditor.remove')}
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div className="actions">
        <button type="button" onClick={add} disabled={phases.length >= MAX_PHASES}>
          {t('planEditor.addPhase')}
        </button>
        <span className="hint">{t('planEditor.phaseCount', { count: phases.length, max: MAX_PHASES })}</span>
      </div>
      <TextField label={t('planEditor.note')} name="note" value={note} onChange={setNote} problem={problem} hint={t('planEditor.noteHint')} />
      <ProblemBanner problem={problem} shownFields={shown} />
      <div className="actions">
        <button type="submit" className="primary" disabled={write.isPending}>
          {t('planEditor.write')}
        </button>
        <button type="button" onClick={onCancel} disabled={write.isPending}>
          {t('common:cancel')}
        </button>
      </div>
    </form>
  );
}
