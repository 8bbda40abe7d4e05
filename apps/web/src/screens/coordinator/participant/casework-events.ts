import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../../../i18n/format';
import type { ParticipantRecords } from './records';
import type { TimelineEvent } from './timeline-events';

/** A day's events sort after the instants of that day (the day is over when it is recorded). */
const dayKey = (day: string) => `${day.slice(0, 10)} 23:59:59`;

/**
 * The case work recorded on the participant's page, as timeline events: case
 * notes (those a consent lets the reader see), community service and fee
 * ledger entries with their corrections, milestones, admitted use, testing
 * orders, forced or excused test days, treatment referrals, and consents
 * signed and revoked. A read the
 * reader's role may not make (a court administrator's of case notes) adds nothing.
 */
export function useCaseworkEvents(records: ParticipantRecords): TimelineEvent[] {
  const { t } = useTranslation('actions');
  const event = (key: string, day: string, title: string, details: string[], badge?: TimelineEvent['badge']): TimelineEvent => ({
    key,
    kind: 'casework',
    sortKey: dayKey(day),
    when: formatDate(day),
    title,
    details: details.filter(Boolean),
    ...(badge ? { badge } : {}),
  });
  const correction = { tone: 'warn' as const, text: t('timeline.correction') };
  return [
    ...(records.caseNotes.data?.items ?? []).map((n) => event(`note-${n.id}`, n.occurredOn, t(n.confidential ? 'timeline.caseNoteConfidential' : 'timeline.caseNote'), [n.body])),
    ...(records.communityService.data?.entries ?? []).map((e) =>
      event(`service-${e.id}`, e.performedOn, t('timeline.service', { hours: formatNumber(e.hours, 2) }), [e.description], e.correction ? correction : undefined),
    ),
    ...(records.feePayments.data?.entries ?? []).map((e) => event(`fee-${e.id}`, e.paidOn, t('timeline.fee', { amount: formatNumber(e.amount, 2) }), [e.description], e.correction ? correction : undefined)),
    ...(records.milestones.data ?? []).map((m) => event(`milestone-${m.id}`, m.achievedOn, t('timeline.milestone', { name: m.name }), [m.evidence])),
    ...(records.admittedUse.data ?? []).map((a) => event(`admitted-${a.id}`, a.usedOn, t('timeline.admittedUse', { substances: a.substances.join(', ') }), [a.note ?? ''])),
    ...(records.testingOrders.data ?? []).map((o) =>
      event(`order-${o.id}`, o.startsOn, t('timeline.testingOrder', { tests: formatNumber(o.testsPerWeek, 1), to: formatDate(o.endsOn) }), [o.reason]),
    ),
    ...(records.drawOverrides.data ?? []).map((o) =>
      event(`override-${o.id}`, o.courtDay, t(`timeline.testDay.${o.action}`), [o.reason, o.withdrawnAt ? t('timeline.withdrawn') : ''], o.withdrawnAt ? { tone: 'warn', text: t('timeline.withdrawn') } : undefined),
    ),
    ...(records.referrals.data ?? []).map((r) => event(`referral-${r.id}`, r.referredOn, t('timeline.referral', { provider: r.organisationName }), [r.endedOn ? t('timeline.referralEnded', { date: formatDate(r.endedOn) }) : ''])),
    ...(records.consents.data ?? []).flatMap((c) => [
      event(`consent-${c.id}`, c.signedOn, t('timeline.consentSigned', { recipient: c.recipientDescription }), [c.purpose]),
      ...(c.revokedAt ? [event(`consent-revoked-${c.id}`, c.revokedAt, t('timeline.consentRevoked', { recipient: c.recipientDescription }), [c.revocationReason ?? ''], { tone: 'warn' as const, text: t('timeline.revoked') })] : []),
    ]),
  ];
}
