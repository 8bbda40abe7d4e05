import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@app/audit';
import { ForbiddenError, Permission, Principal, roleHas } from '@app/auth';
import { AppConfig, NotFoundError } from '@app/core';
import { DataSource } from 'typeorm';
import { DevOutboxDto, MessageDto } from '../dto/messages.dto';
import type { MessageStatus } from '../entities/outbound-message.entity';

interface MessageRow {
  id: string;
  court_id: string | null;
  channel: 'email' | 'sms';
  address: string;
  participant_id: string | null;
  participant_number: string | null;
  user_display_name: string | null;
  template: string;
  language: string;
  subject: string | null;
  body: string;
  status: MessageStatus;
  status_reason: string | null;
  provider: string | null;
  attempts: number;
  last_error: string | null;
  created_at: Date;
  sent_at: Date | null;
  not_before: Date | null;
}

interface CallRow {
  id: string;
  court_id: string;
  channel: string;
  from_number: string;
  participant_number: string | null;
  outcome: string;
  language: string | null;
  started_at: Date;
  steps: Array<{ at: string; step: string; twiml: string }> | null;
}

const unescapeXml = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** What a TwiML answer makes the caller hear (its <Say>) or the texter read (its <Message>), in order. */
export function saidIn(twiml: string): string[] {
  return [...twiml.matchAll(/<(Say|Message)[^>]*>([^<]*)<\/(Say|Message)>/g)].map((m) => unescapeXml(m[2]));
}

const SELECT = `
  SELECT m.id, m.court_id, m.channel, m.address, m.participant_id, p.participant_number, u.display_name AS user_display_name,
         m.template, m.language, m.subject, m.body, m.status, m.status_reason, m.provider, m.attempts, m.last_error,
         m.created_at, m.sent_at, m.not_before
    FROM notification_messages m
    LEFT JOIN participants p ON p.id = m.participant_id
    LEFT JOIN users u ON u.id = m.user_id`;

const toDto = (row: MessageRow): MessageDto => ({
  id: row.id,
  courtId: row.court_id,
  channel: row.channel,
  address: row.address,
  participantId: row.participant_id,
  participantNumber: row.participant_number,
  userDisplayName: row.user_display_name,
  template: row.template,
  language: row.language,
  subject: row.subject,
  body: row.body,
  status: row.status,
  statusReason: row.status_reason,
  provider: row.provider,
  attempts: row.attempts,
  lastError: row.last_error,
  createdAt: row.created_at.toISOString(),
  sentAt: row.sent_at?.toISOString() ?? null,
  notBefore: row.not_before?.toISOString() ?? null,
});

/**
 * A court's messages for its staff: above all the undeliverable ones (every
 * retry failed, or the provider reported them undelivered), so someone
 * reaches the person another way. Messages name participants, so the read
 * is audited with the participants it showed.
 */
@Injectable()
export class MessagesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  async list(principal: Principal, courtId: string, query: { status?: MessageStatus | 'undeliverable'; limit?: number }): Promise<MessageDto[]> {
    const membership = principal.membershipIn(courtId);
    if (!membership) throw new NotFoundError('court');
    if (!roleHas(membership.role, Permission.MessageRead)) throw new ForbiddenError(`Your role in this court does not allow ${Permission.MessageRead}.`);
    const statuses = query.status === 'undeliverable' ? ['failed', 'undelivered'] : query.status ? [query.status] : null;
    const rows = (await this.dataSource.query(
      `${SELECT} WHERE m.court_id = $1 AND ($2::text[] IS NULL OR m.status = ANY($2::text[])) ORDER BY m.created_at DESC, m.id LIMIT $3`,
      [courtId, statuses, query.limit ?? 100],
    )) as MessageRow[];
    const participantIds = [...new Set(rows.map((r) => r.participant_id).filter((id): id is string => id !== null))];
    await this.audit.record(principal.auditActor(courtId), {
      courtId,
      action: 'messages.list',
      entityType: 'notification_message',
      participantIds,
      basis: `role:${membership.role}`,
      details: { status: query.status ?? null, count: rows.length },
    });
    return rows.map(toDto);
  }

  /**
   * The development outbox: every email and text of the courts the caller
   * administers (all of them for the system administrator), and the
   * hotline's call scripts. Off (404) unless DEV_OUTBOX is on, which
   * production refuses; it shows demo data to whoever tries the system.
   */
  async devOutbox(principal: Principal, limit = 200): Promise<DevOutboxDto> {
    if (!this.config.notifications.devOutbox) throw new NotFoundError('development outbox', 'The development outbox is off (DEV_OUTBOX).');
    const all = principal.hasSystemWide(Permission.CourtConfigure);
    const courts = principal.courtsWith(Permission.CourtConfigure).map((m) => m.courtId);
    if (!all && courts.length === 0) throw new ForbiddenError(`Your role does not allow ${Permission.CourtConfigure}.`);
    const rows = (await this.dataSource.query(
      `${SELECT} WHERE $1::boolean OR m.court_id = ANY($2::uuid[]) OR (m.court_id IS NULL AND m.user_id = $3) ORDER BY m.created_at DESC, m.id LIMIT $4`,
      [all, courts, principal.userId, limit],
    )) as MessageRow[];
    const calls = (await this.dataSource.query(
      `SELECT h.id, h.court_id, h.channel, h.from_number, p.participant_number, h.outcome, h.language, h.started_at, h.steps
         FROM hotline_interactions h LEFT JOIN participants p ON p.id = h.participant_id
        WHERE $1::boolean OR h.court_id = ANY($2::uuid[])
        ORDER BY h.started_at DESC, h.id LIMIT $3`,
      [all, courts, limit],
    )) as CallRow[];
    return {
      messages: rows.map(toDto),
      calls: calls.map((c) => ({
        id: c.id,
        courtId: c.court_id,
        channel: c.channel,
        fromNumber: c.from_number,
        participantNumber: c.participant_number,
        outcome: c.outcome,
        language: c.language,
        startedAt: c.started_at.toISOString(),
        steps: (c.steps ?? []).map((s) => ({ at: s.at, step: s.step, said: saidIn(s.twiml) })),
      })),
    };
  }
}
