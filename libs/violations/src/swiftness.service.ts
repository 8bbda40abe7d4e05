import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@app/audit';
import { Permission, Principal } from '@app/auth';
import { addCalendarDays, Clock, ValidationFailedError } from '@app/core';
import { CourtAccess, courtActor, courtEntry, requireCourt } from '@app/courts';
import { DataSource } from 'typeorm';
import { SwiftnessDto, SwiftnessRowDto } from './dto/swiftness.dto';

interface SwiftnessRow {
  kind: string | null;
  violations: number;
  answered_in_time: number;
  heard_in_time: number;
  responded_without_hearing: number;
  dismissed: number;
  dismissed_overdue: number;
  overdue: number;
  median_hearing_hours: number | null;
  p90_hearing_hours: number | null;
  median_hours: number | null;
  p90_hours: number | null;
}

/** At most a year per request: the measure is read per month or quarter. */
const MAX_DAYS = 366;

/**
 * Violations detected in the period, each court's period running from
 * midnight of `$2` to the end of `$3` in its own time zone (as
 * `courtDayBounds` gives them), counted by kind and all together.
 */
export const SWIFTNESS_SQL = swiftnessSql(false);

/** The statement, with `$5` keeping one program's participants when `programFilter` (the fidelity dashboard's `programId`). */
function swiftnessSql(programFilter: boolean): string {
  return `SELECT CASE WHEN GROUPING(kind) = 1 THEN NULL ELSE kind END AS kind,
        count(*)::int AS violations,
        count(*) FILTER (WHERE status = 'answered' AND heard_at IS NOT NULL AND answered_at <= deadline_at)::int AS answered_in_time,
        count(*) FILTER (WHERE heard_at IS NOT NULL AND heard_at <= deadline_at)::int AS heard_in_time,
        count(*) FILTER (WHERE responded_at IS NOT NULL AND heard_at IS NULL AND status <> 'dismissed')::int AS responded_without_hearing,
        count(*) FILTER (WHERE status = 'dismissed')::int AS dismissed,
        count(*) FILTER (WHERE status = 'dismissed' AND (escalated_at IS NOT NULL OR dismissed_at > deadline_at))::int AS dismissed_overdue,
        count(*) FILTER (WHERE escalated_at IS NOT NULL OR (status = 'open' AND deadline_at <= $4))::int AS overdue,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM heard_at - detected_at) / 3600)
          FILTER (WHERE heard_at IS NOT NULL) AS median_hearing_hours,
        percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM heard_at - detected_at) / 3600)
          FILTER (WHERE heard_at IS NOT NULL) AS p90_hearing_hours,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM responded_at - detected_at) / 3600)
          FILTER (WHERE responded_at IS NOT NULL) AS median_hours,
        percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM responded_at - detected_at) / 3600)
          FILTER (WHERE responded_at IS NOT NULL) AS p90_hours
   FROM (SELECT v.* FROM courts c JOIN violations v ON v.court_id = c.id
          WHERE c.id = ANY($1::uuid[])
            AND v.detected_at >= $2::date::timestamp AT TIME ZONE c.time_zone
            AND v.detected_at < ($3::date + 1)::timestamp AT TIME ZONE c.time_zone
            -- Imported violations are the earlier system's history: their clock never ran here, so they are not measured.
            AND v.imported_at IS NULL${programFilter ? `
            AND EXISTS (SELECT 1 FROM participants p WHERE p.id = v.participant_id AND p.program_id = $5::uuid)` : ''}) violations
  GROUP BY ROLLUP (kind)
  ORDER BY kind NULLS FIRST`;
}
const SWIFTNESS_PROGRAM_SQL = swiftnessSql(true);

/**
 * The court's headline measure: how many violations were answered within
 * their response window (heard at a hearing held with the participant and
 * the court's response recorded, both by the deadline), and, separately,
 * how long detection took to that hearing and to the response (median, 90th
 * percentile), by kind. A response staff recorded outside a hearing counts
 * in the time to response but not as a hearing: until a hearing takes the
 * violation up it is "responded without a hearing", never answered in time.
 * Dismissed violations are their own line (how many, and how many of them
 * were already overdue), so the share's denominator never hides them.
 * Aggregates only: no participant is named, so the read is audited as a
 * court report.
 */
@Injectable()
export class SwiftnessService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async measure(principal: Principal, courtId: string, from: string, to: string): Promise<SwiftnessDto> {
    const grant = CourtAccess.holding(principal, courtId, Permission.MeasuresRead);
    if (to < from) throw new ValidationFailedError([{ field: 'to', message: 'must not be before from' }]);
    if (to > addCalendarDays(from, MAX_DAYS - 1)) throw new ValidationFailedError([{ field: 'to', message: `must be within ${MAX_DAYS} days of from` }]);
    await requireCourt(this.dataSource.manager, courtId);
    const figures = await this.measureCourts([courtId], from, to);
    await this.audit.record(courtActor(principal, grant), courtEntry(grant, { action: 'measures.swiftness_read', entityType: 'court', entityIds: [courtId], details: { from, to } }));
    return { courtId, ...figures };
  }

  /**
   * The figures over a set of courts, counted together, optionally one program's participants. No access
   * check and no audit: the caller has done both for the courts it passes.
   */
  async measureCourts(courtIds: readonly string[], from: string, to: string, options: { programId?: string } = {}): Promise<Omit<SwiftnessDto, 'courtId'>> {
    const params = [courtIds, from, to, this.clock.now()];
    const rows = (await (options.programId
      ? this.dataSource.query(SWIFTNESS_PROGRAM_SQL, [...params, options.programId])
      : this.dataSource.query(SWIFTNESS_SQL, params))) as SwiftnessRow[];
    const toDto = (row: SwiftnessRow | undefined, kind: string): SwiftnessRowDto => {
      const counted = (row?.violations ?? 0) - (row?.dismissed ?? 0);
      const round = (n: number | null | undefined) => (n === null || n === undefined ? null : Math.round(n * 10) / 10);
      const share = (n: number, of: number) => (of > 0 ? Math.round((n / of) * 1000) / 1000 : null);
      return {
        kind,
        violations: row?.violations ?? 0,
        answeredInTime: row?.answered_in_time ?? 0,
        shareAnsweredInTime: share(row?.answered_in_time ?? 0, counted),
        heardInTime: row?.heard_in_time ?? 0,
        respondedWithoutHearing: row?.responded_without_hearing ?? 0,
        dismissed: row?.dismissed ?? 0,
        shareDismissed: share(row?.dismissed ?? 0, row?.violations ?? 0),
        dismissedWhileOverdue: row?.dismissed_overdue ?? 0,
        overdue: row?.overdue ?? 0,
        medianHoursToHearing: round(row?.median_hearing_hours),
        p90HoursToHearing: round(row?.p90_hearing_hours),
        medianHoursToResponse: round(row?.median_hours),
        p90HoursToResponse: round(row?.p90_hours),
      };
    };
    return {
      from,
      to,
      all: toDto(rows.find((r) => r.kind === null), 'all'),
      byKind: rows.filter((r) => r.kind !== null).map((r) => toDto(r, r.kind!)),
    };
  }
}
