import { BaseEntity, translationsCheck, type Translations } from '@app/core';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { ChargeCategory, ProgramModel, ScreeningParty } from './program-model';

/** What of a program the court may word in several languages. */
export type ProgramTranslatedField = 'name';

/**
 * A program a court runs (a treatment court, HOPE probation, a deferred
 * judgment program). Its phases live in versioned phase plans.
 */
@Entity('programs')
@Index('programs_court_code_key', ['courtId', 'code'], { unique: true })
@Check('programs_model_check', `model IN ('treatment_court', 'hope_probation', 'deferred_judgment')`)
@Check('programs_max_untested_days_check', `max_untested_days BETWEEN 1 AND 60`)
@Check('programs_max_tests_per_7_days_check', `max_tests_per_7_days BETWEEN 1 AND 7`)
@Check('programs_response_window_check', `response_window_hours BETWEEN 1 AND 336`)
@Check('programs_absconding_days_check', `absconding_days BETWEEN 1 AND 90`)
@Check('programs_code_check', `code ~ '^[A-Z0-9-]{2,32}$'`)
@Check('programs_translations_check', translationsCheck('translations'))
export class Program extends BaseEntity {
  @Column({ type: 'uuid' })
  courtId: string;

  @ManyToOne('Court', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'court_id' })
  court?: unknown;

  /** Short upper-case code, unique in the court, e.g. `ATC`. */
  @Column({ type: 'varchar', length: 32 })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** The name in other languages, as the court entered it: `{ "es": { "name": "…" } }`. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  translations: Translations<ProgramTranslatedField>;

  @Column({ type: 'varchar', length: 32 })
  model: ProgramModel;

  /** Charge categories that make a referral legally ineligible (e.g. `violent`). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  excludedChargeCategories: ChargeCategory[];

  /** Parties whose approval admission needs, e.g. the team, the prosecutor and the defense. */
  @Column({ type: 'text', array: true, default: () => "'{team}'" })
  requiredApprovals: ScreeningParty[];

  /**
   * Testing guard rails: at most this many days in a row without a test, and
   * at most this many tests in any 7 days. Null: no limit, pure chance.
   */
  @Column({ type: 'integer', nullable: true })
  maxUntestedDays: number | null;

  @Column({ name: 'max_tests_per_7_days', type: 'integer', nullable: true })
  maxTestsPer7Days: number | null;

  /** Test outcomes that are violations. A positive counts once confirmed or admitted. */
  @Column({ type: 'text', array: true, default: () => "'{positive,dilute,adulterated,substituted,refused,missed}'" })
  violationOutcomes: string[];

  /** Elapsed hours from a violation's detection to its deadline: the participant is before the judge by then. */
  @Column({ type: 'integer', default: 72 })
  responseWindowHours: number;

  /** Hours after detection at which the coordinator and judge are reminded of an unmet violation. */
  @Column({ type: 'integer', array: true, default: () => "'{24,48}'" })
  reminderHours: number[];

  /**
   * Testing begins only after the warning hearing (HOPE): until a warning
   * hearing is held with the participant present, they are enrolled but in
   * no draw and owe no call-in. Set for HOPE programs when created.
   */
  @Column({ type: 'boolean', default: false })
  warningHearingRequired: boolean;

  /**
   * Treatment after repeated violations: this many positive tests within
   * `treatmentOfferDays` propose a treatment assessment at the next hearing.
   * Null: never proposed on positives (participants may still ask).
   */
  @Column({ type: 'integer', nullable: true, default: 3 })
  treatmentOfferPositives: number | null;

  @Column({ type: 'integer', default: 90 })
  treatmentOfferDays: number;

  /** Jail sanctions longer than this many days are flagged at the moment of decision: short stays work, long ones do not. */
  @Column({ type: 'integer', default: 5 })
  jailLimitDays: number;

  /** A participant with a clean record and no incentive for this many weeks is flagged when the court decides. */
  @Column({ type: 'integer', default: 4 })
  incentiveGapWeeks: number;

  /** Whether staff other than the judge may order responses (from the catalogue) between hearings. */
  @Column({ type: 'boolean', default: false })
  delegatedResponses: boolean;

  /** Whether a treatment session the provider reports as a no-show is a violation. */
  @Column({ type: 'boolean', default: true })
  noShowViolation: boolean;

  /** A participant with no contact, no call-in and no test for this many days is flagged as possibly absconded. */
  @Column({ type: 'integer', default: 14 })
  abscondingDays: number;

  /** Closed programs take no new referrals; their participants carry on. */
  @Column({ type: 'boolean', default: true })
  active: boolean;
}
