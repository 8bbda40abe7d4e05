import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentPrincipal, Permission, Principal } from '@app/auth';
import { Idempotent, type Language, ReaderLanguage } from '@app/core';
import {
  CreateGroupSessionDto,
  CreateTreatmentAttendanceDto,
  GroupSessionDto,
  TreatmentAttendanceDto,
  TreatmentAttendanceListDto,
  UpdateTreatmentAttendanceDto,
} from './dto/treatment-attendance.dto';
import { GroupSessionsService } from './group-sessions.service';
import { TreatmentAttendanceService } from './treatment-attendance.service';

@ApiTags('treatment')
@Controller()
export class TreatmentAttendanceController {
  constructor(
    private readonly attendance: TreatmentAttendanceService,
    private readonly groupSessions: GroupSessionsService,
  ) {}

  @Post('participants/:id/treatment-attendance')
  @Idempotent()
  @Allow(Permission.TreatmentWrite)
  @ApiOperation({ summary: "A provider's report of a treatment session (or one scheduled ahead) and whether the participant attended; needs a consent" })
  @ApiCreatedResponse({ type: TreatmentAttendanceDto })
  record(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CreateTreatmentAttendanceDto,
  ): Promise<TreatmentAttendanceDto> {
    return this.attendance.record(principal, id, body);
  }

  @Get('participants/:id/treatment-attendance')
  @Allow(Permission.TreatmentRead)
  @ApiOperation({ summary: 'Treatment attendance the caller’s consents cover, with the 42 CFR §2.32 notice' })
  @ApiOkResponse({ type: TreatmentAttendanceListDto })
  list(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @ReaderLanguage() language: Language): Promise<TreatmentAttendanceListDto> {
    return this.attendance.list(principal, id, language);
  }

  @Post('treatment-attendance/group-sessions')
  @Idempotent()
  @Allow(Permission.TreatmentWrite)
  @ApiOperation({
    summary:
      'A group session for up to 100 participants, all or nothing: each must be referred to your organisation and covered by a consent; 422 names each bad entry',
  })
  @ApiCreatedResponse({ type: GroupSessionDto })
  recordGroupSession(@CurrentPrincipal() principal: Principal, @Body() body: CreateGroupSessionDto): Promise<GroupSessionDto> {
    return this.groupSessions.record(principal, body);
  }

  @Patch('treatment-attendance/:id')
  @Allow(Permission.TreatmentWrite)
  @ApiOperation({
    summary: 'Reports what happened at a scheduled session, or corrects a report (the recording organisation only, under a consent; 404 otherwise)',
  })
  @ApiOkResponse({ type: TreatmentAttendanceDto })
  update(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateTreatmentAttendanceDto,
  ): Promise<TreatmentAttendanceDto> {
    return this.attendance.update(principal, id, body);
  }
}
