import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { useSession } from '../../auth/session';
import { SelectField, TextField } from '../../components/fields';
import { Loading, ProblemBanner } from '../../components/problem';
import { formatDate, formatDateTime, formatNumber, formatTime } from '../../i18n/format';
import { UpdatedAt, useCourt, useFullName } from '../coordinator/shared';
import type { BoardParticipant, TestingBoard } from '../coordinator/types';
import { Arrival, CollectionForm } from './collection-form';
import { CustodyForm } from './custody-form';
import { awaitingConfirmation, ReleaseButton, ResultsForm, ReviewForm } from './result-forms';
import { DayCollection, DayCollections, TestingSite, TestResult } from './types';
import './site.css';

const REFRESH_MS = 30_000;
const SITE_KEY = 'tc.testingSite';

/** The site this tablet works at, remembered per court on this device (a shared tablet stays at its site). */
function useChosenSite(courtId: string): [string, (siteId: string) => void] {
  const key = `${SITE_KEY}.${courtId}`;
  const [siteId, setSiteId] = useState(() => localStorage.getItem(key) ?? '');
  return [
    siteId,
    (next: string) => {
      if (next) localStorage.setItem(key, next);
      else localStorage.removeItem(key);
      setSiteId(next);
    },
  ];
}

/** What is open on the screen: one form at a time, so the tablet shows one task. */
type Open =
  | { kind: 'collect'; arrival: Arrival }
  | { kind: 'results'; collectionId: string }
  | { kind: 'custody'; collectionId: string }
  | { kind: 'contest' | 'admission'; collectionId: string; result: TestResult }
  | null;

/**
 * The testing site's day: who was told to test and has not come, who came
 * (with what each collection still needs: results, a confirmation, a
 * participant's dispute or admission, release), recording a collection in a
 * few taps from the list. Refreshes itself like the testing board.
 */
export function SiteDayScreen() {
  const { t } = useTranslation('site');
  const session = useSession();
  const courtId = session.court.courtId;
  const timeZone = useCourt().data?.timeZone;
  const fullName = useFullName();
  const board = useApiQuery<TestingBoard>(`/courts/${courtId}/testing-board`, {}, { refreshEvery: REFRESH_MS });
  // Results often come days later (a laboratory's confirmation): the collections of an earlier day are a date away.
  const [cameOn, setCameOn] = useState('');
  const day = useApiQuery<DayCollections>(`/courts/${courtId}/collections`, { date: cameOn }, { refreshEvery: REFRESH_MS });
  const earlierDay = day.data && board.data && day.data.courtDay !== board.data.courtDay ? day.data.courtDay : null;
  const sites = useApiQuery<TestingSite[]>(`/courts/${courtId}/testing-sites`);
  const [siteId, setSiteId] = useChosenSite(courtId);
  const [open, setOpen] = useState<Open>(null);
  const [done, setDone] = useState<string | null>(null);
  const activeSites = (sites.data ?? []).filter((s) => s.active);
  const chosenSite = activeSites.some((s) => s.id === siteId) ? siteId : '';

  const finish = (message: string | null) => {
    setOpen(null);
    setDone(message);
  };
  const arrivalOf = (p: BoardParticipant): Arrival => ({ participantId: p.participantId, name: fullName(p), participantNumber: p.participantNumber });
  const toTest = (board.data?.participants ?? []).filter((p) => p.state === 'awaiting_collection' || p.state === 'missing');
  const others = (board.data?.participants ?? []).filter((p) => p.state === 'called_in');

  const personRow = (p: BoardParticipant) => {
    const arrival = arrivalOf(p);
    const collecting = open?.kind === 'collect' && open.arrival.participantId === p.participantId;
    return (
      <li key={p.participantId} className="site-person">
        <div className="site-person-line">
          <span className="site-name">
            {arrival.name} <span className="hint">{p.participantNumber ?? '—'}</span>
          </span>
          <span className="site-facts">
            {p.calledInAt ? t('list.calledInAt', { time: formatTime(p.calledInAt, timeZone) }) : t('list.notCalledIn')}
            {p.override?.action === 'force' && <> · {t('list.forced')}</>}
          </span>
          {p.state === 'missing' && <span className="badge badge-bad">{t('list.deadlinePassed')}</span>}
          {!collecting && (
            <button
              type="button"
              className="primary site-tap"
              aria-label={t('list.collectLabel', { name: arrival.name })}
              onClick={() => {
                setDone(null);
                setOpen({ kind: 'collect', arrival });
              }}
            >
              {t('list.collect')}
            </button>
          )}
        </div>
        {collecting && <CollectionForm arrival={arrival} siteId={chosenSite} onDone={finish} />}
      </li>
    );
  };

  return (
    <section className="site-day">
      <h1>{t('day.title')}</h1>
      <div className="toolbar">
        <SelectField
          label={t('day.site')}
          hint={t('day.siteHint')}
          name="testingSiteId"
          value={chosenSite}
          onChange={setSiteId}
          options={activeSites.map((s) => ({ value: s.id, label: s.name }))}
          placeholder={t('day.noSite')}
          problem={sites.error}
        />
        <button
          type="button"
          onClick={() => {
            void board.refetch();
            void day.refetch();
          }}
        >
          {t('common:refresh')}
        </button>
      </div>
      <UpdatedAt at={Math.min(board.dataUpdatedAt, day.dataUpdatedAt)} timeZone={timeZone} />
      <ProblemBanner problem={board.error} />
      {done && (
        <p className="notice" role="status">
          {done}
        </p>
      )}
      {board.isPending && !board.error && <Loading />}
      {board.data && (
        <dl className="facts">
          <div>
            <dt>{t('day.courtDay')}</dt>
            <dd>{formatDate(board.data.courtDay)}</dd>
          </div>
          <div>
            <dt>{t('day.reportBy')}</dt>
            <dd>{formatDateTime(board.data.reportBy, timeZone)}</dd>
          </div>
          <div>
            <dt>{t('day.counts')}</dt>
            <dd>{t('day.countsText', { toTest: formatNumber(board.data.counts.toTest), collected: formatNumber(board.data.counts.collected) })}</dd>
          </div>
        </dl>
      )}
      {board.data && (
        <section aria-labelledby="site-to-test" className="site-group">
          <h2 id="site-to-test">
            {t('list.toTest')} <span className={`badge badge-${toTest.length ? 'warn' : 'ok'}`}>{formatNumber(toTest.length)}</span>
          </h2>
          {toTest.length ? <ul className="site-list">{toTest.map(personRow)}</ul> : <p className="hint">{t('list.noneToTest')}</p>}
          {others.length > 0 && (
            <details className="site-others">
              <summary>{t('list.others', { count: others.length })}</summary>
              <p className="hint">{t('list.othersHint')}</p>
              <ul className="site-list">{others.map(personRow)}</ul>
            </details>
          )}
        </section>
      )}
      <section aria-labelledby="site-came" className="site-group">
        <h2 id="site-came">
          {earlierDay ? t('came.titleOn', { date: formatDate(earlierDay) }) : t('came.title')}{' '}
          {day.data && <span className="badge badge-ok">{formatNumber(day.data.collections.length)}</span>}
        </h2>
        <TextField label={t('came.date')} hint={t('came.dateHint')} name="date" type="date" value={cameOn} onChange={setCameOn} problem={day.error} />
        <ProblemBanner problem={day.error} shownFields={['date']} />
        {day.isPending && !day.error && <Loading />}
        {day.data &&
          (day.data.collections.length ? (
            <ul className="site-list">
              {day.data.collections.map((c) => (
                <CollectionItem
                  key={c.id}
                  collection={c}
                  name={fullName(c)}
                  timeZone={timeZone}
                  open={open}
                  setOpen={(next) => {
                    setDone(null);
                    setOpen(next);
                  }}
                  finish={finish}
                />
              ))}
            </ul>
          ) : (
            <p className="hint">{earlierDay ? t('came.noneOn') : t('came.none')}</p>
          ))}
      </section>
    </section>
  );
}

function ResultLine({ result }: { result: TestResult }) {
  const { t } = useTranslation('site');
  const what = result.substance ? `${t(`coordinator:substance.${result.substance}`)}: ` : '';
  const tone = result.outcome === 'negative' || result.overturned ? 'ok' : 'bad';
  return (
    <>
      {t(`came.method.${result.method}`)} · {what}
      <span className={`badge badge-${tone}`}>{t(`common:testOutcome.${result.outcome}`)}</span>
      {result.overturned && <> · {t('came.overturned')}</>}
      {result.admitted && <> · {t('came.admitted')}</>}
      {result.contestedAt && <> · {t('came.contested', { reason: result.contestReason ?? '' })}</>}
      {result.releasedAt ? <> · {t('came.released')}</> : null}
    </>
  );
}

/**
 * What the participant may still say about a positive screen the laboratory
 * has not settled: dispute it (unless disputed or admitted already) or admit
 * the use (unless admitted). A confirmed or overturned one is settled.
 */
function reviewsOf(collection: DayCollection, result: TestResult): Array<'contest' | 'admission'> {
  if (result.admitted || !awaitingConfirmation(collection).some((r) => r.id === result.id)) return [];
  return result.contestedAt ? ['admission'] : ['contest', 'admission'];
}

function CollectionItem({
  collection,
  name,
  timeZone,
  open,
  setOpen,
  finish,
}: {
  collection: DayCollection;
  name: string;
  timeZone?: string;
  open: Open;
  setOpen: (open: Open) => void;
  finish: (message: string | null) => void;
}) {
  const { t } = useTranslation('site');
  const mine = open && open.kind !== 'collect' && open.collectionId === collection.id ? open : null;
  const unreleased = collection.results.some((r) => !r.releasedAt);
  return (
    <li className="site-person">
      <div className="site-person-line">
        <span className="site-name">
          {name} <span className="hint">{collection.participantNumber ?? '—'}</span>
        </span>
        <span className="site-facts">
          {t('came.facts', {
            time: formatTime(collection.collectedAt, timeZone),
            specimen: t(`coordinator:specimen.${collection.specimenType}`),
            site: collection.testingSiteName ?? '—',
          })}
          {collection.observed ? ` · ${t('came.observed')}` : ` · ${t('came.notObserved')}`} · {t(`coordinator:basis.${collection.basis}`)}
        </span>
        {collection.violationId && <span className="badge badge-bad">{t('came.violation')}</span>}
      </div>
      {collection.results.length ? (
        <ul className="site-results" aria-label={t('came.resultsOf', { name })}>
          {collection.results.map((r) => (
            <li key={r.id}>
              <ResultLine result={r} />
              {!mine &&
                reviewsOf(collection, r).map((kind) => (
                  <button
                    key={kind}
                    type="button"
                    className="site-tap"
                    aria-label={t(`came.${kind}Label`, { name, substance: t(`coordinator:substance.${r.substance ?? 'other'}`) })}
                    onClick={() => setOpen({ kind, collectionId: collection.id, result: r })}
                  >
                    {t(`came.${kind}`)}
                  </button>
                ))}
            </li>
          ))}
        </ul>
      ) : (
        <p className="hint">{t('came.noResults')}</p>
      )}
      {!mine && (
        <div className="actions">
          <button type="button" className="site-tap" aria-label={t('came.enterResultsLabel', { name })} onClick={() => setOpen({ kind: 'results', collectionId: collection.id })}>
            {t('came.enterResults')}
          </button>
          <button type="button" className="site-tap" aria-label={t('custody.openLabel', { name })} onClick={() => setOpen({ kind: 'custody', collectionId: collection.id })}>
            {t('custody.open')}
          </button>
          {unreleased && <ReleaseButton collection={collection} name={name} onDone={finish} />}
        </div>
      )}
      {mine?.kind === 'results' && <ResultsForm collection={collection} name={name} onDone={finish} />}
      {mine?.kind === 'custody' && <CustodyForm collectionId={collection.id} name={name} timeZone={timeZone} onDone={finish} />}
      {(mine?.kind === 'contest' || mine?.kind === 'admission') && (
        <ReviewForm kind={mine.kind} result={mine.result} participantId={collection.participantId} name={name} onDone={finish} />
      )}
    </li>
  );
}
