import { getQueueToken } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, Clock, courtDateAt, courtTimeAt, DEFAULT_LANGUAGE, isLanguage, type Language } from '@app/core';
import { bullJobId, JobName, QueueName } from '@app/queue';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { EmailChannel } from '../channels/email.channel';
import { raiseStaffAlerts } from '../staff-alerts/staff-alert-writer';
import { queueMessages } from './message-writer';
import { ParticipantRemindersService } from './participant-reminders.service';
import { renderTemplate, type TemplateName } from './message-templates';

/** A queued message older than this whose job is not in Redis gets it back. */
const LOST_AFTER_MS = 2 * 60_000;
/** Messages due within this horizon get their job re-created (adding an existing job id is a no-op). */
const HORIZON_MS = 5 * 60_000;
const REQUEUE_BATCH = 5_000;
/** When the daily digest goes, on the recipient's court's wall clock. */
export const DIGEST_TIME = '07:00';
/** The most alerts one digest lists; the rest are in the bell. */
const DIGEST_MAX_LINES = 50;

interface DigestUser {
  user_id: string;
  email: string;
  language: string | null;
  court_language: string | null;
  time_zone: string;
}

/**
 * The notifications' minute sweep. Postgres holds every message, so a Redis
 * that lost their jobs delays a message, never loses it; the daily digests
 * are written here, once a day per person (keyed by their date), and the
 * participants' reminders when each is due.
 */
@Injectable()
export class NotificationsSweepService {
  private readonly logger = new Logger(NotificationsSweepService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly moduleRef: ModuleRef,
    private readonly email: EmailChannel,
    private readonly reminders: ParticipantRemindersService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async sweep(): Promise<{ requeued: number; digests: number; texts: number; accountAlerts: number }> {
    return {
      requeued: await this.requeueLost(),
      digests: await this.writeDigests(),
      texts: await this.reminders.writeDue(),
      accountAlerts: await this.alertFailedPins(),
    };
  }

  /**
   * Repeated wrong PINs on a participant's account (the sign-in's own
   * `account_alerts`, which the sign-in path writes without reaching this
   * module) become an alert to the participant's case manager and the
   * coordinators, once per open episode; a new PIN closes the episode.
   */
  async alertFailedPins(): Promise<number> {
    const now = this.clock.now();
    const rows = (await this.dataSource.query(
      `SELECT a.id, a.court_id, a.failures, p.id AS participant_id, p.participant_number, p.case_manager_id
         FROM account_alerts a JOIN participants p ON p.id = a.participant_id
        WHERE a.closed_at IS NULL AND a.last_at > $1
          AND NOT EXISTS (SELECT 1 FROM staff_alerts s WHERE s.court_id = a.court_id AND s.event_key = 'account-alert:' || a.id)
        LIMIT 500`,
      [new Date(now.getTime() - 24 * 3600_000)],
    )) as Array<{ id: string; court_id: string; failures: number; participant_id: string; participant_number: string | null; case_manager_id: string | null }>;
    if (rows.length === 0) return 0;
    return this.dataSource.transaction((manager) =>
      raiseStaffAlerts(
        manager,
        rows.map((row) => ({
          courtId: row.court_id,
          kind: 'failed-pins' as const,
          eventKey: `account-alert:${row.id}`,
          params: { participantNumber: row.participant_number ?? '—', failures: row.failures },
          link: `/participants/${row.participant_id}`,
          roles: ['coordinator'] as const,
          userId: row.case_manager_id,
        })),
      ),
    );
  }

  /** Re-creates the job of every message still queued a while after it was written and due soon. */
  async requeueLost(): Promise<number> {
    // BullMQ's delays and Postgres' created_at run on real time.
    const now = Date.now();
    const rows = (await this.dataSource.query(
      `SELECT id, channel, not_before FROM notification_messages
        WHERE status = 'queued' AND created_at < $1 AND (not_before IS NULL OR not_before <= $2)
        ORDER BY created_at LIMIT $3`,
      [new Date(now - LOST_AFTER_MS), new Date(now + HORIZON_MS), REQUEUE_BATCH],
    )) as Array<{ id: string; channel: 'email' | 'sms'; not_before: Date | null }>;
    for (const channel of ['email', 'sms'] as const) {
      const group = rows.filter((row) => row.channel === channel);
      if (group.length === 0) continue;
      const queue = this.moduleRef.get<Queue>(getQueueToken(channel === 'email' ? QueueName.EmailDelivery : QueueName.SmsDelivery), { strict: false });
      await queue.addBulk(
        group.map((row) => ({
          name: channel === 'email' ? JobName.SendEmail : JobName.SendSms,
          data: { messageId: row.id },
          opts: { jobId: bullJobId(`message:${row.id}`), delay: row.not_before ? Math.max(0, row.not_before.getTime() - now) : undefined },
        })),
      );
    }
    return rows.length;
  }

  /**
   * Writes the daily digest of every person who chose it and whose morning
   * has come (07:00 on their court's clock): the alerts of the last 24 hours
   * still unread. No unread alert, no email.
   */
  async writeDigests(): Promise<number> {
    if (!this.email.configured) return 0;
    const now = this.clock.now();
    const users = (await this.dataSource.query(
      `SELECT DISTINCT ON (u.id) u.id AS user_id, u.email, u.language, c.language AS court_language, c.time_zone
         FROM notification_preferences p JOIN users u ON u.id = p.user_id
         JOIN court_memberships m ON m.user_id = u.id JOIN courts c ON c.id = m.court_id
        WHERE p.email_alerts = 'daily_digest' AND u.active AND u.email IS NOT NULL
        ORDER BY u.id, m.created_at`,
    )) as DigestUser[];
    let written = 0;
    for (const user of users) {
      if (courtTimeAt(now, user.time_zone) < DIGEST_TIME) continue;
      const date = courtDateAt(now, user.time_zone);
      const dedupKey = `digest:${user.user_id}:${date}`;
      const [done] = await this.dataSource.query(`SELECT 1 FROM notification_messages WHERE dedup_key = $1`, [dedupKey]);
      if (done) continue;
      const alerts = (await this.dataSource.query(
        `SELECT kind, params FROM staff_alerts WHERE user_id = $1 AND read_at IS NULL AND created_at > $2 ORDER BY created_at DESC LIMIT $3`,
        [user.user_id, new Date(now.getTime() - 24 * 3600_000), DIGEST_MAX_LINES],
      )) as Array<{ kind: string; params: Record<string, string | number> }>;
      if (alerts.length === 0) continue;
      const language: Language = isLanguage(user.language) ? user.language : isLanguage(user.court_language) ? user.court_language : DEFAULT_LANGUAGE;
      const lines = alerts.map((a) => `- ${renderTemplate(`alert.${a.kind}` as TemplateName, language, a.params).subject}`).join('\n');
      const ids = await this.dataSource.transaction((manager) =>
        queueMessages(manager, [
          {
            courtId: null,
            channel: 'email',
            userId: user.user_id,
            address: user.email,
            language,
            template: 'email.digest',
            params: { count: alerts.length, lines, url: `${this.config.http.publicUrl}/alerts`, preferencesUrl: `${this.config.http.publicUrl}/notifications` },
            dedupKey,
          },
        ]),
      );
      written += ids.length;
    }
    if (written > 0) this.logger.log(`wrote ${written} daily digest(s)`);
    return written;
  }
}
