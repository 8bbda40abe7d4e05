import { Controller, Header, HttpCode, Post, Query, Req, UseGuards } from '@nestjs/common';
import { ApiConsumes, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import { Public } from '@app/auth';
import { ValidationFailedError } from '@app/core';
import type { FastifyRequest } from 'fastify';
import { HotlineLogService } from './hotline-log.service';
import { HotlineTextsService } from './hotline-texts.service';
import { HotlineVoiceService, voiceState, type VoiceStep } from './hotline-voice.service';
import { TwilioSignatureGuard, webhookParams } from './twilio-signature.guard';

const TWIML = 'text/xml; charset=utf-8';
const SID = /^[A-Za-z0-9]{10,64}$/;
const NUMBER = /^[+A-Za-z0-9]{1,32}$/;

/**
 * Twilio's webhooks for the court's number: the voice hotline step by step,
 * its status callback, and inbound texts. Public (Twilio signs in no other
 * way) but each request must carry a valid X-Twilio-Signature. Not under
 * the per-address rate limit, since every call arrives from Twilio's few
 * addresses; failed PINs are still counted per calling number.
 */
@ApiTags('hotline')
@Controller('hotline')
@Public()
@SkipThrottle()
@UseGuards(TwilioSignatureGuard)
@ApiConsumes('application/x-www-form-urlencoded')
@ApiForbiddenResponse({ description: '`hotline-signature-invalid`: no or a wrong X-Twilio-Signature' })
export class HotlineController {
  constructor(
    private readonly voice: HotlineVoiceService,
    private readonly texts: HotlineTextsService,
    private readonly log: HotlineLogService,
  ) {}

  @Post('voice')
  @HttpCode(200)
  @Header('Content-Type', TWIML)
  @ApiProduces('text/xml')
  @ApiOperation({ summary: "A call to the court's number (Twilio voice webhook): the greeting and the language menu" })
  @ApiOkResponse({ description: 'TwiML' })
  incoming(@Req() request: FastifyRequest): Promise<string> {
    return this.voice.incoming(voiceStep(request));
  }

  @Post('voice/language')
  @HttpCode(200)
  @Header('Content-Type', TWIML)
  @ApiProduces('text/xml')
  @ApiOperation({ summary: 'The language chosen (1 English, 2 Español, 3 Português): asks for the participant number, or only the PIN from a registered number' })
  @ApiOkResponse({ description: 'TwiML' })
  language(@Req() request: FastifyRequest): Promise<string> {
    return this.voice.language(voiceStep(request));
  }

  @Post('voice/number')
  @HttpCode(200)
  @Header('Content-Type', TWIML)
  @ApiProduces('text/xml')
  @ApiOperation({ summary: 'The participant number keyed: asks for the PIN' })
  @ApiOkResponse({ description: 'TwiML' })
  number(@Req() request: FastifyRequest, @Query() query: Record<string, unknown>): Promise<string> {
    return this.voice.number(voiceStep(request), voiceState(query, 'en'));
  }

  @Post('voice/pin')
  @HttpCode(200)
  @Header('Content-Type', TWIML)
  @ApiProduces('text/xml')
  @ApiOperation({ summary: "The PIN keyed: the call-in, and the day's answer with its receipt (the same as the web call-in's)" })
  @ApiOkResponse({ description: 'TwiML' })
  pin(@Req() request: FastifyRequest, @Query() query: Record<string, unknown>): Promise<string> {
    return this.voice.pin(voiceStep(request), voiceState(query, 'en'));
  }

  @Post('voice/repeat')
  @HttpCode(200)
  @Header('Content-Type', TWIML)
  @ApiProduces('text/xml')
  @ApiOperation({ summary: '9 after the answer: the answer again' })
  @ApiOkResponse({ description: 'TwiML' })
  repeat(@Req() request: FastifyRequest, @Query() query: Record<string, unknown>): Promise<string> {
    return this.voice.repeat(voiceStep(request), voiceState(query, 'en'));
  }

  @Post('voice/status')
  @HttpCode(204)
  @ApiOperation({ summary: "Twilio's status callback at the end of a call: its status and duration, for the call log" })
  async status(@Req() request: FastifyRequest): Promise<void> {
    const params = webhookParams(request);
    const callSid = required(params, 'CallSid', SID);
    const status = required(params, 'CallStatus', /^[a-z-]{1,24}$/);
    const duration = params.CallDuration !== undefined && /^[0-9]{1,6}$/.test(params.CallDuration) ? Number(params.CallDuration) : null;
    await this.log.completed(callSid, status, duration);
  }

  @Post('sms')
  @HttpCode(200)
  @Header('Content-Type', TWIML)
  @ApiProduces('text/xml')
  @ApiOperation({ summary: "A text to the court's number (Twilio messaging webhook): STOP, START, HELP, or a call-in (TEST, or participant number and PIN)" })
  @ApiOkResponse({ description: 'TwiML' })
  sms(@Req() request: FastifyRequest): Promise<string> {
    const params = webhookParams(request);
    return this.texts.received({
      messageSid: required(params, 'MessageSid', SID),
      from: required(params, 'From', NUMBER),
      to: required(params, 'To', NUMBER),
      body: (params.Body ?? '').slice(0, 1600),
      client: clientOf(request),
      requestId: String(request.id),
    });
  }
}

function voiceStep(request: FastifyRequest): VoiceStep {
  const params = webhookParams(request);
  const digits = params.Digits !== undefined && /^[0-9*#]{1,32}$/.test(params.Digits) ? params.Digits.replace(/[*#]/g, '') : undefined;
  return {
    callSid: required(params, 'CallSid', SID),
    from: required(params, 'From', NUMBER),
    to: required(params, 'To', NUMBER),
    digits: digits || undefined,
    client: clientOf(request),
    requestId: String(request.id),
  };
}

function clientOf(request: FastifyRequest): { address: string | null; userAgent: string | null } {
  const userAgent = request.headers['user-agent'];
  return { address: request.ip ?? null, userAgent: typeof userAgent === 'string' ? userAgent : null };
}

function required(params: Record<string, string>, field: string, pattern: RegExp): string {
  const value = params[field];
  if (value === undefined || !pattern.test(value)) throw new ValidationFailedError([{ field, message: value === undefined ? 'is required' : 'is not valid' }]);
  return value;
}
