import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Exportable } from '@app/audit';
import { Allow, CurrentPrincipal, Permission, Principal } from '@app/auth';
import { FidelityCasesDto, FidelityDto, FidelityLineParamsDto, FidelityQueryDto } from '../dto/fidelity.dto';
import { FidelityCasesService } from './fidelity-cases.service';
import { FIDELITY_EXPORT } from './fidelity.export';
import { FidelityService } from './fidelity.service';

/** The fidelity dashboard: each practice against its target, and the cases behind each line. */
@ApiTags('measures')
@Controller()
export class FidelityController {
  constructor(
    private readonly fidelity: FidelityService,
    private readonly cases: FidelityCasesService,
  ) {}

  @Get('courts/:courtId/measures/fidelity')
  @Allow(Permission.MeasuresRead)
  @Exportable(FIDELITY_EXPORT)
  @ApiOperation({ summary: 'Each fidelity line (testing, notice to collection, lab turnaround, hearings, jail) with its value, target and verdict; by phase where the plan differs by phase' })
  @ApiOkResponse({ type: FidelityDto })
  measureFidelity(
    @CurrentPrincipal() principal: Principal,
    @Param('courtId', ParseUUIDPipe) courtId: string,
    @Query() query: FidelityQueryDto,
  ): Promise<FidelityDto> {
    return this.fidelity.measure(principal, courtId, query.from, query.to, query.programId);
  }

  @Get('courts/:courtId/measures/fidelity/:key/cases')
  @Allow(Permission.MeasuresRead)
  @ApiOperation({ summary: "The participants behind a line: each test, violation, sanction or hearing interval that misses the line's target (audited)" })
  @ApiOkResponse({ type: FidelityCasesDto })
  listCases(@CurrentPrincipal() principal: Principal, @Param() params: FidelityLineParamsDto, @Query() query: FidelityQueryDto): Promise<FidelityCasesDto> {
    return this.cases.list(principal, params.courtId, params.key, query.from, query.to, query.programId);
  }
}
