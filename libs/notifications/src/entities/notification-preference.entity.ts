import { Check, Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export const EMAIL_ALERT_MODES = ['off', 'each', 'daily_digest'] as const;
export type EmailAlertMode = (typeof EMAIL_ALERT_MODES)[number];

/** How a staff member wants alerts besides the bell. No row: the bell only. */
@Entity('notification_preferences')
@Check('notification_preferences_email_alerts_check', `email_alerts IN ('off', 'each', 'daily_digest')`)
export class NotificationPreference {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @OneToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: unknown;

  /** `each`: an email per alert; `daily_digest`: one email each morning listing the day before's. */
  @Column({ type: 'varchar', length: 16, default: 'off' })
  emailAlerts: EmailAlertMode;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
