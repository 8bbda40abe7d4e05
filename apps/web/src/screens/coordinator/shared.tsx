import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiQuery } from '../../api/hooks';
import { useSession } from '../../auth/session';
import { formatTime } from '../../i18n/format';
import type { Court } from './types';

/** A court's settings (its time zone above all); the court in the switcher unless another is named. */
export function useCourt(courtId?: string) {
  const session = useSession();
  return useApiQuery<Court>(`/courts/${courtId ?? session.court.courtId}`);
}

/** The court-local calendar day (`YYYY-MM-DD`) of an instant. */
export function courtDayOf(iso: string, timeZone: string | undefined): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date(iso));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Last name, first name: the order lists are sorted in. */
export function useFullName() {
  const { t } = useTranslation('coordinator');
  return (p: { firstName: string; lastName: string }) => t('name', { first: p.firstName, last: p.lastName });
}

export function ParticipantLink({ participant }: { participant: { id?: string; participantId?: string; firstName: string; lastName: string } }) {
  const fullName = useFullName();
  return <Link to={`/participants/${participant.id ?? participant.participantId}`}>{fullName(participant)}</Link>;
}

const STATUS_TONE: Record<string, 'ok' | 'warn' | 'bad'> = {
  active: 'ok',
  graduated: 'ok',
  accepted: 'ok',
  referred: 'warn',
  screening: 'warn',
  medical_leave: 'warn',
  transferred: 'warn',
  withdrawn: 'warn',
  in_custody: 'bad',
  warrant: 'bad',
  terminated: 'bad',
  rejected: 'bad',
};

/** A participant's status in words, with a colour that only repeats them. */
export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation('coordinator');
  return <span className={`badge badge-${STATUS_TONE[status] ?? 'warn'}`}>{t(`status.${status}`, { defaultValue: status })}</span>;
}

/** Met, not met, or withheld (no consent), in words; with the requirement's name when given. */
export function MetBadge({ met, name }: { met: boolean | null; name?: string }) {
  const { t } = useTranslation('coordinator');
  const tone = met === null ? 'warn' : met ? 'ok' : 'bad';
  const state = met === null ? 'withheld' : met ? 'met' : 'notMet';
  return (
    <span className={`badge badge-${tone}`}>
      <span aria-hidden="true">{met === null ? '? ' : met ? '✓ ' : '✗ '}</span>
      {name ? t(`requirement.named.${state}`, { name }) : t(`requirement.${state}`)}
    </span>
  );
}

/** Whose caseload: the case manager's name, and "you" when it is the reader's own. */
export function CaseManagerLabel({ caseManagerId, caseManagerName }: { caseManagerId: string | null; caseManagerName: string | null }) {
  const { t } = useTranslation('coordinator');
  const session = useSession();
  if (!caseManagerId) return <>{t('caseManager.none')}</>;
  if (caseManagerId === session.me.id) return <>{t('caseManager.you')}</>;
  return <>{caseManagerName ?? t('caseManager.colleague')}</>;
}

/** "Updated at …" for boards that refresh by themselves, announced politely. */
export function UpdatedAt({ at, timeZone }: { at: number; timeZone?: string }) {
  const { t } = useTranslation('coordinator');
  const time = formatTime(at || null, timeZone, { seconds: true });
  return (
    <p className="updated-at" role="status" aria-live="polite">
      {t('board.updatedAt', { time })}
    </p>
  );
}
