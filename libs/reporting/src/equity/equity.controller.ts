import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Exportable } from '@app/audit';
import { Allow, CurrentPrincipal, Permission, Principal, Public } from '@app/auth';
import { EquityDto } from './dto/equity.dto';
import { EquityQueryDto, FunnelDto, FunnelQueryDto, PublicCourtParams, PublicEquityQueryDto, PublicFunnelQueryDto } from './dto/funnel.dto';
import { EQUITY_EXPORT, FUNNEL_EXPORT } from './equity.export';
import { EquityService } from './equity.service';
import { FunnelService } from './funnel.service';

/** The referral funnel and the equity view: for the court team exact, for anyone else (and on `audience=public`) small cells suppressed. */
@ApiTags('measures')
@Controller()
export class EquityController {
  constructor(
    private readonly funnels: FunnelService,
    private readonly equity: EquityService,
  ) {}

  @Get('courts/:courtId/measures/funnel')
  @Allow(Permission.MeasuresRead)
  @Exportable(FUNNEL_EXPORT)
  @ApiOperation({ summary: 'Referred → screened → eligible → accepted → admitted → graduated for those referred in the period, with conversion rates, rejection reasons, and per group the disparity ratios' })
  @ApiOkResponse({ type: FunnelDto })
  measureFunnel(@CurrentPrincipal() principal: Principal, @Param('courtId', ParseUUIDPipe) courtId: string, @Query() query: FunnelQueryDto): Promise<FunnelDto> {
    return this.funnels.measure(principal, courtId, query);
  }

  @Get('courts/:courtId/measures/equity')
  @Allow(Permission.MeasuresRead)
  @Exportable(EQUITY_EXPORT)
  @ApiOperation({ summary: "Each group of a demographic dimension: its funnel, with the disparity ratios against those referred and those found eligible, flagged below four-fifths" })
  @ApiOkResponse({ type: EquityDto })
  measureEquity(@CurrentPrincipal() principal: Principal, @Param('courtId', ParseUUIDPipe) courtId: string, @Query() query: EquityQueryDto): Promise<EquityDto> {
    return this.equity.measure(principal, courtId, query);
  }

  @Get('public/courts/:code/funnel')
  @Public()
  @ApiOperation({ summary: "The court's referral funnel as its community may read it (no sign-in): small cells suppressed, no one named, reasons by kind only" })
  @ApiOkResponse({ type: FunnelDto })
  @ApiNotFoundResponse({ description: 'No active court has this code' })
  publicFunnel(@Param() params: PublicCourtParams, @Query() query: PublicFunnelQueryDto): Promise<FunnelDto> {
    return this.funnels.measurePublic(params.code, query);
  }

  @Get('public/courts/:code/equity')
  @Public()
  @ApiOperation({ summary: "The court's equity view of one dimension as its community may read it (no sign-in): small cells suppressed" })
  @ApiOkResponse({ type: EquityDto })
  @ApiNotFoundResponse({ description: 'No active court has this code' })
  publicEquity(@Param() params: PublicCourtParams, @Query() query: PublicEquityQueryDto): Promise<EquityDto> {
    return this.equity.measurePublic(params.code, query);
  }
}
