import { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Countdown } from '../../../components/countdown';
import { formatDate, formatDateTime, formatNumber } from '../../../i18n/format';
import { HearingProposalText } from '../deadlines-screen';
import { useCaseworkEvents } from './casework-events';
import { collectionStanding } from './compliance';
import type { ParticipantRecords } from './records';

export const TIMELINE_KINDS = ['test', 'violation', 'response', 'hearing', 'phase', 'status', 'treatment', 'casework'] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export interface TimelineEvent {
  key: string;
  kind: TimelineKind;
  /** Court-local `YYYY-MM-DD HH:mm:ss`, so days and instants sort together. */
  sortKey: string;
  when: string;
  title: string;
  badge?: { tone: 'ok' | 'warn' | 'bad'; text: string };
  details: ReactNode[];
  /** A collection whose every result is negative: shown in its week's one line. */
  negativeTest?: boolean;
}

const HOUR_MS = 3_600_000;

/** The mark of a record that came from the court's earlier records: history, never acted on here. */
function ImportedMark() {
  const { t } = useTranslation('coordinator');
  return <span className="badge">{t('timeline.imported')}</span>;
}

/** Court-local sortable time of an instant. */
function localKey(iso: string, timeZone: string | undefined): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).format(
    new Date(iso),
  );
}

/** A day's events sort after the instants of that day (the day is over when it is recorded). */
const dayKey = (day: string) => `${day.slice(0, 10)} 23:59:59`;

/**
 * Every record of the participant as one list of events, newest first:
 * tests and results, violations, court responses, hearings, phase and status
 * changes, and treatment attendance where a consent lets it be seen.
 */
export function useTimelineEvents(records: ParticipantRecords, timeZone: string | undefined): TimelineEvent[] {
  const { t } = useTranslation('coordinator');
  const events: TimelineEvent[] = [...useCaseworkEvents(records)];
  // `group` ends with a dot ('outcome.'), so the catalogue test sees which keys this builds.
  const word = (group: string, value: string) => t(`${group}${value}`, { defaultValue: value.replace(/_/g, ' ') });

  for (const c of records.tests.data?.collections ?? []) {
    const standing = collectionStanding(c);
    const results = c.results.map((r) => {
      const text = r.substance ? t('timeline.resultWithSubstance', { outcome: word('outcome.', r.outcome), substance: word('substance.', r.substance) }) : word('outcome.', r.outcome);
      const notes = [r.method === 'confirmation' ? t('timeline.confirmation') : null, r.overturned ? t('timeline.overturned') : null, r.admitted ? t('timeline.admitted') : null, r.contestedAt ? t('timeline.contested') : null].filter(Boolean);
      return notes.length ? `${text} (${notes.join(', ')})` : text;
    });
    events.push({
      key: `test-${c.id}`,
      kind: 'test',
      sortKey: localKey(c.collectedAt, timeZone),
      when: formatDateTime(c.collectedAt, timeZone),
      // An imported test's basis is not the earlier system's: it is named as imported instead.
      title: c.importedAt ? t('timeline.importedCollection') : t('timeline.collection', { basis: word('basis.', c.basis) }),
      badge: { tone: standing === 'negative' || standing === 'prescribed' ? 'ok' : standing === 'positive' ? 'bad' : 'warn', text: t(`timeline.standing.${standing}`) },
      negativeTest: standing === 'negative',
      details: [
        results.length ? t('timeline.results', { results: results.join('; ') }) : t('timeline.noResultYet'),
        t('timeline.specimen', { specimen: word('specimen.', c.specimenType), site: c.testingSiteName ?? '—' }) + (c.observed ? ` · ${t('timeline.observed')}` : ''),
        c.importedAt ? <ImportedMark key="imported" /> : null,
      ].filter(Boolean),
    });
  }
  for (const m of records.tests.data?.missedTests ?? []) {
    events.push({
      key: `missed-${m.id}`,
      kind: 'test',
      sortKey: dayKey(m.testedOn),
      when: formatDate(m.testedOn),
      title: t('timeline.missedTest'),
      badge: { tone: 'bad', text: word('outcome.', 'missed') },
      details: [],
    });
  }
  for (const v of records.violations.data ?? []) {
    // An imported violation's clock never ran here: no deadline is shown, only that it came from the earlier records.
    const details: ReactNode[] = v.importedAt ? [<ImportedMark key="imported" />] : [t('timeline.deadline', { at: formatDateTime(v.deadlineAt, timeZone) })];
    if (v.status === 'open') {
      details.push(<Countdown key="clock" hoursLeft={v.timeLeftMs / HOUR_MS} overdue={v.overdue} />);
      details.push(<HearingProposalText key="proposal" proposal={v.hearingProposal} />);
    }
    if (v.status === 'answered') details.push(t('deadlines.answeredAt', { at: formatDateTime(v.answeredAt, timeZone) }));
    if (v.status === 'dismissed') details.push(t('deadlines.dismissed', { reason: v.dismissedReason ?? '—' }));
    if (v.description) details.push(v.description);
    events.push({
      key: `violation-${v.id}`,
      kind: 'violation',
      sortKey: localKey(v.detectedAt, timeZone),
      when: formatDateTime(v.detectedAt, timeZone),
      title: t('timeline.violation', { kind: word('violationKind.', v.kind) }),
      badge: { tone: v.status === 'open' ? (v.overdue ? 'bad' : 'warn') : 'ok', text: v.status === 'open' && v.overdue ? t('timeline.overdue') : word('violationStatus.', v.status) },
      details,
    });
  }
  for (const r of records.responses.data?.items ?? []) {
    const details: ReactNode[] = [];
    if (r.amount !== null && r.effect !== 'none') details.push(t('timeline.effect', { effect: word('effect.', r.effect), amount: formatNumber(r.amount, 2) }));
    if (r.note) details.push(r.note);
    if (r.importedAt) details.push(<ImportedMark key="imported" />);
    events.push({
      key: `response-${r.id}`,
      kind: 'response',
      sortKey: dayKey(r.orderedOn),
      when: formatDate(r.orderedOn),
      title: r.name,
      badge: { tone: r.kind === 'incentive' ? 'ok' : r.kind === 'sanction' ? 'bad' : 'warn', text: word('responseKind.', r.kind) },
      details,
    });
  }
  for (const h of records.hearings.data ?? []) {
    events.push({
      key: `hearing-${h.id}`,
      kind: 'hearing',
      sortKey: localKey(h.scheduledAt, timeZone),
      when: formatDateTime(h.scheduledAt, timeZone),
      title: t('timeline.hearing', { kind: word('hearingKind.', h.kind) }),
      badge: { tone: h.status === 'cancelled' ? 'warn' : 'ok', text: word('hearingStatus.', h.status) },
      details: [h.courtroom, h.cancellationReason ? t('timeline.cancelled', { reason: h.cancellationReason }) : null, h.importedAt ? <ImportedMark key="imported" /> : null].filter(Boolean),
    });
  }
  for (const p of records.phases.data ?? []) {
    events.push({
      key: `phase-${p.id}`,
      kind: 'phase',
      sortKey: dayKey(p.startedOn),
      when: formatDate(p.startedOn),
      title: t('timeline.phaseStarted', { phase: t('phase.label', { position: p.position, name: p.name }) }),
      badge: { tone: p.startReason === 'demotion' ? 'warn' : 'ok', text: word('phaseReason.', p.startReason) },
      details: [p.orderNote].filter(Boolean),
    });
  }
  for (const s of records.statuses.data ?? []) {
    events.push({
      key: `status-${s.id}`,
      kind: 'status',
      sortKey: dayKey(s.effectiveOn),
      when: formatDate(s.effectiveOn),
      title: s.fromStatus
        ? t('timeline.statusChange', { from: word('status.', s.fromStatus), to: word('status.', s.toStatus) })
        : t('timeline.statusFirst', { to: word('status.', s.toStatus) }),
      details: [s.reason],
    });
  }
  for (const a of records.attendance.data?.items ?? []) {
    events.push({
      key: `treatment-${a.id}`,
      kind: 'treatment',
      sortKey: dayKey(a.sessionOn),
      when: formatDate(a.sessionOn),
      title: t('timeline.treatmentSession', { type: a.sessionType }),
      badge: { tone: a.attendance === 'attended' || a.attendance === 'excused' ? 'ok' : a.attendance === 'no_show' ? 'bad' : 'warn', text: word('attendance.', a.attendance) },
      details: [],
    });
  }
  return events.sort((a, b) => (a.sortKey < b.sortKey ? 1 : a.sortKey > b.sortKey ? -1 : 0));
}
