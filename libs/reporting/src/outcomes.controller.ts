import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Exportable } from '@app/audit';
import { Allow, CurrentPrincipal, Permission, Principal } from '@app/auth';
import { OUTCOME_MEASURES_EXPORT } from './outcomes/outcome-measures.export';
import { OutcomeMeasuresDto, OutcomeMeasuresQueryDto } from './outcomes/outcome-measures.dto';
import { OutcomeMeasuresService } from './outcomes/outcome-measures.service';

/** The court's outcome measures: aggregates only, no participant named. */
@ApiTags('measures')
@Controller()
export class OutcomesController {
  constructor(private readonly outcomes: OutcomeMeasuresService) {}

  @Get('courts/:courtId/measures/outcomes')
  @Allow(Permission.MeasuresRead)
  @Exportable(OUTCOME_MEASURES_EXPORT)
  @ApiOperation({
    summary:
      'Outcome measures over a period, per program and whole court (and per demographic group with groupBy): referrals, admissions and days to them, days to treatment, retention at 3/6/12 months, length of stay, graduation rate, positives per 100 tests by phase, abstinence at exit, circumstances at admission and exit, new arrests and convictions, jail days, incentives per sanction',
  })
  @ApiOkResponse({ type: OutcomeMeasuresDto })
  measureOutcomes(
    @CurrentPrincipal() principal: Principal,
    @Param('courtId', ParseUUIDPipe) courtId: string,
    @Query() query: OutcomeMeasuresQueryDto,
  ): Promise<OutcomeMeasuresDto> {
    return this.outcomes.measure(principal, courtId, query.from, query.to, { programId: query.programId, groupBy: query.groupBy });
  }
}
