import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@app/audit';
import { Permission, Principal } from '@app/auth';
import { CourtAccess, courtActor, courtEntry, requireCourt } from '@app/courts';
import { DataSource } from 'typeorm';
import { TestingFiguresDto, TestingFidelityDto, TestingPhaseDto, TestingWeekDto } from './dto/testing-fidelity.dto';
import { checkMeasurePeriod, perParticipantWeek, periodWeeks, share, weekendDayShare } from './measure-period';

interface FiguresRow {
  participants: number;
  participant_days: number;
  participant_days_under_order: number;
  expected: number | null;
  drawn: number;
  drawn_under_order: number;
  excused: number;
  forced: number;
  ordered: number;
  collected: number;
  ordered_collected: number;
  weekend_ordered: number;
  weekend_collected: number;
}

interface FidelityRow extends FiguresRow {
  grain: 'all' | 'phase' | 'week';
  program_id: string | null;
  program_code: string | null;
  program_name: string | null;
  phase_position: number | null;
  phase_name: string | null;
  planned_tests_per_week: string | null;
  week_start: string | null;
}

/**
 * One participant-day per row, for every participant in a draw of the
 * period, excused or forced by staff, or collected: whether the draw selected
 * them, staff's override, a court testing order in force, a specimen
 * collected, and the phase they were in that day. Aggregated three ways at
 * once: the whole court, by program and phase, by court-local week.
 */
export const FIDELITY_SQL = `
WITH entries AS (
  SELECT d.court_day, e.participant_id, e.tests_per_week, e.selected
    FROM draws d JOIN draw_entries e ON e.draw_id = d.id
   WHERE d.court_id = ANY($1::uuid[]) AND d.court_day BETWEEN $2::date AND $3::date),
overrides AS (
  SELECT court_day, participant_id, action FROM draw_overrides
   WHERE court_id = ANY($1::uuid[]) AND court_day BETWEEN $2::date AND $3::date AND withdrawn_at IS NULL),
collected AS (
  SELECT DISTINCT court_day, participant_id FROM drug_test_collections
   -- Imported tests had no draw here: the measure is of this system's testing.
   WHERE court_id = ANY($1::uuid[]) AND court_day BETWEEN $2::date AND $3::date AND imported_at IS NULL),
person_days AS (
  SELECT court_day, participant_id FROM entries
  UNION SELECT court_day, participant_id FROM overrides
  UNION SELECT court_day, participant_id FROM collected),
facts AS (
  SELECT x.participant_id,
         date_trunc('week', x.court_day::timestamp)::date AS week_start,
         extract(isodow FROM x.court_day) >= 6 AS weekend,
         e.participant_id IS NOT NULL AS in_draw,
         e.tests_per_week,
         COALESCE(e.selected, false) AS drawn,
         o.action,
         (COALESCE(e.selected, false) AND o.action IS DISTINCT FROM 'excuse') OR o.action = 'force' AS ordered,
         c.participant_id IS NOT NULL AS collected,
         EXISTS (SELECT 1 FROM testing_orders t
                  WHERE t.participant_id = x.participant_id AND t.court_id = ANY($1::uuid[])
                    AND x.court_day BETWEEN t.starts_on AND t.ends_on) AS under_order,
         pp.program_id, ph.position
    FROM person_days x
    LEFT JOIN entries e ON e.court_day = x.court_day AND e.participant_id = x.participant_id
    LEFT JOIN overrides o ON o.court_day = x.court_day AND o.participant_id = x.participant_id
    LEFT JOIN collected c ON c.court_day = x.court_day AND c.participant_id = x.participant_id
    LEFT JOIN LATERAL (SELECT h.phase_id FROM participant_phases h
                        WHERE h.participant_id = x.participant_id AND h.started_on <= x.court_day
                          AND (h.ended_on IS NULL OR h.ended_on > x.court_day)
                        ORDER BY h.started_on DESC LIMIT 1) h ON true
    LEFT JOIN phases ph ON ph.id = h.phase_id
    LEFT JOIN phase_plans pp ON pp.id = ph.phase_plan_id),
grouped AS (
  SELECT CASE WHEN GROUPING(program_id, position) = 0 THEN 'phase' WHEN GROUPING(week_start) = 0 THEN 'week' ELSE 'all' END AS grain,
         program_id, position, week_start,
         count(DISTINCT participant_id)::int AS participants,
         count(*) FILTER (WHERE in_draw)::int AS participant_days,
         count(*) FILTER (WHERE in_draw AND under_order)::int AS participant_days_under_order,
         sum(tests_per_week / 7.0) FILTER (WHERE in_draw)::float8 AS expected,
         count(*) FILTER (WHERE drawn)::int AS drawn,
         count(*) FILTER (WHERE drawn AND under_order)::int AS drawn_under_order,
         count(*) FILTER (WHERE drawn AND action = 'excuse')::int AS excused,
         count(*) FILTER (WHERE NOT drawn AND action = 'force')::int AS forced,
         count(*) FILTER (WHERE ordered)::int AS ordered,
         count(*) FILTER (WHERE collected)::int AS collected,
         count(*) FILTER (WHERE ordered AND collected)::int AS ordered_collected,
         count(*) FILTER (WHERE ordered AND weekend)::int AS weekend_ordered,
         count(*) FILTER (WHERE collected AND weekend)::int AS weekend_collected
    FROM facts
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
 ORDER BY g.grain, pr.name NULLS LAST, g.position, g.week_start`;

const EMPTY: FiguresRow = {
  participants: 0,
  participant_days: 0,
  participant_days_under_order: 0,
  expected: 0,
  drawn: 0,
  drawn_under_order: 0,
  excused: 0,
  forced: 0,
  ordered: 0,
  collected: 0,
  ordered_collected: 0,
  weekend_ordered: 0,
  weekend_collected: 0,
};

function figures(row: FiguresRow): TestingFiguresDto {
  const expected = Math.round((row.expected ?? 0) * 10) / 10;
  return {
    participants: row.participants,
    participantDays: row.participant_days,
    participantDaysUnderOrder: row.participant_days_under_order,
    expectedTests: expected,
    drawn: row.drawn,
    drawnUnderOrder: row.drawn_under_order,
    excused: row.excused,
    forced: row.forced,
    ordered: row.ordered,
    collected: row.collected,
    orderedCollected: row.ordered_collected,
    weekendOrdered: row.weekend_ordered,
    weekendCollected: row.weekend_collected,
    expectedPerParticipantWeek: perParticipantWeek(row.expected ?? 0, row.participant_days),
    orderedPerParticipantWeek: perParticipantWeek(row.ordered, row.participant_days),
    collectedPerParticipantWeek: perParticipantWeek(row.collected, row.participant_days),
    shareOrderedCollected: share(row.ordered_collected, row.ordered),
    weekendShareOfOrdered: share(row.weekend_ordered, row.ordered),
    weekendShareOfCollected: share(row.weekend_collected, row.collected),
  };
}

/**
 * Testing fidelity, for the whole court: how many tests per participant per
 * week the draw and staff ordered and how many specimens were collected, by
 * phase and week, and the share of tests on Saturdays and Sundays (random
 * testing must include weekends). Court days are court-local dates, so no
 * time-zone arithmetic is needed here. Aggregates only, audited as a court report.
 */
@Injectable()
export class TestingFidelityService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async measure(principal: Principal, courtId: string, from: string, to: string): Promise<TestingFidelityDto> {
    const grant = CourtAccess.holding(principal, courtId, Permission.MeasuresRead);
    checkMeasurePeriod(from, to);
    await requireCourt(this.dataSource.manager, courtId);
    const figures = await this.measureCourts([courtId], from, to);
    await this.audit.record(
      courtActor(principal, grant),
      courtEntry(grant, { action: 'measures.testing_fidelity_read', entityType: 'court', entityIds: [courtId], details: { from, to } }),
    );
    return { courtId, ...figures };
  }

  /**
   * The figures over a set of courts, counted together (one court for its own
   * page, every court for the state). No access check and no audit: the
   * caller has done both for the courts it passes.
   */
  async measureCourts(courtIds: readonly string[], from: string, to: string): Promise<Omit<TestingFidelityDto, 'courtId'>> {
    const rows = (await this.dataSource.query(FIDELITY_SQL, [courtIds, from, to])) as FidelityRow[];
    const byWeek = new Map(rows.filter((r) => r.grain === 'week').map((r) => [r.week_start!, r]));
    return {
      from,
      to,
      weekendDayShare: weekendDayShare(from, to),
      all: figures(rows.find((r) => r.grain === 'all') ?? EMPTY),
      byPhase: rows
        .filter((r) => r.grain === 'phase')
        .map(
          (r): TestingPhaseDto => ({
            programId: r.program_id,
            programCode: r.program_code,
            programName: r.program_name,
            phasePosition: r.phase_position,
            phaseName: r.phase_name,
            plannedTestsPerWeek: r.planned_tests_per_week === null ? null : Number(r.planned_tests_per_week),
            ...figures(r),
          }),
        ),
      weeks: periodWeeks(from, to).map((w): TestingWeekDto => ({ ...w, ...figures(byWeek.get(w.weekStart) ?? EMPTY) })),
    };
  }
}
