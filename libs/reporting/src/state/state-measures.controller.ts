import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Exportable } from '@app/audit';
import { Allow, CurrentPrincipal, Permission, Principal } from '@app/auth';
import { SWIFTNESS_EXPORT } from '@app/violations';
import { MeasurePeriodQueryDto } from '../dto/measure-period.dto';
import {
  StateFidelityDto,
  StateOutcomeMeasuresDto,
  StateOutcomesQueryDto,
  StatePhaseMeasuresDto,
  StateResultTurnaroundDto,
  StateSwiftnessDto,
  StateTestingFidelityDto,
} from '../dto/state-measures.dto';
import { FIDELITY_EXPORT } from '../fidelity/fidelity.export';
import { PHASE_MEASURES_EXPORT, TESTING_FIDELITY_EXPORT } from '../measures.export';
import { OUTCOME_MEASURES_EXPORT } from '../outcomes/outcome-measures.export';
import { StateMeasuresService } from './state-measures.service';

/** The court measures over every court together, for the state's oversight: aggregates only. */
@ApiTags('measures')
@Controller('state/measures')
export class StateMeasuresController {
  constructor(private readonly state: StateMeasuresService) {}

  @Get('testing-fidelity')
  @Allow(Permission.MeasuresReadState)
  @Exportable(TESTING_FIDELITY_EXPORT)
  @ApiOperation({ summary: 'Testing fidelity of every court together: tests ordered and collected per participant-week, by phase and week, weekend share' })
  @ApiOkResponse({ type: StateTestingFidelityDto })
  testingFidelity(@CurrentPrincipal() principal: Principal, @Query() query: MeasurePeriodQueryDto): Promise<StateTestingFidelityDto> {
    return this.state.testingFidelityOf(principal, query.from, query.to);
  }

  @Get('phases')
  @Allow(Permission.MeasuresReadState)
  @Exportable(PHASE_MEASURES_EXPORT)
  @ApiOperation({ summary: 'Phases and exits of every court together: promotions, demotions and exits per month, graduation rate, each phase now' })
  @ApiOkResponse({ type: StatePhaseMeasuresDto })
  phases(@CurrentPrincipal() principal: Principal, @Query() query: MeasurePeriodQueryDto): Promise<StatePhaseMeasuresDto> {
    return this.state.phasesOf(principal, query.from, query.to);
  }

  @Get('result-turnaround')
  @Allow(Permission.MeasuresReadState)
  @ApiOperation({ summary: 'Hours from collection to the settling result in every court together, per program: median and 90th percentile' })
  @ApiOkResponse({ type: StateResultTurnaroundDto })
  resultTurnaround(@CurrentPrincipal() principal: Principal, @Query() query: MeasurePeriodQueryDto): Promise<StateResultTurnaroundDto> {
    return this.state.resultTurnaroundOf(principal, query.from, query.to);
  }

  @Get('swiftness')
  @Allow(Permission.MeasuresReadState)
  @Exportable(SWIFTNESS_EXPORT)
  @ApiOperation({ summary: 'Swiftness of every court together: share of violations answered in time, hours to hearing and response, by kind' })
  @ApiOkResponse({ type: StateSwiftnessDto })
  swiftness(@CurrentPrincipal() principal: Principal, @Query() query: MeasurePeriodQueryDto): Promise<StateSwiftnessDto> {
    return this.state.swiftnessOf(principal, query.from, query.to);
  }

  @Get('outcomes')
  @Allow(Permission.MeasuresReadState)
  @Exportable(OUTCOME_MEASURES_EXPORT)
  @ApiOperation({ summary: 'Outcome measures of every court together (and per demographic group with groupBy): referrals, admissions, retention, length of stay, graduation, arrests, jail days, incentives per sanction' })
  @ApiOkResponse({ type: StateOutcomeMeasuresDto })
  outcomes(@CurrentPrincipal() principal: Principal, @Query() query: StateOutcomesQueryDto): Promise<StateOutcomeMeasuresDto> {
    return this.state.outcomesOf(principal, query.from, query.to, query.groupBy);
  }

  @Get('fidelity')
  @Allow(Permission.MeasuresReadState)
  @Exportable(FIDELITY_EXPORT)
  @ApiOperation({ summary: "The fidelity dashboard's lines over every court together: each line's value, target and verdict" })
  @ApiOkResponse({ type: StateFidelityDto })
  fidelity(@CurrentPrincipal() principal: Principal, @Query() query: MeasurePeriodQueryDto): Promise<StateFidelityDto> {
    return this.state.fidelityOf(principal, query.from, query.to);
  }
}
