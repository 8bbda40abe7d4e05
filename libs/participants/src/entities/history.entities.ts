import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/** Every status change: who, when, why. Never updated or deleted. */
@Entity('participant_status_changes')
@Index('participant_status_changes_participant_idx', ['participantId', 'createdAt'])
export class ParticipantStatusChange {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  participantId: string;

  @ManyToOne('Participant', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id' })
  participant?: unknown;

  /** Null for the referral that created the record. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  fromStatus: string | null;

  @Column({ type: 'varchar', length: 32 })
  toStatus: string;

  @Column({ type: 'varchar', length: 1000 })
  reason: string;

  /** Court-local date the change took effect (e.g. the date of the order). */
  @Column({ type: 'date' })
  effectiveOn: string;

  @Column({ type: 'uuid', nullable: true })
  changedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** A participant's time in one phase: start, end and the reason for each. */
@Entity('participant_phases')
@Index('participant_phases_participant_idx', ['participantId', 'startedOn'])
@Index('participant_phases_open_key', ['participantId'], { unique: true, where: 'ended_on IS NULL' })
@Check('participant_phases_dates_check', `ended_on IS NULL OR ended_on >= started_on`)
@Check('participant_phases_start_reason_check', `start_reason IN ('enrolment', 'promotion', 'demotion', 'plan_change')`)
@Check(
  'participant_phases_end_reason_check',
  `end_reason IS NULL OR end_reason IN ('promotion', 'demotion', 'plan_change', 'discharge')`,
)
export class ParticipantPhase {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  participantId: string;

  @ManyToOne('Participant', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id' })
  participant?: unknown;

  @Column({ type: 'uuid' })
  phasePlanId: string;

  @ManyToOne('PhasePlan', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'phase_plan_id' })
  phasePlan?: unknown;

  @Column({ type: 'uuid' })
  phaseId: string;

  @ManyToOne('Phase', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'phase_id' })
  phase?: unknown;

  @Column({ type: 'date' })
  startedOn: string;

  @Column({ type: 'date', nullable: true })
  endedOn: string | null;

  @Column({ type: 'varchar', length: 16 })
  startReason: string;

  @Column({ type: 'varchar', length: 16, nullable: true })
  endReason: string | null;

  /** The court's words for the order that started this phase. */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  orderNote: string | null;

  /** For a demotion: what the participant must do to move back up. */
  @Column({ type: 'text', nullable: true })
  remedialPlan: string | null;

  /** The hearing at which the court ordered it, once hearings record outcomes. */
  @Column({ type: 'uuid', nullable: true })
  hearingId: string | null;

  /** Requirements of the previous phase still unmet when the court ordered the move. */
  @Column({ type: 'jsonb', nullable: true })
  unmetAtOrder: unknown;

  @Column({ type: 'uuid', nullable: true })
  recordedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
