import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '@app/core';
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
 */
@Injectable()
export class AuditService {
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
    const column = <T>(pick: (e: AuditEntry) => T) => list.map(pick);
    // Arrays of uuids travel as Postgres array literals inside a text[] and are cast back per row.
    const uuidArray = (ids: string[] | undefined) => `{${(ids ?? []).join(',')}}`;
    await (manager ?? this.dataSource.manager).query(
      INSERT,
      [
        column(() => now),
        column(() => actor.userId),
        column(() => actor.role),
        column((e) => e.courtId),
        column((e) => e.action),
        column((e) => e.entityType),
        column((e) => uuidArray(e.entityIds)),
        column((e) => uuidArray(e.participantIds)),
        column((e) => e.basis),
        column((e) => e.consentId ?? null),
        column(() => actor.requestId),
        column((e) => (e.details ? JSON.stringify(e.details) : null)),
      ],
    );
  }
}
