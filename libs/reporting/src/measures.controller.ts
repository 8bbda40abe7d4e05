import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentPrincipal, Permission, Principal } from '@app/auth';
import { MeasurePeriodQueryDto } from './dto/measure-period.dto';
import { PhaseMeasuresDto } from './dto/phase-measures.dto';
import { TestingFidelityDto } from './dto/testing-fidelity.dto';
import { PhaseMeasuresService } from './phase-measures.service';
import { TestingFidelityService } from './testing-fidelity.service';
import { ResultTurnaroundDto } from './dto/result-turnaround.dto';
import { ResultTurnaroundService } from './result-turnaround.service';
import { Exportable } from '@app/audit';
import { PHASE_MEASURES_EXPORT, TESTING_FIDELITY_EXPORT } from './measures.export';


/** The court's measures beside swiftness (which lives with violations): aggregates only, no participant named. */
@ApiTags('measures')
@Controller()
export class MeasuresController {
  constructor(
    private readonly testingFidelity: TestingFidelityService,
    private readonly phaseMeasures: PhaseMeasuresService,
    private readonly turnaround: ResultTurnaroundService,
  ) {}

  @Get('courts/:courtId/measures/result-turnaround')
  @Allow(Permission.MeasuresRead)
  @ApiOperation({ summary: 'Hours from collection to the result that settles it (the laboratory confirmation, else the screen), per program: median and 90th percentile' })
  @ApiOkResponse({ type: ResultTurnaroundDto })
  measureResultTurnaround(
    @CurrentPrincipal() principal: Principal,
    @Param('courtId', ParseUUIDPipe) courtId: string,
    @Query() query: MeasurePeriodQueryDto,
  ): Promise<ResultTurnaroundDto> {
    return this.turnaround.measure(principal, courtId, query.from, query.to);
  }

  @Get('courts/:courtId/measures/testing-fidelity')
  @Allow(Permission.MeasuresRead)
  @Exportable(TESTING_FIDELITY_EXPORT)
  @ApiOperation({ summary: 'Tests ordered (draw, staff) and collected per participant per week, by phase and week, and the weekend share of tests' })
  @ApiOkResponse({ type: TestingFidelityDto })
  measureTestingFidelity(
    @CurrentPrincipal() principal: Principal,
    @Param('courtId', ParseUUIDPipe) courtId: string,
    @Query() query: MeasurePeriodQueryDto,
  ): Promise<TestingFidelityDto> {
    return this.testingFidelity.measure(principal, courtId, query.from, query.to);
  }

  @Get('courts/:courtId/measures/phases')
  @Allow(Permission.MeasuresRead)
  @Exportable(PHASE_MEASURES_EXPORT)
  @ApiOperation({ summary: 'Participants by phase now, promotions, demotions and exits per month, graduation rate, median days in each phase' })
  @ApiOkResponse({ type: PhaseMeasuresDto })
  measurePhases(
    @CurrentPrincipal() principal: Principal,
    @Param('courtId', ParseUUIDPipe) courtId: string,
    @Query() query: MeasurePeriodQueryDto,
  ): Promise<PhaseMeasuresDto> {
    return this.phaseMeasures.measure(principal, courtId, query.from, query.to);
  }
}
