import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@app/audit';
import { Permission, Principal } from '@app/auth';
import { NotFoundError } from '@app/core';
import { CourtAccess, courtActor, courtEntry, requireCourt } from '@app/courts';
import { SwiftnessService } from '@app/violations';
import { DataSource } from 'typeorm';
import { FidelityDto, FidelityLineDto, FidelityPartDto } from '../dto/fidelity.dto';
import { TestingFidelityDto, TestingPhaseDto } from '../dto/testing-fidelity.dto';
import { checkMeasurePeriod, oneDecimal } from '../measure-period';
import { OutcomeMeasuresService } from '../outcomes/outcome-measures.service';
import { ResultTurnaroundService } from '../result-turnaround.service';
import { TestingFidelityService } from '../testing-fidelity.service';
import { weekendOrHolidayTarget } from './fidelity-calendar';
import { NOTICE_TO_COLLECTION_SQL } from '../testing-fidelity-summary.sql';
import { HEARING_INTERVAL_ITEMS, JAIL_SANCTION_ITEMS, WEEKDAY_HOLIDAY_ORDERED_SQL } from './fidelity-items.sql';
import { FIDELITY_TARGETS, shareOf, verdictOf, worstVerdict, type FidelityComparison } from './fidelity-lines';

interface PartRow {
  whole: boolean;
  program_id: string | null;
  program_code: string | null;
  phase_position: number | null;
  phase_name: string | null;
  n: number;
  within: number;
  median: number | null;
  mean: number | null;
  target: number | null;
}

/**
 * The fidelity dashboard: one line per practice the standards ask of a
 * treatment court, each a figure from the data against its target with a
 * verdict. The testing, turnaround, swiftness and outcome lines (incentives
 * per sanction, days to treatment) are read from their own measures (never
 * computed a second time), notice-to-collection from the testing measure's
 * weekly summary; hearing intervals and jail days per sanction are computed
 * here.
 */
@Injectable()
export class FidelityService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly testing: TestingFidelityService,
    private readonly turnaround: ResultTurnaroundService,
    private readonly swiftness: SwiftnessService,
    private readonly outcomes: OutcomeMeasuresService,
  ) {}

  /** The court-scoped read: access to the court (measures.read), the program in that court, the audit row. */
  async measure(principal: Principal, courtId: string, from: string, to: string, programId?: string): Promise<FidelityDto> {
    const grant = CourtAccess.holding(principal, courtId, Permission.MeasuresRead);
    checkMeasurePeriod(from, to);
    await requireCourt(this.dataSource.manager, courtId);
    if (programId) await requireProgramOf(this.dataSource, courtId, programId);
    const lines = await this.measureCourts([courtId], from, to, { programId });
    await this.audit.record(
      courtActor(principal, grant),
      courtEntry(grant, { action: 'measures.fidelity_read', entityType: 'court', entityIds: [courtId], details: { from, to, programId: programId ?? null } }),
    );
    return { courtId, from, to, programId: programId ?? null, lines };
  }

  /** Every line over a set of courts: no access check and no audit, the caller decides who reads it. */
  async measureCourts(courtIds: string[], from: string, to: string, options: { programId?: string } = {}): Promise<FidelityLineDto[]> {
    checkMeasurePeriod(from, to);
    const params = [courtIds, from, to, options.programId ?? null];
    // Independent reads, sent together: over a state each takes seconds, and the database runs them side by side.
    const [measured, turnaround, swiftness, outcomeFigures, [notice], intervals, jail, lastPhases, [weekdayHolidays], weekendTarget] = await Promise.all([
      this.testing.measureCourts(courtIds, from, to),
      this.turnaround.measureWhole(courtIds, from, to, options),
      this.swiftness.measureCourts(courtIds, from, to, options),
      this.outcomes.figuresOf(courtIds, from, to, options),
      this.dataSource.query(NOTICE_TO_COLLECTION_SQL, [...params, FIDELITY_TARGETS.noticeToCollectionHours]) as Promise<Array<Pick<PartRow, 'n' | 'within' | 'median'>>>,
      this.parts(HEARING_INTERVAL_ITEMS, params, 'phase'),
      this.parts(JAIL_SANCTION_ITEMS, params, 'program'),
      this.lastPhases(courtIds),
      this.dataSource.query(WEEKDAY_HOLIDAY_ORDERED_SQL, params) as Promise<Array<{ ordered: number }>>,
      weekendOrHolidayTarget(this.dataSource, courtIds, from, to),
    ]);
    // The testing measure reads every program; one program's lines are its phases.
    const testing = options.programId ? { ...measured, byPhase: measured.byPhase.filter((p) => p.programId === options.programId) } : measured;
    const outcomes = outcomeFigures.all;
    // Ordered tests, and those on a weekend, from the testing measure (one program's: its phases), with the weekday holidays.
    const orderedTests = options.programId ? testing.byPhase.reduce((n, p) => n + p.ordered, 0) : testing.all.ordered;
    const weekendOrdered = options.programId ? testing.byPhase.reduce((n, p) => n + p.weekendOrdered, 0) : testing.all.weekendOrdered;
    const weekend = { ordered: orderedTests, weekend_or_holiday: weekendOrdered + weekdayHolidays.ordered };

    const counted = swiftness.all.violations - swiftness.all.dismissed;
    return [
      line('weekend_holiday_share', shareOf(weekend.weekend_or_holiday, weekend.ordered), 'share', weekendTarget, 'at_least', weekend.ordered),
      testsAgainstPlan(testing, !!options.programId),
      testsAgainstFloor(testing, lastPhases),
      {
        ...line('notice_to_collection', oneDecimal(notice.median), 'hours', FIDELITY_TARGETS.noticeToCollectionHours, 'at_most', notice.n),
        shareWithinTarget: shareOf(notice.within, notice.n),
      },
      line('lab_turnaround', turnaround.medianHours, 'hours', FIDELITY_TARGETS.labTurnaroundHours, 'at_most', turnaround.collections),
      line('heard_in_time', shareOf(swiftness.all.heardInTime, counted), 'share', FIDELITY_TARGETS.heardInTimeShare, 'at_least', counted),
      partsLine('jail_days_per_sanction', jail, 'days', 'at_most', (r) => r.mean),
      line('incentive_sanction_ratio', outcomes.incentivesPerSanction, 'ratio', FIDELITY_TARGETS.incentivesPerSanction, 'at_least', outcomes.sanctions),
      partsLine('hearing_intervals', intervals, 'days', 'at_most', (r) => r.median),
      line('treatment_entry', outcomes.medianDaysAdmissionToTreatment, 'days', FIDELITY_TARGETS.treatmentEntryDays, 'at_most', outcomes.admissionsWithTreatment),
    ];
  }

  /**
   * A line's items aggregated over the whole set, and by program and phase
   * (or by program alone): count, median, mean, how many within the target
   * and the (median) target of each part.
   */
  private async parts(items: string, params: unknown[], by: 'phase' | 'program'): Promise<PartRow[]> {
    const figures = `count(*)::int AS n, count(*) FILTER (WHERE i.value <= i.target)::int AS within,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY i.value) AS median, avg(i.value)::float8 AS mean,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY i.target) AS target`;
    const sql = `WITH ${items}
           SELECT GROUPING(i.program_id) = 1 AS whole, i.program_id, min(pr.code) AS program_code,
                  ${by === 'phase' ? 'i.phase_position, min(i.phase_name) AS phase_name' : 'NULL::int AS phase_position, NULL AS phase_name'}, ${figures}
             FROM items i LEFT JOIN programs pr ON pr.id = i.program_id
            GROUP BY GROUPING SETS (${by === 'phase' ? '(i.program_id, i.phase_position)' : '(i.program_id)'}, ())
            ORDER BY GROUPING(i.program_id), min(pr.code) NULLS LAST${by === 'phase' ? ', i.phase_position' : ''}`;
    const rows = (await this.dataSource.query(sql, params)) as PartRow[];
    return rows
      .filter((r) => r.n > 0)
      .map((r) => ({ ...r, median: oneDecimal(r.median), mean: oneDecimal(r.mean), target: r.target === null ? null : Number(r.target) }));
  }

  /** The last phase of each program's newest plan: the floor of two tests a week holds until it. */
  private async lastPhases(courtIds: string[]): Promise<Map<string, number>> {
    const rows = (await this.dataSource.query(
      `SELECT DISTINCT ON (pr.id) pr.id AS program_id, (SELECT max(ph.position) FROM phases ph WHERE ph.phase_plan_id = pp.id) AS last
         FROM programs pr JOIN phase_plans pp ON pp.program_id = pr.id
        WHERE pr.court_id = ANY($1::uuid[])
        ORDER BY pr.id, pp.version DESC`,
      [courtIds],
    )) as Array<{ program_id: string; last: number | null }>;
    return new Map(rows.filter((r) => r.last !== null).map((r) => [r.program_id, Number(r.last)]));
  }
}

function line(key: FidelityLineDto['key'], value: number | null, unit: FidelityLineDto['unit'], target: number | null, comparison: FidelityComparison, count: number): FidelityLineDto {
  return { key, value, unit, target, comparison, verdict: verdictOf(value, target, comparison), count };
}

function phasePart(p: TestingPhaseDto, value: number | null, target: number | null, comparison: FidelityComparison): FidelityPartDto {
  return {
    programId: p.programId,
    programCode: p.programCode,
    phasePosition: p.phasePosition,
    phaseName: p.phaseName,
    value,
    target,
    verdict: verdictOf(value, target, comparison),
    count: p.participantDays,
  };
}

/** Tests collected per participant-week against the plan: the whole court against the frequencies in force, each phase against its plan. */
function testsAgainstPlan(testing: Omit<TestingFidelityDto, 'courtId'>, oneProgram: boolean): FidelityLineDto {
  const phases = testing.byPhase.filter((p) => p.programId !== null && p.participantDays > 0);
  const byPhase = phases.map((p) => phasePart(p, p.collectedPerParticipantWeek, p.plannedTestsPerWeek, 'at_least'));
  // One program: its phases together (collected and expected per participant-week over their days); else the whole court.
  const days = phases.reduce((sum, p) => sum + p.participantDays, 0);
  const perWeek = (count: number) => (days > 0 ? Math.round(((count * 7) / days) * 100) / 100 : null);
  const whole = oneProgram
    ? line(
        'tests_per_week_plan',
        perWeek(phases.reduce((sum, p) => sum + p.collected, 0)),
        'tests_per_week',
        perWeek(phases.reduce((sum, p) => sum + p.expectedTests, 0)),
        'at_least',
        days,
      )
    : line('tests_per_week_plan', testing.all.collectedPerParticipantWeek, 'tests_per_week', testing.all.expectedPerParticipantWeek, 'at_least', testing.all.participantDays);
  return { ...whole, verdict: byPhase.length ? worstVerdict(byPhase.map((p) => p.verdict)) : whole.verdict, byPhase };
}

/** Tests collected per participant-week in every phase before a program's last, against two. */
function testsAgainstFloor(testing: Omit<TestingFidelityDto, 'courtId'>, lastPhases: Map<string, number>): FidelityLineDto {
  const floor = FIDELITY_TARGETS.testsPerWeekFloor;
  const before = testing.byPhase.filter(
    (p) => p.programId !== null && p.phasePosition !== null && p.participantDays > 0 && p.phasePosition < (lastPhases.get(p.programId) ?? 0),
  );
  const byPhase = before.map((p) => phasePart(p, p.collectedPerParticipantWeek, floor, 'at_least'));
  const days = before.reduce((sum, p) => sum + p.participantDays, 0);
  const collected = before.reduce((sum, p) => sum + p.collected, 0);
  const value = days > 0 ? Math.round(((collected * 7) / days) * 100) / 100 : null;
  return { ...line('tests_per_week_floor', value, 'tests_per_week', floor, 'at_least', days), verdict: worstVerdict(byPhase.map((p) => p.verdict)), byPhase };
}

/** A line whose parts (phases or programs) each have their own target: the whole's figure, and met only when every part is. */
function partsLine(key: FidelityLineDto['key'], rows: PartRow[], unit: FidelityLineDto['unit'], comparison: FidelityComparison, figure: (r: PartRow) => number | null): FidelityLineDto {
  const whole = rows.find((r) => r.whole);
  const byPhase: FidelityPartDto[] = rows
    .filter((r) => !r.whole)
    .map((r) => ({
      programId: r.program_id,
      programCode: r.program_code,
      phasePosition: r.phase_position,
      phaseName: r.phase_name,
      value: figure(r),
      target: r.target,
      verdict: verdictOf(figure(r), r.target, comparison),
      count: r.n,
    }));
  const value = whole ? figure(whole) : null;
  // One target for the whole only when every part shares it; otherwise each part shows its own and the whole none.
  const targets = new Set(byPhase.map((p) => p.target));
  const target = targets.size === 1 ? [...targets][0] : null;
  return {
    key,
    value,
    unit,
    target,
    comparison,
    verdict: byPhase.length ? worstVerdict(byPhase.map((p) => p.verdict)) : 'no_data',
    count: whole?.n ?? 0,
    byPhase,
  };
}

/** A program of this court, or "not found" (a program of another court looks like none). */
export async function requireProgramOf(ds: DataSource, courtId: string, programId: string): Promise<void> {
  const [found] = (await ds.query(`SELECT 1 FROM programs WHERE id = $1 AND court_id = $2`, [programId, courtId])) as unknown[];
  if (!found) throw new NotFoundError('program');
}
