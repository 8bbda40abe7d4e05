import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@app/audit';
import { Permission, Principal } from '@app/auth';
import { addCalendarDays, Clock, courtDayBounds, ValidationFailedError } from '@app/core';
import { CourtAccess, courtActor, courtEntry, requireCourt } from '@app/courts';
import { DataSource } from 'typeorm';
import { SwiftnessDto, SwiftnessRowDto } from './dto/swiftness.dto';

interface SwiftnessRow {
  kind: string | null;
  violations: number;
  answered_in_time: number;
  dismissed: number;
  overdue: number;
  median_hours: number | null;
  p90_hours: number | null;
}

/** At most a year per request: the measure is read per month or quarter. */
const MAX_DAYS = 366;

/**
 * The court's headline measure: how many violations were brought before the
 * judge and answered within their response window, and how long detection
 * to response took (median, 90th percentile), by kind. Aggregates only: no
 * participant is named, so the read is audited as a court report.
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
    const court = await requireCourt(this.dataSource.manager, courtId);
    const start = courtDayBounds(from, court.timeZone).start;
    const end = courtDayBounds(to, court.timeZone).end;
    const rows = (await this.dataSource.query(
      `SELECT CASE WHEN GROUPING(kind) = 1 THEN NULL ELSE kind END AS kind,
              count(*)::int AS violations,
              count(*) FILTER (WHERE status = 'answered' AND answered_at <= deadline_at)::int AS answered_in_time,
              count(*) FILTER (WHERE status = 'dismissed')::int AS dismissed,
              count(*) FILTER (WHERE escalated_at IS NOT NULL OR (status = 'open' AND deadline_at <= $4))::int AS overdue,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM answered_at - detected_at) / 3600)
                FILTER (WHERE status = 'answered') AS median_hours,
              percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM answered_at - detected_at) / 3600)
                FILTER (WHERE status = 'answered') AS p90_hours
         FROM violations
        WHERE court_id = $1 AND detected_at >= $2 AND detected_at < $3
        GROUP BY ROLLUP (kind)
        ORDER BY kind NULLS FIRST`,
      [courtId, start, end, this.clock.now()],
    )) as SwiftnessRow[];
    await this.audit.record(courtActor(principal, grant), courtEntry(grant, { action: 'measures.swiftness_read', entityType: 'court', entityIds: [courtId], details: { from, to } }));
    const toDto = (row: SwiftnessRow | undefined, kind: string): SwiftnessRowDto => {
      const counted = (row?.violations ?? 0) - (row?.dismissed ?? 0);
      const round = (n: number | null | undefined) => (n === null || n === undefined ? null : Math.round(n * 10) / 10);
      return {
        kind,
        violations: row?.violations ?? 0,
        answeredInTime: row?.answered_in_time ?? 0,
        shareAnsweredInTime: counted > 0 ? Math.round(((row?.answered_in_time ?? 0) / counted) * 1000) / 1000 : null,
        dismissed: row?.dismissed ?? 0,
        overdue: row?.overdue ?? 0,
        medianHoursToResponse: round(row?.median_hours),
        p90HoursToResponse: round(row?.p90_hours),
      };
    };
    return {
      courtId,
      from,
      to,
      all: toDto(rows.find((r) => r.kind === null), 'all'),
      byKind: rows.filter((r) => r.kind !== null).map((r) => toDto(r, r.kind!)),
    };
  }
}
