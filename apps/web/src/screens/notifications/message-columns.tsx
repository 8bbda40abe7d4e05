import type { TFunction } from 'i18next';
import type { components } from '../../api/schema';
import type { Column } from '../../components/data-table';
import { formatDateTime } from '../../i18n/format';

export type Message = components['schemas']['MessageDto'];

/** The columns both message lists share: when, to whom, by what, what it said, and what became of it. */
export function messageColumns(t: TFunction<'notifications'>): Column<Message>[] {
  return [
    { key: 'createdAt', header: t('messages.when'), render: (m) => formatDateTime(m.createdAt), sortValue: (m) => m.createdAt },
    { key: 'channel', header: t('messages.channel'), render: (m) => t(`messages.channels.${m.channel}`), sortValue: (m) => m.channel },
    {
      key: 'to',
      header: t('messages.to'),
      render: (m) => (
        <>
          {m.participantNumber ?? m.userDisplayName ?? ''}
          <br />
          <span className="message-note">{m.address}</span>
        </>
      ),
      sortValue: (m) => m.participantNumber ?? m.userDisplayName ?? m.address,
    },
    {
      key: 'message',
      header: t('messages.message'),
      render: (m) => (
        <>
          {m.subject && <strong>{m.subject}</strong>}
          <span className="message-body">{m.body}</span>
        </>
      ),
    },
    {
      key: 'status',
      header: t('messages.status'),
      render: (m) => (
        <>
          {t(`messages.statuses.${m.status}`)}
          {m.statusReason && (
            <>
              <br />
              <span className="message-note">{m.statusReason}</span>
            </>
          )}
        </>
      ),
      sortValue: (m) => m.status,
    },
  ];
}
