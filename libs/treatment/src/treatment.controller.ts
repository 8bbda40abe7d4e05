import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentPrincipal, Permission, Principal } from '@app/auth';
import { Idempotent, type Language, ReaderLanguage } from '@app/core';
import {
  CreateProviderReferralDto,
  CreateTreatmentNoteDto,
  EndProviderReferralDto,
  ListTreatmentNotesDto,
  ProviderReferralDto,
  TreatmentNoteDto,
  TreatmentNotesDto,
  UpdateProviderReferralDto,
} from './dto/treatment.dto';
import { ProviderReferralsService } from './provider-referrals.service';
import { TreatmentNotesService } from './treatment-notes.service';

@ApiTags('treatment')
@Controller()
export class TreatmentController {
  constructor(
    private readonly referrals: ProviderReferralsService,
    private readonly notes: TreatmentNotesService,
  ) {}

  @Post('participants/:id/provider-referrals')
  @Idempotent()
  @Allow(Permission.ProviderReferralWrite)
  @ApiOperation({ summary: 'Refers a participant to a treatment provider organisation of the court' })
  @ApiCreatedResponse({ type: ProviderReferralDto })
  refer(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CreateProviderReferralDto,
  ): Promise<ProviderReferralDto> {
    return this.referrals.refer(principal, id, body);
  }

  @Get('participants/:id/provider-referrals')
  @Allow(Permission.ParticipantRead)
  @ApiOperation({ summary: "A participant's provider referrals (a provider sees only its own)" })
  @ApiOkResponse({ type: [ProviderReferralDto] })
  listReferrals(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<ProviderReferralDto[]> {
    return this.referrals.list(principal, id);
  }

  @Patch('provider-referrals/:id')
  @Allow(Permission.ProviderReferralWrite)
  @ApiOperation({ summary: 'Changes the level of care or modality of an open treatment episode; 409 once it has ended' })
  @ApiOkResponse({ type: ProviderReferralDto })
  updateReferral(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateProviderReferralDto,
  ): Promise<ProviderReferralDto> {
    return this.referrals.update(principal, id, body);
  }

  @Post('provider-referrals/:id/end')
  @Idempotent()
  @Allow(Permission.ProviderReferralWrite)
  @HttpCode(200)
  @ApiOperation({ summary: "Ends a referral (treatment episode), optionally with its last day and discharge reason; the provider's access to the participant ends with it" })
  @ApiOkResponse({ type: ProviderReferralDto })
  endReferral(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: EndProviderReferralDto,
  ): Promise<ProviderReferralDto> {
    return this.referrals.end(principal, id, body);
  }

  @Post('participants/:id/treatment-notes')
  @Idempotent()
  @Allow(Permission.TreatmentWrite)
  @ApiOperation({ summary: "A provider's report on a participant's treatment; needs a consent covering its kind" })
  @ApiCreatedResponse({ type: TreatmentNoteDto })
  writeNote(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CreateTreatmentNoteDto,
  ): Promise<TreatmentNoteDto> {
    return this.notes.write(principal, id, body);
  }

  @Get('participants/:id/treatment-notes')
  @Allow(Permission.TreatmentRead)
  @ApiOperation({ summary: 'Treatment notes the caller’s consents cover, with the 42 CFR §2.32 notice' })
  @ApiOkResponse({ type: TreatmentNotesDto })
  listNotes(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: ListTreatmentNotesDto,
    @ReaderLanguage() language: Language,
  ): Promise<TreatmentNotesDto> {
    return this.notes.list(principal, id, query.category, language);
  }
}
