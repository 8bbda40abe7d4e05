import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import type { components } from '../../api/schema';
import { Column, DataTable } from '../../components/data-table';
import { formatDateTime } from '../../i18n/format';
import { QueryView } from '../../components/problem';
import { messageColumns } from './message-columns';

type DevOutbox = components['schemas']['DevOutboxDto'];
type CallScript = components['schemas']['CallScriptDto'];

/**
 * Development only: every email and text the system produced, as the
 * recipient reads it, so whoever tries the demo sees its messages. The API
 * answers 404 when the outbox is off (always in production).
 */
export function DevOutboxScreen() {
  const { t } = useTranslation('notifications');
  const outbox = useApiQuery<DevOutbox>('/dev-outbox', undefined, { refreshEvery: 15_000 });
  const callColumns: Column<CallScript>[] = [
    { key: 'startedAt', header: t('messages.when'), render: (c) => formatDateTime(c.startedAt), sortValue: (c) => c.startedAt },
    { key: 'channel', header: t('messages.channel'), render: (c) => t(c.channel === 'voice' ? 'devOutbox.voice' : 'messages.channels.sms') },
    { key: 'from', header: t('devOutbox.from'), render: (c) => c.participantNumber ?? c.fromNumber },
    {
      key: 'said',
      header: t('devOutbox.said'),
      render: (c) => <span className="message-body">{c.steps.flatMap((step) => step.said).join('\n')}</span>,
    },
  ];
  return (
    <section>
      <h1>{t('devOutbox.title')}</h1>
      <p>{t('devOutbox.intro')}</p>
      <QueryView query={outbox}>
        {(data) => (
          <>
            <DataTable caption={t('devOutbox.caption')} rows={data.messages} rowKey={(m) => m.id} columns={messageColumns(t)} empty={t('devOutbox.empty')} />
            <DataTable caption={t('devOutbox.callsCaption')} rows={data.calls} rowKey={(c) => c.id} columns={callColumns} empty={t('devOutbox.callsEmpty')} />
          </>
        )}
      </QueryView>
    </section>
  );
}
