import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/core';

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

/**
 * Texts. Without an SMS provider account, in development, a text is kept in
 * the development outbox (its row is the record) instead of leaving the
 * machine; production refuses to start with the development outbox on.
 */
@Injectable()
export class SmsChannel {
  constructor(private readonly config: AppConfig) {}

  /** Whether a text can go anywhere at all. */
  get configured(): boolean {
    return this.config.notifications.devOutbox;
  }

  async send(text: TextToSend): Promise<HandedOver> {
    if (this.config.notifications.devOutbox) return { provider: 'dev-outbox', providerId: null };
    throw new Error(`no SMS provider is configured for text ${text.id}`);
  }
}
