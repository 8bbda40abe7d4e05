import { useTranslation } from 'react-i18next';
import type { components } from '../api/schema';
import { formatNumber } from '../i18n/format';

/**
 * One requirement of a phase as the API reports it: in a participant's
 * readiness, or on the docket (where the code is a plain string, so a code
 * this version does not know, from a newer server, is shown by its summary).
 */
export type Requirement = components['schemas']['RequirementStatusDto'] | components['schemas']['DocketRequirementDto'];

const KNOWN = new Set(['min_days_in_phase', 'continuous_sobriety', 'treatment_sessions', 'community_service', 'fees', 'milestone']);

/**
 * Requirements in the reader's language, worded from their figures (the
 * API's `summary` is English). A withheld figure says so instead of a number.
 */
export function useRequirementWords() {
  const { t } = useTranslation();
  const n = (value: number | null) => formatNumber(value, 2);
  const name = (r: Requirement): string => (r.code === 'milestone' ? (r.name ?? r.summary ?? '') : t(`readiness.name.${r.code}`, { defaultValue: r.code }));
  const words = (r: Requirement): string => {
    if (!KNOWN.has(r.code)) return r.summary ?? r.code;
    if (r.met === null) return t('readiness.withheld', { name: name(r) });
    const values = { count: r.remaining ?? 0, remaining: n(r.remaining), actual: n(r.actual), required: n(r.required), name: r.name };
    return r.met ? t(`readiness.met_${r.code}`, { ...values, count: r.actual ?? 0 }) : t(`readiness.unmet_${r.code}`, values);
  };
  return { name, words };
}

/** Each requirement with a mark and words (met / not yet), not colour alone. */
export function RequirementList({ requirements, onlyDue = false }: { requirements: Requirement[]; onlyDue?: boolean }) {
  const { t } = useTranslation();
  const { words } = useRequirementWords();
  const shown = onlyDue ? requirements.filter((r) => r.met !== true) : requirements;
  if (shown.length === 0) return <p>{t('readiness.allMet')}</p>;
  return (
    <ul className="requirements">
      {shown.map((r, i) => (
        <li key={`${r.code}-${r.name ?? ''}-${i}`} className={r.met ? 'met' : 'due'}>
          <span aria-hidden="true">{r.met ? '✓ ' : r.met === null ? '– ' : '○ '}</span>
          <span className="visually-hidden">{r.met ? t('readiness.metLabel') : t('readiness.dueLabel')}: </span>
          {words(r)}
        </li>
      ))}
    </ul>
  );
}
