import { numericTransformer, translationsCheck, type Language, type Translations } from '@app/core';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/** What of a phase the court may word in several languages. */
export type PhaseTranslatedField = 'name';

/** A phase's milestones per language, each list in the order of `milestones`. */
export type MilestoneTranslations = Partial<Record<Language, string[]>>;

/** The phase's milestone in the reader's language when the court gave one, else as entered. */
export function milestoneName(phase: Pick<Phase, 'milestones' | 'milestoneTranslations'>, milestone: string, language: Language): string {
  const index = phase.milestones.indexOf(milestone);
  return (index >= 0 ? phase.milestoneTranslations?.[language]?.[index] : undefined) || milestone;
}

/**
 * A phase of a phase plan with its requirements. Immutable, like its plan.
 * Community service hours and fees are cumulative since enrolment ("220
 * hours in all" by the end of the last phase), so extra hours carry over.
 */
@Entity('phases')
@Index('phases_plan_position_key', ['phasePlanId', 'position'], { unique: true })
@Check('phases_position_check', `position >= 1`)
@Check('phases_translations_check', translationsCheck('translations'))
@Check('phases_milestone_translations_check', translationsCheck('milestone_translations'))
@Check(
  'phases_requirements_check',
  `min_days_in_phase >= 0 AND sobriety_days >= 0 AND tests_per_week >= 0 AND tests_per_week <= 7
   AND (hearing_every_weeks IS NULL OR hearing_every_weeks >= 1) AND treatment_sessions_per_week >= 0
   AND community_service_hours >= 0 AND fees_due >= 0`,
)
export class Phase {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  phasePlanId: string;

  @ManyToOne('PhasePlan', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'phase_plan_id' })
  phasePlan?: unknown;

  /** 1 for the first phase. */
  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  /** The name in other languages, as the court entered it: `{ "es": { "name": "…" } }`. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  translations: Translations<PhaseTranslatedField>;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  description: string | null;

  @Column({ type: 'integer', default: 0 })
  minDaysInPhase: number;

  /** Continuous days of sobriety needed before moving on. */
  @Column({ type: 'integer', default: 0 })
  sobrietyDays: number;

  /** Random drug tests per week (the draw's probability is this ÷ 7). */
  @Column({ type: 'numeric', precision: 3, scale: 1, default: 0, transformer: numericTransformer })
  testsPerWeek: number;

  /** Status hearings every N weeks; null when hearings are held only on violations. */
  @Column({ type: 'integer', nullable: true })
  hearingEveryWeeks: number | null;

  @Column({ type: 'integer', default: 0 })
  treatmentSessionsPerWeek: number;

  /** Community service hours completed since enrolment by the end of this phase. */
  @Column({ type: 'numeric', precision: 7, scale: 2, default: 0, transformer: numericTransformer })
  communityServiceHours: number;

  /** Named milestones, e.g. "employed or in school". */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  milestones: string[];

  /** The milestones in other languages, in the same order: `{ "es": ["empleo o estudios"] }`. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  milestoneTranslations: MilestoneTranslations;

  /** Program fees paid since enrolment by the end of this phase, in the court's currency. */
  @Column({ type: 'numeric', precision: 10, scale: 2, default: 0, transformer: numericTransformer })
  feesDue: number;
}
