import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@app/audit';
import { Permission, Principal } from '@app/auth';
import { Clock, courtDateAt } from '@app/core';
import { CourtAccess, courtActor, courtEntry, requireCourt } from '@app/courts';
import { IN_PROGRAM_STATUSES } from '@app/participants';
import { DataSource } from 'typeorm';
import { PhaseFiguresDto, PhaseMeasuresDto, PhaseMonthDto, PhaseMovesDto } from './dto/phase-measures.dto';
import { checkMeasurePeriod, oneDecimal, periodMonths, share } from './measure-period';

interface PhaseRow {
  program_id: string;
  program_code: string;
  program_name: string;
  phase_position: number;
  phase_name: string;
  participants_now: number;
  median_days_so_far: number | null;
  completed_stays: number;
  median_days_in_phase: number | null;
  promoted_out: number;
  demoted_out: number;
}

interface MovesRow {
  month: string | null;
  promotions: number;
  demotions: number;
  graduations: number;
  terminations: number;
  withdrawals: number;
  transfers: number;
  in_program_now: number;
}

/**
 * Each phase of the court's programs (a phase is its program and number, so
 * a new version of the phase plan continues the same phase): who is in it
 * now and for how long so far, and the stays in it that ended in the period
 * and how long they lasted. A stay cut by a change of phase plan is not an
 * ending. Phase plans are read through programs, so only this court's.
 */
export const PHASES_SQL = `
WITH keys AS (
  SELECT pp.program_id, ph.position, (array_agg(ph.name ORDER BY pp.version DESC))[1] AS phase_name
    FROM programs pr JOIN phase_plans pp ON pp.program_id = pr.id JOIN phases ph ON ph.phase_plan_id = pp.id
   WHERE pr.court_id = ANY($1::uuid[])
   GROUP BY pp.program_id, ph.position),
now AS (
  SELECT pp.program_id, ph.position, count(*)::int AS participants,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY ($4::timestamptz AT TIME ZONE c.time_zone)::date - p.phase_started_on) AS median_days
    FROM participants p JOIN courts c ON c.id = p.court_id
    JOIN phases ph ON ph.id = p.phase_id JOIN phase_plans pp ON pp.id = ph.phase_plan_id
   WHERE p.court_id = ANY($1::uuid[]) AND p.status = ANY($5::text[])
   GROUP BY pp.program_id, ph.position),
stays AS (
  SELECT pp.program_id, ph.position, count(*)::int AS completed,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY h.ended_on - h.started_on) AS median_days,
         count(*) FILTER (WHERE h.end_reason = 'promotion')::int AS promoted,
         count(*) FILTER (WHERE h.end_reason = 'demotion')::int AS demoted
    FROM participant_phases h JOIN participants p ON p.id = h.participant_id
    JOIN phases ph ON ph.id = h.phase_id JOIN phase_plans pp ON pp.id = ph.phase_plan_id
   WHERE p.court_id = ANY($1::uuid[]) AND h.ended_on BETWEEN $2::date AND $3::date AND h.end_reason <> 'plan_change'
   GROUP BY pp.program_id, ph.position)
SELECT k.program_id, pr.code AS program_code, pr.name AS program_name, k.position AS phase_position, k.phase_name,
       COALESCE(n.participants, 0) AS participants_now, n.median_days AS median_days_so_far,
       COALESCE(s.completed, 0) AS completed_stays, s.median_days AS median_days_in_phase,
       COALESCE(s.promoted, 0) AS promoted_out, COALESCE(s.demoted, 0) AS demoted_out
  FROM keys k
  JOIN programs pr ON pr.id = k.program_id
  LEFT JOIN now n ON n.program_id = k.program_id AND n.position = k.position
  LEFT JOIN stays s ON s.program_id = k.program_id AND s.position = k.position
 WHERE pr.active OR n.participants > 0 OR s.completed > 0
 ORDER BY pr.name, k.program_id, k.position`;

/**
 * Moves between phases (by the day the new phase started) and exits from the
 * program (by the effective date of the status change), per court-local
 * month and for the whole period (the ROLLUP row, month null).
 */
export const MOVES_SQL = `
WITH events AS (
  SELECT to_char(h.started_on, 'YYYY-MM') AS month, h.start_reason AS kind
    FROM participant_phases h JOIN participants p ON p.id = h.participant_id
   WHERE p.court_id = ANY($1::uuid[]) AND h.started_on BETWEEN $2::date AND $3::date AND h.start_reason IN ('promotion', 'demotion')
  UNION ALL
  SELECT to_char(s.effective_on, 'YYYY-MM'), s.to_status
    FROM participant_status_changes s JOIN participants p ON p.id = s.participant_id
   WHERE p.court_id = ANY($1::uuid[]) AND s.effective_on BETWEEN $2::date AND $3::date
     AND s.to_status IN ('graduated', 'terminated', 'withdrawn', 'transferred'))
SELECT month,
       count(*) FILTER (WHERE kind = 'promotion')::int AS promotions,
       count(*) FILTER (WHERE kind = 'demotion')::int AS demotions,
       count(*) FILTER (WHERE kind = 'graduated')::int AS graduations,
       count(*) FILTER (WHERE kind = 'terminated')::int AS terminations,
       count(*) FILTER (WHERE kind = 'withdrawn')::int AS withdrawals,
       count(*) FILTER (WHERE kind = 'transferred')::int AS transfers,
       (SELECT count(*)::int FROM participants WHERE court_id = ANY($1::uuid[]) AND status = ANY($4::text[])) AS in_program_now
  FROM events
 GROUP BY ROLLUP (month)
 ORDER BY month NULLS FIRST`;

const moves = (row: MovesRow | undefined): PhaseMovesDto => ({
  promotions: row?.promotions ?? 0,
  demotions: row?.demotions ?? 0,
  graduations: row?.graduations ?? 0,
  terminations: row?.terminations ?? 0,
  withdrawals: row?.withdrawals ?? 0,
  transfers: row?.transfers ?? 0,
});

/**
 * Phase progress and program outcomes for the whole court: participants by
 * phase now, promotions and demotions per month, graduations and
 * terminations per month, the graduation rate among those who left, and
 * median days in each phase. Aggregates only, audited as a court report.
 */
@Injectable()
export class PhaseMeasuresService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async measure(principal: Principal, courtId: string, from: string, to: string): Promise<PhaseMeasuresDto> {
    const grant = CourtAccess.holding(principal, courtId, Permission.MeasuresRead);
    checkMeasurePeriod(from, to);
    const court = await requireCourt(this.dataSource.manager, courtId);
    const now = this.clock.now();
    const figures = await this.measureCourts([courtId], from, to, now);
    await this.audit.record(
      courtActor(principal, grant),
      courtEntry(grant, { action: 'measures.phases_read', entityType: 'court', entityIds: [courtId], details: { from, to } }),
    );
    return { courtId, from, to, asOf: courtDateAt(now, court.timeZone), ...figures };
  }

  /**
   * The figures over a set of courts, counted together; "now" is each
   * court's own date at the instant `now`. No access check and no audit: the
   * caller has done both for the courts it passes.
   */
  async measureCourts(courtIds: readonly string[], from: string, to: string, now: Date): Promise<Pick<PhaseMeasuresDto, 'totals' | 'months' | 'phases'>> {
    const inProgram = [...IN_PROGRAM_STATUSES];
    const [phases, months] = await Promise.all([
      this.dataSource.query(PHASES_SQL, [courtIds, from, to, now, inProgram]) as Promise<PhaseRow[]>,
      this.dataSource.query(MOVES_SQL, [courtIds, from, to, inProgram]) as Promise<MovesRow[]>,
    ]);
    const total = months.find((m) => m.month === null);
    const totals = moves(total);
    const left = totals.graduations + totals.terminations + totals.withdrawals + totals.transfers;
    const byMonth = new Map(months.filter((m) => m.month !== null).map((m) => [m.month!, m]));
    // The ROLLUP's total row exists even when no event falls in the period.
    const inProgramNow = total?.in_program_now ?? 0;
    return {
      totals: { ...totals, left, graduationRate: share(totals.graduations, left), inProgramNow },
      months: periodMonths(from, to).map((month): PhaseMonthDto => ({ month, ...moves(byMonth.get(month)) })),
      phases: phases.map(
        (r): PhaseFiguresDto => ({
          programId: r.program_id,
          programCode: r.program_code,
          programName: r.program_name,
          phasePosition: r.phase_position,
          phaseName: r.phase_name,
          participantsNow: r.participants_now,
          medianDaysSoFar: oneDecimal(r.median_days_so_far),
          completedStays: r.completed_stays,
          medianDaysInPhase: oneDecimal(r.median_days_in_phase),
          promotedOut: r.promoted_out,
          demotedOut: r.demoted_out,
        }),
      ),
    };
  }
}
