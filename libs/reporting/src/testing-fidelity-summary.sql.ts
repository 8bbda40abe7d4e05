/**
 * Testing fidelity reads one fact per participant-day: six million a year
 * for a state of 17,000 participants in a program, too many to gather from
 * draws, overrides, collections and phase stays while a reader waits. So
 * the facts are kept per participant, court-local week and phase (a tenth
 * as many rows), each day of the week a bit of a mask (bit 0 Monday … bit
 * 6 Sunday): in a draw, drawn, excused, forced, ordered, collected, under a
 * testing order; and per day the hours from notice to collection of an
 * ordered test (notice_hours, the fidelity dashboard's line). Any period is
 * then read exactly, a week cut by the period's first or last day included,
 * by masking its days; a participant counts once however many rows they
 * have.
 *
 * `testing_fidelity_weeks` holds these rows for each court's days from
 * `refreshed_from` to `refreshed_through` (testing_fidelity_refreshes);
 * the worker refreshes them (MeasureSummariesService). A measure reads the
 * summary for those days and the live tables for every other day of the
 * period (the last two days, and any before the first refresh), so a court
 * never refreshed is still answered, only more slowly.
 */

/**
 * The week rows of the days each court's `bounds` (court_id, lo, hi) names,
 * from the live tables: what the refresh writes and what a measure reads
 * for the days the summary does not hold. `bounds` is a SELECT over the
 * caller's parameters.
 */
export function weekRowsSql(bounds: string): string {
  // Each table is read through LATERAL per bound (a court and its days; OFFSET 0 keeps the subquery from being
  // flattened into a plain join), so the planner probes the court-day index: joined plainly to a hundred computed
  // bounds it scanned every call-in and collection of the state for two days.
  return `
WITH bounds AS (${bounds}),
entries AS (
  SELECT d.court_id, d.court_day, e.participant_id, e.tests_per_week, e.selected
    FROM bounds b CROSS JOIN LATERAL (SELECT * FROM draws d WHERE d.court_id = b.court_id AND d.court_day BETWEEN b.lo AND b.hi OFFSET 0) d
    JOIN draw_entries e ON e.draw_id = d.id),
overrides AS (
  SELECT o.court_id, o.court_day, o.participant_id, o.action, o.created_at
    FROM bounds b CROSS JOIN LATERAL (SELECT * FROM draw_overrides o WHERE o.court_id = b.court_id AND o.court_day BETWEEN b.lo AND b.hi OFFSET 0) o
   WHERE o.withdrawn_at IS NULL),
collected AS (
  SELECT k.court_id, k.court_day, k.participant_id,
         -- The specimen a notice led to: a for-cause one had no notice.
         min(k.collected_at) FILTER (WHERE k.basis <> 'for_cause') AS noticed_collection_at
    FROM bounds b CROSS JOIN LATERAL (SELECT * FROM drug_test_collections k WHERE k.court_id = b.court_id AND k.court_day BETWEEN b.lo AND b.hi OFFSET 0) k
   -- Imported tests had no draw here: the measure is of this system's testing.
   WHERE k.imported_at IS NULL
   GROUP BY k.court_id, k.court_day, k.participant_id),
-- When the participant learned they must test: the call-in that told them, or the "test today" text (written on
-- the day its draw opens, so the days around the bounds bound the read).
answered AS (
  SELECT ci.court_id, ci.court_day, ci.participant_id, min(ci.answered_at) AS answered_at
    FROM bounds b CROSS JOIN LATERAL (SELECT * FROM call_ins ci WHERE ci.court_id = b.court_id AND ci.court_day BETWEEN b.lo AND b.hi OFFSET 0) ci
   WHERE ci.told
   GROUP BY ci.court_id, ci.court_day, ci.participant_id),
notified AS (
  SELECT m.dedup_key, m.sent_at FROM notification_messages m
   WHERE m.dedup_key LIKE 'test-today:%' AND m.created_at >= (SELECT min(lo) FROM bounds) - 2 AND m.created_at < (SELECT max(hi) FROM bounds) + 3),
person_days AS (
  SELECT court_id, court_day, participant_id FROM entries
  UNION SELECT court_id, court_day, participant_id FROM overrides
  UNION SELECT court_id, court_day, participant_id FROM collected),
facts AS (
  SELECT x.court_id, x.participant_id,
         date_trunc('week', x.court_day::timestamp)::date AS week_start,
         (1 << (extract(isodow FROM x.court_day)::int - 1)) AS bit,
         e.participant_id IS NOT NULL AS in_draw,
         e.tests_per_week,
         COALESCE(e.selected, false) AS drawn,
         o.action,
         k.ordered,
         c.participant_id IS NOT NULL AS collected,
         -- Hours from notice to the collection of an ordered test (the rule of NOTICE_TO_COLLECTION_ITEMS): the first
         -- of the call-in and the text, else the draw's opening (or the forcing, if later), never below zero.
         CASE WHEN k.ordered AND c.noticed_collection_at IS NOT NULL
              THEN GREATEST(0, extract(epoch FROM c.noticed_collection_at - COALESCE(
                     LEAST(a.answered_at, n.sent_at),
                     CASE WHEN k.drawn_kept THEN dw.window_opens_at ELSE GREATEST(dw.window_opens_at, o.created_at) END,
                     c.noticed_collection_at)) / 3600)::float8 END AS notice_hours,
         EXISTS (SELECT 1 FROM testing_orders t
                  WHERE t.participant_id = x.participant_id AND t.court_id = x.court_id
                    AND x.court_day BETWEEN t.starts_on AND t.ends_on) AS under_order,
         pp.program_id, ph.position
    FROM person_days x
    LEFT JOIN entries e ON e.court_day = x.court_day AND e.participant_id = x.participant_id
    LEFT JOIN overrides o ON o.court_day = x.court_day AND o.participant_id = x.participant_id
    LEFT JOIN collected c ON c.court_day = x.court_day AND c.participant_id = x.participant_id
    LEFT JOIN answered a ON a.court_day = x.court_day AND a.participant_id = x.participant_id
    LEFT JOIN notified n ON n.dedup_key = 'test-today:' || x.participant_id || ':' || x.court_day::text
    LEFT JOIN draws dw ON dw.court_id = x.court_id AND dw.court_day = x.court_day
    -- Ordered: drawn and not excused (kept), or forced.
    CROSS JOIN LATERAL (SELECT d.drawn_kept, d.drawn_kept OR o.action = 'force' AS ordered
                          FROM (SELECT COALESCE(e.selected, false) AND o.action IS DISTINCT FROM 'excuse' AS drawn_kept) d) k
    LEFT JOIN LATERAL (SELECT h.phase_id FROM participant_phases h
                        WHERE h.participant_id = x.participant_id AND h.started_on <= x.court_day
                          AND (h.ended_on IS NULL OR h.ended_on > x.court_day)
                        ORDER BY h.started_on DESC LIMIT 1) h ON true
    LEFT JOIN phases ph ON ph.id = h.phase_id
    LEFT JOIN phase_plans pp ON pp.id = ph.phase_plan_id)
SELECT court_id, participant_id, week_start, program_id, position,
       bit_or(bit)::smallint AS present,
       COALESCE(bit_or(bit) FILTER (WHERE in_draw), 0)::smallint AS in_draw,
       COALESCE(bit_or(bit) FILTER (WHERE under_order), 0)::smallint AS under_order,
       COALESCE(bit_or(bit) FILTER (WHERE drawn), 0)::smallint AS drawn,
       COALESCE(bit_or(bit) FILTER (WHERE drawn AND action = 'excuse'), 0)::smallint AS excused,
       COALESCE(bit_or(bit) FILTER (WHERE NOT drawn AND action = 'force'), 0)::smallint AS forced,
       COALESCE(bit_or(bit) FILTER (WHERE ordered), 0)::smallint AS ordered,
       COALESCE(bit_or(bit) FILTER (WHERE collected), 0)::smallint AS collected,
       COALESCE(sum(tests_per_week / 7.0) FILTER (WHERE in_draw), 0)::float8 AS expected_week,
       ARRAY[${[1, 2, 4, 8, 16, 32, 64].map((b) => `COALESCE(sum(tests_per_week / 7.0) FILTER (WHERE in_draw AND bit = ${b}), 0)::float8`).join(', ')}] AS expected_days,
       ARRAY[${[1, 2, 4, 8, 16, 32, 64].map((b) => `max(notice_hours) FILTER (WHERE bit = ${b})`).join(', ')}]::float8[] AS notice_hours
  FROM facts
 GROUP BY court_id, participant_id, week_start, program_id, position`;
}

/** Each court's days the summary does not hold, in the period $2…$3 (one or two ranges a court). */
const LIVE_BOUNDS = `
  SELECT c.id AS court_id, $2::date AS lo, LEAST($3::date, COALESCE(r.refreshed_from - 1, $3::date)) AS hi
    FROM unnest($1::uuid[]) AS c(id) LEFT JOIN testing_fidelity_refreshes r ON r.court_id = c.id
  UNION ALL
  SELECT r.court_id, GREATEST($2::date, r.refreshed_through + 1), $3::date
    FROM testing_fidelity_refreshes r WHERE r.court_id = ANY($1::uuid[]) AND r.refreshed_through < $3::date`;

/**
 * `live`, `week_rows` and `masked`: the week rows of courts $1 over the days
 * $2…$3, `columns` of them, from the summary for the days it holds and from
 * the live tables for the others, each with `p`, the mask of its days
 * inside the period.
 */
function periodWeekRowsSql(columns: readonly string[]): string {
  return `live AS (${weekRowsSql(LIVE_BOUNDS)}),
week_rows AS (
  SELECT ${columns.map((c) => `s.${c}`).join(', ')}
    FROM testing_fidelity_weeks s
   WHERE s.court_id = ANY($1::uuid[]) AND s.week_start BETWEEN date_trunc('week', $2::date::timestamp)::date AND $3::date
  UNION ALL
  SELECT ${columns.join(', ')} FROM live),
masked AS (
  SELECT w.*,
         CASE WHEN w.week_start >= $2::date AND w.week_start + 6 <= $3::date THEN 127
              ELSE ((1 << (LEAST(6, $3::date - w.week_start) + 1)) - 1) & ~((1 << GREATEST(0, $2::date - w.week_start)) - 1) END AS p
    FROM week_rows w)`;
}

/** A count of the days of a mask inside the period (its mask `p`). */
const days = (mask: string) => `bit_count((${mask} & p)::bit(7))::int`;

/**
 * Testing fidelity of courts $1 over the days $2…$3: the summary's rows and
 * the live rows of the other days, masked to the period, aggregated the
 * three ways the measure answers (whole, by phase, by week). The columns
 * are those the one-statement version over the live tables gave.
 */
export const FIDELITY_SQL = `
WITH ${periodWeekRowsSql(['participant_id', 'week_start', 'program_id', 'position', 'present', 'in_draw', 'under_order', 'drawn', 'excused', 'forced', 'ordered', 'collected', 'expected_week', 'expected_days'])},
counted AS (
  SELECT participant_id, week_start, program_id, position,
         ${days('in_draw')} AS participant_days,
         ${days('in_draw & under_order')} AS participant_days_under_order,
         CASE WHEN p = 127 THEN expected_week
              ELSE (SELECT COALESCE(sum(x), 0) FROM unnest(expected_days) WITH ORDINALITY AS u(x, i) WHERE (p >> (i::int - 1)) & 1 = 1) END AS expected,
         ${days('drawn')} AS drawn,
         ${days('drawn & under_order')} AS drawn_under_order,
         ${days('excused')} AS excused,
         ${days('forced')} AS forced,
         ${days('ordered')} AS ordered,
         ${days('collected')} AS collected,
         ${days('ordered & collected')} AS ordered_collected,
         ${days('ordered & 96')} AS weekend_ordered,
         ${days('collected & 96')} AS weekend_collected
    FROM masked
   WHERE present & p <> 0),
grouped AS (
  SELECT CASE WHEN GROUPING(program_id, position) = 0 THEN 'phase' WHEN GROUPING(week_start) = 0 THEN 'week' ELSE 'all' END AS grain,
         program_id, position, week_start,
         count(DISTINCT participant_id)::int AS participants,
         -- Zeros, not nulls, over no row at all (the empty grouping set answers even then).
         COALESCE(sum(participant_days), 0)::int AS participant_days,
         COALESCE(sum(participant_days_under_order), 0)::int AS participant_days_under_order,
         COALESCE(sum(expected), 0)::float8 AS expected,
         COALESCE(sum(drawn), 0)::int AS drawn,
         COALESCE(sum(drawn_under_order), 0)::int AS drawn_under_order,
         COALESCE(sum(excused), 0)::int AS excused,
         COALESCE(sum(forced), 0)::int AS forced,
         COALESCE(sum(ordered), 0)::int AS ordered,
         COALESCE(sum(collected), 0)::int AS collected,
         COALESCE(sum(ordered_collected), 0)::int AS ordered_collected,
         COALESCE(sum(weekend_ordered), 0)::int AS weekend_ordered,
         COALESCE(sum(weekend_collected), 0)::int AS weekend_collected
    FROM counted
   GROUP BY GROUPING SETS ((program_id, position), (week_start), ()))
SELECT g.grain, g.program_id, g.position AS phase_position, to_char(g.week_start, 'YYYY-MM-DD') AS week_start,
       g.participants, g.participant_days, g.participant_days_under_order, g.expected, g.drawn, g.drawn_under_order,
       g.excused, g.forced, g.ordered, g.collected, g.ordered_collected, g.weekend_ordered, g.weekend_collected,
       pr.code AS program_code, pr.name AS program_name, n.name AS phase_name, n.tests_per_week AS planned_tests_per_week
  FROM grouped g
  LEFT JOIN programs pr ON pr.id = g.program_id
  LEFT JOIN LATERAL (SELECT ph.name, ph.tests_per_week FROM phases ph JOIN phase_plans pp ON pp.id = ph.phase_plan_id
                      WHERE pp.program_id = g.program_id AND ph.position = g.position
                      ORDER BY pp.version DESC LIMIT 1) n ON true
 ORDER BY g.grain, pr.name NULLS LAST, g.program_id, g.position, g.week_start`;

/**
 * Hours from notice to collection of every ordered test of courts $1 over
 * the days $2…$3 (of program $4's participants, when not null), read from
 * the summary's days as FIDELITY_SQL reads them: count, how many within
 * `target` hours ($5), median and mean.
 */
export const NOTICE_TO_COLLECTION_SQL = `
WITH ${periodWeekRowsSql(['participant_id', 'week_start', 'notice_hours'])},
notices AS (
  SELECT m.participant_id, u.hours
    FROM masked m CROSS JOIN LATERAL unnest(m.notice_hours) WITH ORDINALITY AS u(hours, i)
   WHERE u.hours IS NOT NULL AND (m.p >> (u.i::int - 1)) & 1 = 1
     AND ($4::uuid IS NULL OR EXISTS (SELECT 1 FROM participants pa WHERE pa.id = m.participant_id AND pa.program_id = $4::uuid)))
SELECT count(*)::int AS n, count(*) FILTER (WHERE hours <= $5::float8)::int AS within,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY hours) AS median, avg(hours)::float8 AS mean
  FROM notices`;

/**
 * Rewrites court $1's week rows from the Monday $2 to the day $3 inside
 * the caller's transaction, and records what the summary now holds. The
 * court's row in testing_fidelity_refreshes is locked first, so two
 * refreshes of one court (a retried job beside the scheduled one) run one
 * after the other instead of writing the same weeks twice.
 */
export const REFRESH_LOCK_SQL = `
INSERT INTO testing_fidelity_refreshes (court_id, refreshed_from, refreshed_through, refreshed_at)
VALUES ($1, $2::date, $2::date - 1, now())
ON CONFLICT (court_id) DO UPDATE SET refreshed_at = testing_fidelity_refreshes.refreshed_at
RETURNING refreshed_from::text AS refreshed_from, refreshed_through::text AS refreshed_through`;
export const REFRESH_DELETE_SQL = `DELETE FROM testing_fidelity_weeks WHERE court_id = $1 AND week_start >= $2::date`;
export const REFRESH_INSERT_SQL = `
WITH written AS (
INSERT INTO testing_fidelity_weeks (court_id, participant_id, week_start, program_id, position, present, in_draw, under_order, drawn, excused,
                                    forced, ordered, collected, expected_week, expected_days, notice_hours)
${weekRowsSql(`SELECT $1::uuid AS court_id, $2::date AS lo, $3::date AS hi`)}
RETURNING 1)
SELECT count(*)::int AS rows FROM written`;
export const REFRESH_RECORD_SQL = `
UPDATE testing_fidelity_refreshes SET refreshed_from = LEAST(refreshed_from, $2::date), refreshed_through = $3::date, refreshed_at = now()
 WHERE court_id = $1`;
