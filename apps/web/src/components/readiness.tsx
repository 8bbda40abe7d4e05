import { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../i18n/format';

/** One requirement of a phase as the API reports it (libs/participants phase-readiness). */
export interface Requirement {
  code: 'min_days_in_phase' | 'continuous_sobriety' | 'treatment_sessions' | 'community_service' | 'fees' | 'milestone';
  name?: string;
  met: boolean | null;
  required: number;
  actual: number | null;
  remaining: number | null;
}

/**
 * The requirement in the reader's language, worded from its figures (the
 * API's `summary` is English). A withheld figure says so instead of a number.
 */
export function requirementText(t: TFunction, r: Requirement): string {
  if (r.met === null) return t(`common:readiness.withheld.${r.code}`, { defaultValue: t('common:readiness.withheld.any') });
  const figures = { count: r.remaining ?? 0, actual: formatNumber(r.actual), required: formatNumber(r.required), remaining: formatNumber(r.remaining), name: r.name };
  return t(`common:readiness.${r.code}.${r.met ? 'met' : 'due'}`, figures);
}

/** Each requirement with a mark and words (met / not yet), not colour alone. */
export function RequirementList({ requirements, onlyDue = false }: { requirements: Requirement[]; onlyDue?: boolean }) {
  const { t } = useTranslation();
  const shown = onlyDue ? requirements.filter((r) => r.met !== true) : requirements;
  if (shown.length === 0) return <p>{t('readiness.allMet')}</p>;
  return (
    <ul className="requirements">
      {shown.map((r, i) => (
        <li key={`${r.code}-${r.name ?? ''}-${i}`} className={r.met ? 'met' : 'due'}>
          <span aria-hidden="true">{r.met ? '✔ ' : r.met === null ? '– ' : '○ '}</span>
          <span className="visually-hidden">{r.met ? t('readiness.metLabel') : t('readiness.dueLabel')}: </span>
          {requirementText(t, r)}
        </li>
      ))}
    </ul>
  );
}
