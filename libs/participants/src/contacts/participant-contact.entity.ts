import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/** How staff and a participant were in touch. */
export const CONTACT_KINDS = ['call', 'text_message', 'email', 'home_visit', 'office_visit', 'video', 'in_person'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

/** Who reached out: staff to the participant, or the participant to staff. */
export const CONTACT_DIRECTIONS = ['outgoing', 'incoming'] as const;
export type ContactDirection = (typeof CONTACT_DIRECTIONS)[number];

/**
 * One contact between staff and a participant (a call, a visit, a message),
 * with who made it and when. An attempt that did not reach the person is
 * kept too (`reached` false), because three unanswered calls are a fact the
 * team needs, but it never counts as the participant's last contact.
 */
@Entity('participant_contacts')
@Index('participant_contacts_participant_idx', ['participantId', 'occurredAt'])
@Check('participant_contacts_kind_check', `kind IN ('call', 'text_message', 'email', 'home_visit', 'office_visit', 'video', 'in_person')`)
@Check('participant_contacts_direction_check', `direction IN ('outgoing', 'incoming')`)
export class ParticipantContact {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  participantId: string;

  @ManyToOne('Participant', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id' })
  participant?: unknown;

  @Column({ type: 'varchar', length: 20 })
  kind: ContactKind;

  @Column({ type: 'varchar', length: 10 })
  direction: ContactDirection;

  @Column({ type: 'boolean', default: true })
  reached: boolean;

  @Column({ type: 'timestamptz' })
  occurredAt: Date;

  /** The staff member who made or took the contact (the writer). */
  @Column({ type: 'uuid' })
  staffId: string;

  @ManyToOne('User', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'staff_id' })
  staff?: unknown;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
