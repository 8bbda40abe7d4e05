import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiConflictResponse, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { Allow, CurrentPrincipal, Permission, Principal, Public } from '@app/auth';
import { AppConfig, Idempotent, type Language, phoneCallerSource, ReaderLanguage, SignInRateLimit } from '@app/core';
import type { FastifyRequest } from 'fastify';
import { CallInsService } from './call-ins.service';
import { CallInAnswerDto, CallInRequestDto, PhoneCallInAnswerDto, PhoneCallInRequestDto, TodayDto } from './dto/call-in.dto';

@ApiTags('drug testing')
@Controller()
export class CallInsController {
  constructor(
    private readonly callIns: CallInsService,
    private readonly config: AppConfig,
  ) {}

  @Post('call-ins')
  @Idempotent()
  @Allow(Permission.CallIn)
  @HttpCode(200)
  @ApiOperation({ summary: "The participant's daily call-in: whether to test today, where and by when, with a receipt; repeat calls give the same receipt" })
  @ApiOkResponse({ type: CallInAnswerDto })
  @ApiConflictResponse({ description: '`call-in-window-closed` (nothing recorded), `participant-not-active` or `testing-not-started` (awaiting the warning hearing)' })
  callIn(@CurrentPrincipal() principal: Principal, @Body() body: CallInRequestDto, @ReaderLanguage() language: Language): Promise<CallInAnswerDto> {
    return this.callIns.callIn(principal, body.channel ?? 'web', language);
  }

  @Post('call-ins/phone')
  @Public()
  @SignInRateLimit()
  @HttpCode(200)
  @ApiOperation({ summary: 'A call-in made through a phone system (IVR or SMS) with the participant\'s court code, number and PIN' })
  @ApiOkResponse({ type: PhoneCallInAnswerDto })
  @ApiUnauthorizedResponse({ description: 'Wrong credentials; nothing recorded' })
  @ApiForbiddenResponse({ description: '`pin-change-required`: the PIN is still the one staff set; `say` tells the caller to choose their own on the web' })
  @ApiConflictResponse({ description: '`call-in-window-closed` (nothing recorded), `participant-not-active` or `testing-not-started` (awaiting the warning hearing)' })
  @ApiTooManyRequestsResponse({ description: '`rate-limited` (the calling address) or `sign-in-blocked` (too many failed PINs from this calling number or address)' })
  callInByPhone(@Body() body: PhoneCallInRequestDto, @Req() request: FastifyRequest): Promise<PhoneCallInAnswerDto> {
    const userAgent = request.headers['user-agent'];
    return this.callIns.callInByPhone(body, {
      client: { address: request.ip, userAgent: typeof userAgent === 'string' ? userAgent : null },
      requestId: String(request.id),
      source: phoneCallerSource(this.config, request.ip, body.callerNumber) ?? undefined,
      channel: body.channel,
    });
  }

  @Get('me/today')
  @Allow(Permission.CallIn)
  @ApiOperation({ summary: "The participant's testing day without calling in: window, whether they called in (and the answer if so), next hearing" })
  @ApiOkResponse({ type: TodayDto })
  today(@CurrentPrincipal() principal: Principal, @ReaderLanguage() language: Language): Promise<TodayDto> {
    return this.callIns.today(principal, language);
  }
}
