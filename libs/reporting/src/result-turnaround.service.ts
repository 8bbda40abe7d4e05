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
 * the specimen: a slow lab delays every answer the court gives. Both times
 * are kept on the collection by the results' trigger (migration
 * CollectionSettledTimes), so the measure is one scan of the period's
 * collections rather than a probe of the results for each.
 */
/** The settled collections of the courts `$1` in the period `$2`–`$3`; with `programFilter`, of program `$4` only. */
const settled = (programFilter: boolean) => `settled AS (
  SELECT k.id, p.program_id,
         extract(epoch FROM COALESCE(k.confirmed_at, k.first_result_at) - k.collected_at) / 3600 AS hours,
         k.confirmed_at IS NOT NULL AS confirmed
    FROM drug_test_collections k JOIN participants p ON p.id = k.participant_id
   -- An imported test's results were written at the import, not when the lab reported: no turnaround to measure.
   WHERE k.court_id = ANY($1::uuid[]) AND k.court_day BETWEEN $2::date AND $3::date AND k.imported_at IS NULL${programFilter ? ' AND p.program_id = $4::uuid' : ''}
     AND k.first_result_at IS NOT NULL)`;

const FIGURES = `count(s.id)::int AS collections, count(s.id) FILTER (WHERE s.confirmed)::int AS confirmed,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY s.hours) AS median_hours,
       percentile_cont(0.9) WITHIN GROUP (ORDER BY s.hours) AS p90_hours`;

export const TURNAROUND_SQL = `
WITH ${settled(false)}
SELECT pr.id AS program_id, pr.code AS program_code, pr.name AS program_name,
       ${FIGURES}
  FROM settled s LEFT JOIN programs pr ON pr.id = s.program_id
 GROUP BY pr.id, pr.code, pr.name
 ORDER BY pr.code NULLS LAST, pr.id`;

/** The same figures over every settled collection together (the fidelity dashboard's line), optionally one program's. */
const wholeSql = (programFilter: boolean) => `WITH ${settled(programFilter)} SELECT ${FIGURES} FROM settled s`;

const round = (value: number | null) => (value === null ? null : Math.round(Number(value) * 10) / 10);

@Injectable()
export class ResultTurnaroundService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async measure(principal: Principal, courtId: string, from: string, to: string): Promise<ResultTurnaroundDto> {
    const grant = CourtAccess.holding(principal, courtId, Permission.MeasuresRead);
    checkMeasurePeriod(from, to);
    await requireCourt(this.dataSource.manager, courtId);
    const figures = await this.measureCourts([courtId], from, to);
    await this.audit.record(
      courtActor(principal, grant),
      courtEntry(grant, { action: 'measures.result_turnaround_read', entityType: 'court', entityIds: [courtId], details: { from, to } }),
    );
    return { courtId, ...figures };
  }

  /** The figures over a set of courts, counted together. No access check and no audit: the caller has done both. */
  async measureCourts(courtIds: readonly string[], from: string, to: string): Promise<Omit<ResultTurnaroundDto, 'courtId'>> {
    const rows = (await this.dataSource.query(TURNAROUND_SQL, [courtIds, from, to])) as Array<{
      program_id: string | null;
      program_code: string | null;
      program_name: string | null;
      collections: number;
      confirmed: number;
      median_hours: number | null;
      p90_hours: number | null;
    }>;
    return {
      from,
      to,
      byProgram: rows.map((r) => ({
        programId: r.program_id,
        programCode: r.program_code,
        programName: r.program_name,
        collections: r.collections,
        confirmed: r.confirmed,
        medianHours: round(r.median_hours),
        p90Hours: round(r.p90_hours),
      })),
    };
  }

  /** Every settled collection of the courts together (optionally one program's): no access check and no audit. */
  async measureWhole(courtIds: readonly string[], from: string, to: string, options: { programId?: string } = {}): Promise<WholeTurnaround> {
    const [row] = (await (options.programId
      ? this.dataSource.query(wholeSql(true), [courtIds, from, to, options.programId])
      : this.dataSource.query(wholeSql(false), [courtIds, from, to]))) as Array<{ collections: number; confirmed: number; median_hours: number | null; p90_hours: number | null }>;
    return { collections: row.collections, confirmed: row.confirmed, medianHours: round(row.median_hours), p90Hours: round(row.p90_hours) };
  }
}

export type WholeTurnaround = Pick<ProgramTurnaroundDto, 'collections' | 'confirmed' | 'medianHours' | 'p90Hours'>;
