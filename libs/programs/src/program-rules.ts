import type { FieldProblem } from '@app/core';
import { CHARGE_CATEGORIES, SCREENING_PARTIES } from './program-model';
import type { PhaseRequirements } from './program-templates';

/**
 * The rules a program and its phase plan must follow, as plain functions
 * (the DTOs check shapes; these check the plan as a whole, for every caller).
 * Each returns the problems found, naming the field as the request does
 * (`phases.2.communityServiceHours`); an empty list means valid.
 */

export const MAX_PHASES = 12;
export const MAX_MILESTONES = 20;
export const NAME_MAX_LENGTH = 120;
export const DESCRIPTION_MAX_LENGTH = 1000;
export const MILESTONE_MAX_LENGTH = 120;
export const MAX_DAYS = 3650;
export const MAX_HEARING_WEEKS = 52;
export const MAX_SESSIONS_PER_WEEK = 21;
/** numeric(7,2) */
export const MAX_SERVICE_HOURS = 99999.99;
/** numeric(10,2) */
export const MAX_FEES = 99999999.99;

/** Whether `value` has at most `places` decimals (tolerant of binary floating point: 1.1 * 10 is 11.000000000000002). */
export function hasAtMostDecimals(value: number, places: number): boolean {
  const scaled = value * 10 ** places;
  return Number.isFinite(scaled) && Math.abs(scaled - Math.round(scaled)) < 1e-6;
}

const key = (text: string) => text.trim().toLowerCase();

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const value of values) {
    if (seen.has(key(value))) repeated.add(value);
    seen.add(key(value));
  }
  return [...repeated];
}

function integerProblem(field: string, value: unknown, min: number, max: number): FieldProblem | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
    ? null
    : { field, message: `must be a whole number from ${min} to ${max}` };
}

function amountProblem(field: string, value: unknown, max: number, places: number): FieldProblem | null {
  return typeof value === 'number' && value >= 0 && value <= max && hasAtMostDecimals(value, places)
    ? null
    : { field, message: `must be a number from 0 to ${max} with at most ${places} decimal${places === 1 ? '' : 's'}` };
}

function phaseFieldProblems(phase: PhaseRequirements, at: string): FieldProblem[] {
  const problems: Array<FieldProblem | null> = [];
  const name = typeof phase.name === 'string' ? phase.name.trim() : '';
  if (name.length === 0 || name.length > NAME_MAX_LENGTH) {
    problems.push({ field: `${at}.name`, message: `must be 1 to ${NAME_MAX_LENGTH} characters` });
  }
  if (phase.description !== null && (typeof phase.description !== 'string' || phase.description.length > DESCRIPTION_MAX_LENGTH)) {
    problems.push({ field: `${at}.description`, message: `must be at most ${DESCRIPTION_MAX_LENGTH} characters, or null` });
  }
  problems.push(integerProblem(`${at}.minDaysInPhase`, phase.minDaysInPhase, 0, MAX_DAYS));
  problems.push(integerProblem(`${at}.sobrietyDays`, phase.sobrietyDays, 0, MAX_DAYS));
  problems.push(amountProblem(`${at}.testsPerWeek`, phase.testsPerWeek, 7, 1));
  if (phase.hearingEveryWeeks !== null) problems.push(integerProblem(`${at}.hearingEveryWeeks`, phase.hearingEveryWeeks, 1, MAX_HEARING_WEEKS));
  problems.push(integerProblem(`${at}.treatmentSessionsPerWeek`, phase.treatmentSessionsPerWeek, 0, MAX_SESSIONS_PER_WEEK));
  problems.push(amountProblem(`${at}.communityServiceHours`, phase.communityServiceHours, MAX_SERVICE_HOURS, 2));
  problems.push(amountProblem(`${at}.feesDue`, phase.feesDue, MAX_FEES, 2));
  problems.push(...milestoneProblems(phase.milestones, `${at}.milestones`));
  problems.push(...milestoneTranslationProblems(phase, `${at}.milestoneTranslations`));
  return problems.filter((p): p is FieldProblem => p !== null);
}

function milestoneProblems(milestones: readonly string[], at: string): FieldProblem[] {
  if (!Array.isArray(milestones) || milestones.length > MAX_MILESTONES) return [{ field: at, message: `must be a list of at most ${MAX_MILESTONES} milestones` }];
  const problems: FieldProblem[] = [];
  milestones.forEach((milestone, i) => {
    const text = typeof milestone === 'string' ? milestone.trim() : '';
    if (text.length === 0 || text.length > MILESTONE_MAX_LENGTH) problems.push({ field: `${at}.${i}`, message: `must be 1 to ${MILESTONE_MAX_LENGTH} characters` });
  });
  const repeated = duplicates(milestones.filter((m) => typeof m === 'string'));
  if (repeated.length > 0) problems.push({ field: at, message: `must not repeat a milestone (${repeated.join(', ')})` });
  return problems;
}

/** Each language's milestones are the phase's own, worded again: as many, in the same order, each within the limit. */
function milestoneTranslationProblems(phase: PhaseRequirements, at: string): FieldProblem[] {
  const byLanguage = phase.milestoneTranslations ?? {};
  const problems: FieldProblem[] = [];
  for (const [language, texts] of Object.entries(byLanguage)) {
    if (!Array.isArray(texts) || texts.length !== (phase.milestones ?? []).length) {
      problems.push({ field: `${at}.${language}`, message: `must word each of the phase's ${(phase.milestones ?? []).length} milestones, in the same order` });
      continue;
    }
    texts.forEach((text, i) => {
      const trimmed = typeof text === 'string' ? text.trim() : '';
      if (trimmed.length === 0 || trimmed.length > MILESTONE_MAX_LENGTH) problems.push({ field: `${at}.${language}.${i}`, message: `must be 1 to ${MILESTONE_MAX_LENGTH} characters` });
    });
  }
  return problems;
}

/**
 * A phase plan: 1 to 12 phases with unique names, each within the
 * database's limits, and cumulative community service hours and fees that
 * never go down from one phase to the next.
 */
export function phasePlanProblems(phases: readonly PhaseRequirements[], at = 'phases'): FieldProblem[] {
  if (!Array.isArray(phases) || phases.length === 0 || phases.length > MAX_PHASES) {
    return [{ field: at, message: `must list 1 to ${MAX_PHASES} phases` }];
  }
  const problems = phases.flatMap((phase, i) => phaseFieldProblems(phase, `${at}.${i}`));
  const seen = new Map<string, number>();
  phases.forEach((phase, i) => {
    if (typeof phase.name !== 'string' || phase.name.trim() === '') return;
    const earlier = seen.get(key(phase.name));
    if (earlier !== undefined) problems.push({ field: `${at}.${i}.name`, message: `repeats the name of phase ${earlier + 1}` });
    else seen.set(key(phase.name), i);
  });
  for (let i = 1; i < phases.length; i++) {
    for (const field of ['communityServiceHours', 'feesDue'] as const) {
      const [before, after] = [phases[i - 1][field], phases[i][field]];
      if (typeof before === 'number' && typeof after === 'number' && after < before) {
        problems.push({ field: `${at}.${i}.${field}`, message: `is cumulative since enrolment and must not be less than phase ${i}'s (${before})` });
      }
    }
  }
  return problems;
}

/** Whose approval admission needs: a non-empty list of screening parties without repeats. */
export function requiredApprovalsProblems(approvals: readonly string[], field = 'requiredApprovals'): FieldProblem[] {
  if (!Array.isArray(approvals) || approvals.length === 0) return [{ field, message: 'must name at least one screening party' }];
  const problems: FieldProblem[] = [];
  const unknown = approvals.filter((a) => !(SCREENING_PARTIES as readonly string[]).includes(a));
  if (unknown.length > 0) problems.push({ field, message: `must be among ${SCREENING_PARTIES.join(', ')} (not ${unknown.join(', ')})` });
  if (new Set(approvals).size !== approvals.length) problems.push({ field, message: 'must not repeat a party' });
  return problems;
}

/** Excluded charge categories: known categories without repeats (may be empty). */
export function excludedChargeCategoriesProblems(categories: readonly string[], field = 'excludedChargeCategories'): FieldProblem[] {
  if (!Array.isArray(categories)) return [{ field, message: 'must be a list of charge categories' }];
  const problems: FieldProblem[] = [];
  const unknown = categories.filter((c) => !(CHARGE_CATEGORIES as readonly string[]).includes(c));
  if (unknown.length > 0) problems.push({ field, message: `must be among ${CHARGE_CATEGORIES.join(', ')} (not ${unknown.join(', ')})` });
  if (new Set(categories).size !== categories.length) problems.push({ field, message: 'must not repeat a category' });
  return problems;
}
