import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../../api/problem';
import { PANEL_OUTCOMES, ResultInput, SPECIMEN_OUTCOMES, SpecimenOutcome, SUBSTANCE_PANELS, SubstancePanel } from './types';

/** A screen as read at the site: per panel negative or positive (absent: not on this test), and at most one outcome about the whole specimen. */
export interface ScreenReading {
  panels: Partial<Record<SubstancePanel, (typeof PANEL_OUTCOMES)[number]>>;
  specimen: SpecimenOutcome | '';
}

export const NO_READING: ScreenReading = { panels: {}, specimen: '' };

/**
 * The results a reading sends, and for each result's index what it was read
 * from (a panel, or `specimen`), so the API's sentence about `results.3.outcome`
 * is shown beside the panel it is about.
 */
export function readingResults(reading: ScreenReading): { results: ResultInput[]; sources: string[] } {
  const results: ResultInput[] = [];
  const sources: string[] = [];
  for (const panel of SUBSTANCE_PANELS) {
    const outcome = reading.panels[panel];
    if (!outcome) continue;
    results.push({ substance: panel, outcome });
    sources.push(panel);
  }
  if (reading.specimen) {
    results.push({ outcome: reading.specimen });
    sources.push('specimen');
  }
  return { results, sources };
}

/** The API's sentences about the results sent from one source (a panel, `specimen`, or a screen's id). */
export function resultMessages(problem: ApiProblem | null | undefined, sources: readonly string[], source: string): string | undefined {
  if (!problem) return undefined;
  const indexes = sources.flatMap((s, i) => (s === source ? [i] : []));
  const messages = problem.errors.filter((e) => indexes.some((i) => e.field.startsWith(`results.${i}.`) || e.field === `results.${i}`)).map((e) => e.message);
  return messages.length ? [...new Set(messages)].join(' ') : undefined;
}

/** The fields of a refusal shown beside a source, so the banner lists only the others. */
export function shownResultFields(problem: ApiProblem | null | undefined, sources: readonly string[]): string[] {
  if (!problem) return [];
  return problem.errors.map((e) => e.field).filter((f) => sources.some((_, i) => f.startsWith(`results.${i}.`) || f === `results.${i}`));
}

export function FieldMessage({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p className="field-error" id={id}>
      <span aria-hidden="true">⚠ </span>
      {message}
    </p>
  );
}

/**
 * One tap per panel read: not on this test, negative or positive, as a
 * radio group each (arrow keys move within it), and one choice for a
 * specimen that could not be read as it should (dilute, adulterated…).
 */
export function PanelReadings({
  reading,
  onChange,
  problem,
  sources,
}: {
  reading: ScreenReading;
  onChange: (reading: ScreenReading) => void;
  problem: ApiProblem | null | undefined;
  sources: readonly string[];
}) {
  const { t } = useTranslation('site');
  const id = useId();
  const setPanel = (panel: SubstancePanel, value: string) => {
    const panels = { ...reading.panels };
    if (value === 'negative' || value === 'positive') panels[panel] = value;
    else delete panels[panel];
    onChange({ ...reading, panels });
  };
  const specimenError = resultMessages(problem, sources, 'specimen');
  return (
    <>
      <fieldset className="panels">
        <legend>{t('panels.legend')}</legend>
        <p className="hint">{t('panels.hint')}</p>
        <div className="panel-grid">
          {SUBSTANCE_PANELS.map((panel) => {
            const error = resultMessages(problem, sources, panel);
            const value = reading.panels[panel] ?? '';
            return (
              <fieldset key={panel} className={`panel${value ? ` panel-${value}` : ''}${error ? ' field-invalid' : ''}`} aria-describedby={error ? `${id}-${panel}-error` : undefined}>
                <legend>{t(`coordinator:substance.${panel}`)}</legend>
                <div className="segmented">
                  {(['', ...PANEL_OUTCOMES] as const).map((option) => (
                    <label key={option || 'none'}>
                      <input type="radio" name={`${id}-${panel}`} value={option} checked={value === option} onChange={() => setPanel(panel, option)} />
                      <span>{option ? t(`common:testOutcome.${option}`) : t('panels.notTested')}</span>
                    </label>
                  ))}
                </div>
                <FieldMessage id={`${id}-${panel}-error`} message={error} />
              </fieldset>
            );
          })}
        </div>
      </fieldset>
      <div className={`field${specimenError ? ' field-invalid' : ''}`}>
        <label htmlFor={`${id}-specimen`}>{t('panels.specimenOutcome')}</label>
        <p className="hint" id={`${id}-specimen-hint`}>
          {t('panels.specimenOutcomeHint')}
        </p>
        <select
          id={`${id}-specimen`}
          name="specimenOutcome"
          value={reading.specimen}
          onChange={(e) => onChange({ ...reading, specimen: e.target.value as SpecimenOutcome | '' })}
          aria-describedby={`${id}-specimen-hint${specimenError ? ` ${id}-specimen-error` : ''}`}
          aria-invalid={specimenError ? true : undefined}
        >
          <option value="">{t('panels.specimenFine')}</option>
          {SPECIMEN_OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {t(`common:testOutcome.${o}`)}
            </option>
          ))}
        </select>
        <FieldMessage id={`${id}-specimen-error`} message={specimenError} />
      </div>
    </>
  );
}
