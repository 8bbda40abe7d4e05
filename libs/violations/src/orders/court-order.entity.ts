import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The written order of a sanction, as the participant receives it: a PDF in
 * their language, made in the transaction that records the sanction and
 * kept as made. The bytes are stored rather than drawn again on each
 * download because an order is a court document: what the participant was
 * given must stay what it was, even after the catalogue is renamed, the
 * judge's account changes or the participant picks another language. The
 * SHA-256 lets anyone check a copy.
 */
@Entity('court_orders')
@Index('court_orders_response_key', ['responseId'], { unique: true })
@Index('court_orders_participant_idx', ['participantId', 'createdAt'])
export class CourtOrder {
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

  /** The sanction ordered. */
  @Column({ type: 'uuid' })
  responseId: string;

  @ManyToOne('CourtResponse', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'response_id' })
  response?: unknown;

  /** The hearing whose outcome ordered it; null for a delegated order. */
  @Column({ type: 'uuid', nullable: true })
  hearingId: string | null;

  /** Court-local date of the order. */
  @Column({ type: 'date' })
  orderedOn: string;

  /** The language it was written in: the participant's, or the court's. */
  @Column({ type: 'varchar', length: 8 })
  language: string;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  @Column({ type: 'bytea', select: false })
  pdf: Buffer;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
