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

  /** The court-scoped read: the caller's access to the court, the period's checks, the audit row. */
  async measure(principal: Principal, courtId: string, from: string, to: string): Promise<SwiftnessDto> {
    const grant = CourtAccess.holding(principal, courtId, Permission.MeasuresRead);
    checkPeriod(from, to);
    await requireCourt(this.dataSource.manager, courtId);
    const measured = await this.measureCourts([courtId], from, to);
    await this.audit.record(courtActor(principal, grant), courtEntry(grant, { action: 'measures.swiftness_read', entityType: 'court', entityIds: [courtId], details: { from, to } }));
    return { courtId, ...measured };
  }

  /**
   * Violations detected in the period over a set of courts (each court's own
   * calendar days), optionally one program's participants: no access check
   * and no audit here, the caller (court-scoped or statewide) decides who reads it.
   */
  async measureCourts(courtIds: string[], from: string, to: string, options: { programId?: string } = {}): Promise<Omit<SwiftnessDto, 'courtId'>> {
    checkPeriod(from, to);
    const rows = (await this.dataSource.query(
      `SELECT CASE WHEN GROUPING(v.kind) = 1 THEN NULL ELSE v.kind END AS kind,
              count(*)::int AS violations,
              count(*) FILTER (WHERE v.status = 'answered' AND v.heard_at IS NOT NULL AND v.answered_at <= v.deadline_at)::int AS answered_in_time,
              count(*) FILTER (WHERE v.heard_at IS NOT NULL AND v.heard_at <= v.deadline_at)::int AS heard_in_time,
              count(*) FILTER (WHERE v.responded_at IS NOT NULL AND v.heard_at IS NULL AND v.status <> 'dismissed')::int AS responded_without_hearing,
              count(*) FILTER (WHERE v.status = 'dismissed')::int AS dismissed,
              count(*) FILTER (WHERE v.status = 'dismissed' AND (v.escalated_at IS NOT NULL OR v.dismissed_at > v.deadline_at))::int AS dismissed_overdue,
              count(*) FILTER (WHERE v.escalated_at IS NOT NULL OR (v.status = 'open' AND v.deadline_at <= $4))::int AS overdue,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM v.heard_at - v.detected_at) / 3600)
                FILTER (WHERE v.heard_at IS NOT NULL) AS median_hearing_hours,
              percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM v.heard_at - v.detected_at) / 3600)
                FILTER (WHERE v.heard_at IS NOT NULL) AS p90_hearing_hours,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM v.responded_at - v.detected_at) / 3600)
                FILTER (WHERE v.responded_at IS NOT NULL) AS median_hours,
              percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM v.responded_at - v.detected_at) / 3600)
                FILTER (WHERE v.responded_at IS NOT NULL) AS p90_hours
         FROM violations v JOIN courts c ON c.id = v.court_id
        WHERE v.court_id = ANY($1::uuid[])
          -- The period's first and last court days in each court's own zone (as courtDayBounds gives them).
          AND v.detected_at >= ($2::date)::timestamp AT TIME ZONE c.time_zone
          AND v.detected_at < ($3::date + 1)::timestamp AT TIME ZONE c.time_zone
          AND ($5::uuid IS NULL OR EXISTS (SELECT 1 FROM participants p WHERE p.id = v.participant_id AND p.program_id = $5::uuid))
        GROUP BY ROLLUP (v.kind)
        ORDER BY v.kind NULLS FIRST`,
      [courtIds, from, to, this.clock.now(), options.programId ?? null],
    )) as SwiftnessRow[];
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

/** A period that ends before it starts, or longer than a year, is refused (422). */
function checkPeriod(from: string, to: string): void {
  if (to < from) throw new ValidationFailedError([{ field: 'to', message: 'must not be before from' }]);
  if (to > addCalendarDays(from, MAX_DAYS - 1)) throw new ValidationFailedError([{ field: 'to', message: `must be within ${MAX_DAYS} days of from` }]);
}
