import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiQuery } from '../../api/hooks';
import { DataTable } from '../../components/data-table';
import { QueryView } from '../../components/problem';
import { formatDateTime } from '../../i18n/format';
import type { HotlineCall } from './types';

/** The calls to the hotline and texts to the court's number, newest first: when, how, from which (masked) number, and what came of it. */
export function HotlineCallsTable({ path, caption, timeZone, showParticipant, refreshEvery }: { path: string; caption: string; timeZone?: string; showParticipant: boolean; refreshEvery?: number }) {
  const { t } = useTranslation('hotline');
  const calls = useApiQuery<HotlineCall[]>(path, undefined, { refreshEvery });
  return (
    <QueryView query={calls}>
      {(rows) => (
        <DataTable
          caption={caption}
          rows={rows}
          rowKey={(c) => c.id}
          empty={t('calls.empty')}
          initialSort={{ key: 'when', direction: 'desc' }}
          columns={[
            { key: 'when', header: t('calls.when'), sortValue: (c) => c.startedAt, render: (c) => <time dateTime={c.startedAt}>{formatDateTime(c.startedAt, timeZone)}</time> },
            ...(showParticipant
              ? [
                  {
                    key: 'participant',
                    header: t('calls.participant'),
                    sortValue: (c: HotlineCall) => c.participantNumber ?? '',
                    render: (c: HotlineCall) =>
                      c.participantId ? <Link to={`/participants/${c.participantId}`}>{`${c.participantNumber ?? ''} ${c.participantName ?? ''}`.trim()}</Link> : t('calls.unidentified'),
                  },
                ]
              : []),
            { key: 'channel', header: t('calls.channel'), render: (c) => t(`calls.channels.${c.channel}`) },
            {
              key: 'from',
              header: t('calls.from'),
              render: (c) => (
                <>
                  {c.fromNumber}
                  {c.registeredNumber && <> ({t('calls.registered')})</>}
                </>
              ),
            },
            { key: 'outcome', header: t('calls.outcome'), sortValue: (c) => c.outcome, render: (c) => t(`calls.outcomes.${c.outcome}`) },
            { key: 'duration', header: t('calls.duration'), render: (c) => (c.durationSeconds === null ? '—' : t('calls.seconds', { count: c.durationSeconds })) },
            { key: 'receipt', header: t('calls.receipt'), render: (c) => c.receiptCode ?? '—' },
          ]}
        />
      )}
    </QueryView>
  );
}

/** The participant page's section: their calls and texts. */
export function HotlineCallsSection({ participantId, timeZone }: { participantId: string; timeZone?: string }) {
  const { t } = useTranslation('hotline');
  return (
    <section aria-labelledby="hotline-calls-heading" className="card">
      <h2 id="hotline-calls-heading">{t('calls.title')}</h2>
      <HotlineCallsTable path={`/participants/${participantId}/hotline-calls`} caption={t('calls.caption')} timeZone={timeZone} showParticipant={false} />
    </section>
  );
}
