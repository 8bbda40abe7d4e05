import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A job that must happen, written in the same transaction as the change that
 * implies it, and relayed to BullMQ afterwards. Postgres is the source of
 * truth: if Redis loses a job, this row (and the domain's own due dates) can
 * bring it back.
 */
@Entity('outbox_events')
@Index('outbox_events_pending_idx', ['id'], { where: 'relayed_at IS NULL' })
export class OutboxEvent {
  /** Monotonic, so the relay keeps the order in which events were committed (per batch). */
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'text' })
  queue: string;

  @Column({ type: 'text' })
  jobName: string;

  /** Derived from the domain (`violation:<id>:deadline`): the same event can be written only once. */
  @Index('outbox_events_job_key_key', { unique: true })
  @Column({ type: 'text' })
  jobKey: string;

  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  /** When the job should run; null for "as soon as possible". */
  @Column({ type: 'timestamptz', nullable: true })
  runAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** Set only after BullMQ accepted the job. */
  @Column({ type: 'timestamptz', nullable: true })
  relayedAt: Date | null;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;
}
