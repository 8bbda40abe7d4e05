import type { SessionSummary } from './session-proposal';

/**
 * SQL fragments over court sessions for queries that span many rows (the
 * violations deadlines board), so a proposal costs no query per row. Each
 * takes the SQL expressions it applies to, e.g. `p.court_id`, `$1`.
 */

/** Hearings a session holds (scheduled or held: not cancelled), for session alias `s`. */
export const SESSION_HEARING_COUNT_SQL = `(SELECT count(*)::int FROM hearings sh WHERE sh.session_id = s.id AND sh.status <> 'cancelled')`;

/** Session `s` has room for one more hearing. */
export const SESSION_HAS_ROOM_SQL = `(s.capacity IS NULL OR s.capacity > ${SESSION_HEARING_COUNT_SQL})`;

/** Session `s` hears the program `programId` (an SQL expression); a session naming no program hears them all. */
export const sessionHearsProgramSql = (programId: string): string => `(cardinality(s.program_ids) = 0 OR ${programId} = ANY(s.program_ids))`;

/** Session `s` as a JSON object with the fields of `SessionSummary`. */
export const SESSION_SUMMARY_JSON_SQL = `json_build_object('id', s.id, 'date', to_char(s.session_date, 'YYYY-MM-DD'), 'startTime', s.start_time,
  'startsAt', s.starts_at, 'courtroom', s.courtroom)`;

/**
 * A scalar subquery: the earliest session of the court that is scheduled,
 * starts after `now` and no later than `deadline`, hears `programId` and has
 * room, as JSON (`SESSION_SUMMARY_JSON_SQL`), or NULL when there is none.
 */
export function sessionBeforeDeadlineSql(refs: { courtId: string; programId: string; deadline: string; now: string }): string {
  return `(SELECT ${SESSION_SUMMARY_JSON_SQL} FROM court_sessions s
            WHERE s.court_id = ${refs.courtId} AND s.status = 'scheduled' AND s.starts_at > ${refs.now} AND s.starts_at <= ${refs.deadline}
              AND ${sessionHearsProgramSql(refs.programId)} AND ${SESSION_HAS_ROOM_SQL}
            ORDER BY s.starts_at, s.id LIMIT 1)`;
}

/**
 * A scalar subquery: the session of the participant's earliest hearing still
 * scheduled between `from` and `to` (the window HEARING_BEFORE_DEADLINE_SQL
 * of the violations module looks at), as JSON, or NULL.
 */
export function scheduledHearingSessionSql(refs: { participantId: string; from: string; to: string }): string {
  return `(SELECT ${SESSION_SUMMARY_JSON_SQL} FROM hearings hh JOIN court_sessions s ON s.id = hh.session_id
            WHERE hh.participant_id = ${refs.participantId} AND hh.status = 'scheduled'
              AND hh.scheduled_at >= ${refs.from} AND hh.scheduled_at <= ${refs.to}
            ORDER BY hh.scheduled_at, hh.id LIMIT 1)`;
}

/** A session summary as one of these subqueries returned it (the driver parses the JSON), with `startsAt` as an ISO instant. */
export function sessionSummaryOf(value: unknown): SessionSummary | null {
  if (!value || typeof value !== 'object') return null;
  const row = value as Record<string, string>;
  return { id: row.id, date: row.date, startTime: row.startTime, startsAt: new Date(row.startsAt).toISOString(), courtroom: row.courtroom };
}
