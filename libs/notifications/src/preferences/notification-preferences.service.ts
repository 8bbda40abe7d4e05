import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Principal } from '@app/auth';
import { DataSource } from 'typeorm';
import { EmailChannel } from '../channels/email.channel';
import { NotificationPreferencesDto } from '../dto/alerts.dto';
import type { EmailAlertMode } from '../entities/notification-preference.entity';

/** A person's own choice of alerts by email. */
@Injectable()
export class NotificationPreferencesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly email: EmailChannel,
  ) {}

  async get(principal: Principal): Promise<NotificationPreferencesDto> {
    const [row] = (await this.dataSource.query(
      `SELECT u.email, p.email_alerts FROM users u LEFT JOIN notification_preferences p ON p.user_id = u.id WHERE u.id = $1`,
      [principal.userId],
    )) as Array<{ email: string | null; email_alerts: EmailAlertMode | null }>;
    return { emailAlerts: row?.email_alerts ?? 'off', email: row?.email ?? null, emailConfigured: this.email.configured };
  }

  async set(principal: Principal, emailAlerts: EmailAlertMode): Promise<NotificationPreferencesDto> {
    await this.dataSource.query(
      `INSERT INTO notification_preferences (user_id, email_alerts) VALUES ($1, $2)
       ON CONFLICT (user_id) DO UPDATE SET email_alerts = EXCLUDED.email_alerts, updated_at = now()`,
      [principal.userId, emailAlerts],
    );
    return this.get(principal);
  }
}
