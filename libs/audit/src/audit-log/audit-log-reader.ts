import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ValidationFailedError } from '@app/core';
import { DataSource } from 'typeorm';

/** The longest `from`-`to` span of one search: a year (and a day), as for the court's measures; older periods are searched a year at a time. */
export const MAX_SEARCH_SPAN_DAYS = 366;
const DAY_MS = 86_400_000;

/** Newest first, by id: `before` is the id to continue below (the previous page's `nextBefore`). */
export interface AuditPageRequest {
  limit: number;
  before?: string;
}

export interface AuditPage<T> {
  items: T[];
  /** The cursor for the next (older) page; null on the last page. */
  nextBefore: string | null;
}

export interface AuditSearch extends AuditPageRequest {
  /** Only rows of these courts (where the reader may read the audit log). */
  courtIds: readonly string[];
  participantId?: string;
  userId?: string;
  /** Inclusive. */
  from?: Date;
  /** Exclusive. */
  to?: Date;
}

export interface AuditEventView {
  id: string;
  occurredAt: Date;
  actorUserId: string | null;
  actorDisplayName: string | null;
  actorRole: string;
  courtId: string | null;
  courtCode: string | null;
  action: string;
  entityType: string;
  entityIds: string[];
  participantIds: string[];
  basis: string;
  consentId: string | null;
  requestId: string | null;
  details: Record<string, unknown> | null;
}

/** A participant as the audit screen names them. */
export interface AuditParticipantName {
  id: string;
  participantNumber: string | null;
  firstName: string;
  lastName: string;
}

export interface AccessLogEntryView {
  id: string;
  occurredAt: Date;
  actorDisplayName: string | null;
  actorRole: string;
  action: string;
  basis: string;
}

/**
 * Actions a participant must not see in their own access log, because when
 * and by whom they happen could help predict a future drug test (rule 1:
 * testing must be unpredictable). Matched as prefixes. The drug-testing
 * module adds its action names here as it grows them.
 */
export const ACCESS_LOG_HIDDEN_ACTION_PREFIXES: readonly string[] = ['drug_test.selection', 'draw.'];

/**
 * A `details` member naming a court day (YYYY-MM-DD): the row stays out of
 * the participant's own access log until that day is over in the court's
 * zone, because before then it could tell them of a test ahead (a staff
 * "force a test" for a future day). Rows of `draw_override.*` written
 * without it fall back on their `courtDay`.
 */
export const PARTICIPANT_SEES_AFTER = 'participantSeesAfter';

interface AuditEventRow {
  id: string;
  occurred_at: Date;
  actor_user_id: string | null;
  actor_display_name: string | null;
  actor_role: string;
  court_id: string | null;
  court_code: string | null;
  action: string;
  entity_type: string;
  entity_ids: string[];
  participant_ids: string[];
  basis: string;
  consent_id: string | null;
  request_id: string | null;
  details: Record<string, unknown> | null;
}

/** Filters of one query, as SQL conditions with numbered parameters. */
class Conditions {
  readonly clauses: string[] = [];
  readonly params: unknown[] = [];

  add(sql: (param: string) => string, value: unknown): void {
    this.params.push(value);
    this.clauses.push(sql(`$${this.params.length}`));
  }

  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }
}

/**
 * Reads the audit log: searches for court administrators and a participant's
 * own access log. Takes plain filters; which courts and which participant the
 * caller may ask about, and the audit row for the read itself, are decided by
 * the caller. Pagination is by keyset on the id (newest first), so a page
 * costs the same however deep it is.
 */
@Injectable()
export class AuditLogReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async search(search: AuditSearch): Promise<AuditPage<AuditEventView>> {
    if (search.from && search.to && search.from > search.to) {
      throw new ValidationFailedError([{ field: 'to', message: 'to must not be before from' }]);
    }
    if (search.from && search.to && search.to.getTime() - search.from.getTime() > MAX_SEARCH_SPAN_DAYS * DAY_MS) {
      throw new ValidationFailedError([{ field: 'to', message: `to must be within ${MAX_SEARCH_SPAN_DAYS} days of from` }]);
    }
    if (search.courtIds.length === 0) return { items: [], nextBefore: null };
    const where = new Conditions();
    where.add((p) => `e.court_id = ANY(${p}::uuid[])`, search.courtIds);
    // `@>` on the array is what the GIN index on participant_ids serves.
    if (search.participantId) where.add((p) => `e.participant_ids @> ARRAY[${p}::uuid]`, search.participantId);
    if (search.userId) where.add((p) => `e.actor_user_id = ${p}`, search.userId);
    if (search.from) where.add((p) => `e.occurred_at >= ${p}`, search.from);
    if (search.to) where.add((p) => `e.occurred_at < ${p}`, search.to);
    const rows = await this.page<AuditEventRow>(where, search);
    return {
      items: rows.items.map((row) => ({
        id: row.id,
        occurredAt: row.occurred_at,
        actorUserId: row.actor_user_id,
        actorDisplayName: row.actor_display_name,
        actorRole: row.actor_role,
        courtId: row.court_id,
        courtCode: row.court_code,
        action: row.action,
        entityType: row.entity_type,
        entityIds: row.entity_ids,
        participantIds: row.participant_ids,
        basis: row.basis,
        consentId: row.consent_id,
        requestId: row.request_id,
        details: row.details,
      })),
      nextBefore: rows.nextBefore,
    };
  }

  /**
   * The names of those of `participantIds` who belong to `courtIds`. A sealed
   * record is not among them: the participants table's row-level policy
   * hides it from every query that does not name it for an audited read.
   */
  async participantNames(participantIds: readonly string[], courtIds: readonly string[]): Promise<AuditParticipantName[]> {
    if (participantIds.length === 0 || courtIds.length === 0) return [];
    const rows = (await this.dataSource.query(
      `SELECT id, participant_number, first_name, last_name FROM participants WHERE id = ANY($1::uuid[]) AND court_id = ANY($2::uuid[])`,
      [participantIds, courtIds],
    )) as { id: string; participant_number: string | null; first_name: string; last_name: string }[];
    return rows.map((r) => ({ id: r.id, participantNumber: r.participant_number, firstName: r.first_name, lastName: r.last_name }));
  }

  /**
   * Who accessed the participant's record, without the rows that could
   * predict a drug test; with `participantNow` (the participant reading their
   * own log), also without those naming a court day not yet over.
   */
  async accessLog(participantId: string, request: AuditPageRequest & { participantNow?: Date }): Promise<AuditPage<AccessLogEntryView>> {
    const where = new Conditions();
    where.add((p) => `e.participant_ids @> ARRAY[${p}::uuid]`, participantId);
    where.add(
      (p) => `NOT EXISTS (SELECT 1 FROM unnest(${p}::text[]) AS hidden(prefix) WHERE starts_with(e.action, hidden.prefix))`,
      ACCESS_LOG_HIDDEN_ACTION_PREFIXES,
    );
    // For the participant themself, nothing before the day it names is over (court time; the injected clock's now, never Postgres' own).
    if (request.participantNow) {
      where.add(
        (p) => `NOT COALESCE(
                  COALESCE(e.details->>'${PARTICIPANT_SEES_AFTER}', CASE WHEN starts_with(e.action, 'draw_override.') THEN e.details->>'courtDay' END)::date
                    >= (${p}::timestamptz AT TIME ZONE COALESCE(c.time_zone, 'UTC'))::date,
                  FALSE)`,
        request.participantNow,
      );
    }
    const rows = await this.page<AuditEventRow>(where, request);
    return {
      items: rows.items.map((row) => ({
        id: row.id,
        occurredAt: row.occurred_at,
        actorDisplayName: row.actor_display_name,
        actorRole: row.actor_role,
        action: row.action,
        basis: row.basis,
      })),
      nextBefore: rows.nextBefore,
    };
  }

  private async page<T extends { id: string }>(where: Conditions, request: AuditPageRequest): Promise<AuditPage<T>> {
    if (request.before) where.add((p) => `e.id < ${p}::bigint`, request.before);
    // One row more than asked tells whether an older page exists.
    const limit = where.param(request.limit + 1);
    const rows = (await this.dataSource.query(
      `SELECT e.id::text AS id, e.occurred_at, e.actor_user_id, u.display_name AS actor_display_name, e.actor_role,
              e.court_id, c.code AS court_code, e.action, e.entity_type, e.entity_ids, e.participant_ids, e.basis,
              e.consent_id, e.request_id, e.details
         FROM audit_events e
         LEFT JOIN users u ON u.id = e.actor_user_id
         LEFT JOIN courts c ON c.id = e.court_id
        WHERE ${where.clauses.join(' AND ')}
        ORDER BY e.id DESC
        LIMIT ${limit}`,
      where.params,
    )) as T[];
    const items = rows.slice(0, request.limit);
    return { items, nextBefore: rows.length > request.limit ? items[items.length - 1].id : null };
  }
}
