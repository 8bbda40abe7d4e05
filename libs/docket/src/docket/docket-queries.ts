import { ScopeFilter } from '@app/auth';
import type { Translations } from '@app/core';
import type { CourtroomTranslations } from '@app/courts';
import { SUMMARY_COLUMNS, SUMMARY_FROM, SummaryRow } from '@app/participants';
import { EntityManager } from 'typeorm';

/**
 * The docket's SQL: one statement per kind of fact, each for every
 * participant on the session at once (never one per participant), so a
 * docket of 80 costs the same handful of round trips as a docket of 5.
 */

export interface SessionRow {
  id: string;
  court_id: string;
  session_date: string;
  start_time: string;
  starts_at: Date;
  courtroom: string;
  judge_id: string | null;
  judge_name: string | null;
  docket_order: string;
  special: boolean;
  status: string;
  time_zone: string;
  today: string;
  courtroom_translations: CourtroomTranslations;
}

export async function sessionRow(manager: EntityManager, sessionId: string, now: Date): Promise<SessionRow | undefined> {
  const [row] = (await manager.query(
    `SELECT s.id, s.court_id, s.session_date::text, s.start_time, s.starts_at, s.courtroom, s.judge_id, u.display_name AS judge_name,
            COALESCE(s.docket_order, c.docket_order) AS docket_order, s.special, s.status, c.time_zone, c.courtroom_translations,
            ($2::timestamptz AT TIME ZONE c.time_zone)::date::text AS today
       FROM court_sessions s JOIN courts c ON c.id = s.court_id LEFT JOIN users u ON u.id = s.judge_id
      WHERE s.id = $1`,
    [sessionId, now],
  )) as SessionRow[];
  return row;
}

export interface DocketHearingRow extends SummaryRow {
  hearing_id: string;
  hearing_kind: string;
  hearing_status: string;
  hearing_at: Date;
  has_photo: boolean;
  enrolled_on: string | null;
  last_hearing_id: string | null;
  last_hearing_at: Date | null;
  last_hearing_on: string | null;
  outcome_attendance: string | null;
  outcome_version: number | null;
}

/** The session's hearings (not cancelled) with each participant's summary and their last hearing held before this one. */
export async function hearingRows(manager: EntityManager, sessionId: string, scope: ScopeFilter): Promise<DocketHearingRow[]> {
  const first = scope.params.length + 1;
  return (await manager.query(
    `SELECT h.id AS hearing_id, h.kind AS hearing_kind, h.status AS hearing_status, h.scheduled_at AS hearing_at, ${SUMMARY_COLUMNS}, '0' AS total,
            p.enrolled_on::text AS enrolled_on,
            EXISTS (SELECT 1 FROM participant_photos ph WHERE ph.participant_id = p.id) AS has_photo,
            last.id AS last_hearing_id, last.scheduled_at AS last_hearing_at,
            (last.scheduled_at AT TIME ZONE ct.time_zone)::date::text AS last_hearing_on,
            o.attendance AS outcome_attendance, o.version AS outcome_version
       FROM hearings h
       JOIN ${SUMMARY_FROM} ON p.id = h.participant_id
       JOIN courts ct ON ct.id = p.court_id
       LEFT JOIN LATERAL (
         SELECT h2.id, h2.scheduled_at FROM hearings h2
          WHERE h2.participant_id = h.participant_id AND h2.status = 'held' AND h2.scheduled_at < h.scheduled_at
          ORDER BY h2.scheduled_at DESC LIMIT 1) last ON true
       LEFT JOIN LATERAL (
         SELECT x.attendance, x.version FROM hearing_outcomes x WHERE x.hearing_id = h.id ORDER BY x.version DESC LIMIT 1) o ON true
      WHERE h.session_id = $${first} AND h.status <> 'cancelled' AND ${scope.sql}`,
    [...scope.params, sessionId],
  )) as DocketHearingRow[];
}

/** One participant's period: court days `from`..`to`, and the instant of their last hearing (null before the first). */
export interface Period {
  participantId: string;
  from: string;
  to: string;
  since: Date | null;
  lastHearingId: string | null;
}

const periodParams = (periods: readonly Period[]) => [
  periods.map((p) => p.participantId),
  periods.map((p) => p.from),
  periods.map((p) => p.to),
  periods.map((p) => p.since),
  periods.map((p) => p.lastHearingId),
];

/** `w(participant_id, from_day, to_day, since, last_hearing_id)` from parameters $1..$5. */
const PERIODS = `unnest($1::uuid[], $2::date[], $3::date[], $4::timestamptz[], $5::uuid[]) AS w(participant_id, from_day, to_day, since, last_hearing_id)`;

export interface PeriodFactsRow {
  participant_id: string;
  selected: string;
  called_in: string;
  collected: string;
  awaiting: string;
  results: Record<string, number> | null;
  missed_call_ins: string;
  missed_tests: string;
  community_service_done: string;
  community_service_since: string;
  milestones_since: string[];
  incentives: string;
  sanctions: string;
  treatment_adjustments: string;
}

/**
 * Tests, the running record and response totals over each participant's
 * period. Days to test follow the draw with staff overrides (a force adds a
 * day, an excuse removes one), as the day's close charges them.
 */
export async function periodFacts(manager: EntityManager, courtId: string, periods: readonly Period[]): Promise<PeriodFactsRow[]> {
  if (periods.length === 0) return [];
  return (await manager.query(
    `SELECT w.participant_id,
            (SELECT count(*) FROM (
               SELECT d.court_day FROM draws d JOIN draw_entries e ON e.draw_id = d.id AND e.participant_id = w.participant_id
                WHERE d.court_id = $6 AND d.court_day BETWEEN w.from_day AND w.to_day AND e.selected
               UNION
               SELECT o.court_day FROM draw_overrides o
                WHERE o.participant_id = w.participant_id AND o.action = 'force' AND o.withdrawn_at IS NULL AND o.court_day BETWEEN w.from_day AND w.to_day
             ) t WHERE NOT EXISTS (SELECT 1 FROM draw_overrides x WHERE x.participant_id = w.participant_id AND x.court_day = t.court_day
                                     AND x.action = 'excuse' AND x.withdrawn_at IS NULL)) AS selected,
            (SELECT count(*) FROM call_ins c WHERE c.participant_id = w.participant_id AND c.court_day BETWEEN w.from_day AND w.to_day) AS called_in,
            (SELECT count(*) FROM drug_test_collections k WHERE k.participant_id = w.participant_id AND k.court_day BETWEEN w.from_day AND w.to_day) AS collected,
            (SELECT count(*) FROM drug_test_collections k WHERE k.participant_id = w.participant_id AND k.court_day BETWEEN w.from_day AND w.to_day
                AND NOT EXISTS (SELECT 1 FROM drug_test_results r WHERE r.collection_id = k.id)) AS awaiting,
            (SELECT json_object_agg(outcome, n) FROM (
               SELECT r.outcome, count(*) AS n FROM drug_test_results r
                WHERE r.participant_id = w.participant_id AND r.tested_on BETWEEN w.from_day AND w.to_day
                  AND NOT r.overturned AND r.outcome <> 'missed'
                  AND NOT EXISTS (SELECT 1 FROM drug_test_results s WHERE s.supersedes_id = r.id)
                GROUP BY r.outcome) o) AS results,
            (SELECT count(*) FROM violations v WHERE v.participant_id = w.participant_id AND v.kind = 'missed_call_in' AND v.status <> 'dismissed'
                AND (v.evidence->>'courtDay')::date BETWEEN w.from_day AND w.to_day) AS missed_call_ins,
            (SELECT count(*) FROM drug_test_results r WHERE r.participant_id = w.participant_id AND r.outcome = 'missed'
                AND r.tested_on BETWEEN w.from_day AND w.to_day) AS missed_tests,
            cs.done AS community_service_done, cs.since AS community_service_since,
            (SELECT coalesce(array_agg(m.name ORDER BY m.achieved_on), '{}') FROM participant_milestones m
              WHERE m.participant_id = w.participant_id AND m.achieved_on BETWEEN w.from_day AND w.to_day) AS milestones_since,
            rc.incentives, rc.sanctions, rc.treatment_adjustments
       FROM ${PERIODS}
       CROSS JOIN LATERAL (
         SELECT coalesce(sum(l.amount) FILTER (WHERE l.occurred_on <= w.to_day), 0) AS done,
                coalesce(sum(l.amount) FILTER (WHERE l.occurred_on BETWEEN w.from_day AND w.to_day), 0) AS since
           FROM participant_ledger_entries l WHERE l.participant_id = w.participant_id AND l.kind = 'community_service') cs
       CROSS JOIN LATERAL (
         SELECT count(*) FILTER (WHERE r.kind = 'incentive') AS incentives,
                count(*) FILTER (WHERE r.kind = 'sanction') AS sanctions,
                count(*) FILTER (WHERE r.kind = 'treatment_adjustment') AS treatment_adjustments
           FROM court_responses r WHERE r.participant_id = w.participant_id) rc`,
    [...periodParams(periods), courtId],
  )) as PeriodFactsRow[];
}

export interface ViolationRow {
  id: string;
  participant_id: string;
  kind: string;
  status: string;
  detected_at: Date;
  deadline_at: Date;
}

/** Open violations, whatever their age, and every violation detected since the participant's last hearing. */
export async function violationRows(manager: EntityManager, periods: readonly Period[]): Promise<ViolationRow[]> {
  if (periods.length === 0) return [];
  return (await manager.query(
    `SELECT v.id, v.participant_id, v.kind, v.status, v.detected_at, v.deadline_at
       FROM ${PERIODS} JOIN violations v ON v.participant_id = w.participant_id
      WHERE v.status = 'open' OR v.detected_at >= coalesce(w.since, '-infinity')
      ORDER BY v.deadline_at`,
    periodParams(periods),
  )) as ViolationRow[];
}

export interface ResponseRow {
  id: string;
  participant_id: string;
  kind: string;
  code: string;
  name: string;
  /** The catalogue entry's name in other languages. */
  translations: Translations<'name'>;
  effect: string;
  amount: string | null;
  ordered_on: string;
}

/** Responses ordered since the last hearing (not those ordered at it). */
export async function responseRows(manager: EntityManager, periods: readonly Period[]): Promise<ResponseRow[]> {
  if (periods.length === 0) return [];
  return (await manager.query(
    `SELECT r.id, r.participant_id, r.kind, e.code, e.name, e.translations, r.effect, r.amount, r.ordered_on::text
       FROM ${PERIODS}
       JOIN court_responses r ON r.participant_id = w.participant_id
       JOIN response_catalogue_entries e ON e.id = r.catalogue_entry_id
      WHERE r.created_at >= coalesce(w.since, '-infinity') AND r.hearing_id IS DISTINCT FROM w.last_hearing_id
      ORDER BY r.ordered_on, r.created_at`,
    periodParams(periods),
  )) as ResponseRow[];
}

export interface AttendanceRow {
  participant_id: string;
  organisation_id: string;
  attended: string;
  excused: string;
  no_show: string;
  upcoming: string;
}

/** Treatment attendance per participant and reporting organisation; the caller keeps only what a consent covers. */
export async function attendanceRows(manager: EntityManager, periods: readonly Period[]): Promise<AttendanceRow[]> {
  if (periods.length === 0) return [];
  return (await manager.query(
    `SELECT w.participant_id, a.organisation_id,
            count(*) FILTER (WHERE a.attendance = 'attended' AND a.session_on BETWEEN w.from_day AND w.to_day) AS attended,
            count(*) FILTER (WHERE a.attendance = 'excused' AND a.session_on BETWEEN w.from_day AND w.to_day) AS excused,
            count(*) FILTER (WHERE a.attendance = 'no_show' AND a.session_on BETWEEN w.from_day AND w.to_day) AS no_show,
            count(*) FILTER (WHERE a.attendance = 'scheduled' AND a.session_on > w.to_day) AS upcoming
       FROM ${PERIODS} JOIN treatment_attendance a ON a.participant_id = w.participant_id AND a.session_on >= w.from_day
      GROUP BY w.participant_id, a.organisation_id`,
    periodParams(periods),
  )) as AttendanceRow[];
}

export interface ProgressRow {
  id: string;
  participant_id: string;
  organisation_id: string;
  organisation_name: string;
  reported_on: string;
  engagement: string;
  level_of_care_recommendation: string | null;
  narrative: string;
}

/** Each organisation's latest progress report per participant; the caller keeps only what a consent covers. */
export async function latestProgressRows(manager: EntityManager, participantIds: readonly string[]): Promise<ProgressRow[]> {
  if (participantIds.length === 0) return [];
  return (await manager.query(
    `SELECT DISTINCT ON (r.participant_id, r.organisation_id)
            r.id, r.participant_id, r.organisation_id, o.name AS organisation_name, r.reported_on::text, r.engagement,
            r.level_of_care_recommendation, r.narrative
       FROM treatment_progress_reports r JOIN provider_organisations o ON o.id = r.organisation_id
      WHERE r.participant_id = ANY($1::uuid[])
      ORDER BY r.participant_id, r.organisation_id, r.reported_on DESC, r.created_at DESC`,
    [participantIds],
  )) as ProgressRow[];
}
