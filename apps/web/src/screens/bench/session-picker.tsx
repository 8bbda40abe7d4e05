import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { useApiQuery } from '../../api/hooks';
import { useSession } from '../../auth/session';
import { QueryView } from '../../components/problem';
import { addDays, courtDate, formatDate } from '../../i18n/format';
import { Court, CourtSession } from './docket-types';

/** The court (for its time zone), shared by the bench screens. */
export function useCourt() {
  const session = useSession();
  return useApiQuery<Court>(`/courts/${session.court.courtId}`);
}

/**
 * /bench: straight to today's session when there is exactly one, otherwise
 * today's and the coming sessions to choose from.
 */
export function SessionPicker() {
  const court = useCourt();
  return <QueryView query={court}>{(c) => <Sessions court={c} />}</QueryView>;
}

function Sessions({ court }: { court: Court }) {
  const { t } = useTranslation('bench');
  const today = courtDate(court.timeZone);
  const sessions = useApiQuery<CourtSession[]>(`/courts/${court.id}/court-sessions`, { from: today, to: addDays(today, 28) });
  return (
    <QueryView query={sessions}>
      {(all) => {
        const live = all.filter((s) => s.status !== 'cancelled');
        const todays = live.filter((s) => s.date === today);
        if (todays.length === 1) return <Navigate to={`/bench/${todays[0].id}`} replace />;
        return (
          <section>
            <h1>{t('picker.title')}</h1>
            {todays.length === 0 && <p>{t('picker.noneToday')}</p>}
            <ul className="session-list">
              {live.map((s) => (
                <li key={s.id}>
                  <Link to={`/bench/${s.id}`}>
                    {formatDate(s.date)} {s.startTime} · {s.courtroom ?? '—'} · {t('picker.hearings', { count: s.hearingCount })}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        );
      }}
    </QueryView>
  );
}
