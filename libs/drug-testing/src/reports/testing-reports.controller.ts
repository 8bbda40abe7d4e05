import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentPrincipal, Permission, Principal } from '@app/auth';
import { RandomnessCheckDto, RandomnessCheckRunDto, RandomnessQueryDto, TestingBoardDto, TestingBoardQueryDto } from '../dto/testing-reports.dto';
import { TestingReportsService } from './testing-reports.service';
import { Exportable } from '@app/audit';
import { TESTING_BOARD_EXPORT } from './testing-board.export';

@ApiTags('drug testing')
@Controller('courts/:courtId')
export class TestingReportsController {
  constructor(private readonly reports: TestingReportsService) {}

  @Get('testing-board')
  @Allow(Permission.DrawRead)
  @Exportable(TESTING_BOARD_EXPORT)
  @ApiOperation({ summary: "Today's testing: to test, called in, not yet called in, collected (by site), missing" })
  @ApiOkResponse({ type: TestingBoardDto })
  board(
    @CurrentPrincipal() principal: Principal,
    @Param('courtId', ParseUUIDPipe) courtId: string,
    @Query() query: TestingBoardQueryDto,
  ): Promise<TestingBoardDto> {
    return this.reports.board(principal, courtId, query.date);
  }

  @Get('randomness-check')
  @Allow(Permission.DrawRead)
  @ApiOperation({ summary: 'Monthly randomness check: frequencies, weekend/holiday share, gaps and a chi-square test by weekday' })
  @ApiOkResponse({ type: RandomnessCheckDto })
  randomness(
    @CurrentPrincipal() principal: Principal,
    @Param('courtId', ParseUUIDPipe) courtId: string,
    @Query() query: RandomnessQueryDto,
  ): Promise<RandomnessCheckDto> {
    return this.reports.randomness(principal, courtId, query.month);
  }

  @Get('randomness-check/runs')
  @Allow(Permission.DrawRead)
  @ApiOperation({ summary: "The kept monthly self-checks of the court's randomness, newest first (the last 24)" })
  @ApiOkResponse({ type: [RandomnessCheckRunDto] })
  randomnessRuns(@CurrentPrincipal() principal: Principal, @Param('courtId', ParseUUIDPipe) courtId: string): Promise<RandomnessCheckRunDto[]> {
    return this.reports.randomnessRuns(principal, courtId);
  }
}
