import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../components/problem';
import { formatNumber, formatShortDay } from '../../../i18n/format';
import type { ParticipantRecords } from './records';
import { RecordRefusals } from './record-refusals';
import { TIMELINE_KINDS, TimelineEvent, TimelineKind, useTimelineEvents } from './timeline-events';
import { collapseNegativeWeeks, TimelineRow } from './timeline-weeks';

const PAGE = 50;

/** The participant's timeline: every record newest first, filterable by kind. */
export function Timeline({ records, timeZone }: { records: ParticipantRecords; timeZone?: string }) {
  const { t } = useTranslation('coordinator');
  const events = useTimelineEvents(records, timeZone);
  const [shown, setShown] = useState<TimelineKind[]>([...TIMELINE_KINDS]);
  const [limit, setLimit] = useState(PAGE);
  const loading = Object.values(records).some((q) => q.isPending);
  const visible = events.filter((e) => shown.includes(e.kind));
  const rows = collapseNegativeWeeks(visible);
  const countOf = (kind: TimelineKind) => events.filter((e) => e.kind === kind).length;
  const toggle = (kind: TimelineKind, on: boolean) => setShown((current) => (on ? TIMELINE_KINDS.filter((k) => k === kind || current.includes(k)) : current.filter((k) => k !== kind)));
  const notice = records.attendance.data?.redisclosureNotice;
  const attendanceShown = shown.includes('treatment') && countOf('treatment') > 0;

  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{t('timeline.title')}</h2>
      <RecordRefusals records={records} sources={['tests', 'violations', 'responses', 'hearings', 'phases', 'statuses', 'attendance']} />
      <fieldset className="timeline-filter">
        <legend>{t('timeline.filter')}</legend>
        {TIMELINE_KINDS.map((kind) => (
          <KindCheckbox key={kind} label={t('timeline.kindCount', { kind: t(`timeline.kind.${kind}`), count: countOf(kind) })} checked={shown.includes(kind)} onChange={(on) => toggle(kind, on)} />
        ))}
        <button type="button" className="link" onClick={() => setShown([...TIMELINE_KINDS])}>
          {t('timeline.showAll')}
        </button>
      </fieldset>
      {loading && <Loading />}
      <p role="status" aria-live="polite">
        {t('timeline.count', { count: visible.length, formatted: formatNumber(visible.length) })}
      </p>
      {visible.length === 0 ? (
        <p className="hint">{t('timeline.empty')}</p>
      ) : (
        <ol className="timeline">
          {rows.slice(0, limit).map((row) =>
            row.type === 'event' ? <TimelineItem key={row.event.key} event={row.event} /> : <NegativeWeekItem key={`week-${row.weekStart}`} row={row} />,
          )}
        </ol>
      )}
      {rows.length > limit && (
        <button type="button" onClick={() => setLimit(limit + PAGE)}>
          {t('timeline.showMore', { count: Math.min(PAGE, rows.length - limit) })}
        </button>
      )}
      {attendanceShown && notice && (
        <p className="hint redisclosure">
          <strong>{t('timeline.redisclosure')}</strong> {notice}
        </p>
      )}
    </section>
  );
}

function KindCheckbox({ label, checked, onChange }: { label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  const id = useId();
  return (
    <span className="kind-choice">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </span>
  );
}

/** A week's negative tests as one line ("3 negative tests, 2 Nov – 8 Nov"), opened to each test. */
function NegativeWeekItem({ row }: { row: Extract<TimelineRow<TimelineEvent>, { type: 'negativeWeek' }> }) {
  const { t } = useTranslation('coordinator');
  const count = row.events.length;
  return (
    <li className="timeline-item timeline-test timeline-negative-week">
      <details>
        <summary>
          <span className="timeline-kind">{t('timeline.kindOne.test')}</span> ·{' '}
          <strong>{t('timeline.negativeWeek', { count, formatted: formatNumber(count), from: formatShortDay(row.weekStart), to: formatShortDay(row.weekEnd) })}</strong>{' '}
          <span className="badge badge-ok">{t('timeline.standing.negative')}</span>
        </summary>
        <ol className="timeline">
          {row.events.map((event) => (
            <TimelineItem key={event.key} event={event} />
          ))}
        </ol>
      </details>
    </li>
  );
}

function TimelineItem({ event }: { event: TimelineEvent }) {
  const { t } = useTranslation('coordinator');
  return (
    <li className={`timeline-item timeline-${event.kind}`}>
      <p className="timeline-when">
        <span className="timeline-kind">{t(`timeline.kindOne.${event.kind}`)}</span> · <time>{event.when}</time>
      </p>
      <p className="timeline-title">
        <strong>{event.title}</strong>
        {event.badge && (
          <>
            {' '}
            <span className={`badge badge-${event.badge.tone}`}>{event.badge.text}</span>
          </>
        )}
      </p>
      {event.details.length > 0 && (
        <ul className="timeline-details">
          {event.details.map((d, i) => (
            <li key={i}>{d}</li>
          ))}
        </ul>
      )}
    </li>
  );
}
