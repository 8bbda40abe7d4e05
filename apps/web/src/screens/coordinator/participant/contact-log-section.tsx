import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { useApiQuery } from '../../../api/hooks';
import { createParticipantContactDtoDirectionValues, createParticipantContactDtoKindValues } from '../../../api/schema';
import type { components } from '../../../api/schema';
import { DataTable } from '../../../components/data-table';
import { CheckboxField, SelectField, TextField } from '../../../components/fields';
import { QueryView } from '../../../components/problem';
import { courtDate, formatDateTime } from '../../../i18n/format';
import { courtInstant } from '../../admin/court-time';
import { ActionForm, useActionForm } from './actions/action-kit';
import { courtClock } from './actions/violation-actions';

type Contacts = components['schemas']['ParticipantContactsDto'];
type Contact = components['schemas']['ParticipantContactDto'];
type Kind = (typeof createParticipantContactDtoKindValues)[number];
type Direction = (typeof createParticipantContactDtoDirectionValues)[number];

/**
 * The contact log: calls, visits and messages with the participant, by whom
 * and when, and the last contact of any kind (a hearing attended or a
 * specimen collected counts too), which the caseload shows as well. The
 * form is there only for a reader who may write it.
 */
export function ContactLogSection({ participantId, courtId, timeZone, canWrite }: { participantId: string; courtId: string; timeZone: string; canWrite: boolean }) {
  const { t } = useTranslation('coordinator');
  const path = `/participants/${participantId}/contacts`;
  const contacts = useApiQuery<Contacts>(path);
  const action = useActionForm({
    initial: () => ({ kind: '' as Kind | '', direction: 'outgoing' as Direction, day: courtDate(timeZone), time: courtClock(timeZone), reached: true, note: '' }),
    send: (f) =>
      api.post<Contact>(path, {
        kind: f.kind,
        direction: f.direction,
        occurredAt: courtInstant(f.day, f.time, timeZone) ?? `${f.day}T${f.time}`,
        reached: f.reached,
        ...(f.note.trim() ? { note: f.note } : {}),
      }),
    // The caseload's and the summary strip's "last contact" change with it.
    invalidates: [path, '/participants', `/courts/${courtId}/`],
    done: (c) => t('contacts.done', { kind: t(`contacts.kind.${c.kind}`), at: formatDateTime(c.occurredAt, timeZone) }),
  });
  const { form, set } = action;
  return (
    <section aria-labelledby="contacts-heading" className="card contact-log">
      <h2 id="contacts-heading">{t('contacts.heading')}</h2>
      <QueryView query={contacts}>
        {(log) => (
          <>
            <p className="last-contact">
              {log.lastContact
                ? t('contacts.last', { at: formatDateTime(log.lastContact.at, timeZone), source: t(`contacts.source.${log.lastContact.source}`) })
                : t('contacts.never')}
            </p>
            <DataTable<Contact>
              caption={t('contacts.caption')}
              rows={log.items}
              rowKey={(c) => c.id}
              empty={t('contacts.none')}
              columns={[
                { key: 'at', header: t('contacts.when'), render: (c) => <time dateTime={c.occurredAt}>{formatDateTime(c.occurredAt, timeZone)}</time> },
                {
                  key: 'kind',
                  header: t('contacts.kindHeader'),
                  render: (c) => `${t(`contacts.kind.${c.kind}`)} · ${t(`contacts.direction.${c.direction}`)}${c.reached ? '' : ` · ${t('contacts.notReached')}`}`,
                },
                { key: 'by', header: t('contacts.by'), render: (c) => c.staffName ?? '—' },
                { key: 'note', header: t('contacts.note'), render: (c) => c.note ?? '' },
              ]}
            />
          </>
        )}
      </QueryView>
      {canWrite && (
        <ActionForm label={t('contacts.add')} submitLabel={t('contacts.submit')} fields={['kind', 'direction', 'occurredAt', 'reached', 'note']} action={action}>
          <SelectField
            label={t('contacts.kindHeader')}
            name="kind"
            value={form.kind}
            onChange={(v) => set('kind', v as Kind)}
            placeholder={t('contacts.choose')}
            options={createParticipantContactDtoKindValues.map((v) => ({ value: v, label: t(`contacts.kind.${v}`) }))}
            problem={action.error}
            required
          />
          <SelectField
            label={t('contacts.directionHeader')}
            name="direction"
            value={form.direction}
            onChange={(v) => set('direction', v as Direction)}
            options={createParticipantContactDtoDirectionValues.map((v) => ({ value: v, label: t(`contacts.direction.${v}`) }))}
            problem={action.error}
            required
          />
          <TextField label={t('contacts.day')} name="occurredAt" type="date" value={form.day} onChange={(v) => set('day', v)} problem={action.error} required />
          <TextField label={t('contacts.time')} name="occurredAtTime" type="time" value={form.time} onChange={(v) => set('time', v)} required />
          <CheckboxField label={t('contacts.reached')} hint={t('contacts.reachedHint')} name="reached" checked={form.reached} onChange={(v) => set('reached', v)} problem={action.error} />
          <TextField label={t('contacts.note')} hint={t('contacts.noteHint')} name="note" value={form.note} onChange={(v) => set('note', v)} problem={action.error} />
        </ActionForm>
      )}
    </section>
  );
}
