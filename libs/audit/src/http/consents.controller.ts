import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Idempotent } from '@app/core';
import { Allow, CurrentPrincipal, Permission, Principal } from '@app/auth';
import { ConsentsApiService } from './consents-api.service';
import { ConsentDto, ConsentSignatureFileDto } from './dto/consent.dto';
import { RecordConsentDto } from './dto/record-consent.dto';
import { RevokeConsentDto } from './dto/revoke-consent.dto';

@ApiTags('consents')
@Controller()
export class ConsentsController {
  constructor(private readonly consents: ConsentsApiService) {}

  @Post('participants/:id/consents')
  @Idempotent()
  @Allow(Permission.ConsentWrite)
  @ApiOperation({ summary: "Records a participant's signed consent to disclose treatment information (42 CFR 2.31)" })
  @ApiCreatedResponse({ type: ConsentDto })
  record(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: RecordConsentDto,
  ): Promise<ConsentDto> {
    return this.consents.record(principal, id, body);
  }

  @Get('participants/:id/consents')
  @Allow(Permission.ConsentRead)
  @ApiOperation({ summary: "A participant's consents with their status today, newest signature first" })
  @ApiOkResponse({ type: [ConsentDto] })
  list(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<ConsentDto[]> {
    return this.consents.list(principal, id);
  }

  @Get('consents/:id')
  @Allow(Permission.ConsentRead)
  @ApiOperation({ summary: 'One consent; 404 when it does not exist or its participant is out of the caller’s reach' })
  @ApiOkResponse({ type: ConsentDto })
  get(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<ConsentDto> {
    return this.consents.get(principal, id);
  }

  @Get('consents/:id/signature')
  @Allow(Permission.ConsentRead)
  @ApiOperation({ summary: "The participant's signature stored with a consent (drawn or scanned), base64; 404 when none was stored" })
  @ApiOkResponse({ type: ConsentSignatureFileDto })
  signature(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<ConsentSignatureFileDto> {
    return this.consents.signature(principal, id);
  }

  @Post('consents/:id/revoke')
  @Idempotent()
  @Allow(Permission.ConsentRevoke)
  @HttpCode(200)
  @ApiOperation({ summary: 'Revokes a consent at once (case staff, or the participant their own); 409 when already revoked' })
  @ApiOkResponse({ type: ConsentDto })
  revoke(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: RevokeConsentDto,
  ): Promise<ConsentDto> {
    return this.consents.revoke(principal, id, body.reason);
  }
}
