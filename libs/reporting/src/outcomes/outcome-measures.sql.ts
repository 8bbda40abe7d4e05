import { inStayOn, phaseStaysSql } from '../phase-stays.sql';

/**
 * The outcome measures as three statements over the participants of the
 * courts asked for: one row of facts per participant, aggregated per
 * program and for the whole court, and per demographic group when asked.
 *
 * Parameters of all three: $1 court ids, $2 from, $3 to (court-local days,
 * both included), $4 now (each court's "today" is read in its own zone),
 * $5 program id or null. `GROUP` is the SQL of the participant's group on
 * alias `p` (a constant when not grouping).
 */

/** Participants of the courts (and program): dates of their path, their group, and the last day whose figures are known. */
const population = (group: string) => `
pop AS (
  SELECT p.id, p.program_id, p.status, p.referred_on, p.arrested_on, p.enrolled_on, p.discharged_on,
         ${group} AS grp,
         LEAST($3::date, ($4::timestamptz AT TIME ZONE ct.time_zone)::date) AS known_until
    FROM participants p JOIN courts ct ON ct.id = p.court_id
   WHERE p.court_id = ANY($1::uuid[]) AND ($5::uuid IS NULL OR p.program_id = $5::uuid))`;

/**
 * A result that counts: not overturned by its confirmation, and not a
 * missed test whose violation was dismissed (a missed test the system
 * caused is never a charge against the person, here either).
 */
const STANDING = `NOT t.overturned AND NOT (t.outcome = 'missed' AND EXISTS (
    SELECT 1 FROM violations v WHERE v.participant_id = t.participant_id AND v.status = 'dismissed'
       AND v.source_key = 'test:' || t.participant_id || ':' || to_char(t.tested_on, 'YYYY-MM-DD') || ':missed'))`;

/** One row per participant: what happened to them that the figures count. */
export const outcomeFiguresSql = (group: string) => `
WITH ${population(group)},
first_session AS (
  SELECT a.participant_id, min(a.session_on) AS first_on
    FROM treatment_attendance a JOIN pop ON pop.id = a.participant_id
   WHERE pop.enrolled_on BETWEEN $2::date AND $3::date AND a.attendance = 'attended' AND a.session_on >= pop.enrolled_on
   GROUP BY a.participant_id),
last_use AS (
  SELECT t.participant_id, max(t.tested_on) AS last_on
    FROM drug_test_results t JOIN pop ON pop.id = t.participant_id
   WHERE pop.discharged_on BETWEEN $2::date AND $3::date AND t.tested_on BETWEEN pop.enrolled_on AND pop.discharged_on
     AND t.outcome NOT IN ('negative', 'invalid', 'prescribed') AND ${STANDING}
   GROUP BY t.participant_id),
-- Days tested and days with a positive, per participant: each day once (a screen and its confirmation are one
-- test), grouped by day first, which hashes where count(DISTINCT …) sorted two million rows.
test_days AS (
  SELECT t.participant_id, t.tested_on, bool_or(t.outcome = 'positive') AS positive
    FROM drug_test_results t JOIN pop ON pop.id = t.participant_id
   WHERE t.court_id = ANY($1::uuid[]) AND t.tested_on BETWEEN $2::date AND $3::date AND t.outcome <> 'missed' AND ${STANDING}
   GROUP BY t.participant_id, t.tested_on),
tests AS (
  SELECT participant_id, count(*)::int AS tests, count(*) FILTER (WHERE positive)::int AS positives
    FROM test_days GROUP BY participant_id),
responses AS (
  SELECT r.participant_id,
         count(*) FILTER (WHERE r.kind = 'incentive')::int AS incentives,
         count(*) FILTER (WHERE r.kind = 'sanction')::int AS sanctions,
         count(*) FILTER (WHERE r.effect = 'jail')::int AS jail_sanctions,
         COALESCE(sum(r.amount) FILTER (WHERE r.effect = 'jail'), 0)::float8 AS jail_days
    FROM court_responses r JOIN pop ON pop.id = r.participant_id
   WHERE r.court_id = ANY($1::uuid[]) AND r.ordered_on BETWEEN $2::date AND $3::date
   GROUP BY r.participant_id),
crimes AS (
  SELECT e.participant_id,
         count(*) FILTER (WHERE e.kind = 'arrest' AND e.occurred_on <= pop.discharged_on)::int AS arrests_during,
         count(*) FILTER (WHERE e.kind = 'conviction' AND e.occurred_on <= pop.discharged_on)::int AS convictions_during,
         bool_or(e.kind = 'arrest' AND e.occurred_on > pop.discharged_on AND e.occurred_on <= (pop.discharged_on + interval '1 year')::date) AS arrested_y1,
         bool_or(e.kind = 'conviction' AND e.occurred_on > pop.discharged_on AND e.occurred_on <= (pop.discharged_on + interval '1 year')::date) AS convicted_y1,
         bool_or(e.kind = 'arrest' AND e.occurred_on > pop.discharged_on AND e.occurred_on <= (pop.discharged_on + interval '3 years')::date) AS arrested_y3,
         bool_or(e.kind = 'conviction' AND e.occurred_on > pop.discharged_on AND e.occurred_on <= (pop.discharged_on + interval '3 years')::date) AS convicted_y3
    FROM criminal_history_events e JOIN pop ON pop.id = e.participant_id
   WHERE pop.discharged_on IS NOT NULL AND e.occurred_on >= pop.enrolled_on
   GROUP BY e.participant_id),
facts AS (
  SELECT pop.program_id, pop.grp, pop.status,
         pop.referred_on BETWEEN $2::date AND $3::date AS referred,
         pop.enrolled_on BETWEEN $2::date AND $3::date AS admitted,
         pop.enrolled_on - pop.referred_on AS referral_days,
         pop.enrolled_on - pop.arrested_on AS arrest_days,
         fs.first_on - pop.enrolled_on AS treatment_days,
         ${[3, 6, 12]
           .map(
             (m) => `(pop.enrolled_on + interval '${m} months')::date BETWEEN $2::date AND pop.known_until AS cohort${m},
         (pop.discharged_on IS NULL OR pop.discharged_on >= (pop.enrolled_on + interval '${m} months')::date OR pop.status = 'graduated') AS retained${m}`,
           )
           .join(',\n         ')},
         pop.discharged_on BETWEEN $2::date AND $3::date AS exited,
         pop.discharged_on - pop.enrolled_on AS stay_days,
         pop.discharged_on - GREATEST(pop.enrolled_on, lu.last_on) AS abstinence_days,
         (pop.discharged_on + interval '1 year')::date BETWEEN $2::date AND pop.known_until AS cohort_y1,
         (pop.discharged_on + interval '3 years')::date BETWEEN $2::date AND pop.known_until AS cohort_y3,
         COALESCE(t.tests, 0) AS tests, COALESCE(t.positives, 0) AS positives,
         COALESCE(r.incentives, 0) AS incentives, COALESCE(r.sanctions, 0) AS sanctions,
         COALESCE(r.jail_sanctions, 0) AS jail_sanctions, COALESCE(r.jail_days, 0) AS jail_days,
         COALESCE(c.arrests_during, 0) AS arrests_during, COALESCE(c.convictions_during, 0) AS convictions_during,
         COALESCE(c.arrested_y1, false) AS arrested_y1, COALESCE(c.convicted_y1, false) AS convicted_y1,
         COALESCE(c.arrested_y3, false) AS arrested_y3, COALESCE(c.convicted_y3, false) AS convicted_y3
    FROM pop
    LEFT JOIN first_session fs ON fs.participant_id = pop.id
    LEFT JOIN last_use lu ON lu.participant_id = pop.id
    LEFT JOIN tests t ON t.participant_id = pop.id
    LEFT JOIN responses r ON r.participant_id = pop.id
    LEFT JOIN crimes c ON c.participant_id = pop.id)
SELECT GROUPING(f.program_id) = 1 AS all_programs, GROUPING(f.grp) = 1 AS all_groups, f.program_id, f.grp,
       pr.code AS program_code, pr.name AS program_name,
       count(*) FILTER (WHERE referred)::int AS referrals,
       count(*) FILTER (WHERE admitted)::int AS admissions,
       count(referral_days) FILTER (WHERE admitted)::int AS admissions_with_referral_date,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY referral_days) FILTER (WHERE admitted) AS median_referral_days,
       count(arrest_days) FILTER (WHERE admitted)::int AS admissions_with_arrest_date,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY arrest_days) FILTER (WHERE admitted) AS median_arrest_days,
       count(treatment_days) FILTER (WHERE admitted)::int AS admissions_with_treatment,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY treatment_days) FILTER (WHERE admitted) AS median_treatment_days,
       ${[3, 6, 12].map((m) => `count(*) FILTER (WHERE cohort${m})::int AS cohort${m}, count(*) FILTER (WHERE cohort${m} AND retained${m})::int AS retained${m}`).join(',\n       ')},
       count(*) FILTER (WHERE exited)::int AS exits,
       count(*) FILTER (WHERE exited AND status = 'graduated')::int AS graduations,
       count(*) FILTER (WHERE exited AND status = 'terminated')::int AS terminations,
       count(*) FILTER (WHERE exited AND status = 'withdrawn')::int AS withdrawals,
       count(*) FILTER (WHERE exited AND status = 'transferred')::int AS transfers,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY stay_days) FILTER (WHERE exited AND status = 'graduated') AS median_stay_graduates,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY stay_days) FILTER (WHERE exited AND status = 'terminated') AS median_stay_terminations,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY abstinence_days) FILTER (WHERE exited) AS median_abstinence_days,
       sum(tests)::int AS tests, sum(positives)::int AS positives,
       count(*) FILTER (WHERE exited AND arrests_during > 0)::int AS arrested_during,
       COALESCE(sum(arrests_during) FILTER (WHERE exited), 0)::int AS arrests_during,
       count(*) FILTER (WHERE exited AND convictions_during > 0)::int AS convicted_during,
       COALESCE(sum(convictions_during) FILTER (WHERE exited), 0)::int AS convictions_during,
       count(*) FILTER (WHERE cohort_y1)::int AS cohort_y1,
       count(*) FILTER (WHERE cohort_y1 AND arrested_y1)::int AS arrested_y1,
       count(*) FILTER (WHERE cohort_y1 AND convicted_y1)::int AS convicted_y1,
       count(*) FILTER (WHERE cohort_y3)::int AS cohort_y3,
       count(*) FILTER (WHERE cohort_y3 AND arrested_y3)::int AS arrested_y3,
       count(*) FILTER (WHERE cohort_y3 AND convicted_y3)::int AS convicted_y3,
       sum(jail_sanctions)::int AS jail_sanctions, sum(jail_days)::float8 AS jail_days,
       sum(incentives)::int AS incentives, sum(sanctions)::int AS sanctions
  FROM facts f
  LEFT JOIN programs pr ON pr.id = f.program_id
 GROUP BY GROUPING SETS ((f.program_id, pr.code, pr.name, f.grp), (f.program_id, pr.code, pr.name), (f.grp), ())
 ORDER BY all_programs DESC, pr.name, all_groups DESC, f.grp`;

/** Tests and responses placed in the phase the participant was in on the day (a phase is its program and number). */
export const outcomePhasesSql = (group: string) => `
WITH ${population(group)},
test_days AS (
  SELECT t.participant_id, t.tested_on AS day, bool_or(t.outcome = 'positive') AS positive
    FROM drug_test_results t JOIN pop ON pop.id = t.participant_id
   WHERE t.court_id = ANY($1::uuid[]) AND t.tested_on BETWEEN $2::date AND $3::date AND t.outcome <> 'missed' AND ${STANDING}
   GROUP BY t.participant_id, t.tested_on),
events AS (
  SELECT participant_id, day, 'test' AS what, positive FROM test_days
  UNION ALL
  SELECT r.participant_id, r.ordered_on, r.kind, false
    FROM court_responses r JOIN pop ON pop.id = r.participant_id
   WHERE r.court_id = ANY($1::uuid[]) AND r.ordered_on BETWEEN $2::date AND $3::date AND r.kind IN ('incentive', 'sanction')),
${phaseStaysSql('SELECT id FROM pop')},
placed AS (
  SELECT e.what, e.positive, pop.grp, s.program_id, s.position
    FROM events e JOIN pop ON pop.id = e.participant_id
    LEFT JOIN stays s ON ${inStayOn('e.participant_id', 'e.day')}),
grouped AS (
  SELECT GROUPING(grp) = 1 AS all_groups, program_id, position, grp,
         count(*) FILTER (WHERE what = 'test')::int AS tests,
         count(*) FILTER (WHERE what = 'test' AND positive)::int AS positives,
         count(*) FILTER (WHERE what = 'incentive')::int AS incentives,
         count(*) FILTER (WHERE what = 'sanction')::int AS sanctions
    FROM placed
   GROUP BY GROUPING SETS ((program_id, position, grp), (program_id, position)))
SELECT g.*, pr.code AS program_code, pr.name AS program_name, n.name AS phase_name
  FROM grouped g
  LEFT JOIN programs pr ON pr.id = g.program_id
  LEFT JOIN LATERAL (SELECT ph.name FROM phases ph JOIN phase_plans pp ON pp.id = ph.phase_plan_id
                      WHERE pp.program_id = g.program_id AND ph.position = g.position
                      ORDER BY pp.version DESC LIMIT 1) n ON true
 ORDER BY pr.name NULLS LAST, g.position NULLS LAST, g.all_groups DESC, g.grp`;

/** Employment, education and housing of those admitted in the period (at admission) and of those who left in it (at exit). */
export const outcomeCircumstancesSql = (group: string) => `
WITH ${population(group)},
moments AS (
  SELECT pop.program_id, pop.grp, 'admission' AS at, c.employment, c.education, c.housing
    FROM pop LEFT JOIN participant_circumstances c ON c.participant_id = pop.id AND c.at = 'admission'
   WHERE pop.enrolled_on BETWEEN $2::date AND $3::date
  UNION ALL
  SELECT pop.program_id, pop.grp, 'exit', c.employment, c.education, c.housing
    FROM pop LEFT JOIN participant_circumstances c ON c.participant_id = pop.id AND c.at = 'exit'
   WHERE pop.discharged_on BETWEEN $2::date AND $3::date),
answers AS (
  SELECT m.program_id, m.grp, m.at, d.domain, COALESCE(d.code, 'not_recorded') AS code
    FROM moments m CROSS JOIN LATERAL (VALUES ('employment', m.employment), ('education', m.education), ('housing', m.housing)) AS d(domain, code))
SELECT GROUPING(program_id) = 1 AS all_programs, GROUPING(grp) = 1 AS all_groups, program_id, grp, at, domain, code, count(*)::int AS participants
  FROM answers
 GROUP BY GROUPING SETS ((program_id, grp, at, domain, code), (program_id, at, domain, code), (grp, at, domain, code), (at, domain, code))
 ORDER BY all_programs DESC, program_id, all_groups DESC, grp, at, domain, code`;
