import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, Clock } from '@app/core';
import { DataSource, EntityManager } from 'typeorm';
import { EmailChannel } from '../channels/email.channel';
import { SmsChannel } from '../channels/sms.channel';
import type { MessageChannel, MessageStatus } from '../entities/outbound-message.entity';
import { afterQuietHours } from './quiet-hours';

export type DeliveryOutcome =
  | { outcome: 'sent'; provider: string }
  | { outcome: 'suppressed'; reason: string }
  | { outcome: 'already_done'; status: MessageStatus }
  | { outcome: 'deferred'; until: Date }
  | { outcome: 'unknown' };

interface MessageRow {
  id: string;
  channel: MessageChannel;
  status: MessageStatus;
  address: string;
  subject: string | null;
  body: string;
  not_before: Date | null;
  user_active: boolean | null;
  time_zone: string | null;
  from_number: string | null;
  sms_allowed: boolean | null;
}

/**
 * Hands one message to its channel, at most once per success: the row is
 * locked for the send, so a second job for it (a replay, the sweep) waits
 * and then finds it sent. A failure is recorded on the row and rethrown for
 * BullMQ to retry with back-off; after the last attempt the message is
 * `failed`, which puts it on the staff screen of undeliverable messages.
 */
@Injectable()
export class MessageDeliveryService {
  private readonly logger = new Logger(MessageDeliveryService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly email: EmailChannel,
    private readonly sms: SmsChannel,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async deliver(messageId: string, lastAttempt: boolean): Promise<DeliveryOutcome> {
    let failure: Error | undefined;
    const outcome = await this.dataSource.transaction(async (manager): Promise<DeliveryOutcome> => {
      const message = await this.lock(manager, messageId);
      if (!message) return { outcome: 'unknown' };
      if (message.status !== 'queued') return { outcome: 'already_done', status: message.status };
      const now = this.clock.now();
      if (message.not_before && message.not_before > now) return { outcome: 'deferred', until: message.not_before };
      const refusal = this.refusal(message);
      if (refusal) {
        await this.setStatus(manager, message.id, 'suppressed', refusal);
        return { outcome: 'suppressed', reason: refusal };
      }
      if (message.channel === 'sms' && message.time_zone) {
        // Re-checked at the send, not only when written: a retry's back-off can reach into the night.
        const allowed = afterQuietHours(now, message.time_zone, this.config.notifications.smsQuietHours);
        if (allowed > now) return { outcome: 'deferred', until: allowed };
      }
      try {
        const handed =
          message.channel === 'email'
            ? { provider: 'smtp', providerId: await this.email.send({ id: message.id, address: message.address, subject: message.subject, body: message.body }) }
            : await this.sms.send({ id: message.id, address: message.address, body: message.body, from: message.from_number });
        // An activation link is a one-time secret: once handed over, the copy kept here loses its token.
        await manager.query(
          `UPDATE notification_messages
              SET status = 'sent', provider = $2, provider_id = $3, sent_at = $4, status_at = $4, attempts = attempts + 1, last_error = NULL,
                  body = CASE WHEN template LIKE 'email.account-%' THEN regexp_replace(body, '/activate#[A-Za-z0-9_-]+', '/activate#(sent)', 'g') ELSE body END
            WHERE id = $1`,
          [message.id, handed.provider, handed.providerId, now],
        );
        return { outcome: 'sent', provider: handed.provider };
      } catch (error) {
        failure = error as Error;
        await manager.query(
          `UPDATE notification_messages
              SET attempts = attempts + 1, last_error = $2, status_at = $3,
                  status = CASE WHEN $4::boolean THEN 'failed' ELSE status END,
                  status_reason = CASE WHEN $4::boolean THEN 'retries-exhausted' ELSE status_reason END
            WHERE id = $1`,
          [message.id, failure.message.slice(0, 1000), now, lastAttempt],
        );
        return { outcome: 'unknown' };
      }
    });
    if (failure) {
      this.logger.warn(`message ${messageId} could not be handed over${lastAttempt ? ' after its last attempt: marked failed' : ', will retry'}: ${failure.message}`);
      throw failure;
    }
    return outcome;
  }

  /** Why the message must not go, or null. */
  private refusal(message: MessageRow): string | null {
    if (message.channel === 'email') {
      if (!this.email.configured) return 'email-not-configured';
      if (message.user_active === false) return 'account-inactive';
      return null;
    }
    if (!this.sms.configured) return 'sms-not-configured';
    if (message.sms_allowed === false) return 'no-sms-consent';
    if (this.sms.sendsForReal && !message.from_number) return 'court-has-no-number';
    return null;
  }

  private async lock(manager: EntityManager, messageId: string): Promise<MessageRow | undefined> {
    const [row] = (await manager.query(
      `SELECT m.id, m.channel, m.status, m.address, m.subject, m.body, m.not_before,
              u.active AS user_active, c.time_zone, c.hotline_number AS from_number,
              -- A text goes only to a number the participant registered with their consent, and never to one that replied STOP.
              CASE WHEN m.channel = 'sms' THEN
                EXISTS (SELECT 1 FROM participant_phone_numbers n
                         WHERE n.court_id = m.court_id AND n.participant_id = m.participant_id AND n.phone_e164 = m.address
                           AND n.removed_at IS NULL AND n.sms_opt_in)
                AND NOT EXISTS (SELECT 1 FROM sms_opt_outs o WHERE o.court_id = m.court_id AND o.phone_e164 = m.address)
              END AS sms_allowed
         FROM notification_messages m
         LEFT JOIN users u ON u.id = m.user_id
         LEFT JOIN courts c ON c.id = m.court_id
        WHERE m.id = $1
        FOR UPDATE OF m`,
      [messageId],
    )) as MessageRow[];
    return row;
  }

  private async setStatus(manager: EntityManager, id: string, status: MessageStatus, reason: string): Promise<void> {
    await manager.query(`UPDATE notification_messages SET status = $2, status_reason = $3, status_at = $4 WHERE id = $1`, [id, status, reason, this.clock.now()]);
  }
}
