import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/** An arrest or a conviction: what the outcome measures count as new criminal involvement. */
export const CRIMINAL_HISTORY_KINDS = ['arrest', 'conviction'] as const;
export type CriminalHistoryKind = (typeof CRIMINAL_HISTORY_KINDS)[number];

/** The level of the offence, as a referral's charges name it. */
export const OFFENSE_LEVELS = ['felony', 'misdemeanor', 'infraction', 'other'] as const;
export type OffenseLevel = (typeof OFFENSE_LEVELS)[number];

/** Entered by staff on the participant page, or brought in from a records system. */
export const CRIMINAL_HISTORY_SOURCES = ['staff', 'import'] as const;
export type CriminalHistorySource = (typeof CRIMINAL_HISTORY_SOURCES)[number];

/**
 * One arrest or conviction of a participant, on the day it happened, before,
 * during or after the program: the outcome measures count those during the
 * program and within one and three years of exit. An imported event carries
 * the records system's key, unique in the court, so importing the same file
 * twice adds nothing. Events are never edited: a correction is a new record.
 */
@Entity('criminal_history_events')
@Index('criminal_history_events_participant_idx', ['participantId', 'occurredOn'])
@Index('criminal_history_events_court_idx', ['courtId', 'occurredOn'])
@Index('criminal_history_events_external_key', ['courtId', 'externalKey'], { unique: true, where: 'external_key IS NOT NULL' })
@Check('criminal_history_events_kind_check', `kind IN ('arrest', 'conviction')`)
@Check('criminal_history_events_source_check', `source IN ('staff', 'import')`)
@Check('criminal_history_events_offense_level_check', `offense_level IS NULL OR offense_level IN ('felony', 'misdemeanor', 'infraction', 'other')`)
export class CriminalHistoryEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  participantId: string;

  @ManyToOne('Participant', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id' })
  participant?: unknown;

  /** The participant's court, kept on the row so the measures filter by court without a join. */
  @Column({ type: 'uuid' })
  courtId: string;

  @ManyToOne('Court', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'court_id' })
  court?: unknown;

  @Column({ type: 'varchar', length: 16 })
  kind: CriminalHistoryKind;

  /** The day of the arrest, or of the conviction (not of the offence). */
  @Column({ type: 'date' })
  occurredOn: string;

  @Column({ type: 'varchar', length: 500 })
  description: string;

  @Column({ type: 'varchar', length: 16, nullable: true })
  offenseLevel: OffenseLevel | null;

  @Column({ type: 'varchar', length: 8 })
  source: CriminalHistorySource;

  /** The records system's own key for an imported event; null for staff entries. */
  @Column({ type: 'varchar', length: 128, nullable: true })
  externalKey: string | null;

  @Column({ type: 'uuid', nullable: true })
  recordedBy: string | null;

  @ManyToOne('User', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'recorded_by' })
  recorder?: unknown;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
