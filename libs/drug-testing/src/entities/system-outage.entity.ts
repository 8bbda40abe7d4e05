import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A period when the system could not take call-ins (for one court, or for
 * all when `courtId` is null). No missed call-in is charged for a window it
 * overlaps, and any already charged is dismissed when it is recorded.
 */
@Entity('system_outages')
@Index('system_outages_period_idx', ['startsAt', 'endsAt'])
@Check('system_outages_period_check', `ends_at > starts_at`)
export class SystemOutage {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', nullable: true })
  courtId: string | null;

  @ManyToOne('Court', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'court_id' })
  court?: unknown;

  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Column({ type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'varchar', length: 1000 })
  reason: string;

  @Column({ type: 'uuid' })
  recordedBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
