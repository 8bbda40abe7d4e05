import { useTranslation } from 'react-i18next';
import type { components } from '../api/schema';
import { formatMoney, formatNumber } from '../i18n/format';

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
export function useRequirementWords(currency?: string) {
  const { t } = useTranslation();
  const n = (value: number | null) => formatNumber(value, 2);
  // Fees are money: with the court's currency where the screen knows it ("$100 left to pay").
  const amount = (r: Requirement, value: number | null) => (r.code === 'fees' && currency ? formatMoney(value, currency) : n(value));
  const name = (r: Requirement): string => (r.code === 'milestone' ? (r.name ?? r.summary ?? '') : t(`readiness.name.${r.code}`, { defaultValue: r.code }));
  const words = (r: Requirement): string => {
    if (!KNOWN.has(r.code)) return r.summary ?? r.code;
    if (r.met === null) return t('readiness.withheld', { name: name(r) });
    const values = { count: r.remaining ?? 0, remaining: amount(r, r.remaining), actual: amount(r, r.actual), required: amount(r, r.required), name: r.name };
    return r.met ? t(`readiness.met_${r.code}`, { ...values, count: r.actual ?? 0 }) : t(`readiness.unmet_${r.code}`, values);
  };
  return { name, words };
}

/**
 * A mark that reads as a state, not as a control: a filled tick for met, an
 * hourglass for not yet (an empty circle looks like a radio button).
 */
function RequirementMark({ met }: { met: boolean | null }) {
  if (met === true) {
    return (
      <svg className="mark mark-met" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
        <rect x="1" y="1" width="18" height="18" rx="4" />
        <path d="M5 10.5l3.2 3.2L15 7" fill="none" strokeWidth="2.4" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
    );
  }
  if (met === null) {
    return (
      <svg className="mark mark-withheld" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
        <path d="M5 10h10" strokeWidth="2.4" strokeLinecap="round" />
      </svg>
    );
  }
  return (
    <svg className="mark mark-due" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
      <path d="M5 2.5h10M5 17.5h10M6.5 2.5c0 4 7 4 7 7.5s-7 3.5-7 7.5M13.5 2.5c0 4-7 4-7 7.5s7 3.5 7 7.5" fill="none" strokeWidth="1.6" strokeLinecap="round" />
    </svg>
  );
}

/** Each requirement with a mark and words (met / not yet), not colour alone. */
export function RequirementList({ requirements, onlyDue = false, currency }: { requirements: Requirement[]; onlyDue?: boolean; currency?: string }) {
  const { t } = useTranslation();
  const { words } = useRequirementWords(currency);
  const shown = onlyDue ? requirements.filter((r) => r.met !== true) : requirements;
  if (shown.length === 0) return <p>{t('readiness.allMet')}</p>;
  return (
    <ul className="requirements">
      {shown.map((r, i) => (
        <li key={`${r.code}-${r.name ?? ''}-${i}`} className={r.met ? 'met' : 'due'}>
          <RequirementMark met={r.met} />
          <span className="requirement-state">{r.met ? t('readiness.metLabel') : t('readiness.dueLabel')}:</span> {words(r)}
        </li>
      ))}
    </ul>
  );
}
