import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** What the team proposes for one participant before a session, as recorded. */
export interface StaffingProposal {
  responses: Array<{ catalogueEntryId: string; violationIds: string[]; amount: number | null; testsPerWeek: number | null; reason: string | null }>;
  phaseChange: { direction: 'promote' | 'demote'; reason: string; remedialPlan: string | null } | null;
  statusChange: { status: string; reason: string } | null;
  treatmentAdjustment: string | null;
}

/**
 * The team's recommendation for one participant at one session (the
 * pre-court staffing). The judge reads it beside the outcome form and is
 * free to order otherwise; nothing here orders anything. Changing it clears
 * the members' positions, which were taken on the earlier text.
 */
@Entity('staffing_recommendations')
@Index('staffing_recommendations_session_participant_key', ['sessionId', 'participantId'], { unique: true })
export class StaffingRecommendation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  courtId: string;

  @ManyToOne('Court', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'court_id' })
  court?: unknown;

  @Column({ type: 'uuid' })
  sessionId: string;

  @ManyToOne('CourtSession', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: unknown;

  @Column({ type: 'uuid' })
  participantId: string;

  @ManyToOne('Participant', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id' })
  participant?: unknown;

  /** Proposed responses, phase and status changes and treatment adjustment. */
  @Column({ type: 'jsonb' })
  proposal: StaffingProposal;

  /** The team's short reasons. */
  @Column({ type: 'varchar', length: 2000 })
  reasons: string;

  /** 1 when first recorded; each change adds one. */
  @Column({ type: 'integer', default: 1 })
  version: number;

  @Column({ type: 'uuid' })
  recordedBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

export const STAFFING_POSITIONS = ['agree', 'dissent'] as const;
export type StaffingPosition = (typeof STAFFING_POSITIONS)[number];

/** One team member's agreement or dissent with a recommendation, with their reason. */
@Entity('staffing_positions')
@Check('staffing_positions_position_check', `position IN ('agree', 'dissent')`)
export class StaffingPositionEntry {
  @PrimaryColumn({ type: 'uuid' })
  recommendationId: string;

  @ManyToOne(() => StaffingRecommendation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recommendation_id' })
  recommendation?: StaffingRecommendation;

  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: unknown;

  /** The member's role in the court when they took the position. */
  @Column({ type: 'varchar', length: 32 })
  role: string;

  @Column({ type: 'varchar', length: 8 })
  position: StaffingPosition;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  reason: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  recordedAt: Date;
}
