import { Controller, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import { ApiConsumes, ApiForbiddenResponse, ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import { Public } from '@app/auth';
import { type FieldProblem, ValidationFailedError } from '@app/core';
// The guard's own file: the hotline's module sits above this one (it reaches call-ins), the guard does not.
import { TwilioSignatureGuard, webhookParams } from '@app/hotline/twilio-signature.guard';
import type { FastifyRequest } from 'fastify';
import { DeliveryStatusService } from './delivery-status.service';

const SID = /^[A-Za-z0-9]{10,64}$/;
const STATUS = /^[a-z_-]{1,24}$/;

/** Twilio's status callback for the texts the system sent: signed like every Twilio webhook, refused otherwise. */
@ApiTags('notifications')
@Controller('webhooks/twilio')
@Public()
@SkipThrottle()
@UseGuards(TwilioSignatureGuard)
@ApiConsumes('application/x-www-form-urlencoded')
@ApiForbiddenResponse({ description: '`hotline-signature-invalid`: no or a wrong X-Twilio-Signature' })
export class DeliveryStatusController {
  constructor(private readonly statuses: DeliveryStatusService) {}

  @Post('message-status')
  @HttpCode(204)
  @ApiOperation({ summary: "Twilio's report of a text's fate (`delivered`, `undelivered`, `failed`…), stored on the message; an undelivered one appears on the staff screen" })
  @ApiNoContentResponse()
  async status(@Req() request: FastifyRequest): Promise<void> {
    const params = webhookParams(request);
    const problems: FieldProblem[] = [];
    if (!SID.test(params.MessageSid ?? '')) problems.push({ field: 'MessageSid', message: 'is required: a Twilio message SID' });
    if (!STATUS.test(params.MessageStatus ?? '')) problems.push({ field: 'MessageStatus', message: 'is required' });
    if (problems.length > 0) throw new ValidationFailedError(problems);
    await this.statuses.record(params.MessageSid, params.MessageStatus, params.ErrorCode && /^[0-9]{1,8}$/.test(params.ErrorCode) ? params.ErrorCode : null);
  }
}
