import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One moment of a violation's clock: a reminder (`reminder:24h`) or the
 * deadline. Written with the violation, in its transaction, so Postgres
 * knows every moment that must happen: the BullMQ job is only the alarm.
 * `firedAt` is set once, under a row lock, so a retried or replayed job
 * never fires twice; `lateByMs` records how late it fired.
 */
@Entity('violation_clock_events')
@Index('violation_clock_events_key', ['violationId', 'event'], { unique: true })
@Index('violation_clock_events_pending_idx', ['dueAt'], { where: 'fired_at IS NULL' })
@Check('violation_clock_events_outcome_check', `outcome IS NULL OR outcome IN ('reminded', 'escalated', 'already_met')`)
export class ViolationClockEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  violationId: string;

  @ManyToOne('Violation', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'violation_id' })
  violation?: unknown;

  /** `deadline`, or `reminder:<hours>h`. */
  @Column({ type: 'varchar', length: 24 })
  event: string;

  @Column({ type: 'timestamptz' })
  dueAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  firedAt: Date | null;

  /** How long after its due time it fired (a worker that was down, Redis that lost the job). */
  @Column({ type: 'integer', nullable: true })
  lateByMs: number | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  outcome: 'reminded' | 'escalated' | 'already_met' | null;
}
