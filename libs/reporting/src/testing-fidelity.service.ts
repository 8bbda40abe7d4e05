import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@app/audit';
import { Permission, Principal } from '@app/auth';
import { CourtAccess, courtActor, courtEntry, requireCourt } from '@app/courts';
import { DataSource } from 'typeorm';
import { TestingFiguresDto, TestingFidelityDto, TestingPhaseDto, TestingWeekDto } from './dto/testing-fidelity.dto';
import { checkMeasurePeriod, perParticipantWeek, periodWeeks, share, weekendDayShare } from './measure-period';
import { FIDELITY_SQL } from './testing-fidelity-summary.sql';

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
  // A sum of fractions of a test (tests a week / 7 per day) in floating point: added in another order (the summary's
  // weeks, the live days) it differs in the fifteenth digit, enough to tip a figure rounded at x.xx5 the other way.
  const exactExpected = Math.round((row.expected ?? 0) * 1e9) / 1e9;
  const expected = Math.round(exactExpected * 10) / 10;
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
    expectedPerParticipantWeek: perParticipantWeek(exactExpected, row.participant_days),
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
 * time-zone arithmetic is needed here. Read from the weekly summary the
 * worker keeps and, for the days it does not hold, from the live tables
 * (testing-fidelity-summary.sql.ts). Aggregates only, audited as a court report.
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
