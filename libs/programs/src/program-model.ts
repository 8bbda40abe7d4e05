/**
 * The vocabulary of programs: plain values shared by entities, DTOs, the
 * templates and the participants module.
 */

/** The three program models one system serves. */
export const PROGRAM_MODELS = ['treatment_court', 'hope_probation', 'deferred_judgment'] as const;
export type ProgramModel = (typeof PROGRAM_MODELS)[number];

/** Whose decision admission to a program needs (besides legal eligibility). */
export const SCREENING_PARTIES = ['team', 'prosecutor', 'defense'] as const;
export type ScreeningParty = (typeof SCREENING_PARTIES)[number];

/**
 * Categories a referral's charges are filed under; a program excludes some
 * of them (e.g. violent offences) as its legal eligibility criteria.
 */
export const CHARGE_CATEGORIES = [
  'drug_possession',
  'drug_sale',
  'drug_trafficking',
  'dui',
  'property',
  'fraud',
  'public_order',
  'violent',
  'sex_offense',
  'weapons',
  'other',
] as const;
export type ChargeCategory = (typeof CHARGE_CATEGORIES)[number];

/** Drug test outcomes a program may count as violations (a positive once confirmed or admitted). */
export const VIOLATION_OUTCOMES = ['positive', 'dilute', 'adulterated', 'substituted', 'invalid', 'refused', 'missed'] as const;
export type ViolationOutcome = (typeof VIOLATION_OUTCOMES)[number];

/** What a program counts when it has not chosen (the column's default): all but `invalid`. */
export const DEFAULT_VIOLATION_OUTCOMES: readonly ViolationOutcome[] = ['positive', 'dilute', 'adulterated', 'substituted', 'refused', 'missed'];

/** Bounds of the testing guard rails. */
export const MAX_UNTESTED_DAYS_LIMIT = 60;
export const MAX_TESTS_PER_7_DAYS_LIMIT = 7;
