import { named, Queryable } from './docket-history';

/**
 * A state's worth of treatment courts for the measures benchmark, written in
 * set-based SQL (generate_series, INSERT … SELECT), never row by row: by
 * default 100 courts, 1,000 participants each referred evenly over five
 * years, every one taken through the lifecycle the measures read.
 *
 * - Referral → screening (with its assessment, and for some of those
 *   rejected an excluded charge) → rejected (about 13%) or enrolled two to four
 *   weeks later; then five phases (60-90 days each, plus up to 40) ending in
 *   graduation (55%), termination (30%), withdrawal (10%) or transfer (5%),
 *   or still in the program at the end day (active, a few in custody or on
 *   a warrant). Phase stays, status changes and demographics (the federal
 *   race and ethnicity codes, sex, gender, primary language) to match.
 * - Five years of draws (one per court-day), violations (about one per 40
 *   days in the program, heard within 72 hours nine times in ten, some late,
 *   dismissed or awaiting a hearing), hearings (violation hearings and a
 *   status hearing every four weeks), and responses (a sanction per answered
 *   violation, one in seven of them jail; an incentive every four weeks).
 * - Testing is thinned to the most recent `testingDays` (a year by default,
 *   the longest period a measure reads): draw entries for every participant
 *   in a phase that day, call-ins, collections, screens and confirmations,
 *   a few staff excuses and increased-testing orders, weekly treatment
 *   attendance. Five years of daily entries for 16,000 people would be
 *   30 million rows that no one-year measure reads.
 *
 * Rolls come from `hashtext` of each row's identity, so a run is repeatable.
 * History is marked processed (draws' missed call-ins recorded), so a worker
 * pointed at the database charges nothing again.
 */

export interface StateSeedOptions {
  /** Court codes are `<prefix>-001`…; a prefix of two to six capitals keeps them valid and apart from other courts. */
  prefix: string;
  courts: number;
  participantsPerCourt: number;
  /** The last court day of the history (inclusive), e.g. yesterday. */
  endDay: string;
  /** Days of history in all (five years by default). */
  days?: number;
  /** Days of testing history at the end (draw entries, call-ins, collections, results, attendance). */
  testingDays?: number;
}

export interface StateSeedReport {
  courtIds: string[];
  seconds: number;
  /** Rows written per table, and the seconds each step took. */
  rows: Record<string, number>;
  steps: Array<{ step: string; seconds: number }>;
}

const ZONES = ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Phoenix', 'America/Los_Angeles', 'America/Anchorage', 'Pacific/Honolulu'];
/** Base days of the five phases; each participant adds 0-39 days to each. */
const PHASE_DAYS = [60, 90, 90, 90, 60];
const TESTS_PER_WEEK = [3, 2.5, 2, 1.5, 1];

/** A deterministic number in [0, 1024) from a row's identity. */
const roll = (expression: string) => `(abs(hashtext(${expression})) % 1024)`;
/** Days participant `p` spends in phase `k` (the same expression wherever it is needed). */
const phaseDays = (k: string) => `((ARRAY[${PHASE_DAYS.join(',')}])[${k}] + ${roll(`p.court_id::text || p.participant_number || ':d' || ${k}`)} % 40)`;

const TABLES = [
  'courts',
  'programs',
  'phases',
  'participants',
  'participant_phases',
  'participant_status_changes',
  'screenings',
  'draws',
  'draw_entries',
  'draw_overrides',
  'call_ins',
  'drug_test_collections',
  'drug_test_results',
  'testing_orders',
  'violations',
  'hearings',
  'court_responses',
  'treatment_attendance',
] as const;

/** The rows of a result, from a TypeORM DataSource (the rows) or a pg Pool (`{ rows }`). */
function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

export async function seedState(db: Queryable, options: StateSeedOptions): Promise<StateSeedReport> {
  const started = performance.now();
  const days = options.days ?? 5 * 365;
  const testingDays = Math.min(options.testingDays ?? 365, days);
  const steps: StateSeedReport['steps'] = [];
  const step = async (name: string, sql: string, values: Record<string, unknown>) => {
    const at = performance.now();
    const result = await named(db, sql, values);
    steps.push({ step: name, seconds: Math.round(performance.now() - at) / 1000 });
    return rowsOf<Record<string, string>>(result);
  };

  const [staff] = await step(
    'staff',
    `INSERT INTO users (kind, username, display_name) VALUES ('staff', lower(:prefix) || '-records', 'Records clerk (' || :prefix || ')') RETURNING id`,
    { prefix: options.prefix },
  );
  const courtRows = await step(
    'courts',
    `INSERT INTO courts (code, name, time_zone, call_in_window_start, call_in_window_end)
     SELECT :prefix || '-' || lpad(n::text, 3, '0'), 'County court ' || n || ' (' || :prefix || ')', (:zones::text[])[1 + (n - 1) % cardinality(:zones::text[])], '05:00', '09:00'
       FROM generate_series(1, :courts::int) AS n
     RETURNING id`,
    { prefix: options.prefix, courts: options.courts, zones: ZONES },
  );
  const courtIds = courtRows.map((r) => r.id);
  const v = {
    courts: courtIds,
    staff: staff.id,
    endday: options.endDay,
    days,
    tdays: testingDays,
    n: options.participantsPerCourt,
  };

  await step(
    'programs, phase plans, phases, catalogues, providers',
    `WITH programs AS (
       INSERT INTO programs (court_id, code, name, model) SELECT c, 'DTC', 'Drug treatment court', 'treatment_court' FROM unnest(:courts::uuid[]) AS c RETURNING id),
     plans AS (INSERT INTO phase_plans (program_id, version) SELECT id, 1 FROM programs RETURNING id),
     phases AS (
       INSERT INTO phases (phase_plan_id, position, name, tests_per_week, min_days_in_phase)
       SELECT plans.id, k, 'Phase ' || k, (ARRAY[${TESTS_PER_WEEK.join(',')}])[k], (ARRAY[${PHASE_DAYS.join(',')}])[k] FROM plans CROSS JOIN generate_series(1, 5) AS k
       RETURNING id),
     entries AS (
       INSERT INTO response_catalogue_entries (program_id, kind, code, name, level, effect, restricts_liberty)
       SELECT programs.id, e.kind, e.code, e.name, e.level, e.effect, e.liberty FROM programs CROSS JOIN (VALUES
         ('sanction', 'JAIL', 'Jail, two days', 6, 'jail', true),
         ('sanction', 'CS', 'Community service, eight hours', 3, 'community_service', false),
         ('incentive', 'PRAISE', 'Praise from the bench', 1, 'none', false)) AS e(kind, code, name, level, effect, liberty)
       RETURNING id)
     INSERT INTO provider_organisations (court_id, name) SELECT c, 'Community treatment' FROM unnest(:courts::uuid[]) AS c`,
    v,
  );

  // Referred evenly over the period; the roll decides rejection, and the exit roll how (and so when) the stay ends.
  await step(
    'participants',
    `WITH base AS (
       SELECT c.id AS court_id, pr.id AS program_id, i,
              'P-' || lpad(i::text, 6, '0') AS num,
              LEAST(:endday::date, :endday::date - (:days::int - 1) + (i * :days::int / :n::int) + ${roll(`c.id::text || i || ':ref'`)} % 10) AS referred_on,
              ${roll(`c.id::text || i || ':fate'`)} AS fate,
              ${roll(`c.id::text || i || ':exit'`)} AS exit_roll,
              ${roll(`c.id::text || i || ':who'`)} AS who
         FROM courts c JOIN programs pr ON pr.court_id = c.id CROSS JOIN generate_series(0, :n::int - 1) AS i
        WHERE c.id = ANY(:courts::uuid[])),
     planned AS (
       SELECT b.*,
              CASE WHEN b.referred_on > :endday::date - 30 THEN NULL WHEN b.fate < 133 THEN NULL ELSE b.referred_on + 14 + b.fate % 14 END AS enrolled_on,
              CASE WHEN b.exit_roll < 563 THEN 'graduated' WHEN b.exit_roll < 870 THEN 'terminated' WHEN b.exit_roll < 972 THEN 'withdrawn' ELSE 'transferred' END AS fate_status
         FROM base b),
     timed AS (
       SELECT p.*,
              p.enrolled_on + CASE p.fate_status
                WHEN 'graduated' THEN (SELECT sum(${phaseDays('k')})::int FROM generate_series(1, 5) AS k)
                WHEN 'terminated' THEN 30 + p.exit_roll % 300
                WHEN 'withdrawn' THEN 20 + p.exit_roll % 200
                ELSE 30 + p.exit_roll % 150 END AS exit_on
         FROM (SELECT planned.*, planned.num AS participant_number FROM planned) p)
     INSERT INTO participants (court_id, participant_number, first_name, last_name, status, program_id, referral_source, referred_on, enrolled_on,
                               discharged_on, date_of_birth, sex, gender, races, ethnicity, primary_language)
     SELECT t.court_id, t.num, (ARRAY['Alex', 'Sam', 'Jordan', 'Maria', 'José', 'Ana', 'Chris', 'Taylor'])[1 + t.who % 8], 'Person ' || t.num,
            CASE WHEN t.enrolled_on IS NULL THEN CASE WHEN t.referred_on > :endday::date - 30 THEN (ARRAY['referred', 'screening', 'accepted'])[1 + t.fate % 3] ELSE 'rejected' END
                 WHEN t.exit_on <= :endday::date THEN t.fate_status
                 WHEN t.who < 31 THEN 'in_custody' WHEN t.who < 62 THEN 'warrant' ELSE 'active' END,
            CASE WHEN t.enrolled_on IS NOT NULL THEN t.program_id END,
            (ARRAY['prosecutor', 'defense', 'judge', 'probation', 'police', 'other'])[1 + t.fate % 6], t.referred_on, t.enrolled_on,
            CASE WHEN t.exit_on <= :endday::date THEN t.exit_on END,
            t.referred_on - (18 * 365 + t.who * 14),
            (ARRAY['female', 'male', 'male', 'female', 'male', 'declined'])[1 + t.who % 6], (ARRAY['woman', 'man', 'man', 'woman', 'man', 'non_binary'])[1 + t.who % 6],
            CASE WHEN t.exit_roll % 20 = 0 THEN ARRAY['black_african_american', 'white']
                 ELSE ARRAY[(ARRAY['white', 'black_african_american', 'white', 'asian', 'american_indian_alaska_native', 'white', 'black_african_american', 'native_hawaiian_pacific_islander'])[1 + t.exit_roll % 8]] END,
            CASE WHEN t.fate % 5 = 0 THEN 'hispanic_latino' ELSE 'not_hispanic_latino' END,
            (ARRAY['en', 'en', 'en', 'es', 'en', 'vi', 'en', 'pt'])[1 + t.fate % 8]
       FROM timed t`,
    v,
  );

  // Each enrolled participant's phases, back to back from enrolment, until discharge or the end day.
  await step(
    'participant phases',
    `WITH stays AS (
       SELECT p.id AS participant_id, p.court_id, p.discharged_on, p.status, pp.id AS plan_id, ph.id AS phase_id, k,
              p.enrolled_on + COALESCE(sum(${phaseDays('k')}) OVER (PARTITION BY p.id ORDER BY k ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0)::int AS started_on,
              p.enrolled_on + sum(${phaseDays('k')}) OVER (PARTITION BY p.id ORDER BY k)::int AS next_on
         FROM participants p JOIN phase_plans pp ON pp.program_id = p.program_id JOIN generate_series(1, 5) AS k ON true
         JOIN phases ph ON ph.phase_plan_id = pp.id AND ph.position = k
        WHERE p.court_id = ANY(:courts::uuid[]) AND p.enrolled_on IS NOT NULL)
     INSERT INTO participant_phases (participant_id, phase_plan_id, phase_id, started_on, ended_on, start_reason, end_reason, recorded_by)
     SELECT participant_id, plan_id, phase_id, started_on,
            CASE WHEN discharged_on IS NOT NULL THEN LEAST(next_on, discharged_on) WHEN next_on <= :endday::date THEN next_on END,
            CASE WHEN k = 1 THEN 'enrolment' ELSE 'promotion' END,
            CASE WHEN discharged_on IS NOT NULL AND next_on >= discharged_on THEN 'discharge'
                 WHEN discharged_on IS NOT NULL OR next_on <= :endday::date THEN 'promotion' END,
            :staff::uuid
       FROM stays
      WHERE started_on < COALESCE(discharged_on, :endday::date + 1)`,
    v,
  );
  await step(
    'current phases',
    `UPDATE participants p SET phase_plan_id = h.phase_plan_id, phase_id = h.phase_id, phase_started_on = h.started_on
       FROM participant_phases h
      WHERE h.participant_id = p.id AND h.ended_on IS NULL AND p.court_id = ANY(:courts::uuid[])`,
    v,
  );
  // Screening a few days after referral, the team's decision a week later, enrolment, and the exit, each on the day it took effect.
  await step(
    'status changes',
    `INSERT INTO participant_status_changes (participant_id, from_status, to_status, reason, effective_on, changed_by, created_at)
     SELECT p.id, s.from_status, s.to_status, s.reason, s.effective_on, :staff::uuid, s.effective_on::timestamp AT TIME ZONE 'UTC'
       FROM participants p
       CROSS JOIN LATERAL (VALUES
         ('referred', 'screening', 'screening', p.referred_on + 3, p.status <> 'referred'),
         ('screening', CASE WHEN p.enrolled_on IS NULL THEN p.status ELSE 'accepted' END, 'team decision', p.referred_on + 10,
          p.status NOT IN ('referred', 'screening')),
         ('accepted', 'active', 'enrolment', p.enrolled_on, p.enrolled_on IS NOT NULL),
         ('active', p.status, 'court order', p.discharged_on, p.discharged_on IS NOT NULL)) AS s(from_status, to_status, reason, effective_on, happened)
      WHERE p.court_id = ANY(:courts::uuid[]) AND s.happened AND s.effective_on <= :endday::date`,
    v,
  );

  // The screening a few days after referral, for everyone past it: most in the program's target (high risk, high
  // need); of those rejected, some with an excluded charge and some assessed outside the target (the funnel's reasons).
  await step(
    'screenings',
    `INSERT INTO screenings (participant_id, excluded_charges, legally_eligible, assessed_on, instrument, risk_level, need_level, recorded_by, created_at, updated_at)
     SELECT p.id,
            CASE WHEN x.barred THEN jsonb_build_array(jsonb_build_object('statute', '720 ILCS 5/12-3.05', 'description', 'Aggravated battery', 'level', 'felony', 'category', 'violent'))
                 ELSE '[]'::jsonb END,
            NOT x.barred, p.referred_on + 3, 'RANT',
            CASE WHEN p.status = 'rejected' AND NOT x.barred AND x.r < 700 THEN 'low' ELSE 'high' END, 'high', :staff::uuid,
            (p.referred_on + 3)::timestamp AT TIME ZONE 'UTC', (p.referred_on + 3)::timestamp AT TIME ZONE 'UTC'
       FROM participants p
       CROSS JOIN LATERAL (SELECT ${roll(`'scr' || p.id::text`)} AS r) r0
       CROSS JOIN LATERAL (SELECT r0.r AS r, p.status = 'rejected' AND r0.r < 400 AS barred) x
      WHERE p.court_id = ANY(:courts::uuid[]) AND p.status <> 'referred' AND p.referred_on + 3 <= :endday::date`,
    v,
  );

  await step(
    'draws',
    `INSERT INTO draws (court_id, court_day, algorithm, seed_commitment, seed, committed_at, window_opens_at, window_closes_at, report_by,
                        participant_count, selected_count, missed_call_ins_recorded_at, missed_tests_recorded_at)
     SELECT c.id, d, 'synthetic-history', encode(sha256(convert_to(d::text || c.id::text, 'UTF8')), 'hex'), convert_to(d::text || c.id::text, 'UTF8'),
            (d + time '04:00') AT TIME ZONE c.time_zone, (d + time '05:00') AT TIME ZONE c.time_zone, (d + time '09:00') AT TIME ZONE c.time_zone,
            (d + time '17:00') AT TIME ZONE c.time_zone, 0, 0, (d + time '09:00') AT TIME ZONE c.time_zone, (d + time '17:00') AT TIME ZONE c.time_zone
       FROM courts c CROSS JOIN generate_series(:endday::date - (:days::int - 1), :endday::date, interval '1 day') AS g(day)
       CROSS JOIN LATERAL (SELECT g.day::date AS d) x
      WHERE c.id = ANY(:courts::uuid[])`,
    v,
  );
  // Everyone in a phase that day is in the draw, selected with the phase's chance (tests per week ÷ 7).
  await step(
    'draw entries',
    `INSERT INTO draw_entries (draw_id, participant_id, tests_per_week, probability, selected)
     SELECT d.id, h.participant_id, ph.tests_per_week, ph.tests_per_week / 7.0, ${roll(`d.id::text || h.participant_id::text`)} < ph.tests_per_week / 7.0 * 1024
       FROM participant_phases h JOIN participants p ON p.id = h.participant_id JOIN phases ph ON ph.id = h.phase_id
       CROSS JOIN LATERAL generate_series(GREATEST(h.started_on, :endday::date - (:tdays::int - 1)), LEAST(COALESCE(h.ended_on - 1, :endday::date), :endday::date), interval '1 day') AS g(day)
       JOIN draws d ON d.court_id = p.court_id AND d.court_day = g.day::date
      WHERE p.court_id = ANY(:courts::uuid[]) AND COALESCE(h.ended_on, :endday::date + 1) > :endday::date - (:tdays::int - 1)`,
    v,
  );
  await step(
    'call-ins',
    `INSERT INTO call_ins (court_id, participant_id, court_day, called_at, channel, receipt_code, told, answered_at)
     SELECT dr.court_id, e.participant_id, dr.court_day, dr.window_opens_at + make_interval(mins => ${roll(`'t' || dr.id::text || e.participant_id::text`)} % 230),
            (ARRAY['web', 'phone', 'sms'])[1 + ${roll(`'c' || dr.id::text || e.participant_id::text`)} % 3],
            upper(substr(md5(dr.id::text || e.participant_id::text), 1, 4) || '-' || substr(md5(e.participant_id::text || dr.id::text), 1, 4)),
            e.selected, dr.window_opens_at + make_interval(mins => ${roll(`'t' || dr.id::text || e.participant_id::text`)} % 230)
       FROM draws dr JOIN draw_entries e ON e.draw_id = dr.id
      WHERE dr.court_id = ANY(:courts::uuid[]) AND ${roll(`'call' || dr.id::text || e.participant_id::text`)} >= 31`,
    v,
  );
  await step(
    'staff excuses',
    `INSERT INTO draw_overrides (court_id, participant_id, court_day, action, reason, recorded_by, created_at)
     SELECT dr.court_id, e.participant_id, dr.court_day, 'excuse', 'in treatment that morning', :staff::uuid, dr.window_opens_at
       FROM draws dr JOIN draw_entries e ON e.draw_id = dr.id
      WHERE dr.court_id = ANY(:courts::uuid[]) AND e.selected AND ${roll(`'x' || dr.id::text || e.participant_id::text`)} < 20`,
    v,
  );
  // Told to test and not excused: most come in; a test ordered by staff is collected "forced".
  await step(
    'collections',
    `INSERT INTO drug_test_collections (court_id, participant_id, court_day, collected_at, observed, specimen_type, basis, collected_by)
     SELECT c.court_id, c.participant_id, c.court_day, c.called_at + make_interval(mins => 60 + ${roll(`'k' || c.id::text`)} % 420), true,
            CASE WHEN ${roll(`'s' || c.id::text`)} < 900 THEN 'urine' ELSE 'oral_fluid' END, 'random', :staff::uuid
       FROM call_ins c
      WHERE c.court_id = ANY(:courts::uuid[]) AND c.told AND ${roll(`'show' || c.id::text`)} >= 41
        AND NOT EXISTS (SELECT 1 FROM draw_overrides o WHERE o.participant_id = c.participant_id AND o.court_day = c.court_day AND o.withdrawn_at IS NULL)`,
    v,
  );
  // A screen for each, 2-48 hours later; one in twelve positive, each of those confirmed by a laboratory 3-7 days later.
  await step(
    'screens',
    `INSERT INTO drug_test_results (court_id, participant_id, collection_id, tested_on, substance, outcome, method, created_at, released_at, recorded_by)
     SELECT k.court_id, k.participant_id, k.id, k.court_day,
            CASE WHEN ${roll(`'pos' || k.id::text`)} < 85 THEN (ARRAY['thc', 'cocaine', 'methamphetamine', 'opiates'])[1 + ${roll(`'sub' || k.id::text`)} % 4] END,
            CASE WHEN ${roll(`'pos' || k.id::text`)} < 85 THEN 'positive' WHEN ${roll(`'pos' || k.id::text`)} < 95 THEN 'dilute' ELSE 'negative' END, 'screen',
            k.collected_at + make_interval(hours => 2 + ${roll(`'h' || k.id::text`)} % 47), k.collected_at + make_interval(hours => 2 + ${roll(`'h' || k.id::text`)} % 47), :staff::uuid
       FROM drug_test_collections k WHERE k.court_id = ANY(:courts::uuid[])`,
    v,
  );
  await step(
    'confirmations',
    `INSERT INTO drug_test_results (court_id, participant_id, collection_id, tested_on, substance, outcome, method, created_at, released_at, recorded_by, lab)
     SELECT r.court_id, r.participant_id, r.collection_id, r.tested_on, r.substance, 'positive', 'confirmation',
            r.created_at + make_interval(hours => 72 + ${roll(`'conf' || r.id::text`)} % 96), r.created_at + make_interval(hours => 72 + ${roll(`'conf' || r.id::text`)} % 96),
            :staff::uuid, 'State laboratory'
       FROM drug_test_results r WHERE r.court_id = ANY(:courts::uuid[]) AND r.outcome = 'positive' AND r.method = 'screen'`,
    v,
  );
  await step(
    'increased testing',
    `INSERT INTO testing_orders (court_id, participant_id, tests_per_week, starts_on, ends_on, reason, ordered_by)
     SELECT r.court_id, r.participant_id, 5, r.tested_on + 4, r.tested_on + 17, 'increased testing after a positive', :staff::uuid
       FROM drug_test_results r WHERE r.court_id = ANY(:courts::uuid[]) AND r.method = 'confirmation' AND ${roll(`'order' || r.id::text`)} < 256`,
    v,
  );

  // About one violation per 40 days in a phase, over the whole history; the roll decides how the court answered it:
  // heard in time (87%), heard late (9%), never heard and overdue (3%), dismissed (1%); those of the last 72 hours still open.
  await step(
    'violations',
    `WITH found AS (
       SELECT h.participant_id, p.court_id, j, h.id AS stay_id,
              ((h.started_on + (j - 1) * 40 + ${roll(`h.id::text || j`)} % 40)::timestamp + make_interval(hours => 9 + ${roll(`'hr' || h.id::text || j`)} % 9)) AT TIME ZONE c.time_zone AS detected_at,
              ${roll(`'fate' || h.id::text || j`)} AS fate,
              (ARRAY['missed_call_in', 'positive_test', 'positive_test', 'missed_test', 'dilute_test'])[1 + ${roll(`'kind' || h.id::text || j`)} % 5] AS kind
         FROM participant_phases h JOIN participants p ON p.id = h.participant_id JOIN courts c ON c.id = p.court_id
         CROSS JOIN LATERAL generate_series(1, GREATEST(1, (COALESCE(h.ended_on, :endday::date) - h.started_on) / 40)) AS j
        WHERE p.court_id = ANY(:courts::uuid[]) AND h.started_on + (j - 1) * 40 + ${roll(`h.id::text || j`)} % 40 < COALESCE(h.ended_on, :endday::date)),
     timed AS (
       SELECT f.*, f.detected_at > (:endday::date + 1)::timestamp AT TIME ZONE 'UTC' - interval '72 hours' AS recent,
              CASE WHEN f.detected_at > (:endday::date + 1)::timestamp AT TIME ZONE 'UTC' - interval '72 hours' THEN NULL
                   WHEN f.fate < 890 THEN f.detected_at + make_interval(hours => 12 + f.fate % 58)
                   WHEN f.fate < 980 THEN f.detected_at + make_interval(hours => 73 + f.fate % 72) END AS heard_at
         FROM found f)
     INSERT INTO violations (court_id, participant_id, kind, detected_at, deadline_at, status, answered_at, heard_at, responded_at, dismissed_at, dismissed_reason,
                             escalated_at, source_key, evidence, recorded_by)
     SELECT t.court_id, t.participant_id, t.kind, t.detected_at, t.detected_at + interval '72 hours',
            CASE WHEN t.heard_at IS NOT NULL THEN 'answered' WHEN t.fate >= 1010 THEN 'dismissed' ELSE 'open' END,
            t.heard_at + interval '20 minutes', t.heard_at, t.heard_at + interval '20 minutes',
            CASE WHEN t.heard_at IS NULL AND t.fate >= 1010 THEN t.detected_at + interval '30 hours' END,
            CASE WHEN t.heard_at IS NULL AND t.fate >= 1010 THEN 'the laboratory withdrew the result' END,
            CASE WHEN t.heard_at > t.detected_at + interval '72 hours' OR (t.heard_at IS NULL AND t.fate < 1010 AND NOT t.recent) THEN t.detected_at + interval '72 hours' END,
            'state-seed:' || t.stay_id || ':' || t.j, jsonb_build_object('synthetic', true), :staff::uuid
       FROM timed t`,
    v,
  );
  await step(
    'violation hearings',
    `INSERT INTO hearings (court_id, participant_id, kind, scheduled_at, status, created_by, created_at)
     SELECT v.court_id, v.participant_id, 'violation', v.heard_at, 'held', :staff::uuid, v.detected_at
       FROM violations v WHERE v.court_id = ANY(:courts::uuid[]) AND v.heard_at IS NOT NULL AND v.source_key LIKE 'state-seed:%'`,
    v,
  );
  await step(
    'status hearings',
    `INSERT INTO hearings (court_id, participant_id, kind, scheduled_at, status, created_by)
     SELECT p.court_id, h.participant_id, 'status', (g.day::date + time '09:00') AT TIME ZONE c.time_zone,
            CASE WHEN g.day::date <= :endday::date THEN 'held' ELSE 'scheduled' END, :staff::uuid
       FROM participant_phases h JOIN participants p ON p.id = h.participant_id JOIN courts c ON c.id = p.court_id
       CROSS JOIN LATERAL generate_series(h.started_on + 7, COALESCE(h.ended_on - 1, :endday::date + 14), interval '28 days') AS g(day)
      WHERE p.court_id = ANY(:courts::uuid[])`,
    v,
  );
  // A sanction for each violation heard (one in seven two days in jail), linked to it; an incentive every four weeks in a phase.
  await step(
    'sanctions',
    `WITH heard AS (
       SELECT v.id, v.court_id, v.participant_id, v.heard_at, c.time_zone, ${roll(`'jail' || v.id::text`)} % 7 = 0 AS jail
         FROM violations v JOIN courts c ON c.id = v.court_id
        WHERE v.court_id = ANY(:courts::uuid[]) AND v.heard_at IS NOT NULL AND v.source_key LIKE 'state-seed:%'),
     responses AS (
       INSERT INTO court_responses (court_id, participant_id, catalogue_entry_id, kind, level, effect, amount, ordered_on, ordered_by, note, created_at,
                                    custody_ends_at, custody_ended_at, restricts_liberty)
       SELECT h.court_id, h.participant_id, e.id, e.kind, e.level, e.effect, CASE WHEN h.jail THEN 2 ELSE 8 END, (h.heard_at AT TIME ZONE h.time_zone)::date,
              :staff::uuid, h.id::text, h.heard_at + interval '20 minutes',
              CASE WHEN h.jail THEN h.heard_at + interval '2 days' END, CASE WHEN h.jail THEN h.heard_at + interval '2 days' END, h.jail
         FROM heard h JOIN programs pr ON pr.court_id = h.court_id
         JOIN response_catalogue_entries e ON e.program_id = pr.id AND e.code = CASE WHEN h.jail THEN 'JAIL' ELSE 'CS' END
       RETURNING id, note)
     INSERT INTO court_response_violations (response_id, violation_id) SELECT id, note::uuid FROM responses`,
    v,
  );
  await step(
    'incentives',
    `INSERT INTO court_responses (court_id, participant_id, catalogue_entry_id, kind, level, effect, ordered_on, ordered_by, note, created_at)
     SELECT p.court_id, h.participant_id, e.id, e.kind, e.level, e.effect, g.day::date, :staff::uuid, 'doing well', (g.day::date + time '10:00') AT TIME ZONE c.time_zone
       FROM participant_phases h JOIN participants p ON p.id = h.participant_id JOIN courts c ON c.id = p.court_id
       JOIN response_catalogue_entries e ON e.program_id = p.program_id AND e.code = 'PRAISE'
       CROSS JOIN LATERAL generate_series(h.started_on + 7, COALESCE(h.ended_on - 1, :endday::date), interval '28 days') AS g(day)
      WHERE p.court_id = ANY(:courts::uuid[])`,
    v,
  );
  await step(
    'treatment attendance',
    `INSERT INTO treatment_attendance (participant_id, organisation_id, session_on, session_type, attendance, recorded_by)
     SELECT h.participant_id, o.id, g.day::date, 'group',
            CASE WHEN ${roll(`'tx' || h.participant_id::text || g.day::text`)} < 92 THEN 'no_show' WHEN ${roll(`'tx' || h.participant_id::text || g.day::text`)} < 130 THEN 'excused' ELSE 'attended' END,
            :staff::uuid
       FROM participant_phases h JOIN participants p ON p.id = h.participant_id JOIN provider_organisations o ON o.court_id = p.court_id
       CROSS JOIN LATERAL generate_series(GREATEST(h.started_on, :endday::date - (:tdays::int - 1)), LEAST(COALESCE(h.ended_on - 1, :endday::date), :endday::date), interval '7 days') AS g(day)
      WHERE p.court_id = ANY(:courts::uuid[]) AND COALESCE(h.ended_on, :endday::date + 1) > :endday::date - (:tdays::int - 1)`,
    v,
  );
  await named(db, `VACUUM ANALYZE`, {});

  const rows: Record<string, number> = {};
  for (const table of TABLES) {
    const [row] = rowsOf<{ n: number }>(await db.query(`SELECT count(*)::int AS n FROM ${table}`));
    rows[table] = row.n;
  }
  return { courtIds, seconds: Math.round(performance.now() - started) / 1000, rows, steps };
}
