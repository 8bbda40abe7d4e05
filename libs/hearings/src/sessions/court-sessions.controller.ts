import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Idempotent, type Language, ReaderLanguage } from '@app/core';
import { Allow, CurrentPrincipal, Permission, Principal } from '@app/auth';
import { CourtSessionsService } from './court-sessions.service';
import {
  CancelCourtSessionDto,
  CourtSessionDetailDto,
  CourtSessionDto,
  CourtSessionQueryDto,
  CreateCourtSessionDto,
  UpdateCourtSessionDto,
} from './dto/court-session.dto';
import { StatusHearingProposalDto } from './dto/hearing-proposal.dto';
import { HearingProposalsService } from './hearing-proposals.service';

@ApiTags('court calendar')
@Controller()
export class CourtSessionsController {
  constructor(private readonly sessions: CourtSessionsService) {}

  @Get('courts/:courtId/court-sessions')
  @Allow(Permission.DocketRead)
  @ApiOperation({ summary: "The court's sessions between two court-local dates (default: today and the next 28 days), by start" })
  @ApiOkResponse({ type: [CourtSessionDto] })
  @ApiUnprocessableEntityResponse({ description: '`to` before `from`, or more than 366 days after it' })
  list(@CurrentPrincipal() principal: Principal, @Param('courtId') courtId: string, @Query() query: CourtSessionQueryDto): Promise<CourtSessionDto[]> {
    return this.sessions.list(principal, courtId, query);
  }

  @Post('courts/:courtId/court-sessions')
  @Idempotent()
  @Allow(Permission.CourtSessionManage)
  @ApiOperation({ summary: "Adds a session to the court's calendar, at a court-local date and start" })
  @ApiCreatedResponse({ type: CourtSessionDto })
  @ApiUnprocessableEntityResponse({ description: 'Start in the past or in a daylight-saving gap, a court holiday (unless special), a judge or program not of this court' })
  create(@CurrentPrincipal() principal: Principal, @Param('courtId') courtId: string, @Body() body: CreateCourtSessionDto): Promise<CourtSessionDto> {
    return this.sessions.create(principal, courtId, body);
  }

  @Get('court-sessions/:sessionId')
  @Allow(Permission.DocketRead)
  @ApiOperation({ summary: 'One session with its hearings (audited as access to the participants it names)' })
  @ApiOkResponse({ type: CourtSessionDetailDto })
  @ApiNotFoundResponse({ description: 'Unknown, or of another court' })
  get(@CurrentPrincipal() principal: Principal, @Param('sessionId', ParseUUIDPipe) sessionId: string): Promise<CourtSessionDetailDto> {
    return this.sessions.get(principal, sessionId);
  }

  @Patch('court-sessions/:sessionId')
  @Allow(Permission.CourtSessionManage)
  @ApiOperation({ summary: 'Changes a session that has not started; moving it moves its hearings with it' })
  @ApiOkResponse({ type: CourtSessionDto })
  @ApiNotFoundResponse({ description: 'Unknown, or of another court' })
  @ApiConflictResponse({ description: '`session-started`, `session-cancelled`, `capacity-below-hearings` or `programs-exclude-hearings`' })
  update(
    @CurrentPrincipal() principal: Principal,
    @Param('sessionId', ParseUUIDPipe) sessionId: string,
    @Body() body: UpdateCourtSessionDto,
  ): Promise<CourtSessionDto> {
    return this.sessions.update(principal, sessionId, body);
  }

  @Post('court-sessions/:sessionId/cancel')
  @Idempotent()
  @HttpCode(200)
  @Allow(Permission.CourtSessionManage)
  @ApiOperation({ summary: 'Cancels a session; its scheduled hearings must be moved first, or cancelled with it (cancelHearings)' })
  @ApiOkResponse({ type: CourtSessionDto })
  @ApiNotFoundResponse({ description: 'Unknown, or of another court' })
  @ApiConflictResponse({ description: '`session-has-hearings` (with how many), `session-held` or `session-cancelled`' })
  cancel(
    @CurrentPrincipal() principal: Principal,
    @Param('sessionId', ParseUUIDPipe) sessionId: string,
    @Body() body: CancelCourtSessionDto,
  ): Promise<CourtSessionDto> {
    return this.sessions.cancel(principal, sessionId, body);
  }
}

@ApiTags('hearings')
@Controller('participants/:id/hearing-proposal')
export class HearingProposalsController {
  constructor(private readonly proposals: HearingProposalsService) {}

  @Get()
  @Allow(Permission.DocketRead)
  @ApiOperation({ summary: "The session proposed for the participant's next status hearing (closest to when their phase makes it due), or for an accepted participant's first hearing (the soonest), with alternatives" })
  @ApiOkResponse({ type: StatusHearingProposalDto })
  proposal(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @ReaderLanguage() language: Language): Promise<StatusHearingProposalDto> {
    return this.proposals.statusHearing(principal, id, language);
  }
}
