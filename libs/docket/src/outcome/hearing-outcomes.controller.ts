import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Idempotent } from '@app/core';
import { Allow, CurrentPrincipal, Permission, Principal } from '@app/auth';
import type { FastifyReply } from 'fastify';
import { AmendHearingOutcomeDto, HearingOutcomeDto, HearingOutcomeHistoryDto, RecordHearingOutcomeDto } from './dto/hearing-outcome.dto';
import { HearingOutcomesService } from './hearing-outcomes.service';

@ApiTags('docket')
@Controller('hearings/:hearingId/outcome')
export class HearingOutcomesController {
  constructor(private readonly outcomes: HearingOutcomesService) {}

  @Post()
  @Idempotent()
  @Allow(Permission.HearingRecordOutcome)
  @ApiOperation({
    summary: 'Records what happened at the hearing, in one transaction: attendance, responses, dismissals, phase and status changes, notes, the next hearing',
    description: 'Sending the same request again (a retry, a double click) answers 200 with the outcome already recorded and writes nothing; a different one answers 409 (amend instead).',
  })
  @ApiCreatedResponse({ type: HearingOutcomeDto })
  @ApiOkResponse({ type: HearingOutcomeDto, description: 'The same request was already recorded' })
  async record(
    @CurrentPrincipal() principal: Principal,
    @Param('hearingId', ParseUUIDPipe) hearingId: string,
    @Body() body: RecordHearingOutcomeDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<HearingOutcomeDto> {
    const outcome = await this.outcomes.record(principal, hearingId, body);
    reply.status(outcome.replayed ? 200 : 201);
    return outcome;
  }

  @Patch()
  @Allow(Permission.HearingRecordOutcome)
  @ApiOperation({ summary: 'Amends the attendance or notes of a recorded outcome: a new version, the earlier ones kept' })
  @ApiOkResponse({ type: HearingOutcomeDto })
  amend(
    @CurrentPrincipal() principal: Principal,
    @Param('hearingId', ParseUUIDPipe) hearingId: string,
    @Body() body: AmendHearingOutcomeDto,
  ): Promise<HearingOutcomeDto> {
    return this.outcomes.amend(principal, hearingId, body);
  }

  @Get()
  @Allow(Permission.DocketRead)
  @ApiOperation({ summary: 'Every version of the hearing’s outcome, first to latest' })
  @ApiOkResponse({ type: HearingOutcomeHistoryDto })
  history(@CurrentPrincipal() principal: Principal, @Param('hearingId', ParseUUIDPipe) hearingId: string): Promise<HearingOutcomeHistoryDto> {
    return this.outcomes.history(principal, hearingId);
  }
}
