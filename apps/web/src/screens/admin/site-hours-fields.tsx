import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../../api/problem';
import { openingHoursDtoDayValues } from '../../api/schema';
import { SelectField, TextField } from '../../components/fields';

export interface OpeningForm {
  day: string;
  opens: string;
  closes: string;
}

export interface ClosureForm {
  date: string;
  reason: string;
}

/** The field names these rows show problems beside (`weeklyHours.0.opens`…), for the form's banner. */
export function hoursFieldNames(openings: readonly OpeningForm[], closures: readonly ClosureForm[]): string[] {
  return [
    'weeklyHours',
    'closures',
    ...openings.flatMap((_, i) => ['day', 'opens', 'closes'].map((f) => `weeklyHours.${i}.${f}`)),
    ...closures.flatMap((_, i) => ['date', 'reason'].map((f) => `closures.${i}.${f}`)),
  ];
}

/**
 * A testing site's weekly openings (a day, from, until; several a day
 * allowed) and its closure days, as rows that are added and removed.
 * The API names a row's problem by its place (`weeklyHours.1.closes`), shown
 * beside that field.
 */
export function SiteHoursFields({
  openings,
  closures,
  onOpenings,
  onClosures,
  problem,
  legacyText,
}: {
  openings: OpeningForm[];
  closures: ClosureForm[];
  onOpenings: (rows: OpeningForm[]) => void;
  onClosures: (rows: ClosureForm[]) => void;
  problem: ApiProblem | null;
  /** Old text hours that could not be read, shown until hours are entered. */
  legacyText: string | null;
}) {
  const { t } = useTranslation('admin');
  const dayName = (day: string) => t(`sites.dayName.${day}`);
  const change = <T,>(rows: T[], i: number, patch: Partial<T>) => rows.map((row, j) => (j === i ? { ...row, ...patch } : row));
  const nextDay = () => openingHoursDtoDayValues[Math.min(openings.length, openingHoursDtoDayValues.length - 1)];
  return (
    <>
      <fieldset className="site-hours">
        <legend>{t('sites.weeklyHours')}</legend>
        <p className="hint">{t('sites.weeklyHoursHint')}</p>
        {legacyText && <p className="hint">{t('sites.legacyHours', { text: legacyText })}</p>}
        {problem?.messageFor('weeklyHours') && <p className="field-error">{problem.messageFor('weeklyHours')}</p>}
        {openings.map((row, i) => (
          <div className="site-hours-row" key={i} role="group" aria-label={t('sites.openingLabel', { n: i + 1 })}>
            <SelectField
              label={t('sites.day')}
              name={`weeklyHours.${i}.day`}
              value={row.day}
              onChange={(day) => onOpenings(change(openings, i, { day }))}
              options={openingHoursDtoDayValues.map((value) => ({ value, label: dayName(value) }))}
              problem={problem}
            />
            <TextField label={t('sites.opens')} name={`weeklyHours.${i}.opens`} type="time" value={row.opens} onChange={(opens) => onOpenings(change(openings, i, { opens }))} problem={problem} />
            <TextField label={t('sites.closes')} name={`weeklyHours.${i}.closes`} type="time" value={row.closes} onChange={(closes) => onOpenings(change(openings, i, { closes }))} problem={problem} />
            <button type="button" onClick={() => onOpenings(openings.filter((_, j) => j !== i))} aria-label={t('sites.removeOpeningLabel', { n: i + 1, day: dayName(row.day) })}>
              {t('sites.remove')}
            </button>
          </div>
        ))}
        <button type="button" onClick={() => onOpenings([...openings, { day: nextDay(), opens: '08:00', closes: '16:00' }])}>
          {t('sites.addOpening')}
        </button>
      </fieldset>
      <fieldset className="site-hours">
        <legend>{t('sites.closures')}</legend>
        <p className="hint">{t('sites.closuresHint')}</p>
        {problem?.messageFor('closures') && <p className="field-error">{problem.messageFor('closures')}</p>}
        {closures.map((row, i) => (
          <div className="site-hours-row" key={i} role="group" aria-label={t('sites.closureLabel', { n: i + 1 })}>
            <TextField label={t('sites.closedOn')} name={`closures.${i}.date`} type="date" value={row.date} onChange={(date) => onClosures(change(closures, i, { date }))} problem={problem} />
            <TextField label={t('sites.closureReason')} name={`closures.${i}.reason`} value={row.reason} onChange={(reason) => onClosures(change(closures, i, { reason }))} problem={problem} />
            <button type="button" onClick={() => onClosures(closures.filter((_, j) => j !== i))} aria-label={t('sites.removeClosureLabel', { n: i + 1 })}>
              {t('sites.remove')}
            </button>
          </div>
        ))}
        <button type="button" onClick={() => onClosures([...closures, { date: '', reason: '' }])}>
          {t('sites.addClosure')}
        </button>
      </fieldset>
    </>
  );
}
