import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Idempotent } from '@app/core';
import { Allow, CurrentPrincipal, Permission, Principal } from '@app/auth';
import {
  CommunityServiceEntryDto,
  CommunityServiceLedgerDto,
  CreateCommunityServiceDto,
  CreateFeePaymentDto,
  FeePaymentDto,
  FeePaymentLedgerDto,
} from './dto/ledger.dto';
import { LedgerService } from './ledger.service';

@ApiTags('participant records')
@Controller('participants/:id')
export class LedgerController {
  constructor(private readonly ledger: LedgerService) {}

  @Post('community-service')
  @Idempotent()
  @Allow(Permission.ParticipantWrite)
  @ApiOperation({ summary: 'Records community service hours; a negative entry (with its reason) corrects an earlier one' })
  @ApiCreatedResponse({ type: CommunityServiceEntryDto })
  addCommunityService(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CreateCommunityServiceDto,
  ): Promise<CommunityServiceEntryDto> {
    return this.ledger.addCommunityService(principal, id, body);
  }

  @Get('community-service')
  @Allow(Permission.ParticipantRead)
  @ApiOperation({ summary: "A participant's community service hours: the total and every entry, newest first" })
  @ApiOkResponse({ type: CommunityServiceLedgerDto })
  communityService(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<CommunityServiceLedgerDto> {
    return this.ledger.communityService(principal, id);
  }

  @Post('fee-payments')
  @Idempotent()
  @Allow(Permission.ParticipantWrite)
  @ApiOperation({ summary: 'Records a fee payment with its receipt; a negative entry (with its reason) corrects an earlier one' })
  @ApiCreatedResponse({ type: FeePaymentDto })
  addFeePayment(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CreateFeePaymentDto,
  ): Promise<FeePaymentDto> {
    return this.ledger.addFeePayment(principal, id, body);
  }

  @Get('fee-payments')
  @Allow(Permission.ParticipantRead)
  @ApiOperation({ summary: "A participant's fee payments: the total paid and every entry, newest first" })
  @ApiOkResponse({ type: FeePaymentLedgerDto })
  feePayments(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<FeePaymentLedgerDto> {
    return this.ledger.feePayments(principal, id);
  }
}
