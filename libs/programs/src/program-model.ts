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
