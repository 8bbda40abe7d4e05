import { inStayOn, phaseStaysSql } from '../phase-stays.sql';
import { FIDELITY_TARGETS } from './fidelity-lines';

/**
 * The things each line is computed from, one row each, as SQL over a set of
 * courts (`$1`, uuid[]), a period of court days (`$2`, `$3`) and optionally
 * one program (`$4`). Every CTE yields the same columns, so one query
 * aggregates a line and another lists the cases that miss its target:
 *
 *   participant_id, court_id, program_id, phase_position, phase_name,
 *   on_day (date), value (float8), target (float8)
 *
 * The phase is the one the participant was in on `on_day` (participant_phases).
 * Imported tests and violations are left out as their measures leave them out
 * (their clocks never ran here); imported hearings and sanctions count, as
 * the court's practice they record.
 */

/** The phase a participant was in on a day, joined as `ph` (with its plan `pp`), for the row alias `x` and day expression. */
const phaseOn = (participant: string, day: string) => `LEFT JOIN LATERAL (
      SELECT h.phase_id FROM participant_phases h
       WHERE h.participant_id = ${participant} AND h.started_on <= ${day} AND (h.ended_on IS NULL OR h.ended_on > ${day})
       ORDER BY h.started_on DESC LIMIT 1) hp ON true
    LEFT JOIN phases ph ON ph.id = hp.phase_id
    LEFT JOIN phase_plans pp ON pp.id = ph.phase_plan_id`;

const inProgram = (participant: string) => `($4::uuid IS NULL OR EXISTS (SELECT 1 FROM participants pa WHERE pa.id = ${participant} AND pa.program_id = $4::uuid))`;

/**
 * `ordered AS (…)`: the tests ordered on the court days `days` names (SQL on
 * a row alias, `d` a draw, `o` an override), drawn and not excused or
 * forced, each with when the participant could first have known (the
 * draw's opening; for a forced test, the forcing if later). A participant
 * both drawn and forced that day is two rows when the two times differ.
 * Columns: court_id, court_day, participant_id, published_at.
 */
const orderedTestsSql = (days: (table: 'd' | 'o') => string) => `ordered AS (
  SELECT d.court_id, d.court_day, e.participant_id, d.window_opens_at AS published_at
    FROM draws d JOIN draw_entries e ON e.draw_id = d.id AND e.selected
   WHERE ${days('d')}
     AND NOT EXISTS (SELECT 1 FROM draw_overrides o WHERE o.court_id = d.court_id AND o.court_day = d.court_day
                        AND o.participant_id = e.participant_id AND o.action = 'excuse' AND o.withdrawn_at IS NULL)
  UNION
  SELECT o.court_id, o.court_day, o.participant_id, GREATEST(d.window_opens_at, o.created_at)
    FROM draw_overrides o LEFT JOIN draws d ON d.court_id = o.court_id AND d.court_day = o.court_day
   WHERE ${days('o')} AND o.action = 'force' AND o.withdrawn_at IS NULL)`;

/**
 * Time from notice to collection, per ordered test collected that day: the
 * participant learns they are selected when a call-in answers "test" or the
 * text is handed to the provider, whichever came first; without either
 * (a walk-in, a notice outside the system), when the draw was published (its
 * window opened), or when staff forced the test if that was later. A
 * for-cause specimen has no notice and is not counted.
 */
export const NOTICE_TO_COLLECTION_ITEMS = `
${orderedTestsSql((t) => `${t}.court_id = ANY($1::uuid[]) AND ${t}.court_day BETWEEN $2::date AND $3::date`)},
-- Each source read once for the period and joined by participant and day: over a state, a lookup of each per
-- ordered test (a million and a half a year) took longer than a request may.
collected AS (
  SELECT k.participant_id, k.court_day, min(k.collected_at) AS collected_at
    FROM drug_test_collections k
   WHERE k.court_id = ANY($1::uuid[]) AND k.court_day BETWEEN $2::date AND $3::date AND k.basis <> 'for_cause' AND k.imported_at IS NULL
   GROUP BY k.participant_id, k.court_day),
answered AS (
  SELECT ci.participant_id, ci.court_day, min(ci.answered_at) AS answered_at
    FROM call_ins ci
   WHERE ci.court_id = ANY($1::uuid[]) AND ci.court_day BETWEEN $2::date AND $3::date AND ci.told
   GROUP BY ci.participant_id, ci.court_day),
-- The day's "test today" text, written on the day its draw opens: the days around the period bound the read.
notified AS (
  SELECT m.dedup_key, m.sent_at FROM notification_messages m
   WHERE m.dedup_key LIKE 'test-today:%' AND m.created_at >= $2::date - 2 AND m.created_at < $3::date + 3),
${phaseStaysSql('SELECT participant_id FROM ordered')},
items AS (
  SELECT t.participant_id, t.court_id, s.program_id, s.position AS phase_position, s.name AS phase_name, t.court_day AS on_day,
         GREATEST(0, extract(epoch FROM k.collected_at - COALESCE(LEAST(a.answered_at, n.sent_at), t.published_at, k.collected_at)) / 3600)::float8 AS value,
         ${FIDELITY_TARGETS.noticeToCollectionHours}::float8 AS target
    FROM ordered t
    JOIN collected k ON k.participant_id = t.participant_id AND k.court_day = t.court_day
    LEFT JOIN answered a ON a.participant_id = t.participant_id AND a.court_day = t.court_day
    LEFT JOIN notified n ON n.dedup_key = 'test-today:' || t.participant_id || ':' || t.court_day::text
    LEFT JOIN stays s ON ${inStayOn('t.participant_id', 't.court_day')}
   WHERE ${inProgram('t.participant_id')})`;

/**
 * Days between one held hearing and the participant's next, for each later
 * hearing held in the period, against the plan of the phase they were in at
 * the first (`hearing_every_weeks` × 7). Phases planned without regular
 * hearings are left out; several hearings on one day are one.
 */
export const HEARING_INTERVAL_ITEMS = `
held_days AS (
  SELECT DISTINCT h.participant_id, h.court_id, (h.scheduled_at AT TIME ZONE c.time_zone)::date AS day
    FROM hearings h JOIN courts c ON c.id = h.court_id
   WHERE h.court_id = ANY($1::uuid[]) AND h.status = 'held' AND (h.scheduled_at AT TIME ZONE c.time_zone)::date <= $3::date),
intervals AS (
  SELECT participant_id, court_id, day, lag(day) OVER (PARTITION BY participant_id ORDER BY day) AS previous_day FROM held_days),
items AS (
  SELECT i.participant_id, i.court_id, pp.program_id, ph.position AS phase_position, ph.name AS phase_name, i.day AS on_day,
         (i.day - i.previous_day)::float8 AS value, (ph.hearing_every_weeks * 7)::float8 AS target
    FROM intervals i
    ${phaseOn('i.participant_id', 'i.previous_day')}
   WHERE i.previous_day IS NOT NULL AND i.day BETWEEN $2::date AND $3::date AND ph.hearing_every_weeks IS NOT NULL
     AND ${inProgram('i.participant_id')})`;

/** Days of each jail sanction ordered in the period, against the limit of the participant's program. */
export const JAIL_SANCTION_ITEMS = `
items AS (
  SELECT r.participant_id, r.court_id, pa.program_id, ph.position AS phase_position, ph.name AS phase_name, r.ordered_on AS on_day,
         r.amount::float8 AS value, pr.jail_limit_days::float8 AS target
    FROM court_responses r
    JOIN participants pa ON pa.id = r.participant_id
    LEFT JOIN programs pr ON pr.id = pa.program_id
    ${phaseOn('r.participant_id', 'r.ordered_on')}
   WHERE r.court_id = ANY($1::uuid[]) AND r.effect = 'jail' AND r.amount IS NOT NULL
     AND r.ordered_on BETWEEN $2::date AND $3::date AND ${inProgram('r.participant_id')})`;

/**
 * Hours from each collection of the period to the result that settles it
 * (the latest confirmation, else the first screen): the result-turnaround
 * measure's own rule on the times the collection keeps, one row per
 * collection, for the cases behind its line.
 */
export const TURNAROUND_ITEMS = `
items AS (
  SELECT k.participant_id, k.court_id, pa.program_id, ph.position AS phase_position, ph.name AS phase_name, k.court_day AS on_day,
         (extract(epoch FROM COALESCE(k.confirmed_at, k.first_result_at) - k.collected_at) / 3600)::float8 AS value,
         ${FIDELITY_TARGETS.labTurnaroundHours}::float8 AS target
    FROM drug_test_collections k JOIN participants pa ON pa.id = k.participant_id
    ${phaseOn('k.participant_id', 'k.court_day')}
   WHERE k.court_id = ANY($1::uuid[]) AND k.court_day BETWEEN $2::date AND $3::date AND k.imported_at IS NULL AND ${inProgram('k.participant_id')}
     AND k.first_result_at IS NOT NULL)`;

/**
 * Violations detected in the period (each court's own days), not dismissed,
 * whose deadline has passed: value 1 when heard by the deadline, 0 when not
 * (the swiftness measure's rule), for the cases behind its line. `$5` is now.
 */
export const HEARD_IN_TIME_ITEMS = `
items AS (
  SELECT v.participant_id, v.court_id, pa.program_id, ph.position AS phase_position, ph.name AS phase_name,
         (v.detected_at AT TIME ZONE c.time_zone)::date AS on_day,
         CASE WHEN v.heard_at IS NOT NULL AND v.heard_at <= v.deadline_at THEN 1 ELSE 0 END::float8 AS value, 1::float8 AS target
    FROM violations v JOIN courts c ON c.id = v.court_id JOIN participants pa ON pa.id = v.participant_id
    ${phaseOn('v.participant_id', '(v.detected_at AT TIME ZONE c.time_zone)::date')}
   WHERE v.court_id = ANY($1::uuid[]) AND v.status <> 'dismissed' AND v.imported_at IS NULL
     AND v.detected_at >= ($2::date)::timestamp AT TIME ZONE c.time_zone
     AND v.detected_at < ($3::date + 1)::timestamp AT TIME ZONE c.time_zone
     AND (v.heard_at IS NOT NULL OR v.deadline_at <= $5::timestamptz)
     AND ${inProgram('v.participant_id')})`;

/**
 * Each participant-day in a draw of the courts over the period (the testing
 * fidelity measure's exposure): whether a test was ordered (drawn and not
 * excused, or forced) and collected, whether the day is a weekend or one of
 * the court's holidays, and whether the participant was in a phase before
 * their program's last. The fidelity measure's weekly summary keeps weekdays,
 * not a court's holidays, so the weekend-and-holiday share is read here.
 */
export const TESTING_DAYS = `days AS (
  SELECT d.court_id, d.court_day, e.participant_id, e.tests_per_week,
         (e.selected AND NOT EXISTS (SELECT 1 FROM draw_overrides o WHERE o.court_id = d.court_id AND o.court_day = d.court_day
                                        AND o.participant_id = e.participant_id AND o.action = 'excuse' AND o.withdrawn_at IS NULL))
         OR EXISTS (SELECT 1 FROM draw_overrides o WHERE o.court_id = d.court_id AND o.court_day = d.court_day
                       AND o.participant_id = e.participant_id AND o.action = 'force' AND o.withdrawn_at IS NULL) AS ordered,
         EXISTS (SELECT 1 FROM drug_test_collections k WHERE k.participant_id = e.participant_id AND k.court_day = d.court_day AND k.imported_at IS NULL) AS collected,
         extract(isodow FROM d.court_day) >= 6
           OR EXISTS (SELECT 1 FROM court_holidays ch WHERE ch.court_id = d.court_id AND ch.date = d.court_day) AS weekend_or_holiday,
         ph.position < (SELECT max(q.position) FROM phases q WHERE q.phase_plan_id = ph.phase_plan_id) AS before_last_phase
    FROM draws d JOIN draw_entries e ON e.draw_id = d.id
    ${phaseOn('e.participant_id', 'd.court_day')}
   WHERE d.court_id = ANY($1::uuid[]) AND d.court_day BETWEEN $2::date AND $3::date AND ${inProgram('e.participant_id')})`;

/**
 * Tests ordered on the courts' holidays that fall on a weekday, as the
 * testing fidelity measure orders them (drawn and not excused, or forced):
 * the measure's summary counts ordered tests and those on a weekend, and
 * these are the rest of the weekend-and-holiday line. A state's holidays are
 * a few days a court, so this reads those days' draws only, where reading
 * every participant-day of the period took longer than a request may.
 */
export const WEEKDAY_HOLIDAY_ORDERED_SQL = `
WITH holidays AS (
  SELECT ch.court_id, ch.date FROM court_holidays ch
   WHERE ch.court_id = ANY($1::uuid[]) AND ch.date BETWEEN $2::date AND $3::date AND extract(isodow FROM ch.date) < 6),
${orderedTestsSql((t) => `(${t}.court_id, ${t}.court_day) IN (SELECT court_id, date FROM holidays)`)}
-- One test a participant-day, however it was ordered.
SELECT count(DISTINCT (participant_id, court_day))::int AS ordered FROM ordered WHERE ${inProgram('ordered.participant_id')}`;

/**
 * Each participant's random testing over the period, from the draws they
 * were in (the testing-fidelity measure's exposure): tests collected per
 * week against the frequency in force (`plan`), the same over the days they
 * were in a phase before their program's last (`floor`, against two), and
 * the share of their ordered tests on a weekend or holiday (`weekend`,
 * against that share of the period's days, `$5`). `on_day` is their last
 * day in a draw.
 */
export const participantTestingItems = (which: 'plan' | 'floor' | 'weekend') => `
${TESTING_DAYS},
per_participant AS (
  SELECT participant_id, min(court_id::text)::uuid AS court_id, max(court_day) AS on_day,
         ${
           which === 'plan'
             ? `round((count(*) FILTER (WHERE collected) * 7.0 / count(*))::numeric, 2)::float8 AS value,
                round((sum(tests_per_week) / count(*))::numeric, 2)::float8 AS target, count(*) AS exposure`
             : which === 'floor'
               ? `round((count(*) FILTER (WHERE collected AND before_last_phase) * 7.0 / NULLIF(count(*) FILTER (WHERE before_last_phase), 0))::numeric, 2)::float8 AS value,
                  ${FIDELITY_TARGETS.testsPerWeekFloor}::float8 AS target, count(*) FILTER (WHERE before_last_phase) AS exposure`
               : `round((count(*) FILTER (WHERE ordered AND weekend_or_holiday)::numeric / NULLIF(count(*) FILTER (WHERE ordered), 0)), 3)::float8 AS value,
                  $5::float8 AS target, count(*) FILTER (WHERE ordered) AS exposure`
         }
    FROM days GROUP BY participant_id),
items AS (
  SELECT x.participant_id, x.court_id, pa.program_id, ph.position AS phase_position, ph.name AS phase_name, x.on_day, x.value, x.target
    FROM per_participant x JOIN participants pa ON pa.id = x.participant_id
    ${phaseOn('x.participant_id', 'x.on_day')}
   WHERE x.exposure > 0)`;

/**
 * Each participant with a sanction recorded in the period: their incentives
 * for each sanction (the outcome measures count the same responses), against
 * four. `on_day` is their last response of the period.
 */
export const INCENTIVE_RATIO_ITEMS = `
per_participant AS (
  SELECT r.participant_id, min(r.court_id::text)::uuid AS court_id, max(r.ordered_on) AS on_day,
         (count(*) FILTER (WHERE r.kind = 'incentive'))::float8 / count(*) FILTER (WHERE r.kind = 'sanction') AS value
    FROM court_responses r
   WHERE r.court_id = ANY($1::uuid[]) AND r.ordered_on BETWEEN $2::date AND $3::date AND r.kind IN ('incentive', 'sanction')
     AND ${inProgram('r.participant_id')}
   GROUP BY r.participant_id
  HAVING count(*) FILTER (WHERE r.kind = 'sanction') > 0),
items AS (
  SELECT x.participant_id, x.court_id, pa.program_id, ph.position AS phase_position, ph.name AS phase_name, x.on_day, x.value,
         ${FIDELITY_TARGETS.incentivesPerSanction}::float8 AS target
    FROM per_participant x JOIN participants pa ON pa.id = x.participant_id
    ${phaseOn('x.participant_id', 'x.on_day')})`;

/**
 * Each participant admitted in the period: days from admission to their
 * first treatment session attended (the outcome measures' rule), or, with
 * none yet, the days they have waited so far (to the period's end or today,
 * `$5`, whichever is sooner), so one still waiting past the target is a case.
 */
export const TREATMENT_ENTRY_ITEMS = `
items AS (
  SELECT pa.id AS participant_id, pa.court_id, pa.program_id, ph.position AS phase_position, ph.name AS phase_name, pa.enrolled_on AS on_day,
         (COALESCE(
           (SELECT min(a.session_on) FROM treatment_attendance a
             WHERE a.participant_id = pa.id AND a.attendance = 'attended' AND a.session_on >= pa.enrolled_on),
           LEAST($3::date, ($5::timestamptz AT TIME ZONE c.time_zone)::date)) - pa.enrolled_on)::float8 AS value,
         ${FIDELITY_TARGETS.treatmentEntryDays}::float8 AS target
    FROM participants pa JOIN courts c ON c.id = pa.court_id
    ${phaseOn('pa.id', 'pa.enrolled_on')}
   WHERE pa.court_id = ANY($1::uuid[]) AND pa.enrolled_on BETWEEN $2::date AND $3::date AND ($4::uuid IS NULL OR pa.program_id = $4::uuid))`;
