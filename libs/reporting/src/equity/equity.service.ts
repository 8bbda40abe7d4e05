import { Injectable } from '@nestjs/common';
import { AuditService } from '@app/audit';
import { Permission, Principal } from '@app/auth';
import { CourtAccess, courtActor, courtEntry } from '@app/courts';
import type { DemographicDimension } from '@app/participants';
import { OutcomeMeasuresService } from '../outcomes/outcome-measures.service';
import type { OutcomeFiguresDto } from '../outcomes/outcome-measures.dto';
import type { EquityDto } from './dto/equity.dto';
import type { EquityQueryDto, PublicEquityQueryDto } from './dto/funnel.dto';
import { type Audience, FUNNEL_STAGES, funnelFigures } from './funnel';
import { FunnelService, inDimensionOrder, shownReasons } from './funnel.service';
import { EQUITY_OUTCOMES, outcomeDisparities, type Reference } from './outcome-disparity';

export interface EquityOptions {
  dimension: DemographicDimension;
  programId?: string;
  audience: Audience;
}

const REFERRED = FUNNEL_STAGES.indexOf('referred');
const ELIGIBLE = FUNNEL_STAGES.indexOf('eligible');

/** The counts an outcome row gives the equity view, by the outcome measures' names. */
const outcomeCounts = (row: OutcomeFiguresDto | undefined): Record<string, number> =>
  Object.fromEntries(EQUITY_OUTCOMES.map((spec) => [spec.key, Number((row as unknown as Record<string, unknown> | undefined)?.[spec.key] ?? 0)]));

/**
 * The equity view: for one demographic dimension, each group's funnel with
 * its disparity ratios against those referred and those found eligible, and
 * the outcome measures per group (from the outcome measures, never counted
 * again here) against the same two populations, with their flags. Like the
 * funnel, `measureCourts` takes any set of courts unchecked; `measure` and
 * `measurePublic` are the court's.
 */
@Injectable()
export class EquityService {
  constructor(
    private readonly funnels: FunnelService,
    private readonly outcomes: OutcomeMeasuresService,
    private readonly audit: AuditService,
  ) {}

  async measure(principal: Principal, courtId: string, query: EquityQueryDto): Promise<EquityDto> {
    const grant = CourtAccess.holding(principal, courtId, Permission.MeasuresRead);
    const options: EquityOptions = { dimension: query.dimension, programId: query.programId, audience: query.audience ?? 'team' };
    const equity = await this.measureCourts([courtId], query.from, query.to, options);
    await this.audit.record(
      courtActor(principal, grant),
      courtEntry(grant, {
        action: 'measures.equity_read',
        entityType: 'court',
        entityIds: [courtId],
        details: { from: query.from, to: query.to, programId: query.programId ?? null, dimension: query.dimension, audience: options.audience },
      }),
    );
    return equity;
  }

  async measurePublic(code: string, query: PublicEquityQueryDto): Promise<EquityDto> {
    const courtId = await this.funnels.publicCourtId(code);
    return this.measureCourts([courtId], query.from, query.to, { dimension: query.dimension, audience: 'public' });
  }

  async measureCourts(courtIds: string[], from: string, to: string, options: EquityOptions): Promise<EquityDto> {
    const funnelOptions = { programId: options.programId, groupBy: options.dimension, audience: options.audience };
    const [counts, outcomes] = await Promise.all([
      this.funnels.counts(courtIds, from, to, funnelOptions),
      this.outcomes.figuresOf(courtIds, from, to, { programId: options.programId, groupBy: options.dimension }),
    ]);
    const funnel = funnelFigures(counts.total, counts.groups, options.audience);
    // The whole court (or the program asked for): the rows of no one program.
    const outcomeRows = outcomes.rows.filter((r) => r.programId === null);
    const byGroup = new Map(outcomeRows.filter((r) => r.group !== null).map((r) => [r.group!, r]));
    const groups = inDimensionOrder(options.dimension, [...new Set([...counts.groups.map((g) => g.group), ...byGroup.keys()])]);
    const reference = (row: number, stages: { referred: number; eligible: number }): Reference => ({
      referred: stages.referred,
      eligible: stages.eligible,
      referredHidden: funnel.hidden[row][REFERRED],
      eligibleHidden: funnel.hidden[row][ELIGIBLE],
    });
    const references = new Map(counts.groups.map((g, index) => [g.group, reference(index + 1, g.counts)]));
    return {
      courtIds,
      from,
      to,
      programId: options.programId ?? null,
      dimension: options.dimension,
      audience: options.audience,
      groups,
      stages: funnel.stages,
      funnel: funnel.groups,
      rejectionReasons: shownReasons(counts.reasons, options.audience),
      outcomes: outcomeDisparities(
        EQUITY_OUTCOMES,
        outcomeCounts(outcomeRows.find((r) => r.group === null)),
        groups.map((group) => ({ group, counts: outcomeCounts(byGroup.get(group)) })),
        { total: reference(0, counts.total), groups: references },
        options.audience,
      ),
    };
  }
}
