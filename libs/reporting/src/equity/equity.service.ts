import { Injectable } from '@nestjs/common';
import { AuditService } from '@app/audit';
import { Permission, Principal } from '@app/auth';
import { CourtAccess, courtActor, courtEntry } from '@app/courts';
import type { DemographicDimension } from '@app/participants';
import type { EquityDto } from './dto/equity.dto';
import type { EquityQueryDto, PublicEquityQueryDto } from './dto/funnel.dto';
import type { Audience } from './funnel';
import { FunnelService } from './funnel.service';

export interface EquityOptions {
  dimension: DemographicDimension;
  programId?: string;
  audience: Audience;
}

/**
 * The equity view: for one demographic dimension, each group's funnel with
 * its disparity ratios against those referred and those found eligible, and
 * the four-fifths flags. Like the funnel, `measureCourts` takes any set of
 * courts unchecked; `measure` and `measurePublic` are the court's.
 */
@Injectable()
export class EquityService {
  constructor(
    private readonly funnels: FunnelService,
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
    const funnel = await this.funnels.measureCourts(courtIds, from, to, { programId: options.programId, groupBy: options.dimension, audience: options.audience });
    return {
      courtIds,
      from,
      to,
      programId: options.programId ?? null,
      dimension: options.dimension,
      audience: options.audience,
      groups: funnel.groups.map((g) => g.group),
      stages: funnel.stages,
      funnel: funnel.groups,
      rejectionReasons: funnel.rejectionReasons,
    };
  }
}
