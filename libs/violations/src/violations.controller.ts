import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Idempotent } from '@app/core';
import { Allow, CurrentPrincipal, Permission, Principal } from '@app/auth';
import { ViolationHearingProposalDto } from '@app/hearings';
import { SwiftnessDto, SwiftnessQueryDto } from './dto/swiftness.dto';
import { CreateViolationDto, DeclineDismissalDto, DismissViolationDto, ViolationDto, ViolationListQueryDto } from './dto/violation.dto';
import { SwiftnessService } from './swiftness.service';
import { ViolationsService } from './violations.service';
import { Exportable } from '@app/audit';
import { DEADLINES_EXPORT, SWIFTNESS_EXPORT } from './violation-lists.export';
import { ViolationDismissalsService } from './violation-dismissals.service';

@ApiTags('violations')
@Controller()
export class ViolationsController {
  constructor(
    private readonly violations: ViolationsService,
    private readonly dismissals: ViolationDismissalsService,
    private readonly swiftness: SwiftnessService,
  ) {}

  @Get('participants/:id/violations')
  @Allow(Permission.ViolationRead)
  @ApiOperation({ summary: "A participant's violations, newest first, each with its 72-hour clock" })
  @ApiOkResponse({ type: [ViolationDto] })
  forParticipant(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<ViolationDto[]> {
    return this.violations.forParticipant(principal, id);
  }

  @Post('participants/:id/violations')
  @Idempotent()
  @Allow(Permission.ViolationWrite)
  @ApiOperation({ summary: 'Record a violation staff saw (new arrest, curfew, failure to appear, missed treatment, other); its clock starts' })
  @ApiCreatedResponse({ type: ViolationDto })
  record(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() body: CreateViolationDto): Promise<ViolationDto> {
    return this.violations.record(principal, id, body);
  }

  @Get('courts/:courtId/violations')
  @Allow(Permission.ViolationRead)
  @Exportable(DEADLINES_EXPORT)
  @ApiOperation({ summary: "The court's deadlines board: violations of a status (default open), overdue first, then by time left" })
  @ApiOkResponse({ type: [ViolationDto] })
  forCourt(
    @CurrentPrincipal() principal: Principal,
    @Param('courtId', ParseUUIDPipe) courtId: string,
    @Query() query: ViolationListQueryDto,
  ): Promise<ViolationDto[]> {
    return this.violations.forCourt(principal, courtId, query.status ?? 'open');
  }

  @Post('violations/:violationId/dismiss')
  @Idempotent()
  @HttpCode(200)
  @Allow(Permission.ViolationWrite)
  @ApiOperation({
    summary:
      'Dismiss an open violation with a reason; its clock stops. An overdue one is only asked for: it stays open (and overdue) until a coordinator or judge other than the asker confirms',
  })
  @ApiOkResponse({ type: ViolationDto })
  dismiss(
    @CurrentPrincipal() principal: Principal,
    @Param('violationId', ParseUUIDPipe) violationId: string,
    @Body() body: DismissViolationDto,
  ): Promise<ViolationDto> {
    return this.dismissals.dismiss(principal, violationId, body.reason);
  }

  @Post('violations/:violationId/dismissal/confirm')
  @Idempotent()
  @HttpCode(200)
  @Allow(Permission.ViolationDismissalConfirm)
  @ApiOperation({ summary: "Confirm another person's requested dismissal of an overdue violation (a coordinator or judge other than the asker): it is dismissed with the reason asked" })
  @ApiOkResponse({ type: ViolationDto })
  confirmDismissal(@CurrentPrincipal() principal: Principal, @Param('violationId', ParseUUIDPipe) violationId: string): Promise<ViolationDto> {
    return this.dismissals.confirm(principal, violationId);
  }

  @Post('violations/:violationId/dismissal/decline')
  @Idempotent()
  @HttpCode(200)
  @Allow(Permission.ViolationDismissalConfirm)
  @ApiOperation({ summary: "Decline another person's requested dismissal of an overdue violation, with a reason: it stays open and overdue" })
  @ApiOkResponse({ type: ViolationDto })
  declineDismissal(
    @CurrentPrincipal() principal: Principal,
    @Param('violationId', ParseUUIDPipe) violationId: string,
    @Body() body: DeclineDismissalDto,
  ): Promise<ViolationDto> {
    return this.dismissals.decline(principal, violationId, body.reason);
  }

  @Get('violations/:violationId/hearing-proposal')
  @Allow(Permission.ViolationRead)
  @ApiOperation({ summary: "An open violation's hearing: already scheduled before its deadline, the earliest session before it to use, or none (add a special session)" })
  @ApiOkResponse({ type: ViolationHearingProposalDto })
  hearingProposal(@CurrentPrincipal() principal: Principal, @Param('violationId', ParseUUIDPipe) violationId: string): Promise<ViolationHearingProposalDto> {
    return this.violations.hearingProposal(principal, violationId);
  }

  @Get('courts/:courtId/measures/swiftness')
  @Allow(Permission.MeasuresRead)
  @Exportable(SWIFTNESS_EXPORT)
  @ApiOperation({ summary: 'Share of violations answered within their window, detection-to-response time (median, 90th percentile), overdue count, by kind' })
  @ApiOkResponse({ type: SwiftnessDto })
  measureSwiftness(
    @CurrentPrincipal() principal: Principal,
    @Param('courtId', ParseUUIDPipe) courtId: string,
    @Query() query: SwiftnessQueryDto,
  ): Promise<SwiftnessDto> {
    return this.swiftness.measure(principal, courtId, query.from, query.to);
  }
}
