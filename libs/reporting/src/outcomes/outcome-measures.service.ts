import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@app/audit';
import { Permission, Principal } from '@app/auth';
import { Clock, NotFoundError } from '@app/core';
import { CourtAccess, courtActor, courtEntry, requireCourt } from '@app/courts';
import { demographicGroupSql, type DemographicDimension } from '@app/participants';
import { DataSource } from 'typeorm';
import { checkMeasurePeriod, oneDecimal, share } from '../measure-period';
import { graduationRate, incentivesPerSanction, per100 } from './outcome-definitions';
import { OutcomeCircumstanceDto, OutcomeFiguresDto, OutcomeMeasuresDto, OutcomePhaseDto } from './outcome-measures.dto';
import { outcomeCircumstancesSql, outcomeFiguresSql, outcomePhasesSql } from './outcome-measures.sql';

export interface OutcomeOptions {
  programId?: string;
  groupBy?: DemographicDimension;
}

type Median = number | string | null;

interface FiguresRow {
  all_programs: boolean;
  all_groups: boolean;
  program_id: string | null;
  grp: string | null;
  program_code: string | null;
  program_name: string | null;
  referrals: number;
  admissions: number;
  admissions_with_referral_date: number;
  median_referral_days: Median;
  admissions_with_arrest_date: number;
  median_arrest_days: Median;
  admissions_with_treatment: number;
  median_treatment_days: Median;
  cohort3: number;
  retained3: number;
  cohort6: number;
  retained6: number;
  cohort12: number;
  retained12: number;
  exits: number;
  graduations: number;
  terminations: number;
  withdrawals: number;
  transfers: number;
  median_stay_graduates: Median;
  median_stay_terminations: Median;
  median_abstinence_days: Median;
  tests: number;
  positives: number;
  arrested_during: number;
  arrests_during: number;
  convicted_during: number;
  convictions_during: number;
  cohort_y1: number;
  arrested_y1: number;
  convicted_y1: number;
  cohort_y3: number;
  arrested_y3: number;
  convicted_y3: number;
  jail_sanctions: number;
  jail_days: number;
  incentives: number;
  sanctions: number;
}

interface PhaseRow {
  all_groups: boolean;
  program_id: string | null;
  program_code: string | null;
  program_name: string | null;
  position: number | null;
  phase_name: string | null;
  grp: string | null;
  tests: number;
  positives: number;
  incentives: number;
  sanctions: number;
}

interface CircumstanceRow {
  all_programs: boolean;
  all_groups: boolean;
  program_id: string | null;
  grp: string | null;
  at: 'admission' | 'exit';
  domain: OutcomeCircumstanceDto['domain'];
  code: string;
  participants: number;
}

const figures = (r: FiguresRow): OutcomeFiguresDto => ({
  programId: r.all_programs ? null : r.program_id,
  programCode: r.all_programs ? null : r.program_code,
  programName: r.all_programs ? null : r.program_name,
  group: r.all_groups ? null : r.grp,
  referrals: r.referrals,
  admissions: r.admissions,
  admissionsWithReferralDate: r.admissions_with_referral_date,
  medianDaysReferralToAdmission: oneDecimal(r.median_referral_days),
  admissionsWithArrestDate: r.admissions_with_arrest_date,
  medianDaysArrestToAdmission: oneDecimal(r.median_arrest_days),
  admissionsWithTreatment: r.admissions_with_treatment,
  medianDaysAdmissionToTreatment: oneDecimal(r.median_treatment_days),
  retention3Cohort: r.cohort3,
  retention3Retained: r.retained3,
  retention3Rate: share(r.retained3, r.cohort3),
  retention6Cohort: r.cohort6,
  retention6Retained: r.retained6,
  retention6Rate: share(r.retained6, r.cohort6),
  retention12Cohort: r.cohort12,
  retention12Retained: r.retained12,
  retention12Rate: share(r.retained12, r.cohort12),
  exits: r.exits,
  graduations: r.graduations,
  terminations: r.terminations,
  withdrawals: r.withdrawals,
  transfers: r.transfers,
  graduationRate: graduationRate(r.graduations, r.terminations, r.withdrawals),
  medianStayGraduatesDays: oneDecimal(r.median_stay_graduates),
  medianStayTerminationsDays: oneDecimal(r.median_stay_terminations),
  medianAbstinenceDaysAtExit: oneDecimal(r.median_abstinence_days),
  tests: r.tests,
  positiveTests: r.positives,
  positivesPer100Tests: per100(r.positives, r.tests),
  arrestedDuringProgram: r.arrested_during,
  arrestsDuringProgram: r.arrests_during,
  convictedDuringProgram: r.convicted_during,
  convictionsDuringProgram: r.convictions_during,
  year1Cohort: r.cohort_y1,
  year1Arrested: r.arrested_y1,
  year1Convicted: r.convicted_y1,
  year1ArrestRate: share(r.arrested_y1, r.cohort_y1),
  year1ConvictionRate: share(r.convicted_y1, r.cohort_y1),
  year3Cohort: r.cohort_y3,
  year3Arrested: r.arrested_y3,
  year3Convicted: r.convicted_y3,
  year3ArrestRate: share(r.arrested_y3, r.cohort_y3),
  year3ConvictionRate: share(r.convicted_y3, r.cohort_y3),
  jailSanctions: r.jail_sanctions,
  jailDaysOrdered: oneDecimal(r.jail_days) ?? 0,
  incentives: r.incentives,
  sanctions: r.sanctions,
  incentivesPerSanction: incentivesPerSanction(r.incentives, r.sanctions),
});

const phase = (r: PhaseRow): OutcomePhaseDto => ({
  programId: r.program_id,
  programCode: r.program_code,
  programName: r.program_name,
  phasePosition: r.position,
  phaseName: r.phase_name,
  group: r.all_groups ? null : r.grp,
  tests: r.tests,
  positiveTests: r.positives,
  positivesPer100Tests: per100(r.positives, r.tests),
  incentives: r.incentives,
  sanctions: r.sanctions,
  incentivesPerSanction: incentivesPerSanction(r.incentives, r.sanctions),
});

/**
 * The outcome measures of issue 22 over a period, per program and for the
 * whole court, and per demographic group when asked: referrals and
 * admissions and the days they took, time to treatment, retention,
 * length of stay, graduation, positivity by phase, abstinence at exit,
 * circumstances at admission and exit, new arrests and convictions,
 * jail days, incentives and sanctions. Three SQL statements however
 * many participants; aggregates only, no participant named.
 */
@Injectable()
export class OutcomeMeasuresService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** One court's measures for a reader holding measures.read in it (404 for anyone else, as for any court); audited as a court report. */
  async measure(principal: Principal, courtId: string, from: string, to: string, options: OutcomeOptions = {}): Promise<OutcomeMeasuresDto> {
    const grant = CourtAccess.holding(principal, courtId, Permission.MeasuresRead);
    checkMeasurePeriod(from, to);
    await requireCourt(this.dataSource.manager, courtId);
    if (options.programId) {
      const [program] = (await this.dataSource.query(`SELECT 1 FROM programs WHERE id = $1 AND court_id = $2`, [options.programId, courtId])) as unknown[];
      if (!program) throw new NotFoundError('program');
    }
    const result = await this.measureCourts([courtId], from, to, options);
    await this.audit.record(
      courtActor(principal, grant),
      courtEntry(grant, {
        action: 'measures.outcomes_read',
        entityType: 'court',
        entityIds: [courtId],
        details: { from, to, programId: options.programId ?? null, groupBy: options.groupBy ?? null },
      }),
    );
    return result;
  }

  /**
   * The measures over several courts together, with no access check: for
   * callers that have made their own (the equity report, statewide
   * figures). The period is checked as for one court.
   */
  async measureCourts(courtIds: string[], from: string, to: string, options: OutcomeOptions = {}): Promise<OutcomeMeasuresDto> {
    checkMeasurePeriod(from, to);
    const group = options.groupBy ? demographicGroupSql(options.groupBy, 'p') : 'NULL::text';
    const now = this.clock.now();
    const params = [courtIds, from, to, now, options.programId ?? null];
    const [{ all, rows, programCodes }, phases, circumstances, [{ as_of: asOf }]] = await Promise.all([
      this.figuresOf(courtIds, from, to, options, now),
      this.dataSource.query(outcomePhasesSql(group), params) as Promise<PhaseRow[]>,
      this.dataSource.query(outcomeCircumstancesSql(group), params) as Promise<CircumstanceRow[]>,
      this.dataSource.query(`SELECT COALESCE(min(($2::timestamptz AT TIME ZONE time_zone)::date), ($2::timestamptz)::date)::text AS as_of FROM courts WHERE id = ANY($1::uuid[])`, [
        courtIds,
        now,
      ]) as Promise<Array<{ as_of: string }>>,
    ]);
    const grouped = options.groupBy !== undefined;
    return {
      courtIds,
      from,
      to,
      asOf,
      programId: options.programId ?? null,
      groupBy: options.groupBy ?? null,
      all,
      rows,
      byPhase: phases.filter((r) => grouped || r.all_groups).map(phase),
      circumstances: circumstances
        .filter((r) => (grouped || r.all_groups) && (r.all_programs || r.program_id !== null))
        .map((r) => ({
          programId: r.all_programs ? null : r.program_id,
          programCode: r.all_programs ? null : (programCodes.get(r.program_id) ?? null),
          group: r.all_groups ? null : r.grp,
          at: r.at,
          domain: r.domain,
          code: r.code,
          participants: r.participants,
        })),
    };
  }

  /**
   * The figures alone (the whole, per program and per group), without the
   * phases and circumstances: what the equity report and the fidelity
   * dashboard read, one statement instead of three over a state's history.
   * No access check, as measureCourts.
   */
  async figuresOf(
    courtIds: string[],
    from: string,
    to: string,
    options: OutcomeOptions = {},
    now = this.clock.now(),
  ): Promise<{ all: OutcomeFiguresDto; rows: OutcomeFiguresDto[]; programCodes: Map<string | null, string | null> }> {
    checkMeasurePeriod(from, to);
    const group = options.groupBy ? demographicGroupSql(options.groupBy, 'p') : 'NULL::text';
    const rows = (await this.dataSource.query(outcomeFiguresSql(group), [courtIds, from, to, now, options.programId ?? null])) as FiguresRow[];
    const grouped = options.groupBy !== undefined;
    // Without groupBy the group is a constant, so its grouping sets repeat the others; a
    // participant with no program yet counts for the court, not as a program of its own.
    const kept = rows.filter((r) => (grouped || r.all_groups) && (r.all_programs || r.program_id !== null));
    const all = kept.find((r) => r.all_programs && r.all_groups);
    return {
      // The empty grouping set always answers a row, even over no participant.
      all: figures(all!),
      rows: kept.map(figures),
      programCodes: new Map(kept.filter((r) => !r.all_programs).map((r) => [r.program_id, r.program_code])),
    };
  }
}
