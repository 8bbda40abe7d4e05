import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@app/audit';
import { Permission, Principal } from '@app/auth';
import { NotFoundError } from '@app/core';
import { Court, CourtAccess, courtActor, courtEntry } from '@app/courts';
import { demographicGroups, demographicGroupSql, type DemographicDimension } from '@app/participants';
import { DataSource } from 'typeorm';
import { checkMeasurePeriod } from '../measure-period';
import type { FunnelDto, FunnelQueryDto, PublicFunnelQueryDto, RejectionReasonDto } from './dto/funnel.dto';
import { type Audience, FUNNEL_STAGES, funnelFigures, PROGRAM_TARGETS, type StageCounts } from './funnel';
import { SUPPRESSED_COUNT, suppressSmallCells } from './small-cells';

export interface FunnelOptions {
  programId?: string;
  groupBy?: DemographicDimension;
  audience: Audience;
}

/** Accepted or further along: every status after the parties' approval (a rejection is not). */
const ACCEPTED_OR_LATER = ['accepted', 'active', 'in_custody', 'warrant', 'medical_leave', 'graduated', 'terminated', 'withdrawn', 'transferred'];

/** `model:risk:need` for every combination a program model targets (PROGRAM_TARGETS), matched in SQL. */
const TARGETS = Object.entries(PROGRAM_TARGETS).flatMap(([model, target]) => target.risk.flatMap((risk) => target.need.map((need) => `${model}:${risk}:${need}`)));

const IN_TARGET = `(pr.model || ':' || s.risk_level || ':' || s.need_level) = ANY($4::text[])`;

/**
 * The people referred to the courts in the period (by the referral's date),
 * to one program if asked: the funnel's cohort. `$1` court ids, `$2`/`$3`
 * the period, `$4` the targets, `$5` the program or null.
 */
const COHORT = `
  SELECT p.*
    FROM participants p
   WHERE p.court_id = ANY($1::uuid[]) AND p.referred_on BETWEEN $2::date AND $3::date AND ($5::uuid IS NULL OR p.program_id = $5::uuid)`;

/**
 * Each stage counted per group (`$6` accepted-or-later statuses), and for
 * everyone (the empty grouping set). Without a dimension the group is one
 * constant null, whose row repeats the total and is left out.
 */
const stagesSql = (groupSql: string | null) => `
WITH cohort AS (${COHORT}),
reached AS (
  SELECT ${groupSql ?? 'NULL::text'} AS grp,
         s.participant_id IS NOT NULL AS screened,
         COALESCE(s.legally_eligible AND ${IN_TARGET}, false) AS eligible,
         (p.status = ANY($6::text[]) OR p.enrolled_on IS NOT NULL) AS accepted,
         p.enrolled_on IS NOT NULL AS admitted,
         p.status = 'graduated' AS graduated
    FROM cohort p LEFT JOIN screenings s ON s.participant_id = p.id LEFT JOIN programs pr ON pr.id = p.program_id)
SELECT grp, GROUPING(grp) = 1 AS is_total,
       count(*)::int AS referred,
       count(*) FILTER (WHERE screened)::int AS screened,
       count(*) FILTER (WHERE eligible)::int AS eligible,
       count(*) FILTER (WHERE accepted)::int AS accepted,
       count(*) FILTER (WHERE admitted)::int AS admitted,
       count(*) FILTER (WHERE graduated)::int AS graduated
  FROM reached
 GROUP BY GROUPING SETS ((grp), ())`;

/**
 * Why referrals went no further, each person once per reason: charges the
 * program excludes (by category), another legal bar, risk or need outside
 * the program's target, and each party's rejection. The words of a bar or a
 * rejection are the team's own (`$6` true): they may name a person, so a
 * published funnel counts by reason only.
 */
const REASONS_SQL = `
WITH cohort AS (${COHORT}),
reasons AS (
  SELECT p.id, 'excluded_charge' AS reason, charge->>'category' AS detail
    FROM cohort p JOIN screenings s ON s.participant_id = p.id CROSS JOIN jsonb_array_elements(s.excluded_charges) charge
  UNION
  SELECT p.id, 'other_exclusion', CASE WHEN $6::boolean THEN s.other_exclusion END
    FROM cohort p JOIN screenings s ON s.participant_id = p.id WHERE s.other_exclusion IS NOT NULL
  UNION
  SELECT p.id, 'outside_target', NULL
    FROM cohort p JOIN screenings s ON s.participant_id = p.id JOIN programs pr ON pr.id = p.program_id
   WHERE s.legally_eligible AND NOT ${IN_TARGET}
  UNION
  SELECT p.id, 'rejected_by_' || d.party, CASE WHEN $6::boolean THEN d.reason END
    FROM cohort p JOIN screening_decisions d ON d.participant_id = p.id WHERE d.decision = 'reject')
SELECT reason, detail, count(DISTINCT id)::int AS count
  FROM reasons
 GROUP BY reason, detail
 ORDER BY count DESC, reason, detail NULLS FIRST`;

/** The funnel's two statements with their parameters: what `counts` sends (and the measures bench sends directly). */
export function funnelStatements(courtIds: readonly string[], from: string, to: string, options: FunnelOptions): Record<'stages' | 'reasons', [string, unknown[]]> {
  const cohort = [courtIds, from, to, TARGETS, options.programId ?? null];
  const groupSql = options.groupBy ? demographicGroupSql(options.groupBy, 'p') : null;
  return { stages: [stagesSql(groupSql), [...cohort, ACCEPTED_OR_LATER]], reasons: [REASONS_SQL, [...cohort, options.audience === 'team']] };
}


interface ReasonRow {
  reason: string;
  detail: string | null;
  count: number;
}

export interface FunnelCounts {
  total: StageCounts;
  groups: Array<{ group: string; counts: StageCounts }>;
  reasons: ReasonRow[];
}

interface StageRow extends StageCounts {
  grp: string | null;
  is_total: boolean;
}

const EMPTY: StageCounts = { referred: 0, screened: 0, eligible: 0, accepted: 0, admitted: 0, graduated: 0 };

/**
 * The referral funnel: referred → screened → eligible → accepted → admitted
 * → graduated, with conversion rates, rejection reasons, and per
 * demographic group the disparity ratios against those referred and those
 * found eligible. `measureCourts` counts any set of courts with no access
 * check (statewide figures use it too); `measure` is the one court's,
 * checked and audited; `measurePublic` the court's community's, suppressed.
 */
@Injectable()
export class FunnelService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async measure(principal: Principal, courtId: string, query: FunnelQueryDto): Promise<FunnelDto> {
    const grant = CourtAccess.holding(principal, courtId, Permission.MeasuresRead);
    const options: FunnelOptions = { programId: query.programId, groupBy: query.groupBy, audience: query.audience ?? 'team' };
    const funnel = await this.measureCourts([courtId], query.from, query.to, options);
    await this.audit.record(
      courtActor(principal, grant),
      courtEntry(grant, {
        action: 'measures.funnel_read',
        entityType: 'court',
        entityIds: [courtId],
        details: { from: query.from, to: query.to, programId: query.programId ?? null, groupBy: query.groupBy ?? null, audience: options.audience },
      }),
    );
    return funnel;
  }

  /** The funnel as the court's community may read it: small cells suppressed, no words of the team's. */
  async measurePublic(code: string, query: PublicFunnelQueryDto): Promise<FunnelDto> {
    const courtId = await this.publicCourtId(code);
    return this.measureCourts([courtId], query.from, query.to, { groupBy: query.groupBy, audience: 'public' });
  }

  /** An active court by its public code; "not found" otherwise, as the other public routes answer. */
  async publicCourtId(code: string): Promise<string> {
    const court = await this.dataSource.manager.findOne(Court, { where: { code, active: true }, select: { id: true } });
    if (!court) throw new NotFoundError('court');
    return court.id;
  }

  /** The raw counts of the funnel: everyone's stages, each group's (in the dimension's order), and the rejection reasons. */
  async counts(courtIds: string[], from: string, to: string, options: FunnelOptions): Promise<FunnelCounts> {
    checkMeasurePeriod(from, to);
    const { stages, reasons: reasonsStatement } = funnelStatements(courtIds, from, to, options);
    const [stageRows, reasons] = await Promise.all([
      this.dataSource.query(...stages) as Promise<StageRow[]>,
      this.dataSource.query(...reasonsStatement) as Promise<ReasonRow[]>,
    ]);
    const total = stageRows.find((r) => r.is_total) ?? EMPTY;
    const byGroup = new Map(stageRows.filter((r) => !r.is_total).map((r) => [r.grp ?? 'unknown', r]));
    const groups = options.groupBy ? inDimensionOrder(options.groupBy, [...byGroup.keys()]) : [];
    return { total: countsOf(total), groups: groups.map((group) => ({ group, counts: countsOf(byGroup.get(group)!) })), reasons };
  }

  async measureCourts(courtIds: string[], from: string, to: string, options: FunnelOptions): Promise<FunnelDto> {
    const counts = await this.counts(courtIds, from, to, options);
    const figures = funnelFigures(counts.total, counts.groups, options.audience);
    return {
      courtIds,
      from,
      to,
      programId: options.programId ?? null,
      groupBy: options.groupBy ?? null,
      audience: options.audience,
      stages: figures.stages,
      groups: figures.groups,
      rejectionReasons: shownReasons(counts.reasons, options.audience),
    };
  }
}

/** Groups in the dimension's order, then any code it does not list (recorded before a vocabulary changed). */
export function inDimensionOrder(dimension: DemographicDimension, groups: readonly string[]): string[] {
  const order = demographicGroups(dimension);
  return [...order.filter((g) => groups.includes(g)), ...groups.filter((g) => !order.includes(g))];
}

const countsOf = (row: StageCounts): StageCounts => Object.fromEntries(FUNNEL_STAGES.map((stage) => [stage, row[stage]])) as StageCounts;

/** Reasons overlap (one person may have several), so they have no total to subtract from; still, a lone hidden count takes the next smallest with it. */
export function shownReasons(rows: ReasonRow[], audience: Audience): RejectionReasonDto[] {
  if (audience === 'team') return rows;
  const { cells } = suppressSmallCells(rows.map((r) => [r.count]));
  return rows.map((r, i) => ({ reason: r.reason, detail: r.detail, count: cells[i][0] === SUPPRESSED_COUNT ? SUPPRESSED_COUNT : r.count }));
}
