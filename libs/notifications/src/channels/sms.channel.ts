import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/core';
import twilio from 'twilio';

export interface TextToSend {
  id: string;
  address: string;
  body: string;
  /** The court's own number, which texts leave from. */
  from: string | null;
}

export interface HandedOver {
  provider: 'twilio' | 'dev-outbox';
  providerId: string | null;
}

/** Where Twilio reports each text's fate (delivered, undelivered), relative to PUBLIC_BASE_URL. */
export const MESSAGE_STATUS_CALLBACK_PATH = '/api/v1/webhooks/twilio/message-status';

/**
 * Texts through Twilio's REST API (the twilio package), from the court's own
 * number, with a status callback that records delivery. Without a Twilio
 * account, in development, a text is kept in the development outbox (its
 * row is the record) instead of leaving the machine; production refuses to
 * start with the development outbox on.
 */
@Injectable()
export class SmsChannel {
  private readonly client: ReturnType<typeof twilio> | null;

  constructor(private readonly config: AppConfig) {
    const { accountSid, authToken, authTokenIsDevelopment } = config.telephony;
    this.client = accountSid && authToken && !authTokenIsDevelopment ? twilio(accountSid, authToken) : null;
  }

  /** Whether a text can go anywhere at all. */
  get configured(): boolean {
    return this.client !== null || this.config.notifications.devOutbox;
  }

  /** Whether texts really leave (and so need the court's number to leave from). */
  get sendsForReal(): boolean {
    return this.client !== null;
  }

  async send(text: TextToSend): Promise<HandedOver> {
    if (!this.client) {
      if (this.config.notifications.devOutbox) return { provider: 'dev-outbox', providerId: null };
      throw new Error(`no SMS provider is configured for text ${text.id}`);
    }
    if (!text.from) throw new Error(`the court of text ${text.id} has no number to send from`);
    const sent = await this.client.messages.create({
      to: text.address,
      from: text.from,
      body: text.body,
      statusCallback: `${this.config.telephony.publicBaseUrl}${MESSAGE_STATUS_CALLBACK_PATH}`,
    });
    return { provider: 'twilio', providerId: sent.sid };
  }
}
