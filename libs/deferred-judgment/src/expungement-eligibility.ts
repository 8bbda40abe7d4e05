import { CalendarDate } from '@app/core';
import { addMonths, MAXIMUM_PROGRAM_MONTHS } from './program-length';

/**
 * The rules a completed deferred judgment is checked against before the
 * court is asked to expunge the record, from the Back on Track model: the
 * program completed (plea withdrawn, case dismissed) within its maximum
 * length, the community service hours and the milestones (employment,
 * education, child support) the terms set, no history of violence, and no
 * warrant still open.
 */
export const EXPUNGEMENT_RULES = ['program_completed', 'within_maximum_length', 'community_service', 'milestones', 'no_violent_charge', 'no_open_warrant'] as const;
export type ExpungementRule = (typeof EXPUNGEMENT_RULES)[number];

export interface EligibilityFacts {
  status: string;
  pleaEnteredOn: CalendarDate;
  dischargedOn: CalendarDate | null;
  communityServiceHoursRequired: number;
  communityServiceHoursDone: number;
  requiredMilestones: readonly string[];
  milestonesReached: readonly string[];
  /** Categories of every charge, pleaded and referred. */
  chargeCategories: readonly string[];
  openWarrants: number;
}

export interface RuleResult {
  rule: ExpungementRule;
  passed: boolean;
  /** What was found, in plain words (English, for the record and the motion). */
  detail: string;
}

export interface Eligibility {
  eligible: boolean;
  rules: RuleResult[];
}

export function expungementEligibility(facts: EligibilityFacts): Eligibility {
  const maximumOn = addMonths(facts.pleaEnteredOn, MAXIMUM_PROGRAM_MONTHS);
  const reached = new Set(facts.milestonesReached.map((m) => m.trim().toLowerCase()));
  const missing = facts.requiredMilestones.filter((m) => !reached.has(m.trim().toLowerCase()));
  const violent = facts.chargeCategories.filter((c) => c === 'violent').length;
  const rules: RuleResult[] = [
    {
      rule: 'program_completed',
      passed: facts.status === 'graduated',
      detail: facts.status === 'graduated' ? `completed on ${facts.dischargedOn}` : `status is ${facts.status}, not graduated`,
    },
    {
      rule: 'within_maximum_length',
      passed: facts.dischargedOn !== null && facts.dischargedOn <= maximumOn,
      detail: facts.dischargedOn ? `completed ${facts.dischargedOn}; the maximum is ${maximumOn}` : `not completed; the maximum is ${maximumOn}`,
    },
    {
      rule: 'community_service',
      passed: facts.communityServiceHoursDone >= facts.communityServiceHoursRequired,
      detail: `${facts.communityServiceHoursDone} of ${facts.communityServiceHoursRequired} hours`,
    },
    {
      rule: 'milestones',
      passed: missing.length === 0,
      detail: missing.length === 0 ? `reached: ${facts.requiredMilestones.join(', ') || 'none required'}` : `missing: ${missing.join(', ')}`,
    },
    {
      rule: 'no_violent_charge',
      passed: violent === 0,
      detail: violent === 0 ? 'no charge of violence' : `${violent} charge(s) of violence`,
    },
    {
      rule: 'no_open_warrant',
      passed: facts.openWarrants === 0,
      detail: facts.openWarrants === 0 ? 'no open warrant' : `${facts.openWarrants} open warrant(s)`,
    },
  ];
  return { eligible: rules.every((r) => r.passed), rules };
}
