import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentPrincipal, Permission, Principal } from '@app/auth';
import { Idempotent } from '@app/core';
import { CloseTreatmentProposalDto, RequestTreatmentDto, TreatmentProposalDto, TreatmentRequestResultDto } from './treatment-proposal.dto';
import { TreatmentOffersService } from './treatment-offers.service';

@ApiTags('treatment offers')
@Controller()
export class TreatmentOffersController {
  constructor(private readonly offers: TreatmentOffersService) {}

  @Get('participants/:id/treatment-proposals')
  @Allow(Permission.ParticipantRead)
  @ApiOperation({ summary: "A participant's treatment assessments proposed for a hearing, open first (the participant's own, or the court team's)" })
  @ApiOkResponse({ type: [TreatmentProposalDto] })
  forParticipant(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<TreatmentProposalDto[]> {
    return this.offers.forParticipant(principal, id);
  }

  @Post('participants/:id/treatment-requests')
  @Idempotent()
  @HttpCode(200)
  @Allow(Permission.TreatmentRequest)
  @ApiOperation({ summary: 'The participant asks for treatment: a treatment assessment proposed for the next hearing and their case manager alerted; asking again while one is open creates nothing' })
  @ApiOkResponse({ type: TreatmentRequestResultDto })
  request(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() body: RequestTreatmentDto): Promise<TreatmentRequestResultDto> {
    return this.offers.request(principal, id, body.note);
  }

  @Post('treatment-proposals/:proposalId/close')
  @Idempotent()
  @HttpCode(200)
  @Allow(Permission.ResponseRecord)
  @ApiOperation({ summary: 'Close an open treatment proposal with what became of it' })
  @ApiOkResponse({ type: TreatmentProposalDto })
  close(
    @CurrentPrincipal() principal: Principal,
    @Param('proposalId', ParseUUIDPipe) proposalId: string,
    @Body() body: CloseTreatmentProposalDto,
  ): Promise<TreatmentProposalDto> {
    return this.offers.close(principal, proposalId, body.note);
  }
}
