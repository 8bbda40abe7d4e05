import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

export const TREATMENT_PROPOSAL_SOURCES = ['repeated_positives', 'participant_request'] as const;
export type TreatmentProposalSource = (typeof TREATMENT_PROPOSAL_SOURCES)[number];

/**
 * A treatment assessment proposed for the participant's next hearing: after
 * repeated positive tests (the program's setting) or because the
 * participant asked. Treatment is offered, never ordered as a sanction; the
 * court takes it up at the hearing, and staff close it with a note. One
 * open proposal per participant: asking again, or another positive, finds
 * the one already open.
 */
@Entity('treatment_proposals')
@Index('treatment_proposals_open_key', ['participantId'], { unique: true, where: `status = 'open'` })
@Check('treatment_proposals_status_check', `status IN ('open', 'closed')`)
@Check('treatment_proposals_source_check', `source IN ('repeated_positives', 'participant_request')`)
export class TreatmentProposal {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  courtId: string;

  @Column({ type: 'uuid' })
  participantId: string;

  @ManyToOne('Participant', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id' })
  participant?: unknown;

  /** What is proposed: a treatment assessment. */
  @Column({ type: 'varchar', length: 40, default: 'treatment_assessment' })
  kind: string;

  @Column({ type: 'varchar', length: 24 })
  source: TreatmentProposalSource;

  @Column({ type: 'varchar', length: 16, default: 'open' })
  status: 'open' | 'closed';

  /** The violations (positives) that led to it; none for a request. Ids only. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  violationIds: string[];

  @Column({ type: 'timestamptz' })
  proposedAt: Date;

  /** The participant's user for a request; null when the program's rule proposed it. */
  @Column({ type: 'uuid', nullable: true })
  requestedBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  closedBy: string | null;

  /** What became of it (assessment booked, declined by the participant…); no clinical detail. */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  closeNote: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
