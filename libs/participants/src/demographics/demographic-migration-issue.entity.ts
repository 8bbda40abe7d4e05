import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/** The old free-text fields whose values were mapped to codes. */
export const DEMOGRAPHIC_ISSUE_FIELDS = ['gender', 'race', 'ethnicity'] as const;
export type DemographicIssueField = (typeof DEMOGRAPHIC_ISSUE_FIELDS)[number];

/**
 * A free-text demographic answer, recorded before the answers became codes,
 * that the migration could not map: kept here with its original text (so
 * nothing is lost) until someone corrects the participant's demographics.
 */
@Entity('demographic_migration_issues')
@Index('demographic_migration_issues_court_idx', ['courtId', 'resolvedAt'])
@Index('demographic_migration_issues_participant_idx', ['participantId'])
@Check('demographic_migration_issues_field_check', `field IN (${DEMOGRAPHIC_ISSUE_FIELDS.map((f) => `'${f}'`).join(', ')})`)
export class DemographicMigrationIssue {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  participantId: string;

  @ManyToOne('Participant', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id', foreignKeyConstraintName: 'demographic_migration_issues_participant_fk' })
  participant?: unknown;

  @Column({ type: 'uuid' })
  courtId: string;

  @Column({ type: 'varchar', length: 16 })
  field: DemographicIssueField;

  /** The text as it was stored, verbatim. */
  @Column({ type: 'text' })
  originalValue: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** When the participant's demographics were corrected (or the issue closed by hand). */
  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  resolvedBy: string | null;
}
