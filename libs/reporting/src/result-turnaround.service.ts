import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@app/audit';
import { Permission, Principal } from '@app/auth';
import { CourtAccess, courtActor, courtEntry, requireCourt } from '@app/courts';
import { DataSource } from 'typeorm';
import { ProgramTurnaroundDto, ResultTurnaroundDto } from './dto/result-turnaround.dto';
import { checkMeasurePeriod } from './measure-period';

/**
 * Per collection of the period with a result: hours from the collection to
 * the result that settles it (the latest confirmation, else the first
 * screen), per program, as median and 90th percentile. Swiftness starts at
 * the specimen: a slow lab delays every answer the court gives. `$1` is a
 * set of courts; `$4`, when not null, keeps one program's participants.
 */
const TURNAROUND_SQL = `
WITH settled AS (
  SELECT k.id, p.program_id,
         extract(epoch FROM COALESCE(
           (SELECT max(r.created_at) FROM drug_test_results r WHERE r.collection_id = k.id AND r.method = 'confirmation'),
           (SELECT min(r.created_at) FROM drug_test_results r WHERE r.collection_id = k.id)) - k.collected_at) / 3600 AS hours,
         EXISTS (SELECT 1 FROM drug_test_results r WHERE r.collection_id = k.id AND r.method = 'confirmation') AS confirmed
    FROM drug_test_collections k JOIN participants p ON p.id = k.participant_id
   WHERE k.court_id = ANY($1::uuid[]) AND k.court_day BETWEEN $2::date AND $3::date
     AND ($4::uuid IS NULL OR p.program_id = $4::uuid)
     AND EXISTS (SELECT 1 FROM drug_test_results r WHERE r.collection_id = k.id))
SELECT GROUPING(pr.id) = 1 AS grand_total, pr.id AS program_id, pr.code AS program_code, pr.name AS program_name,
       count(s.id)::int AS collections, count(s.id) FILTER (WHERE s.confirmed)::int AS confirmed,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY s.hours) AS median_hours,
       percentile_cont(0.9) WITHIN GROUP (ORDER BY s.hours) AS p90_hours
  FROM settled s LEFT JOIN programs pr ON pr.id = s.program_id
 GROUP BY GROUPING SETS ((pr.id, pr.code, pr.name), ())
 ORDER BY GROUPING(pr.id), pr.code NULLS LAST`;

const round = (value: number | null) => (value === null ? null : Math.round(Number(value) * 10) / 10);

@Injectable()
export class ResultTurnaroundService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The court-scoped read: the caller's access to the court, the period's checks, the audit row. */
  async measure(principal: Principal, courtId: string, from: string, to: string): Promise<ResultTurnaroundDto> {
    const grant = CourtAccess.holding(principal, courtId, Permission.MeasuresRead);
    checkMeasurePeriod(from, to);
    await requireCourt(this.dataSource.manager, courtId);
    const { byProgram } = await this.measureCourts([courtId], from, to);
    await this.audit.record(
      courtActor(principal, grant),
      courtEntry(grant, { action: 'measures.result_turnaround_read', entityType: 'court', entityIds: [courtId], details: { from, to } }),
    );
    return { courtId, from, to, byProgram };
  }

  /**
   * Per program, and over every collection of the courts (`all`), optionally
   * one program's: no access check and no audit, the caller decides who reads it.
   */
  async measureCourts(
    courtIds: string[],
    from: string,
    to: string,
    options: { programId?: string } = {},
  ): Promise<{ all: ProgramTurnaroundDto; byProgram: ProgramTurnaroundDto[] }> {
    checkMeasurePeriod(from, to);
    const rows = (await this.dataSource.query(TURNAROUND_SQL, [courtIds, from, to, options.programId ?? null])) as TurnaroundRow[];
    const toDto = (r: TurnaroundRow): ProgramTurnaroundDto => ({
      programId: r.program_id,
      programCode: r.program_code,
      programName: r.program_name,
      collections: r.collections,
      confirmed: r.confirmed,
      medianHours: round(r.median_hours),
      p90Hours: round(r.p90_hours),
    });
    const total = rows.find((r) => r.grand_total);
    return {
      all: total ? toDto(total) : { programId: null, programCode: null, programName: null, collections: 0, confirmed: 0, medianHours: null, p90Hours: null },
      byProgram: rows.filter((r) => !r.grand_total).map(toDto),
    };
  }
}

interface TurnaroundRow {
  grand_total: boolean;
  program_id: string | null;
  program_code: string | null;
  program_name: string | null;
  collections: number;
  confirmed: number;
  median_hours: number | null;
  p90_hours: number | null;
}
