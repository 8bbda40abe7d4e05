import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Idempotent } from '@app/core';
import { Allow, CurrentPrincipal, Permission, Principal } from '@app/auth';
import { EnrolmentDto, EnrolParticipantDto } from './dto/enrolment.dto';
import { ParticipantDetailDto } from './dto/participant.dto';
import { PhaseChangeDto, PlanChangeDto } from './dto/phase-change.dto';
import { RecordScreeningDto, ScreeningDecisionDto } from './dto/screening.dto';
import { ChangeStatusDto } from './dto/status.dto';
import { EnrolmentService } from './enrolment.service';
import { ParticipantsService } from './participants.service';
import { PhaseChangesService } from './phase-changes.service';
import { ScreeningService } from './screening.service';
import { StatusChangesService } from './status-changes.service';

/** The steps of a participant's path: screening, decisions, enrolment, status and phase changes. */
@ApiTags('participants')
@Controller('participants/:id')
export class ParticipantPathController {
  constructor(
    private readonly participants: ParticipantsService,
    private readonly screening: ScreeningService,
    private readonly enrolment: EnrolmentService,
    private readonly statuses: StatusChangesService,
    private readonly phases: PhaseChangesService,
  ) {}

  @Put('screening')
  @Allow(Permission.ParticipantWrite)
  @ApiOperation({ summary: 'Record the screening (legal eligibility, assessment instrument, score, risk and need); moves a referral into screening' })
  @ApiOkResponse({ type: ParticipantDetailDto })
  async recordScreening(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() body: RecordScreeningDto): Promise<ParticipantDetailDto> {
    await this.screening.record(principal, id, body);
    return this.participants.get(principal, id);
  }

  @Post('screening/decisions')
  @Idempotent()
  @Allow(Permission.ParticipantWrite)
  @ApiOperation({ summary: 'Record the team’s, the prosecutor’s or the defense’s decision on admission' })
  @ApiCreatedResponse({ type: ParticipantDetailDto })
  async decide(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() body: ScreeningDecisionDto): Promise<ParticipantDetailDto> {
    await this.screening.decide(principal, id, body);
    return this.participants.get(principal, id);
  }

  @Post('status')
  @Idempotent()
  @HttpCode(200)
  @Allow(Permission.ParticipantStatusChange)
  @ApiOperation({ summary: 'Change status (accept, reject, custody, warrant, leave, return, graduate, terminate, withdraw, transfer); 409 when not allowed' })
  @ApiOkResponse({ type: ParticipantDetailDto })
  async changeStatus(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() body: ChangeStatusDto): Promise<ParticipantDetailDto> {
    await this.statuses.change(principal, id, body);
    return this.participants.get(principal, id);
  }

  @Post('enrolment')
  @Idempotent()
  @Allow(Permission.ParticipantWrite)
  @ApiOperation({ summary: 'Enrol an accepted participant with a consent on file: program, phase 1, number, PIN, first hearing' })
  @ApiCreatedResponse({ type: EnrolmentDto })
  enrol(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() body: EnrolParticipantDto): Promise<EnrolmentDto> {
    return this.enrolment.enrol(principal, id, body);
  }

  @Post('phase-changes')
  @Idempotent()
  @Allow(Permission.PhaseChange)
  @ApiOperation({ summary: 'Record a court-ordered promotion or demotion (a demotion with its remedial plan)' })
  @ApiCreatedResponse({ type: ParticipantDetailDto })
  async changePhase(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() body: PhaseChangeDto): Promise<ParticipantDetailDto> {
    await this.phases.change(principal, id, body);
    return this.participants.get(principal, id);
  }

  @Post('phase-plan')
  @Idempotent()
  @HttpCode(200)
  @Allow(Permission.PhaseChange)
  @ApiOperation({ summary: 'Move the participant onto another version of their program’s phase plan' })
  @ApiOkResponse({ type: ParticipantDetailDto })
  async changePlan(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() body: PlanChangeDto): Promise<ParticipantDetailDto> {
    await this.phases.changePlan(principal, id, body);
    return this.participants.get(principal, id);
  }
}
