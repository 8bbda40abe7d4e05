import { BaseEntity } from '@app/core';
import type { Charge } from '@app/participants';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';

export const PLEAS = ['guilty', 'no_contest'] as const;
export type Plea = (typeof PLEAS)[number];

/** Where the plea was recorded from: the judge at a hearing, or the coordinator from the court's paper. */
export const PLEA_SOURCES = ['hearing', 'court_paper'] as const;
export type PleaSource = (typeof PLEA_SOURCES)[number];

/**
 * A deferred judgment (Back on Track): the participant pleaded to the
 * charges and the court deferred the sentence while they complete the
 * program. On completion the plea is withdrawn, the case dismissed and,
 * once the judge grants the expungement, the record sealed.
 */
@Entity('deferred_judgments')
@Index('deferred_judgments_participant_key', ['participantId'], { unique: true })
@Check('deferred_judgments_plea_check', `plea IN ('guilty', 'no_contest')`)
@Check('deferred_judgments_source_check', `source IN ('hearing', 'court_paper')`)
@Check('deferred_judgments_months_check', `program_months BETWEEN 1 AND 18`)
@Check('deferred_judgments_hours_check', `community_service_hours BETWEEN 0 AND 2000`)
export class DeferredJudgment extends BaseEntity {
  @Column({ type: 'uuid' })
  participantId: string;

  @ManyToOne('Participant', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id', foreignKeyConstraintName: 'deferred_judgments_participant_fk' })
  participant?: unknown;

  @Column({ type: 'uuid' })
  courtId: string;

  /** The charges pleaded to (may be fewer than those referred). */
  @Column({ type: 'jsonb' })
  charges: Charge[];

  @Column({ type: 'varchar', length: 16 })
  plea: Plea;

  @Column({ type: 'date' })
  pleaEnteredOn: string;

  /** The sentence the court deferred: what is imposed if the program is not completed. */
  @Column({ type: 'varchar', length: 2000 })
  deferredSentence: string;

  /** The program's length from the plea; never more than the maximum (18 months). */
  @Column({ type: 'integer' })
  programMonths: number;

  /** Community service the terms require in all (Back on Track: 220 hours). */
  @Column({ type: 'integer', default: 220 })
  communityServiceHours: number;

  /** Milestones the terms require, matched by name (e.g. employment, education, child support). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  requiredMilestones: string[];

  @Column({ type: 'varchar', length: 16 })
  source: PleaSource;

  /** The hearing the plea was entered at, when recorded from the bench. */
  @Column({ type: 'uuid', nullable: true })
  hearingId: string | null;

  @Column({ type: 'uuid', nullable: true })
  recordedBy: string | null;

  /** When staff were alerted that the program's length nears its maximum (once). */
  @Column({ type: 'timestamptz', nullable: true })
  lengthWarningSentAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  expungementGrantedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  expungementGrantedBy: string | null;

  /** The order's reference as the court files it (e.g. its docket entry number). */
  @Column({ type: 'varchar', length: 100, nullable: true })
  expungementOrderReference: string | null;
}
