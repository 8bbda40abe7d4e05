import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentPrincipal, Permission, Principal } from '@app/auth';
import { Idempotent, type Language, ReaderLanguage } from '@app/core';
import { CaseloadService } from './caseload.service';
import { ListParticipantsDto } from './dto/list-participants.dto';
import { ParticipantDetailDto, ParticipantPageDto, ParticipantSummaryDto, ReadinessDto } from './dto/participant.dto';
import { PhaseHistoryDto } from './dto/phase-change.dto';
import { ReferParticipantDto, UpdateParticipantDto } from './dto/referral.dto';
import { StatusChangeDto } from './dto/status.dto';
import { ParticipantsService } from './participants.service';
import { ReferralsService } from './referrals.service';
import { Exportable } from '@app/audit';
import { CASELOAD_EXPORT } from './participant-lists.export';

@ApiTags('participants')
// The summary every list row extends (the caseload's entries, the readiness board's rows), named in the document for the web's types.
@ApiExtraModels(ParticipantSummaryDto)
@Controller('participants')
export class ParticipantsController {
  constructor(
    private readonly caseload: CaseloadService,
    private readonly participants: ParticipantsService,
    private readonly referrals: ReferralsService,
  ) {}

  @Get()
  @Allow(Permission.ParticipantRead)
  @Exportable(CASELOAD_EXPORT)
  @ApiOperation({ summary: 'The caseload: participants the caller may see, filtered, sorted and paginated' })
  @ApiOkResponse({ type: ParticipantPageDto })
  list(@CurrentPrincipal() principal: Principal, @Query() filter: ListParticipantsDto): Promise<ParticipantPageDto> {
    return this.caseload.list(principal, filter);
  }

  @Post()
  @Idempotent()
  @Allow(Permission.ParticipantWrite)
  @ApiOperation({ summary: 'Refer a person to the court: the start of a participant’s path (status referred)' })
  @ApiCreatedResponse({ type: ParticipantDetailDto })
  async refer(@CurrentPrincipal() principal: Principal, @Body() body: ReferParticipantDto): Promise<ParticipantDetailDto> {
    return this.participants.get(principal, await this.referrals.refer(principal, body));
  }

  @Get(':id')
  @Allow(Permission.ParticipantRead)
  @ApiOperation({ summary: 'One participant’s record with screening and readiness; 404 when missing or out of reach' })
  @ApiOkResponse({ type: ParticipantDetailDto })
  get(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<ParticipantDetailDto> {
    return this.participants.get(principal, id);
  }

  @Patch(':id')
  @Allow(Permission.ParticipantWrite)
  @ApiOperation({ summary: 'Correct referral details, demographics, contact details, case manager; the program only before enrolment' })
  @ApiOkResponse({ type: ParticipantDetailDto })
  async update(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateParticipantDto): Promise<ParticipantDetailDto> {
    await this.referrals.update(principal, id, body);
    return this.participants.get(principal, id);
  }

  @Get(':id/readiness')
  @Allow(Permission.ParticipantRead)
  @ApiOperation({
    summary: "Readiness to advance: each requirement of the current phase, met or not, with what remains; the phase name in the reader's language where the court gave one",
  })
  @ApiOkResponse({ type: ReadinessDto })
  readiness(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @ReaderLanguage() language: Language): Promise<ReadinessDto> {
    return this.participants.readinessOf(principal, id, language);
  }

  @Get(':id/status-changes')
  @Allow(Permission.ParticipantRead)
  @ApiOperation({ summary: 'Every status change: who, when, why' })
  @ApiOkResponse({ type: [StatusChangeDto] })
  statusHistory(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<StatusChangeDto[]> {
    return this.participants.statusHistory(principal, id);
  }

  @Get(':id/phases')
  @Allow(Permission.ParticipantRead)
  @ApiOperation({ summary: 'Phase history: start, end and reason of every phase' })
  @ApiOkResponse({ type: [PhaseHistoryDto] })
  phaseHistory(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<PhaseHistoryDto[]> {
    return this.participants.phaseHistory(principal, id);
  }
}
