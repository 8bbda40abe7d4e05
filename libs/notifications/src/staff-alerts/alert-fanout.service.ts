import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, DEFAULT_LANGUAGE, isLanguage, type Language, REDIS } from '@app/core';
import type Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { EmailChannel } from '../channels/email.channel';
import { queueMessages } from '../messages/message-writer';
import { renderTemplate, type TemplateName } from '../messages/message-templates';
import { alertChannel } from './alert-channel';

interface AlertRow {
  id: string;
  user_id: string;
  court_id: string | null;
  kind: string;
  params: Record<string, string | number>;
  link: string | null;
  email: string | null;
  language: string | null;
  court_language: string | null;
  email_alerts: string | null;
}

/**
 * What follows a staff alert once it is committed (the `alert-raised` job):
 * the recipient's open screens are told through Redis, whichever API instance
 * holds them, and an email is written for a recipient who asked for one per
 * alert (keyed by the alert, so a replayed job writes it once).
 */
@Injectable()
export class AlertFanoutService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
    private readonly email: EmailChannel,
    private readonly config: AppConfig,
  ) {}

  async fanOut(alertId: string): Promise<{ emailed: boolean; found: boolean }> {
    const [alert] = (await this.dataSource.query(
      `SELECT a.id, a.user_id, a.court_id, a.kind, a.params, a.link, u.email, u.language, c.language AS court_language, p.email_alerts
         FROM staff_alerts a JOIN users u ON u.id = a.user_id
         LEFT JOIN courts c ON c.id = a.court_id
         LEFT JOIN notification_preferences p ON p.user_id = a.user_id
        WHERE a.id = $1`,
      [alertId],
    )) as AlertRow[];
    if (!alert) return { emailed: false, found: false };
    let emailed = false;
    if (alert.email_alerts === 'each' && alert.email && this.email.configured) {
      const language: Language = isLanguage(alert.language) ? alert.language : isLanguage(alert.court_language) ? alert.court_language : DEFAULT_LANGUAGE;
      const line = renderTemplate(`alert.${alert.kind}` as TemplateName, language, alert.params);
      await this.dataSource.transaction((manager) =>
        queueMessages(manager, [
          {
            courtId: alert.court_id,
            channel: 'email',
            userId: alert.user_id,
            address: alert.email!,
            language,
            template: 'email.alert',
            params: {
              title: line.subject ?? '',
              text: line.text,
              url: `${this.config.http.publicUrl}${alert.link ?? '/alerts'}`,
              preferencesUrl: `${this.config.http.publicUrl}/notifications`,
            },
            dedupKey: `alert:${alert.id}:email`,
          },
        ]),
      );
      emailed = true;
    }
    // Last, so that a failure above retries the whole job; a second notice to a screen is harmless.
    await this.redis.publish(alertChannel(this.config), alert.user_id);
    return { emailed, found: true };
  }
}
