import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { useApiQuery } from '../../api/hooks';
import type { components } from '../../api/schema';
import { useSession } from '../../auth/session';
import { ProblemBanner, QueryView } from '../../components/problem';
import { formatDate, formatDateTime } from '../../i18n/format';
import { Docket, DocketEntry } from './docket-types';
import { OutcomeForm } from './outcome-form';
import { ParticipantCard } from './participant-card';
import { RecordedOutcome } from './recorded-outcome';
import { standingChips, toneClass } from './standing';

/** Typing in a field must never move the judge to another participant. */
function typingIn(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName) || target.isContentEditable);
}

/**
 * The bench view of one session: the docket as a list the judge walks
 * through (N / P keys, or the list), one participant at a time on a large
 * card with the outcome form beneath, and the printable paper docket.
 */
export function BenchView() {
  const { t } = useTranslation('bench');
  const { sessionId } = useParams();
  const docket = useApiQuery<Docket>(`/court-sessions/${sessionId}/docket`, undefined, { refreshEvery: 60_000 });
  return (
    <QueryView query={docket}>
      {(d) => (
        <Bench docket={d} key={d.session.id}>
          <h1>
            {t('title', { date: formatDate(d.session.date), time: d.session.startTime })}
            {d.session.courtroom && <span className="subtitle"> · {d.session.courtroom}</span>}
          </h1>
        </Bench>
      )}
    </QueryView>
  );
}

function Bench({ docket, children }: { docket: Docket; children: React.ReactNode }) {
  const { t } = useTranslation('bench');
  const session = useSession();
  const [search, setSearch] = useSearchParams();
  const [recorded, setRecorded] = useState<string | null>(null);
  const [printProblem, setPrintProblem] = useState<ApiProblem | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const programs = useApiQuery<components['schemas']['ProgramDto'][]>(`/courts/${session.court.courtId}/programs`);
  const entries = docket.entries;
  // The address names the hearing, not the place in the list: recording an outcome can reorder the docket.
  const requested = search.get('h') ?? entries.find((e) => !e.hearing.outcome)?.hearing.id;
  const index = Math.max(0, entries.findIndex((e) => e.hearing.id === requested));
  const current: DocketEntry | undefined = entries[index];

  const go = (to: number, focus = true) => {
    const target = entries[Math.min(entries.length - 1, Math.max(0, to))];
    if (!target) return;
    setSearch({ h: target.hearing.id }, { replace: true });
    if (focus) requestAnimationFrame(() => headingRef.current?.focus());
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (typingIn(e.target) || e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.key === 'n' || e.key === 'N') go(index + 1);
      if (e.key === 'p' || e.key === 'P') go(index - 1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const print = async () => {
    setPrintProblem(null);
    // The paper docket is the API's own page; it needs the sign-in, so it is fetched and opened from memory.
    const win = window.open('', '_blank');
    try {
      const html = await api.html(`/court-sessions/${docket.session.id}/docket/print`);
      const url = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
      if (win) win.location.href = url;
    } catch (error) {
      win?.close();
      setPrintProblem(error as ApiProblem);
    }
  };

  const programId = programs.data?.find((p) => p.code === current?.participant.programCode)?.id ?? null;
  const done = entries.filter((e) => e.hearing.outcome).length;

  return (
    <div className="bench">
      <div className="bench-title">
        {children}
        <div className="actions no-print">
          <button type="button" onClick={() => void print()}>
            {t('print')}
          </button>
          <Link to="/bench">{t('otherSessions')}</Link>
        </div>
        <p className="hint no-print">{t('keys')}</p>
        <p role="status">{t('progress', { done, total: entries.length })}</p>
        <ProblemBanner problem={printProblem} />
        {recorded && (
          <p className="notice" role="status">
            {recorded}
          </p>
        )}
      </div>
      {entries.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <div className="bench-layout">
          <nav aria-label={t('docketList')} className="docket-list">
            <ol>
              {entries.map((e, i) => (
                <li key={e.hearing.id}>
                  <button type="button" aria-current={i === index ? 'true' : undefined} onClick={() => go(i)}>
                    <span className="docket-name">
                      {e.position}. {e.participant.lastName}, {e.participant.firstName}
                    </span>
                    <span className="docket-flags">
                      {e.hearing.outcome && <span className="badge badge-ok">{t('recordedShort')}</span>}
                      {standingChips(e).map((chip) => (
                        <span key={chip.key} className={toneClass(chip.tone)}>
                          {t(chip.key, { count: chip.count })}
                        </span>
                      ))}
                    </span>
                  </button>
                </li>
              ))}
            </ol>
          </nav>
          {current && (
            <div className="bench-current">
              <ParticipantCard entry={current} ref={headingRef} />
              {current.hearing.outcome ? (
                <section className="card" aria-labelledby={`recorded-${current.hearing.id}`}>
                  <h3 id={`recorded-${current.hearing.id}`}>{t('outcome.recordedTitle')}</h3>
                  <RecordedOutcome entry={current} />
                </section>
              ) : (
                <OutcomeForm
                  key={current.hearing.id}
                  entry={current}
                  programId={programId}
                  timeZone={docket.session.timeZone}
                  onRecorded={(summary) => {
                    setRecorded(
                      `${t('recorded', { name: `${current.participant.firstName} ${current.participant.lastName}`, at: formatDateTime(new Date().toISOString(), docket.session.timeZone) })} ${summary}`,
                    );
                    go(index + 1);
                  }}
                />
              )}
              <div className="actions no-print">
                <button type="button" onClick={() => go(index - 1)} disabled={index === 0}>
                  {t('previousParticipant')}
                </button>
                <button type="button" onClick={() => go(index + 1)} disabled={index === entries.length - 1}>
                  {t('nextParticipant')}
                </button>
              </div>
            </div>
          )}
        </div>
      )}
      {docket.redisclosureNotice && <p className="redisclosure">{docket.redisclosureNotice}</p>}
    </div>
  );
}
