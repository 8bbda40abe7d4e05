import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, inRequestTransaction } from '@app/core';
import { DataSource, EntityManager } from 'typeorm';

/** Who acted, as the audit log records it. */
export interface AuditActor {
  userId: string | null;
  /** The role acted in, e.g. `case_manager`; `anonymous` before sign-in. */
  role: string;
  requestId: string | null;
}

export interface AuditEntry {
  courtId: string | null;
  action: string;
  entityType: string;
  entityIds?: string[];
  participantIds?: string[];
  /** Why access was allowed: `role:<role>`, `consent:<id>`, `self`; or `denied`. */
  basis: string;
  consentId?: string | null;
  /** Non-clinical context only (filters, counts, failure reasons). */
  details?: Record<string, unknown> | null;
}

const INSERT = `
  INSERT INTO audit_events
    (occurred_at, actor_user_id, actor_role, court_id, action, entity_type, entity_ids, participant_ids,
     basis, consent_id, request_id, details)
  SELECT occurred_at, actor_user_id, actor_role, court_id, action, entity_type, entity_ids::uuid[],
         participant_ids::uuid[], basis, consent_id, request_id, details
    FROM unnest($1::timestamptz[], $2::uuid[], $3::varchar[], $4::uuid[], $5::varchar[], $6::varchar[],
                       $7::text[], $8::text[], $9::varchar[], $10::uuid[], $11::varchar[], $12::jsonb[]) WITH ORDINALITY
         AS e(occurred_at, actor_user_id, actor_role, court_id, action, entity_type, entity_ids, participant_ids,
              basis, consent_id, request_id, details, n)
   ORDER BY e.n`;

/**
 * The order in which rows of several courts take their courts' chain heads:
 * system rows (no court) first, then by court id. Anything appending to
 * several courts in one transaction appends in this order.
 */
export function chainOrder(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

/** One audit row's values, in the INSERT's parameter order. */
type Row = [Date, string | null, string, string | null, string, string, string, string, string, string | null, string | null, string | null];

// Arrays of uuids travel as Postgres array literals inside a text[] and are cast back per row.
const uuidArray = (ids: string[] | undefined) => `{${(ids ?? []).join(',')}}`;

function rowOf(actor: AuditActor, entry: AuditEntry, now: Date): Row {
  return [
    now,
    actor.userId,
    actor.role,
    entry.courtId,
    entry.action,
    entry.entityType,
    uuidArray(entry.entityIds),
    uuidArray(entry.participantIds),
    entry.basis,
    entry.consentId ?? null,
    actor.requestId,
    entry.details ? JSON.stringify(entry.details) : null,
  ];
}

async function insertRows(manager: EntityManager, rows: Row[]): Promise<void> {
  await manager.query(
    INSERT,
    rows[0].map((_, column) => rows.map((row) => row[column])),
  );
}

/** Appends of one court's chain waiting for the one in flight to commit. */
interface ChainQueue {
  waiting: Array<{ rows: Row[]; done: () => void; failed: (error: unknown) => void }>;
  flushing: boolean;
}

/** The most rows one group commit appends. */
const GROUP_LIMIT = 200;

/**
 * Appends to the audit log. A write of participant data passes its
 * transaction's manager, so the audit row commits (or rolls back) with the
 * change it describes; a read is recorded on its own.
 *
 * The insert holds the court's chain head (system rows: the system chain's)
 * from the insert to the end of the transaction, so other audited requests of
 * the same court wait until then, and those of other courts do not. So a
 * transaction writes its audit row last, just before it commits, and a read
 * records in a statement of its own (no manager): then the head is held for
 * one statement, however long the read took.
 *
 * Reads' rows of one court are committed in groups: while one append of the
 * court's chain is committing, the rows of the reads that arrive meanwhile
 * wait and then go in together, in one statement and one commit (one flush of
 * the WAL, one turn of the chain's head) — as Postgres groups commits, but
 * for a chain whose head lets only one transaction through at a time. Each
 * read still waits until its own row is durable, so nothing is answered that
 * is not audited; a group that fails is retried row by row, so one bad row
 * fails only its own request. Without this, a court's reads queued one commit
 * (an fsync) each behind its chain's head, each holding a pooled connection
 * while it waited.
 */
@Injectable()
export class AuditService {
  private readonly chains = new Map<string, ChainQueue>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async record(actor: AuditActor, entries: AuditEntry | AuditEntry[], manager?: EntityManager): Promise<void> {
    // Each row locks its court's chain head until commit: rows of several courts go in one
    // order (system rows first, then by court id), so two such inserts cannot deadlock.
    const list = (Array.isArray(entries) ? [...entries] : [entries]).sort((a, b) => chainOrder(a.courtId, b.courtId));
    if (list.length === 0) return;
    const now = this.clock.now();
    const rows = list.map((entry) => rowOf(actor, entry, now));
    const court = list[0].courtId;
    // Rows of a transaction commit with it; rows of several courts at once are not grouped (a group holds one chain only).
    if (manager || inRequestTransaction(this.dataSource) || list.some((e) => e.courtId !== court)) {
      return insertRows(manager ?? this.dataSource.manager, rows);
    }
    return this.append(court ?? '', rows);
  }

  /** Appends `rows` (all of one chain) in the chain's next group commit. */
  private append(chain: string, rows: Row[]): Promise<void> {
    let queue = this.chains.get(chain);
    if (!queue) {
      queue = { waiting: [], flushing: false };
      this.chains.set(chain, queue);
    }
    const appended = new Promise<void>((done, failed) => queue.waiting.push({ rows, done, failed }));
    if (!queue.flushing) void this.flush(chain, queue);
    return appended;
  }

  private async flush(chain: string, queue: ChainQueue): Promise<void> {
    queue.flushing = true;
    try {
      while (queue.waiting.length > 0) {
        let count = 0;
        let take = 0;
        while (take < queue.waiting.length && (take === 0 || count + queue.waiting[take].rows.length <= GROUP_LIMIT)) count += queue.waiting[take++].rows.length;
        const group = queue.waiting.splice(0, take);
        try {
          await insertRows(this.dataSource.manager, group.flatMap((g) => g.rows));
          for (const g of group) g.done();
        } catch (error) {
          if (group.length === 1) {
            group[0].failed(error);
            continue;
          }
          for (const g of group) {
            await insertRows(this.dataSource.manager, g.rows).then(g.done, g.failed);
          }
        }
      }
    } finally {
      queue.flushing = false;
      if (queue.waiting.length === 0) this.chains.delete(chain);
    }
  }
}
