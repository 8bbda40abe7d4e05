import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, Clock, type Language, NotFoundError, REDIS } from '@app/core';
import type { Principal } from '@app/auth';
import type Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { AlertDto, AlertsDto } from '../dto/alerts.dto';
import { renderTemplate, type TemplateName } from '../messages/message-templates';
import { alertChannel } from './alert-channel';

interface AlertRow {
  id: string;
  court_id: string | null;
  kind: string;
  params: Record<string, string | number>;
  link: string | null;
  created_at: Date;
  read_at: Date | null;
}

const DEFAULT_LIMIT = 50;

/**
 * A staff member's own alerts: the bell. Only alerts of courts the reader
 * still belongs to are shown (one who left a court stops seeing its alerts).
 * An alert names a participant by number only, so listing alerts reads no
 * participant record; the record behind the link is audited where it is read.
 */
@Injectable()
export class StaffAlertsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async list(principal: Principal, language: Language, options: { unreadOnly?: boolean; limit?: number }): Promise<AlertsDto> {
    const courts = this.courtsOf(principal);
    const rows = (await this.dataSource.query(
      `SELECT id, court_id, kind, params, link, created_at, read_at FROM staff_alerts
        WHERE user_id = $1 AND (court_id IS NULL OR court_id = ANY($2::uuid[])) AND ($3::boolean IS NOT TRUE OR read_at IS NULL)
        ORDER BY created_at DESC, id LIMIT $4`,
      [principal.userId, courts, options.unreadOnly ?? false, options.limit ?? DEFAULT_LIMIT],
    )) as AlertRow[];
    return { unread: await this.unreadCount(principal), items: rows.map((row) => this.toDto(row, language)) };
  }

  async unreadCount(principal: Principal): Promise<number> {
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM staff_alerts WHERE user_id = $1 AND read_at IS NULL AND (court_id IS NULL OR court_id = ANY($2::uuid[]))`,
      [principal.userId, this.courtsOf(principal)],
    );
    return row.n as number;
  }

  /** Marks one of the reader's alerts read (again is harmless); another person's is not found. */
  async markRead(principal: Principal, alertId: string): Promise<void> {
    const [found] = await this.dataSource.query(`SELECT 1 FROM staff_alerts WHERE id = $1 AND user_id = $2`, [alertId, principal.userId]);
    if (!found) throw new NotFoundError('alert');
    await this.dataSource.query(`UPDATE staff_alerts SET read_at = $3 WHERE id = $1 AND user_id = $2 AND read_at IS NULL`, [alertId, principal.userId, this.clock.now()]);
    await this.changed(principal.userId);
  }

  async markAllRead(principal: Principal): Promise<number> {
    const rows = (await this.dataSource.query(`UPDATE staff_alerts SET read_at = $2 WHERE user_id = $1 AND read_at IS NULL RETURNING id`, [
      principal.userId,
      this.clock.now(),
    ])) as unknown[];
    await this.changed(principal.userId);
    return rows.length;
  }

  /** Tells the reader's other open screens (on any API instance) that the count changed. */
  private async changed(userId: string): Promise<void> {
    await this.redis.publish(alertChannel(this.config), userId).catch(() => undefined);
  }

  private courtsOf(principal: Principal): string[] {
    return principal.memberships.map((m) => m.courtId);
  }

  private toDto(row: AlertRow, language: Language): AlertDto {
    const rendered = renderTemplate(`alert.${row.kind}` as TemplateName, language, row.params);
    return {
      id: row.id,
      courtId: row.court_id,
      kind: row.kind,
      title: rendered.subject ?? '',
      text: rendered.text,
      link: row.link,
      createdAt: row.created_at.toISOString(),
      readAt: row.read_at?.toISOString() ?? null,
    };
  }
}
