import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One read or write of a participant's record or of protected data, or a
 * security event (sign-in failure). Append-only: the database refuses UPDATE,
 * DELETE and TRUNCATE. Rows form one hash chain per court (system rows, with
 * no court, one more): each row's `hash` covers its content, its position in
 * its court's chain and the previous row's hash in that chain, so an edit made
 * by someone who bypasses the trigger is found by `npm run audit:verify`.
 *
 * `id`, `chainSeq` and the two hashes are set by the insert trigger
 * (`audit_events_chain`) under a lock on the court's row of
 * `audit_chain_heads` (migrations/1796533081909-AuditChainPerCourt.ts): ids
 * are unique but not gapless; positions are gapless within each chain. Rows
 * written before that migration have no `chainSeq`: they form the old single
 * chain, in id order from 1, which every court's chain continues from.
 */
@Entity('audit_events')
@Index('audit_events_court_time_idx', ['courtId', 'occurredAt'])
@Index('audit_events_actor_idx', ['actorUserId', 'id'])
@Index('audit_events_participants_idx', { synchronize: false })
@Index('audit_events_chain_idx', ['courtId', 'chainSeq'])
export class AuditEvent {
  @PrimaryColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'timestamptz' })
  occurredAt: Date;

  @Column({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  /** The role the actor acted in (`case_manager`, `participant`, ...), or `anonymous`. */
  @Column({ type: 'varchar', length: 32 })
  actorRole: string;

  @Column({ type: 'uuid', nullable: true })
  courtId: string | null;

  /** Verb, e.g. `participant.read`, `treatment.write`, `auth.login_failed`. */
  @Column({ type: 'varchar', length: 64 })
  action: string;

  /** The kind of record, e.g. `participant`, `treatment_note`, `consent`. */
  @Column({ type: 'varchar', length: 40 })
  entityType: string;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  entityIds: string[];

  /** Whose record it was (GIN-indexed for "who accessed this participant"). */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  participantIds: string[];

  /** Why access was allowed: `role:case_manager`, `consent:<id>`, `self`, or `denied`. */
  @Column({ type: 'varchar', length: 80 })
  basis: string;

  @Column({ type: 'uuid', nullable: true })
  consentId: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  requestId: string | null;

  /** Small, non-clinical context (the filter of a list, a failure reason). Never health data. */
  @Column({ type: 'jsonb', nullable: true })
  details: Record<string, unknown> | null;

  /** Position in the court's chain (1, 2, 3, ...); null for rows of the old single chain. */
  @Column({ type: 'bigint', nullable: true })
  chainSeq: string | null;

  @Column({ type: 'char', length: 64 })
  prevHash: string;

  @Column({ type: 'char', length: 64 })
  hash: string;
}
