import { FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page, useApiQuery } from '../../api/hooks';
import { ExportButtons } from '../../components/export-buttons';
import { useSession } from '../../auth/session';
import { DataTable } from '../../components/data-table';
import { SelectField, TextField } from '../../components/fields';
import { Loading, ProblemBanner } from '../../components/problem';
import { formatDateTime, formatTime } from '../../i18n/format';
import { courtDayStart } from './court-time';
import { Facts, useCourt } from './shared';
import type { AuditEvent, AuditEventPage, AuditParticipant, ParticipantSummary, UserAccount } from './types';

interface Filters {
  userId: string;
  participantId: string;
  from: string;
  to: string;
  limit: string;
}

const EMPTY: Filters = { userId: '', participantId: '', from: '', to: '', limit: '50' };
const FIELDS = ['userId', 'participantId', 'from', 'to', 'limit'];

/**
 * The court's audit log, newest first, filtered by acting user, participant
 * and court-local days, a page at a time. Each action reads as a sentence
 * naming the participant; repeated looks at one record by one person come
 * folded into one line (the API folds them, so paging stays exact), and
 * open to show each time.
 */
export function AuditScreen() {
  const { t } = useTranslation('admin');
  const session = useSession();
  const court = useCourt();
  const timeZone = court.data?.timeZone;
  const users = useApiQuery<UserAccount[]>('/users', { courtId: session.court.courtId });
  const participants = useApiQuery<Page<ParticipantSummary>>('/participants', { courtId: session.court.courtId, pageSize: 200, sort: 'number' });
  const [draft, setDraft] = useState<Filters>(EMPTY);
  const [applied, setApplied] = useState<Filters>(EMPTY);
  // Keyset paging: the cursors of the pages before this one, so "Previous" can go back.
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const before = cursors[cursors.length - 1];

  const query = useMemo(
    () =>
      timeZone
        ? {
            userId: applied.userId || undefined,
            participantId: applied.participantId || undefined,
            from: applied.from ? (courtDayStart(applied.from, timeZone) ?? applied.from) : undefined,
            to: applied.to ? (courtDayStart(applied.to, timeZone, 1) ?? applied.to) : undefined,
            limit: applied.limit,
            before,
            groupViews: 'true',
          }
        : undefined,
    [applied, before, timeZone],
  );
  const events = useApiQuery<AuditEventPage>(query ? '/audit-events' : null, query);

  const apply = (e: FormEvent) => {
    e.preventDefault();
    setApplied(draft);
    setCursors([undefined]);
  };
  const clear = () => {
    setDraft(EMPTY);
    setApplied(EMPTY);
    setCursors([undefined]);
  };
  const set = (key: keyof Filters) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const problem = events.error;

  return (
    <section className="admin-screen">
      <h1>{t('audit.title')}</h1>
      <p>{t('audit.intro', { zone: timeZone ?? '' })}</p>
      {query && <ExportButtons path="/audit-events" query={{ ...query, limit: undefined, before: undefined, groupViews: undefined }} name="audit-log" />}
      <form className="toolbar audit-filters" onSubmit={apply} noValidate aria-label={t('audit.filters')} role="search">
        <SelectField
          label={t('audit.user')}
          name="userId"
          value={draft.userId}
          onChange={set('userId')}
          placeholder={t('audit.anyUser')}
          options={(users.data ?? []).map((u) => ({ value: u.id, label: u.username ? `${u.displayName} (${u.username})` : u.displayName }))}
          problem={problem}
        />
        <SelectField
          label={t('audit.participant')}
          name="participantId"
          value={draft.participantId}
          onChange={set('participantId')}
          placeholder={t('audit.anyParticipant')}
          options={(participants.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.participantNumber} — ${p.lastName}, ${p.firstName}` }))}
          problem={problem}
        />
        <TextField label={t('audit.from')} name="from" type="date" value={draft.from} onChange={set('from')} problem={problem} />
        <TextField label={t('audit.to')} name="to" type="date" value={draft.to} onChange={set('to')} problem={problem} hint={t('audit.toHint')} />
        <SelectField
          label={t('audit.limit')}
          name="limit"
          value={draft.limit}
          onChange={set('limit')}
          options={['25', '50', '100', '200'].map((n) => ({ value: n, label: n }))}
          problem={problem}
        />
        <div className="actions">
          <button type="submit" className="primary">
            {t('audit.apply')}
          </button>
          <button type="button" onClick={clear}>
            {t('audit.clear')}
          </button>
        </div>
      </form>
      <ProblemBanner problem={problem} shownFields={FIELDS} />
      {events.isPending && !problem ? (
        <Loading />
      ) : events.data ? (
        <>
          <DataTable
            caption={t('audit.caption', { page: cursors.length })}
            rows={events.data.items}
            rowKey={(e) => e.id}
            empty={t('audit.empty')}
            rowClassName={(e) => (e.basis === 'denied' ? 'row-overdue' : undefined)}
            columns={[
              { key: 'when', header: t('audit.when'), className: 'col-when', render: (e) => <time dateTime={e.occurredAt}>{formatDateTime(e.occurredAt, timeZone)}</time> },
              {
                key: 'who',
                header: t('audit.who'),
                className: 'col-who',
                render: (e) => (
                  <>
                    {e.actorDisplayName ?? t('audit.system')}
                    <br />
                    <span className="hint">{t(`common:roles.${e.actorRole}`, { defaultValue: e.actorRole })}</span>
                  </>
                ),
              },
              // A court administrator of one court sees only that court's rows.
              ...(session.courts.length > 1 ? [{ key: 'court', header: t('audit.court'), render: (e: AuditEvent) => e.courtCode ?? '—' }] : []),
              { key: 'action', header: t('audit.action'), className: 'col-action', render: (e) => <ActionLine event={e} timeZone={timeZone} /> },
              { key: 'participants', header: t('audit.participants'), className: 'col-ids', render: (e) => <ParticipantList event={e} /> },
              { key: 'basis', header: t('audit.basis'), render: (e) => <Basis basis={e.basis} /> },
              { key: 'details', header: t('audit.details'), className: 'col-details', render: (e) => <EventDetails event={e} /> },
            ]}
          />
          <nav className="actions" aria-label={t('audit.paging')}>
            <button type="button" disabled={cursors.length === 1} onClick={() => setCursors((c) => c.slice(0, -1))}>
              {t('common:previous')}
            </button>
            <span aria-live="polite">{t('audit.pageNumber', { page: cursors.length })}</span>
            <button type="button" disabled={!events.data.nextBefore} onClick={() => setCursors((c) => [...c, events.data!.nextBefore!])}>
              {t('common:next')}
            </button>
          </nav>
        </>
      ) : null}
    </section>
  );
}

function nameOf(p: AuditParticipant): string {
  return p.participantNumber ? `${p.firstName} ${p.lastName} (${p.participantNumber})` : `${p.firstName} ${p.lastName}`;
}

/** Whose record an action was about, as the sentence names them: by name where the reader may see it. */
function useWhom(event: AuditEvent): string {
  const { t } = useTranslation('admin');
  const ids = new Set(event.participantIds);
  if (ids.size === 1 && event.participants.length === 1) return nameOf(event.participants[0]);
  if (ids.size === 1) return t('audit.aParticipant');
  if (ids.size === 0) return t('audit.noParticipant');
  return t('audit.someParticipants', { count: ids.size });
}

/**
 * The action as a sentence in the reader's language ("Viewed the record of
 * Ana López (DTC-0001)"); a run of repeated looks as one line that opens to
 * each time. A code without wording (a newer server) shows as the code.
 */
function ActionLine({ event, timeZone }: { event: AuditEvent; timeZone?: string }) {
  const { t } = useTranslation(['audit', 'admin']);
  const whom = useWhom(event);
  const sentence = t(`audit:action.${event.action}`, { whom, defaultValue: event.action });
  if (event.repeats.length === 0) return <>{sentence}</>;
  const looks = [{ id: event.id, occurredAt: event.occurredAt }, ...event.repeats];
  const first = looks[looks.length - 1].occurredAt;
  return (
    <details className="audit-repeats">
      <summary>
        {t('admin:audit.repeated', { action: sentence, count: looks.length, from: formatTime(first, timeZone), to: formatTime(event.occurredAt, timeZone) })}
      </summary>
      <ul aria-label={t('admin:audit.repeatTimes')}>
        {looks.map((look) => (
          <li key={look.id}>
            <time dateTime={look.occurredAt}>{formatDateTime(look.occurredAt, timeZone)}</time>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** The participants an event was about: named where the reader may read their records, counted otherwise. */
function ParticipantList({ event }: { event: AuditEvent }) {
  const { t } = useTranslation('admin');
  const ids = [...new Set(event.participantIds)];
  if (ids.length === 0) return <>—</>;
  const names = new Map(event.participants.map((p) => [p.id, p]));
  return (
    <ul className="id-list">
      {ids.map((id) => {
        const named = names.get(id);
        return <li key={id}>{named ? nameOf(named) : t('audit.otherParticipant')}</li>;
      })}
    </ul>
  );
}

/** Why access was allowed, in words; a refusal stands out with a word, not only a colour. */
function Basis({ basis }: { basis: string }) {
  const { t } = useTranslation('admin');
  if (basis === 'denied') return <span className="badge badge-bad">{t('audit.basisDenied')}</span>;
  if (basis === 'self') return <>{t('audit.basisSelf')}</>;
  const [kind, value] = basis.split(':', 2);
  if (kind === 'role') return <>{t('audit.basisRole', { role: t(`common:roles.${value}`, { defaultValue: value }) })}</>;
  if (kind === 'consent') return <span className="badge badge-warn">{t('audit.basisConsent')}</span>;
  return <>{basis}</>;
}

function show(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The identifiers and non-clinical context of an event, folded away until asked for. */
function EventDetails({ event }: { event: AuditEvent }) {
  const { t } = useTranslation('admin');
  const rows: [string, string][] = [
    [t('audit.eventId'), event.id],
    [t('audit.recordType'), event.entityType],
    ...(event.entityIds.length ? ([[t('audit.entityIds'), event.entityIds.join(', ')]] as [string, string][]) : []),
    ...(event.consentId ? ([[t('audit.consentId'), event.consentId]] as [string, string][]) : []),
    ...(event.requestId ? ([[t('audit.requestId'), event.requestId]] as [string, string][]) : []),
    ...Object.entries(event.details ?? {}).map(([k, v]) => [k, show(v)] as [string, string]),
  ];
  return (
    <details className="audit-details">
      <summary>{t('audit.showDetails')}</summary>
      <Facts rows={rows} className={null} />
    </details>
  );
}
