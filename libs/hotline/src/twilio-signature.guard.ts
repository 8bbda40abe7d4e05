import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { AppConfig, DomainError } from '@app/core';
import type { FastifyRequest } from 'fastify';
import twilio from 'twilio';

export class HotlineNotConfiguredError extends DomainError {
  constructor() {
    super('hotline-not-configured', 503, 'The hotline is not configured', 'TWILIO_AUTH_TOKEN is not set, so no webhook can be checked.');
  }
}

export class HotlineSignatureInvalidError extends DomainError {
  constructor() {
    super('hotline-signature-invalid', 403, 'Not signed by the telephony provider', 'The X-Twilio-Signature header is missing or does not match the request.');
  }
}

/** The webhook's form fields, as Twilio posted them. */
export function webhookParams(request: FastifyRequest): Record<string, string> {
  const body = request.body;
  if (!body || typeof body !== 'object') return {};
  return Object.fromEntries(Object.entries(body as Record<string, unknown>).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

/**
 * Refuses every hotline webhook that Twilio did not sign: the signature is
 * an HMAC of the URL Twilio called (PUBLIC_BASE_URL and the path with its
 * query, which carries the call's state between steps) and the form's
 * fields, keyed with the account's auth token. Checked with the twilio
 * package's own `validateRequest`, so it follows Twilio's rules exactly.
 */
@Injectable()
export class TwilioSignatureGuard implements CanActivate {
  constructor(private readonly config: AppConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const { authToken, publicBaseUrl } = this.config.telephony;
    if (!authToken) throw new HotlineNotConfiguredError();
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const signature = request.headers['x-twilio-signature'];
    if (typeof signature !== 'string' || signature.length === 0) throw new HotlineSignatureInvalidError();
    if (!twilio.validateRequest(authToken, signature, `${publicBaseUrl}${request.url}`, webhookParams(request))) {
      throw new HotlineSignatureInvalidError();
    }
    return true;
  }
}
