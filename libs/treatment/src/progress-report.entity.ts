import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { EngagementLevel, LevelOfCare } from './treatment-terms';

/**
 * A provider's progress report on a client in a treatment episode: a
 * narrative plus structured fields the docket shows at a glance. Part 2
 * information (`treatment_progress`), written and read only under a consent.
 * Reports are not edited: a correction is a new report.
 */
@Entity('treatment_progress_reports')
@Index('treatment_progress_reports_participant_idx', ['participantId', 'reportedOn'])
@Check('treatment_progress_reports_engagement_check', `engagement IN ('excellent', 'good', 'fair', 'poor', 'not_engaged')`)
@Check(
  'treatment_progress_reports_level_check',
  `level_of_care_recommendation IS NULL OR level_of_care_recommendation IN ('0.5', '1', '2.1', '2.5', '3.1', '3.3', '3.5', '3.7', '4')`,
)
export class TreatmentProgressReport {
  @PrimaryGeneratedColumn('uuid')
  id: string;

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

  /** The treatment episode (referral) the report is about. */
  @Column({ type: 'uuid' })
  referralId: string;

  @ManyToOne('ProviderReferral', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'referral_id' })
  referral?: unknown;

  /** Court-local date the report speaks for. */
  @Column({ type: 'date' })
  reportedOn: string;

  @Column({ type: 'varchar', length: 16 })
  engagement: EngagementLevel;

  @Column({ type: 'varchar', length: 8, nullable: true })
  levelOfCareRecommendation: LevelOfCare | null;

  @Column({ type: 'text' })
  narrative: string;

  @Column({ type: 'uuid' })
  authorId: string;

  @ManyToOne('User', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: unknown;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
