import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Idempotent } from '@app/core';
import { Allow, CurrentPrincipal, Permission, Principal } from '@app/auth';
import { CancelHearingDto, HearingDto, MoveHearingDto, ScheduleHearingDto } from './dto/hearing.dto';
import { HearingSchedulingService } from './hearing-scheduling.service';
import { HearingsService } from './hearings.service';

@ApiTags('hearings')
@Controller('participants/:id/hearings')
export class ParticipantHearingsController {
  constructor(
    private readonly hearings: HearingsService,
    private readonly scheduling: HearingSchedulingService,
  ) {}

  @Get()
  @Allow(Permission.ParticipantRead)
  @ApiOperation({ summary: 'The participant’s hearings, earliest first' })
  @ApiOkResponse({ type: [HearingDto] })
  list(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<HearingDto[]> {
    return this.hearings.list(principal, id);
  }

  @Post()
  @Idempotent()
  @Allow(Permission.HearingSchedule)
  @ApiOperation({ summary: "Schedules a hearing on a court session of the participant's court, at the session's start" })
  @ApiCreatedResponse({ type: HearingDto })
  @ApiUnprocessableEntityResponse({ description: 'The session is of another court, cancelled, started, or does not hear the participant’s program' })
  @ApiConflictResponse({ description: '`session-full`, `already-on-session` or `participant-not-in-program`' })
  schedule(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() body: ScheduleHearingDto): Promise<HearingDto> {
    return this.scheduling.schedule(principal, id, body);
  }
}

@ApiTags('hearings')
@Controller('hearings/:hearingId')
export class HearingsController {
  constructor(private readonly scheduling: HearingSchedulingService) {}

  @Patch()
  @Allow(Permission.HearingSchedule)
  @ApiOperation({ summary: 'Moves a scheduled hearing to another session (the rules of scheduling apply)' })
  @ApiOkResponse({ type: HearingDto })
  @ApiNotFoundResponse({ description: 'Unknown, or of a participant out of reach' })
  @ApiConflictResponse({ description: '`hearing-not-scheduled` (held or cancelled), `session-full` or `already-on-session`' })
  move(@CurrentPrincipal() principal: Principal, @Param('hearingId', ParseUUIDPipe) hearingId: string, @Body() body: MoveHearingDto): Promise<HearingDto> {
    return this.scheduling.move(principal, hearingId, body.sessionId);
  }

  @Post('cancel')
  @Idempotent()
  @HttpCode(200)
  @Allow(Permission.HearingSchedule)
  @ApiOperation({ summary: 'Cancels a scheduled hearing, with a reason' })
  @ApiOkResponse({ type: HearingDto })
  @ApiNotFoundResponse({ description: 'Unknown, or of a participant out of reach' })
  @ApiConflictResponse({ description: '`hearing-not-scheduled`: it was already held or cancelled' })
  cancel(@CurrentPrincipal() principal: Principal, @Param('hearingId', ParseUUIDPipe) hearingId: string, @Body() body: CancelHearingDto): Promise<HearingDto> {
    return this.scheduling.cancel(principal, hearingId, body.reason);
  }
}
