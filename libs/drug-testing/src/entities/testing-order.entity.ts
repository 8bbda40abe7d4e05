import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A court order raising a participant's testing frequency for a period (the
 * "increased testing" sanction). The draw uses the higher of the phase's
 * frequency and every order in force that day.
 */
@Entity('testing_orders')
@Index('testing_orders_participant_idx', ['participantId', 'endsOn'])
@Check('testing_orders_frequency_check', `tests_per_week > 0 AND tests_per_week <= 7`)
@Check('testing_orders_period_check', `ends_on >= starts_on`)
export class TestingOrder {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  courtId: string;

  @ManyToOne('Court', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'court_id' })
  court?: unknown;

  @Column({ type: 'uuid' })
  participantId: string;

  @ManyToOne('Participant', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id' })
  participant?: unknown;

  @Column({ type: 'real' })
  testsPerWeek: number;

  /** First and last court day the order is in force. */
  @Column({ type: 'date' })
  startsOn: string;

  @Column({ type: 'date' })
  endsOn: string;

  @Column({ type: 'varchar', length: 1000 })
  reason: string;

  @Column({ type: 'uuid' })
  orderedBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
