/**
 * Why a participant needs the team's attention, most pressing first: a
 * violation whose 72-hour clock has run out (the court is already late), a
 * warrant out, a missed call-in in the last 7 days, then any open violation.
 * The caseload's default order is the first reason's place in this list,
 * then the name; `ATTENTION_RANK_SQL` is the same rule in SQL, so the order
 * of a page and the reasons shown on its rows can never disagree.
 */
export const ATTENTION_REASONS = ['overdue_clock', 'warrant', 'missed_call_in', 'open_violation'] as const;
export type AttentionReason = (typeof ATTENTION_REASONS)[number];

/** The window in which a missed call-in still calls for attention. */
export const MISSED_CALL_IN_DAYS = 7;

export interface AttentionFacts {
  status: string;
  openViolations: number;
  overdueViolations: number;
  missedCallIns: number;
}

export function attentionReasons(facts: AttentionFacts): AttentionReason[] {
  const reasons: AttentionReason[] = [];
  if (facts.overdueViolations > 0) reasons.push('overdue_clock');
  if (facts.status === 'warrant') reasons.push('warrant');
  if (facts.missedCallIns > 0) reasons.push('missed_call_in');
  if (facts.openViolations > 0) reasons.push('open_violation');
  return reasons;
}

/**
 * A missed call-in the court dismissed (an outage, a refused call) is not
 * counted: a fault of the system is never held against the person.
 */
export const missedCallInsSql = (participantId: string, now: string) =>
  `(SELECT count(*) FROM violations m WHERE m.participant_id = ${participantId} AND m.kind = 'missed_call_in' AND m.status <> 'dismissed'
       AND m.detected_at > ${now}::timestamptz - interval '${MISSED_CALL_IN_DAYS} days' AND m.detected_at <= ${now}::timestamptz)`;

/** The place of the first reason in ATTENTION_REASONS (4 when there is none), over participants `p`. */
export const ATTENTION_RANK_SQL = (now: string) => `CASE
    WHEN EXISTS (SELECT 1 FROM violations o WHERE o.participant_id = p.id AND o.status = 'open' AND o.deadline_at < ${now}::timestamptz) THEN 0
    WHEN p.status = 'warrant' THEN 1
    WHEN ${missedCallInsSql('p.id', now)} > 0 THEN 2
    WHEN EXISTS (SELECT 1 FROM violations o WHERE o.participant_id = p.id AND o.status = 'open') THEN 3
    ELSE 4 END`;
