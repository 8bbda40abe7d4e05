import { addCalendarDays, type CalendarDate, daysBetween } from '@app/core';
import type { EntityManager } from 'typeorm';
import type { DrawCandidate, RecentTesting } from './selection';

/**
 * SQL (aliases `p` participant, `pr` program, `$2` the court day): whether
 * the participant's testing has begun, i.e. their program needs no warning
 * hearing or theirs was held before this day. An eligibility input of the
 * draw like the status, so a published draw still verifies.
 */
export const TESTING_STARTED_SQL = `(NOT pr.warning_hearing_required OR p.warning_hearing_on < $2::date)`;

interface CandidateRow {
  id: string;
  draw_secret: Buffer;
  tests_per_week: number;
  max_untested_days: number | null;
  max_tests_per_7_days: number | null;
}

/** A candidate with the participant's own draw secret, from which their public token for the day is derived. */
export interface PopulationCandidate extends DrawCandidate {
  drawSecret: Buffer;
}

interface HistoryRow {
  participant_id: string;
  last_tested: string | null;
  first_drawn: string;
  tests_in_6_days: number;
}

/**
 * Who is in a court day's draw, and how often each is to be tested: every
 * active participant of the court, at their phase's frequency or the highest
 * court-ordered frequency in force that day. Participants in custody, on
 * medical leave or on a warrant are not drawn (they cannot test), nor anyone
 * not yet enrolled or already discharged, nor, in a program that starts with
 * a warning hearing (HOPE), anyone whose warning hearing is not yet held:
 * testing begins the court day after it. Ordered by id, so a draw is the
 * same list however the rows come back.
 */
export async function drawCandidates(manager: EntityManager, courtId: string, courtDay: CalendarDate): Promise<PopulationCandidate[]> {
  const rows = (await manager.query(
    `SELECT p.id, p.draw_secret,
            GREATEST(ph.tests_per_week::float8, COALESCE(o.tests_per_week, 0)) AS tests_per_week,
            pr.max_untested_days, pr.max_tests_per_7_days
       FROM participants p
       JOIN phases ph ON ph.id = p.phase_id
       JOIN programs pr ON pr.id = p.program_id
       LEFT JOIN (SELECT participant_id, max(tests_per_week)::float8 AS tests_per_week
                    FROM testing_orders
                   WHERE court_id = $1 AND $2::date BETWEEN starts_on AND ends_on
                   GROUP BY participant_id) o ON o.participant_id = p.id
      WHERE p.court_id = $1 AND p.status = 'active' AND ${TESTING_STARTED_SQL}
        -- Imported with no PIN issued yet: they could not call in, so they are not drawn until the court gives them one.
        AND NOT EXISTS (SELECT 1 FROM users u WHERE u.id = p.user_id AND u.secret_hash IS NULL)
      ORDER BY p.id`,
    [courtId, courtDay],
  )) as CandidateRow[];
  const guarded = rows.filter((row) => row.max_untested_days !== null || row.max_tests_per_7_days !== null);
  const recent = guarded.length > 0 ? await recentTesting(manager, courtId, courtDay, guarded) : new Map<string, RecentTesting>();
  return rows.map((row) => {
    const rails = { maxUntestedDays: row.max_untested_days, maxTestsPer7Days: row.max_tests_per_7_days };
    const hasRails = rails.maxUntestedDays !== null || rails.maxTestsPer7Days !== null;
    return {
      participantId: row.id,
      drawSecret: row.draw_secret,
      testsPerWeek: row.tests_per_week,
      rails,
      recent: hasRails ? (recent.get(row.id) ?? { untestedDays: 0, testsInPrevious6Days: 0 }) : null,
    };
  });
}

/**
 * The recent tests the guard rails need, from the court's earlier draws
 * (a day counts as tested when the participant was to test: selected and
 * not excused, or forced). One aggregate query, not one per participant.
 * Someone drawn for fewer days than the limit counts only those days, so a
 * newcomer is not tested at once.
 */
async function recentTesting(
  manager: EntityManager,
  courtId: string,
  courtDay: CalendarDate,
  guarded: readonly CandidateRow[],
): Promise<Map<string, RecentTesting>> {
  const lookBack = Math.max(6, ...guarded.map((row) => row.max_untested_days ?? 0));
  const rows = (await manager.query(
    `SELECT e.participant_id,
            max(d.court_day) FILTER (WHERE t.tested)::text AS last_tested,
            min(d.court_day)::text AS first_drawn,
            count(*) FILTER (WHERE t.tested AND d.court_day >= $4::date)::int AS tests_in_6_days
       FROM draws d
       JOIN draw_entries e ON e.draw_id = d.id
       LEFT JOIN draw_overrides o ON o.participant_id = e.participant_id AND o.court_day = d.court_day AND o.withdrawn_at IS NULL
       CROSS JOIN LATERAL (SELECT COALESCE(o.action = 'force', e.selected) AS tested) t
      WHERE d.court_id = $1 AND d.court_day >= $2::date AND d.court_day < $3::date
        AND e.participant_id = ANY($5::uuid[])
      GROUP BY e.participant_id`,
    [courtId, addCalendarDays(courtDay, -lookBack), courtDay, addCalendarDays(courtDay, -6), guarded.map((row) => row.id)],
  )) as HistoryRow[];
  return new Map(
    rows.map((row) => [
      row.participant_id,
      {
        untestedDays: daysBetween(row.last_tested ?? addCalendarDays(row.first_drawn, -1), courtDay) - 1,
        testsInPrevious6Days: row.tests_in_6_days,
      },
    ]),
  );
}
