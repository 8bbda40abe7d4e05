/**
 * A realistic history for docket participants, written in a few set-based
 * statements: a draw every court day with entries, call-ins (most days),
 * collections and results for the days selected (some positive), violations
 * answered by sanctions, incentives, treatment attendance, progress reports
 * and community service hours. The docket benchmark gives 80 participants a
 * year of it; the docket test uses it to show that the number of queries
 * does not grow with the number of participants.
 */

export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

export interface DocketHistoryOptions {
  courtId: string;
  timeZone: string;
  participantIds: readonly string[];
  /** The last court day of the history (inclusive). */
  endDay: string;
  days: number;
  organisationId: string;
  sanctionEntryId: string;
  incentiveEntryId: string;
  /** A staff user recorded as the author of reports and orders. */
  staffId: string;
}

/** A deterministic number in [0, 1024) from the row's identity, so a re-run writes the same history. */
const roll = (expression: string) => `(abs(hashtext(${expression})) % 1024)`;

/** Runs SQL written with `:name` placeholders, numbered in order of first use (Postgres refuses a parameter it cannot type). */
export function named(db: Queryable, sql: string, values: Record<string, unknown>): Promise<unknown> {
  const order: string[] = [];
  // Quoted strings are matched first and kept as they are, so `':missed'` stays text.
  const text = sql.replace(/'(?:[^']|'')*'|(?<![:\w]):([a-z]+)\b/g, (match, name: string | undefined) => {
    if (name === undefined) return match;
    if (!(name in values)) throw new Error(`no value for :${name}`);
    if (!order.includes(name)) order.push(name);
    return `$${order.indexOf(name) + 1}`;
  });
  return db.query(text, order.map((name) => values[name]));
}

const PERIOD = `BETWEEN :endday::date - (:days::int - 1) AND :endday::date`;

export async function seedDocketHistory(db: Queryable, o: DocketHistoryOptions): Promise<void> {
  const v = {
    court: o.courtId,
    tz: o.timeZone,
    people: o.participantIds,
    endday: o.endDay,
    days: o.days,
    org: o.organisationId,
    staff: o.staffId,
    sanction: o.sanctionEntryId,
    incentive: o.incentiveEntryId,
  };
  // Marked processed, so no worker charges the history's missed call-ins again.
  await named(
    db,
    `INSERT INTO draws (court_id, court_day, algorithm, seed_commitment, seed, committed_at, window_opens_at, window_closes_at, report_by,
                        participant_count, selected_count, missed_call_ins_recorded_at, missed_tests_recorded_at)
     SELECT :court::uuid, d, 'synthetic-history', encode(sha256(convert_to(d::text || :court::uuid::text, 'UTF8')), 'hex'), convert_to(d::text || :court::uuid::text, 'UTF8'),
            (d::timestamp AT TIME ZONE :tz) - interval '1 hour', d::timestamp AT TIME ZONE :tz, (d::timestamp + interval '9 hours') AT TIME ZONE :tz,
            (d::timestamp + interval '17 hours') AT TIME ZONE :tz, 0, 0,
            (d::timestamp + interval '9 hours') AT TIME ZONE :tz, (d::timestamp + interval '17 hours') AT TIME ZONE :tz
       FROM generate_series(:endday::date - (:days::int - 1), :endday::date, interval '1 day') AS g(day), LATERAL (SELECT g.day::date AS d) x
     ON CONFLICT (court_id, court_day) DO NOTHING`,
    v,
  );
  // Selected about 3 days in 7.
  await named(
    db,
    `INSERT INTO draw_entries (draw_id, participant_id, tests_per_week, probability, rule, selected)
     SELECT dr.id, p, 3, 3.0 / 7, NULL, ${roll(`dr.id::text || p::text`)} < 439
       FROM draws dr CROSS JOIN unnest(:people::uuid[]) AS p
      WHERE dr.court_id = :court::uuid AND dr.court_day ${PERIOD}
     ON CONFLICT DO NOTHING`,
    v,
  );
  // Nine in ten call in; those selected are told to test, and test.
  await named(
    db,
    `INSERT INTO call_ins (court_id, participant_id, court_day, called_at, channel, receipt_code, told, answered_at)
     SELECT :court::uuid, e.participant_id, dr.court_day, dr.window_opens_at + interval '30 minutes', 'web',
            upper(substr(md5(dr.id::text || e.participant_id::text), 1, 4) || '-' || substr(md5(e.participant_id::text || dr.id::text), 1, 4)),
            e.selected, dr.window_opens_at + interval '30 minutes'
       FROM draws dr JOIN draw_entries e ON e.draw_id = dr.id
      WHERE dr.court_id = :court::uuid AND dr.court_day ${PERIOD} AND e.participant_id = ANY(:people::uuid[])
        AND ${roll(`'call' || dr.id::text || e.participant_id::text`)} >= 102
     ON CONFLICT DO NOTHING`,
    v,
  );
  await named(
    db,
    `INSERT INTO drug_test_collections (court_id, participant_id, court_day, collected_at, observed, specimen_type, basis, collected_by)
     SELECT :court::uuid, c.participant_id, c.court_day, c.called_at + interval '2 hours', true, 'urine', 'random', :staff
       FROM call_ins c
      WHERE c.court_id = :court::uuid AND c.told AND c.participant_id = ANY(:people::uuid[]) AND c.court_day ${PERIOD}`,
    v,
  );
  // One screen per collection, one in twelve positive.
  await named(
    db,
    `INSERT INTO drug_test_results (court_id, participant_id, collection_id, tested_on, substance, outcome, method, released_at, recorded_by)
     SELECT k.court_id, k.participant_id, k.id, k.court_day,
            CASE WHEN ${roll(`'pos' || k.id::text`)} < 85 THEN 'thc' END,
            CASE WHEN ${roll(`'pos' || k.id::text`)} < 85 THEN 'positive' ELSE 'negative' END,
            'screen', k.collected_at + interval '1 day', :staff
       FROM drug_test_collections k
      WHERE k.court_id = :court::uuid AND k.participant_id = ANY(:people::uuid[]) AND k.court_day ${PERIOD}`,
    v,
  );
  // A violation for each positive and each missed call-in, answered two days later by a sanction.
  await named(
    db,
    `WITH found AS (
       SELECT r.participant_id, 'positive_test' AS kind, r.released_at AS detected_at, 'collection:' || r.collection_id AS source_key,
              jsonb_build_object('collectionId', r.collection_id) AS evidence
         FROM drug_test_results r
        WHERE r.court_id = :court::uuid AND r.outcome = 'positive' AND r.participant_id = ANY(:people::uuid[]) AND r.tested_on ${PERIOD}
       UNION ALL
       SELECT e.participant_id, 'missed_call_in', dr.window_closes_at, 'call-in:' || e.participant_id || ':' || dr.court_day || ':missed',
              jsonb_build_object('drawId', dr.id, 'courtDay', dr.court_day)
         FROM draws dr JOIN draw_entries e ON e.draw_id = dr.id
        WHERE dr.court_id = :court::uuid AND dr.court_day ${PERIOD} AND e.participant_id = ANY(:people::uuid[])
          AND NOT EXISTS (SELECT 1 FROM call_ins c WHERE c.participant_id = e.participant_id AND c.court_day = dr.court_day)),
     inserted AS (
       INSERT INTO violations (court_id, participant_id, kind, detected_at, deadline_at, status, answered_at, source_key, evidence)
       SELECT :court::uuid, participant_id, kind, detected_at, detected_at + interval '72 hours', 'answered', detected_at + interval '48 hours', source_key, evidence
         FROM found
       ON CONFLICT (source_key) DO NOTHING
       RETURNING id, participant_id, answered_at),
     responses AS (
       INSERT INTO court_responses (court_id, participant_id, catalogue_entry_id, kind, level, effect, ordered_on, ordered_by, note, created_at)
       SELECT :court::uuid, i.participant_id, e.id, e.kind, e.level, e.effect, (i.answered_at AT TIME ZONE :tz)::date, :staff, i.id::text, i.answered_at
         FROM inserted i JOIN response_catalogue_entries e ON e.id = :sanction
       RETURNING id, note)
     INSERT INTO court_response_violations (response_id, violation_id) SELECT id, note::uuid FROM responses`,
    v,
  );
  // An incentive every two weeks.
  await named(
    db,
    `INSERT INTO court_responses (court_id, participant_id, catalogue_entry_id, kind, level, effect, ordered_on, ordered_by, note, created_at)
     SELECT :court::uuid, p, e.id, e.kind, e.level, e.effect, d::date, :staff, 'doing well', d::date::timestamp AT TIME ZONE :tz
       FROM unnest(:people::uuid[]) AS p
       CROSS JOIN generate_series(:endday::date - (:days::int - 1), :endday::date, interval '14 days') AS d
       JOIN response_catalogue_entries e ON e.id = :incentive`,
    v,
  );
  // Treatment twice a week with one no-show in ten, a progress report a month, community service weekly.
  await named(
    db,
    `INSERT INTO provider_referrals (participant_id, organisation_id, referred_on, level_of_care, modality)
     SELECT p, :org, :endday::date - (:days::int - 1), '2.1', 'group_counselling' FROM unnest(:people::uuid[]) AS p
      WHERE NOT EXISTS (SELECT 1 FROM provider_referrals r WHERE r.participant_id = p AND r.organisation_id = :org AND r.ended_at IS NULL)`,
    v,
  );
  await named(
    db,
    `INSERT INTO treatment_attendance (participant_id, organisation_id, session_on, session_type, attendance, recorded_by)
     SELECT p, :org, d::date, 'group', CASE WHEN ${roll(`'tx' || p::text || d::text`)} < 102 THEN 'no_show' ELSE 'attended' END, :staff
       FROM unnest(:people::uuid[]) AS p CROSS JOIN generate_series(:endday::date - (:days::int - 1), :endday::date, interval '1 day') AS d
      WHERE extract(isodow FROM d) IN (2, 4)`,
    v,
  );
  await named(
    db,
    `INSERT INTO treatment_progress_reports (participant_id, organisation_id, referral_id, reported_on, engagement, level_of_care_recommendation, narrative, author_id)
     SELECT r.participant_id, r.organisation_id, r.id, d::date, (ARRAY['excellent', 'good', 'fair', 'poor'])[1 + ${roll(`r.id::text || d::text`)} % 4], '2.1',
            'Attending group; engaged in relapse-prevention work.', :staff
       FROM provider_referrals r CROSS JOIN generate_series(:endday::date - (:days::int - 1), :endday::date, interval '30 days') AS d
      WHERE r.participant_id = ANY(:people::uuid[]) AND r.organisation_id = :org AND r.ended_at IS NULL`,
    v,
  );
  await named(
    db,
    `INSERT INTO participant_ledger_entries (participant_id, kind, occurred_on, amount, description, recorded_by)
     SELECT p, 'community_service', d::date, 4, 'food bank', :staff
       FROM unnest(:people::uuid[]) AS p CROSS JOIN generate_series(:endday::date - (:days::int - 1), :endday::date, interval '7 days') AS d`,
    v,
  );
}
