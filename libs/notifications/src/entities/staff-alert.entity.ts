import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One alert in one staff member's bell: a violation's reminder or escalation,
 * a court day's missing draw, an outage, repeated failed PINs, a provider's
 * no-show. Written in the transaction of the event, one row per recipient,
 * keyed by the event (`eventKey`), so a retried or replayed event alerts each
 * person once. `params` hold ids and numbers only (a participant's number,
 * a deadline), never a name or a treatment fact.
 */
@Entity('staff_alerts')
@Index('staff_alerts_user_event_key', ['userId', 'eventKey'], { unique: true })
@Index('staff_alerts_user_created_idx', ['userId', 'createdAt'])
@Index('staff_alerts_user_unread_idx', ['userId'], { where: 'read_at IS NULL' })
export class StaffAlert {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', nullable: true })
  courtId: string | null;

  @ManyToOne('Court', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'court_id' })
  court?: unknown;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: unknown;

  /** e.g. `violation-reminder`, `violation-escalated`; each has a template `alert.<kind>`. */
  @Column({ type: 'varchar', length: 40 })
  kind: string;

  /** The event, e.g. `violation:<id>:reminder:24h`: the same event alerts a person once. */
  @Column({ type: 'text' })
  eventKey: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  params: Record<string, string | number>;

  /** The web application's path of the record it is about. */
  @Column({ type: 'text', nullable: true })
  link: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;
}
