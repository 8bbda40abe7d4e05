import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format';
import { courtDayOf } from './shared';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** A participant not reached for this long is marked on the caseload. */
export const STALE_CONTACT_DAYS = 14;

/** Hours from `now` until an instant (negative once it has passed); null for none. */
export function hoursUntil(iso: string | null, now: number): number | null {
  return iso ? (Date.parse(iso) - now) / HOUR_MS : null;
}

/** Why a participant is near the top of the caseload, in words (never colour alone). */
export function AttentionBadges({ reasons }: { reasons: readonly string[] }) {
  const { t } = useTranslation('coordinator');
  if (reasons.length === 0) return null;
  return (
    <ul className="attention" aria-label={t('caseload.attentionLabel')}>
      {reasons.map((r) => (
        <li key={r} className={`badge ${r === 'open_violation' ? 'badge-warn' : 'badge-bad'}`}>
          {t(`caseload.attention.${r}`)}
        </li>
      ))}
    </ul>
  );
}

/** A test day's result: a negative plainly, anything else marked. */
export function TestOutcome({ outcome }: { outcome: string }) {
  const { t } = useTranslation('coordinator');
  const word = t(`outcome.${outcome}`, { defaultValue: outcome });
  return outcome === 'negative' ? <>{word}</> : <span className="badge badge-bad">{word}</span>;
}

/** The last contact's date, how long ago, and a mark when it is long ago. */
export function LastContact({ at, timeZone, now }: { at: string | null; timeZone: string | undefined; now: number }) {
  const { t } = useTranslation('coordinator');
  if (!at) return <span className="badge badge-warn">{t('caseload.noContact')}</span>;
  const days = Math.max(0, Math.floor((now - Date.parse(at)) / DAY_MS));
  const text = `${formatDate(courtDayOf(at, timeZone))} · ${t('caseload.daysAgo', { count: days })}`;
  return days >= STALE_CONTACT_DAYS ? <span className="badge badge-warn">{text}</span> : <>{text}</>;
}
