import { Body, Controller, Get, Header, HttpCode, Param, ParseUUIDPipe, Patch, Post, StreamableFile } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentPrincipal, Permission, Principal } from '@app/auth';
import { Idempotent, type Language, ReaderLanguage } from '@app/core';
import { DeferredJudgmentsService } from './deferred-judgments.service';
import {
  ChangeProgramLengthDto,
  DeferredJudgmentDto,
  ExpungementEligibilityDto,
  ExpungementGrantedDto,
  GrantExpungementDto,
  ReadSealedRecordDto,
  RecordPleaDto,
  SealedRecordDto,
} from './dto/deferred-judgment.dto';
import { ExpungementService } from './expungement.service';

@ApiTags('deferred judgment')
@Controller('participants/:id')
export class DeferredJudgmentsController {
  constructor(
    private readonly judgments: DeferredJudgmentsService,
    private readonly expungement: ExpungementService,
  ) {}

  @Get('deferred-judgment')
  @Allow(Permission.ParticipantRead)
  @ApiOperation({ summary: 'The plea and deferred sentence, with the program’s end, warning and maximum dates; 404 when none is recorded' })
  @ApiOkResponse({ type: DeferredJudgmentDto })
  get(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<DeferredJudgmentDto> {
    return this.judgments.get(principal, id);
  }

  @Post('deferred-judgment')
  @Idempotent()
  @Allow(Permission.PleaRecord)
  @ApiOperation({ summary: 'Record the plea and deferred sentence (the judge at a hearing, the coordinator from the court’s paper); at most 18 months; 409 when already recorded' })
  @ApiCreatedResponse({ type: DeferredJudgmentDto })
  record(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() body: RecordPleaDto): Promise<DeferredJudgmentDto> {
    return this.judgments.record(principal, id, body);
  }

  @Patch('deferred-judgment')
  @Allow(Permission.PleaRecord)
  @ApiOperation({ summary: 'Change the program’s length; beyond 18 months from the plea is refused (409 program-length-maximum)' })
  @ApiOkResponse({ type: DeferredJudgmentDto })
  changeLength(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() body: ChangeProgramLengthDto): Promise<DeferredJudgmentDto> {
    return this.judgments.changeLength(principal, id, body);
  }

  @Get('expungement')
  @Allow(Permission.ParticipantRead)
  @ApiOperation({ summary: 'Eligibility for expungement: each rule of the program, passed or failed, with what was found' })
  @ApiOkResponse({ type: ExpungementEligibilityDto })
  eligibility(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<ExpungementEligibilityDto> {
    return this.expungement.eligibility(principal, id);
  }

  @Get('expungement/motion.pdf')
  @Allow(Permission.ParticipantRead)
  @Header('Content-Type', 'application/pdf')
  @Header('Cache-Control', 'no-store')
  @ApiProduces('application/pdf')
  @ApiOperation({ summary: 'The motion for expungement with its proposed order, as a PDF in the reader’s language (Accept-Language)' })
  @ApiOkResponse({ description: 'A PDF document', schema: { type: 'string', format: 'binary' } })
  async motion(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @ReaderLanguage() language: Language): Promise<StreamableFile> {
    return new StreamableFile(await this.expungement.motion(principal, id, language), { type: 'application/pdf', disposition: 'inline; filename="expungement-motion.pdf"' });
  }

  @Post('expungement')
  @Idempotent()
  @HttpCode(200)
  @Allow(Permission.ExpungementGrant)
  @ApiOperation({ summary: 'Grant the expungement (the judge): every rule must pass (409 expungement-not-eligible); the record is sealed and the participant’s sign-in closed' })
  @ApiOkResponse({ type: ExpungementGrantedDto })
  grant(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() body: GrantExpungementDto): Promise<ExpungementGrantedDto> {
    return this.expungement.grant(principal, id, body);
  }

  @Post('sealed-record')
  @HttpCode(200)
  @Allow(Permission.SealedRecordRead)
  @ApiOperation({ summary: 'Read a sealed record (the court administrator), giving the reason, which is audited; 404 for anything but a sealed record of your court' })
  @ApiOkResponse({ type: SealedRecordDto })
  readSealed(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() body: ReadSealedRecordDto): Promise<SealedRecordDto> {
    return this.expungement.readSealed(principal, id, body);
  }
}
