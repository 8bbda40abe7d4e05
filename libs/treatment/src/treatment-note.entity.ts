import { BaseEntity } from '@app/core';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';

/**
 * A provider's report about a participant's treatment: a Part 2 record,
 * disclosed to the court team under a consent and readable only under one.
 */
@Entity('treatment_notes')
@Index('treatment_notes_participant_idx', ['participantId', 'occurredOn'])
export class TreatmentNote extends BaseEntity {
  @Column({ type: 'uuid' })
  participantId: string;

  @ManyToOne('Participant', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id' })
  participant?: unknown;

  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne('ProviderOrganisation', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: unknown;

  @Column({ type: 'uuid' })
  authorId: string;

  @ManyToOne('User', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: unknown;

  /** The consent information category the note belongs to, e.g. `treatment_progress`. */
  @Column({ type: 'varchar', length: 40 })
  category: string;

  /** Court-local date of the session or event the note is about. */
  @Column({ type: 'date' })
  occurredOn: string;

  @Column({ type: 'text' })
  body: string;
}
