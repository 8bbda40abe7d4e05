import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Exportable } from '@app/audit';
import { Allow, CurrentPrincipal, Permission, Principal } from '@app/auth';
import { StateEquityDto, StateEquityQueryDto, StateFunnelDto, StateFunnelQueryDto } from '../dto/state-measures.dto';
import { StateMeasuresService } from '../state/state-measures.service';
import { EQUITY_EXPORT, FUNNEL_EXPORT } from './equity.export';
import { EquityService } from './equity.service';
import { FunnelService } from './funnel.service';

/**
 * The funnel and the equity view of every court together, beside the other
 * statewide measures (this module builds on the reporting module, so its
 * statewide routes live here and are read through the same audited path).
 */
@ApiTags('measures')
@Controller('state/measures')
export class StateEquityController {
  constructor(
    private readonly state: StateMeasuresService,
    private readonly funnels: FunnelService,
    private readonly equity: EquityService,
  ) {}

  @Get('funnel')
  @Allow(Permission.MeasuresReadState)
  @Exportable(FUNNEL_EXPORT)
  @ApiOperation({ summary: 'The referral funnel of every court together, per group with groupBy, small cells suppressed with audience=public' })
  @ApiOkResponse({ type: StateFunnelDto })
  funnel(@CurrentPrincipal() principal: Principal, @Query() query: StateFunnelQueryDto): Promise<StateFunnelDto> {
    const options = { groupBy: query.groupBy, audience: query.audience ?? 'team' };
    return this.state.read(principal, 'funnel', query.from, query.to, (courtIds) => this.funnels.measureCourts(courtIds, query.from, query.to, options), {
      groupBy: query.groupBy ?? null,
      audience: options.audience,
    });
  }

  @Get('equity')
  @Allow(Permission.MeasuresReadState)
  @Exportable(EQUITY_EXPORT)
  @ApiOperation({ summary: 'The equity view of one demographic dimension over every court together, with the disparity ratios and four-fifths flags' })
  @ApiOkResponse({ type: StateEquityDto })
  equityOf(@CurrentPrincipal() principal: Principal, @Query() query: StateEquityQueryDto): Promise<StateEquityDto> {
    const options = { dimension: query.dimension, audience: query.audience ?? 'team' };
    return this.state.read(principal, 'equity', query.from, query.to, (courtIds) => this.equity.measureCourts(courtIds, query.from, query.to, options), {
      dimension: query.dimension,
      audience: options.audience,
    });
  }
}
