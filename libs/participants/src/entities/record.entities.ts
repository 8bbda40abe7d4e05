import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { numericTransformer } from '@app/core';

/**
 * The participant's ledgers: community service hours and fee payments.
 * Entries are never changed; a mistake is corrected by a negative entry.
 */
@Entity('participant_ledger_entries')
@Index('participant_ledger_entries_participant_idx', ['participantId', 'kind', 'occurredOn'])
@Check('participant_ledger_entries_kind_check', `kind IN ('community_service', 'fee_payment')`)
@Check('participant_ledger_entries_amount_check', `amount <> 0`)
export class LedgerEntry {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  participantId: string;

  @ManyToOne('Participant', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id' })
  participant?: unknown;

  @Column({ type: 'varchar', length: 24 })
  kind: 'community_service' | 'fee_payment';

  @Column({ type: 'date' })
  occurredOn: string;

  /** Hours of service, or the amount paid. */
  @Column({ type: 'numeric', precision: 10, scale: 2, transformer: numericTransformer })
  amount: number;

  /** Where the service was done, or the receipt; for a correction, why. */
  @Column({ type: 'varchar', length: 500 })
  description: string;

  @Column({ type: 'uuid', nullable: true })
  recordedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** A milestone reached ("employed or in school"), with the date of its evidence. */
@Entity('participant_milestones')
@Index('participant_milestones_participant_idx', ['participantId', 'achievedOn'])
export class Milestone {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  participantId: string;

  @ManyToOne('Participant', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id' })
  participant?: unknown;

  /** Matches a phase requirement's milestone name (case does not matter). */
  @Column({ type: 'varchar', length: 120 })
  name: string;

  /** The date the evidence shows (the pay stub's, the enrolment letter's). */
  @Column({ type: 'date' })
  achievedOn: string;

  @Column({ type: 'varchar', length: 1000 })
  evidence: string;

  @Column({ type: 'uuid', nullable: true })
  recordedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** Use the participant admitted to; it ends their continuous sobriety like a positive test. */
@Entity('substance_use_admissions')
@Index('substance_use_admissions_participant_idx', ['participantId', 'usedOn'])
@Check('substance_use_admissions_dates_check', `admitted_on >= used_on`)
export class SubstanceUseAdmission {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  participantId: string;

  @ManyToOne('Participant', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id' })
  participant?: unknown;

  /** The (last) day of use. */
  @Column({ type: 'date' })
  usedOn: string;

  @Column({ type: 'date' })
  admittedOn: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  substances: string[];

  @Column({ type: 'varchar', length: 1000, nullable: true })
  note: string | null;

  @Column({ type: 'uuid', nullable: true })
  recordedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/**
 * A staff note on a participant. A confidential one is derived from
 * treatment information and names the kind of information; it is shown only
 * to readers a valid consent for that kind covers.
 */
@Entity('case_notes')
@Index('case_notes_participant_idx', ['participantId', 'occurredOn'])
@Check('case_notes_confidential_check', `confidential = (information IS NOT NULL)`)
export class CaseNote {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  participantId: string;

  @ManyToOne('Participant', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id' })
  participant?: unknown;

  @Column({ type: 'uuid' })
  authorId: string;

  @ManyToOne('User', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: unknown;

  @Column({ type: 'date' })
  occurredOn: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'boolean', default: false })
  confidential: boolean;

  /** For a confidential note, the kind of treatment information it carries (a consent term). */
  @Column({ type: 'varchar', length: 40, nullable: true })
  information: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
