import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { useSession } from '../../auth/session';
import { DataTable } from '../../components/data-table';
import { SelectField } from '../../components/fields';
import { QueryView } from '../../components/problem';
import { Message, messageColumns } from './message-columns';

const FILTERS = ['undeliverable', 'all'] as const;

/** The court's messages, the undeliverable ones first: someone must reach that person another way. */
export function MessagesScreen() {
  const { t } = useTranslation('notifications');
  const session = useSession();
  const [filter, setFilter] = useState<(typeof FILTERS)[number]>('undeliverable');
  const messages = useApiQuery<Message[]>(`/courts/${session.court.courtId}/messages`, { status: filter === 'all' ? undefined : filter }, { refreshEvery: 60_000 });
  return (
    <section>
      <h1>{t('messages.title')}</h1>
      <p>{t('messages.intro')}</p>
      <div className="toolbar">
        <SelectField
          label={t('messages.show')}
          name="status"
          value={filter}
          onChange={(value) => setFilter(value as (typeof FILTERS)[number])}
          options={FILTERS.map((f) => ({ value: f, label: t(`messages.filters.${f}`) }))}
          problem={messages.error}
        />
      </div>
      <QueryView query={messages}>
        {(rows) => (
          <DataTable
            caption={t(`messages.caption.${filter}`, { court: session.court.code })}
            rows={rows}
            rowKey={(m) => m.id}
            columns={messageColumns(t)}
            empty={t(`messages.empty.${filter}`)}
          />
        )}
      </QueryView>
    </section>
  );
}
