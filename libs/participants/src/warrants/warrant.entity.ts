import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/** How a warrant ended: served (the person brought in) or recalled by the judge. */
export const WARRANT_STATES = ['open', 'served', 'recalled'] as const;
export type WarrantState = (typeof WARRANT_STATES)[number];

/** What serving a warrant did with the person: held in custody, or released to carry on in the program. */
export const WARRANT_SERVICE_OUTCOMES = ['in_custody', 'released'] as const;
export type WarrantServiceOutcome = (typeof WARRANT_SERVICE_OUTCOMES)[number];

/**
 * A bench warrant: issued by the judge (from the bench, or as the outcome of
 * a hearing the participant failed to appear at), then either served (by
 * whoever recorded it, with what it did with the person) or recalled by the
 * judge. The participant's status follows it: `warrant` while it is open.
 * At most one open warrant per participant.
 */
@Entity('warrants')
@Index('warrants_participant_idx', ['participantId', 'issuedAt'])
@Index('warrants_one_open_key', ['participantId'], { unique: true, where: `served_at IS NULL AND recalled_at IS NULL` })
@Check('warrants_ended_once_check', `served_at IS NULL OR recalled_at IS NULL`)
@Check('warrants_served_check', `(served_at IS NULL) = (served_by IS NULL) AND (served_at IS NULL) = (service_outcome IS NULL)`)
@Check('warrants_recalled_check', `(recalled_at IS NULL) = (recall_reason IS NULL)`)
@Check('warrants_service_outcome_check', `service_outcome IN ('in_custody', 'released')`)
export class Warrant {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  participantId: string;

  @ManyToOne('Participant', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id', foreignKeyConstraintName: 'warrants_participant_fk' })
  participant?: unknown;

  @Column({ type: 'uuid' })
  courtId: string;

  @Column({ type: 'timestamptz' })
  issuedAt: Date;

  /** The judge who issued it (null for a warrant recorded before warrants were kept). */
  @Column({ type: 'uuid', nullable: true })
  issuedBy: string | null;

  @Column({ type: 'varchar', length: 1000 })
  reason: string;

  /** The hearing it was issued at, when it was (a failure to appear). */
  @Column({ type: 'uuid', nullable: true })
  hearingId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  servedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  servedBy: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  serviceOutcome: WarrantServiceOutcome | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  serviceNote: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  recalledAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  recalledBy: string | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  recallReason: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

export function warrantState(w: Pick<Warrant, 'servedAt' | 'recalledAt'>): WarrantState {
  return w.servedAt ? 'served' : w.recalledAt ? 'recalled' : 'open';
}
