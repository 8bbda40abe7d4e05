import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import type { components } from '../../api/schema';
import { DataTable } from '../../components/data-table';
import { QueryView } from '../../components/problem';
import { messageColumns } from './message-columns';

type DevOutbox = components['schemas']['DevOutboxDto'];

/**
 * Development only: every email and text the system produced, as the
 * recipient reads it, so whoever tries the demo sees its messages. The API
 * answers 404 when the outbox is off (always in production).
 */
export function DevOutboxScreen() {
  const { t } = useTranslation('notifications');
  const outbox = useApiQuery<DevOutbox>('/dev-outbox', undefined, { refreshEvery: 15_000 });
  return (
    <section>
      <h1>{t('devOutbox.title')}</h1>
      <p>{t('devOutbox.intro')}</p>
      <QueryView query={outbox}>
        {(data) => (
          <DataTable caption={t('devOutbox.caption')} rows={data.messages} rowKey={(m) => m.id} columns={messageColumns(t)} empty={t('devOutbox.empty')} />
        )}
      </QueryView>
    </section>
  );
}
