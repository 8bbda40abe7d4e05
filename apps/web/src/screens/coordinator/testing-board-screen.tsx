import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { ExportButtons } from '../../components/export-buttons';
import { useCan } from '../../auth/permissions';
import { useSession } from '../../auth/session';
import { Column, DataTable } from '../../components/data-table';
import { TextField } from '../../components/fields';
import { Loading, ProblemBanner } from '../../components/problem';
import { formatDate, formatDateTime, formatNumber, formatTime } from '../../i18n/format';
import { OutageAction } from '../site/outage-form';
import { ParticipantLink, UpdatedAt, useCourt, useFullName } from './shared';
import { BOARD_STATES, BoardAccountAlert, BoardParticipant, BoardState, TestingBoard } from './types';
import { HotlineCallsTable } from '../hotline/hotline-calls';

const REFRESH_MS = 30_000;

/** The tone of each group: missing is a violation, awaiting collection needs action. */
const STATE_TONE: Record<BoardState, 'ok' | 'warn' | 'bad'> = {
  awaiting_collection: 'warn',
  missing: 'bad',
  not_called_in: 'warn',
  called_in: 'ok',
  collected: 'ok',
  excused: 'ok',
};

/**
 * Today's testing board: the API's groups (to test and awaiting collection,
 * missing, not yet called in, called in, collected, excused) with its counts,
 * refreshing by itself every 30 seconds.
 */
export function TestingBoardScreen() {
  const { t } = useTranslation('coordinator');
  const session = useSession();
  const can = useCan();
  const courtId = session.court.courtId;
  const court = useCourt();
  const timeZone = court.data?.timeZone;
  const [date, setDate] = useState('');
  const board = useApiQuery<TestingBoard>(`/courts/${courtId}/testing-board`, { date }, { refreshEvery: REFRESH_MS });
  // A testing site records specimens; it does not read participants' records, so names are not links there.
  const linkNames = session.role !== 'testing_site';

  return (
    <section>
      <h1>{t('testingBoard.title')}</h1>
      <ExportButtons path={`/courts/${courtId}/testing-board`} query={{ date }} name="testing-board" />
      <div className="toolbar">
        <TextField
          label={t('testingBoard.date')}
          hint={t('testingBoard.dateHint')}
          name="date"
          type="date"
          value={date}
          onChange={setDate}
          problem={board.error}
        />
        <button type="button" onClick={() => void board.refetch()}>
          {t('common:refresh')}
        </button>
      </div>
      <UpdatedAt at={board.dataUpdatedAt} timeZone={timeZone} />
      <ProblemBanner problem={board.error} shownFields={['date']} />
      {board.isPending && !board.error && <Loading />}
      {board.data && <BoardBody board={board.data} timeZone={timeZone} linkNames={linkNames} />}
      {can('outage.record') && <OutageAction courtId={courtId} timeZone={timeZone} />}
      {linkNames && (
        <section aria-labelledby="hotline-board-heading" className="board-group">
          <h2 id="hotline-board-heading">{t('hotline:calls.boardTitle')}</h2>
          <HotlineCallsTable path={`/courts/${courtId}/hotline-calls`} caption={t('hotline:calls.boardCaption')} timeZone={timeZone} showParticipant refreshEvery={REFRESH_MS} />
        </section>
      )}
    </section>
  );
}

function BoardBody({ board, timeZone, linkNames }: { board: TestingBoard; timeZone?: string; linkNames: boolean }) {
  const { t } = useTranslation('coordinator');
  const counts: { key: string; value: number }[] = [
    { key: 'inDraw', value: board.counts.inDraw },
    { key: 'toTest', value: board.counts.toTest },
    { key: 'calledIn', value: board.counts.calledIn },
    { key: 'notCalledIn', value: board.counts.notCalledIn },
    { key: 'collected', value: board.counts.collected },
    { key: 'missing', value: board.counts.missing },
    { key: 'notCharged', value: board.counts.notCharged },
  ];
  return (
    <>
      <dl className="facts">
        <div>
          <dt>{t('testingBoard.courtDay')}</dt>
          <dd>{formatDate(board.courtDay)}</dd>
        </div>
        <div>
          <dt>{t('testingBoard.draw')}</dt>
          <dd>
            <span className={`badge badge-${board.drawStatus === 'missing' ? 'bad' : board.drawStatus === 'made' ? 'ok' : 'warn'}`}>
              {t(`testingBoard.drawStatus.${board.drawStatus}`)}
            </span>{' '}
            {formatDateTime(board.drawAt, timeZone)}
          </dd>
        </div>
        <div>
          <dt>{t('testingBoard.window')}</dt>
          <dd>
            {t('testingBoard.windowTimes', { opens: formatDateTime(board.window.opensAt, timeZone), closes: formatDateTime(board.window.closesAt, timeZone) })}{' '}
            <span className={`badge badge-${board.window.open ? 'ok' : 'warn'}`}>{board.window.open ? t('testingBoard.windowOpen') : t('testingBoard.windowClosed')}</span>
          </dd>
        </div>
        <div>
          <dt>{t('testingBoard.reportBy')}</dt>
          <dd>{formatDateTime(board.reportBy, timeZone)}</dd>
        </div>
      </dl>
      {board.drawStatus === 'missing' && (
        <p className="problem" role="alert">
          {t('testingBoard.drawMissing')}
        </p>
      )}
      {board.counts.toldToCallAgain > 0 && <p className="notice">{t('testingBoard.toldToCallAgain', { count: board.counts.toldToCallAgain })}</p>}
      <ul className="grid figures" aria-label={t('testingBoard.countsLabel')}>
        {counts.map((c) => (
          <li key={c.key} className="card">
            <span className="figure">{formatNumber(c.value)}</span> <span>{t(`testingBoard.count.${c.key}`)}</span>
          </li>
        ))}
      </ul>
      {board.bySite.length > 0 && (
        <p>
          {t('testingBoard.bySite')}{' '}
          {board.bySite.map((s) => t('testingBoard.siteCount', { site: s.testingSite, count: s.collected })).join(' · ')}
        </p>
      )}
      {BOARD_STATES.map((state) => (
        <BoardGroup
          key={state}
          state={state}
          rows={board.participants.filter((p) => p.state === state)}
          timeZone={timeZone}
          linkNames={linkNames}
        />
      ))}
      <AccountAlerts alerts={board.accountAlerts} timeZone={timeZone} linkNames={linkNames} />
    </>
  );
}

/** Why the system refused a participant's call-in, or left their missed call-in uncharged, in words. */
function RefusalNote({ participant }: { participant: BoardParticipant }) {
  const { t } = useTranslation('coordinator');
  const words = (reasons: NonNullable<BoardParticipant['notCharged']>) => reasons.map((reason) => t(`testingBoard.refusalReason.${reason}`)).join(', ');
  if (participant.notCharged) {
    return <span className="badge badge-warn">{t('testingBoard.notCharged', { reasons: words(participant.notCharged) })}</span>;
  }
  if (participant.refusedCallIns.length > 0) return <>{t('testingBoard.refused', { reasons: words(participant.refusedCallIns) })}</>;
  return <>—</>;
}

/** Participants whose PIN someone was guessing: their accounts stay usable, staff check with them. */
function AccountAlerts({ alerts, timeZone, linkNames }: { alerts: BoardAccountAlert[]; timeZone?: string; linkNames: boolean }) {
  const { t } = useTranslation('coordinator');
  const fullName = useFullName();
  const columns: Column<BoardAccountAlert>[] = [
    {
      key: 'name',
      header: t('testingBoard.column.name'),
      render: (a) => (linkNames ? <ParticipantLink participant={a} /> : fullName(a)),
      sortValue: (a) => `${a.lastName} ${a.firstName}`,
    },
    { key: 'number', header: t('testingBoard.column.number'), render: (a) => a.participantNumber ?? '—', sortValue: (a) => a.participantNumber },
    { key: 'failures', header: t('testingBoard.alerts.failures'), render: (a) => formatNumber(a.failures), sortValue: (a) => a.failures },
    { key: 'blockedSources', header: t('testingBoard.alerts.blockedSources'), render: (a) => formatNumber(a.blockedSources), sortValue: (a) => a.blockedSources },
    { key: 'lastAt', header: t('testingBoard.alerts.lastAt'), render: (a) => formatDateTime(a.lastAt, timeZone), sortValue: (a) => a.lastAt },
  ];
  return (
    <section className="board-group" aria-labelledby="group-account-alerts">
      <h2 id="group-account-alerts">
        {t('testingBoard.alerts.title')} <span className={`badge badge-${alerts.length === 0 ? 'ok' : 'warn'}`}>{formatNumber(alerts.length)}</span>
      </h2>
      {alerts.length > 0 ? (
        <>
          <p className="hint">{t('testingBoard.alerts.intro')}</p>
          <DataTable caption={t('testingBoard.alerts.caption')} columns={columns} rows={alerts} rowKey={(a) => a.participantId} />
        </>
      ) : (
        <p className="hint">{t('testingBoard.alerts.none')}</p>
      )}
    </section>
  );
}

function BoardGroup({ state, rows, timeZone, linkNames }: { state: BoardState; rows: BoardParticipant[]; timeZone?: string; linkNames: boolean }) {
  const { t } = useTranslation('coordinator');
  const fullName = useFullName();
  const columns: Column<BoardParticipant>[] = [
    {
      key: 'name',
      header: t('testingBoard.column.name'),
      render: (p) => (linkNames ? <ParticipantLink participant={p} /> : fullName(p)),
      sortValue: (p) => `${p.lastName} ${p.firstName}`,
    },
    { key: 'number', header: t('testingBoard.column.number'), render: (p) => p.participantNumber ?? '—', sortValue: (p) => p.participantNumber },
    {
      key: 'selection',
      header: t('testingBoard.column.selection'),
      render: (p) => (
        <>
          {p.toTest ? t('testingBoard.selected') : p.inDraw ? t('testingBoard.notSelected') : t('testingBoard.notInDraw')}
          {p.override && (
            <span className="hint">
              {' '}
              {t(`testingBoard.override.${p.override.action}`, { reason: p.override.reason })}
            </span>
          )}
        </>
      ),
    },
    {
      key: 'calledIn',
      header: t('testingBoard.column.calledInAt'),
      render: (p) =>
        p.calledInAt
          ? `${formatTime(p.calledInAt, timeZone)} · ${p.toldToTest === null ? t('testingBoard.toldCallAgain') : p.toldToTest ? t('testingBoard.toldTest') : t('testingBoard.toldNoTest')}`
          : '—',
      sortValue: (p) => p.calledInAt,
    },
    { key: 'collectedAt', header: t('testingBoard.column.collectedAt'), render: (p) => formatTime(p.collectedAt, timeZone), sortValue: (p) => p.collectedAt },
    { key: 'site', header: t('testingBoard.column.site'), render: (p) => p.testingSite ?? '—' },
    { key: 'refusals', header: t('testingBoard.column.refusals'), render: (p) => <RefusalNote participant={p} /> },
  ];
  return (
    <section className="board-group" aria-labelledby={`group-${state}`}>
      <h2 id={`group-${state}`}>
        {t(`testingBoard.state.${state}`)} <span className={`badge badge-${rows.length === 0 ? 'ok' : STATE_TONE[state]}`}>{formatNumber(rows.length)}</span>
      </h2>
      {rows.length > 0 ? (
        <DataTable
          caption={t('testingBoard.groupCaption', { group: t(`testingBoard.state.${state}`) })}
          columns={columns}
          rows={rows}
          rowKey={(p) => p.participantId}
          rowClassName={(p) => (p.state === 'missing' ? 'row-overdue' : undefined)}
        />
      ) : (
        <p className="hint">{t('testingBoard.emptyGroup')}</p>
      )}
    </section>
  );
}
