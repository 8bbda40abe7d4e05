import type { FieldProblem } from '@app/core';
import type { ResponseEffect, ResponseKind } from './response.entities';

/**
 * The rules of a court response, as pure functions: what an order must
 * carry for its effect, the guard rails shown at the moment of decision, and
 * the incentive-to-sanction ratio. No Nest, no database.
 */

export interface ResponseOrder {
  kind: ResponseKind;
  effect: ResponseEffect;
  violationCount: number;
  /** Hours of community service, or days of jail or of increased testing. */
  amount?: number;
  testsPerWeek?: number;
}

/** What is wrong with an order's parameters for its kind and effect; empty when it is complete. */
export function orderProblems(order: ResponseOrder): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (order.kind === 'incentive' && order.violationCount > 0) problems.push({ field: 'violationIds', message: 'an incentive answers no violation' });
  if (order.kind === 'sanction' && order.violationCount === 0) problems.push({ field: 'violationIds', message: 'a sanction must answer at least one violation' });
  const amount = order.amount;
  switch (order.effect) {
    case 'increased_testing':
      if (order.testsPerWeek === undefined) problems.push({ field: 'testsPerWeek', message: 'is required for increased testing' });
      if (amount === undefined || !Number.isInteger(amount) || amount < 1 || amount > 365) {
        problems.push({ field: 'amount', message: 'must be the number of days of increased testing (1-365)' });
      }
      break;
    case 'community_service':
      if (amount === undefined || amount > 500) problems.push({ field: 'amount', message: 'must be the hours of community service (up to 500)' });
      if (order.testsPerWeek !== undefined) problems.push({ field: 'testsPerWeek', message: 'is only for increased testing' });
      break;
    case 'jail':
      if (amount === undefined || !Number.isInteger(amount) || amount < 1 || amount > 365) {
        problems.push({ field: 'amount', message: 'must be the number of days in jail (1-365)' });
      }
      if (order.testsPerWeek !== undefined) problems.push({ field: 'testsPerWeek', message: 'is only for increased testing' });
      break;
    case 'none':
      if (amount !== undefined) problems.push({ field: 'amount', message: 'this response has no amount' });
      if (order.testsPerWeek !== undefined) problems.push({ field: 'testsPerWeek', message: 'is only for increased testing' });
      break;
  }
  return problems;
}

export interface ResponseWarning {
  code: 'jail_over_limit' | 'level_skipped' | 'no_recent_incentive';
  message: string;
}

export interface DecisionContext {
  /** The program's limit on jail days (default 5). */
  jailLimitDays: number;
  /** The highest sanction level the participant has had in this program; 0 for none. */
  highestSanctionLevel: number;
  incentiveGapWeeks: number;
  /** No violation detected in the last `incentiveGapWeeks` weeks, and in the program that long. */
  cleanForGap: boolean;
  /** An incentive was recorded in the last `incentiveGapWeeks` weeks. */
  recentIncentive: boolean;
}

/**
 * The guard rails of research on sanctions and incentives, as warnings: the
 * decision stays the court's. Long jail stays do not work better than short
 * ones; graduated responses climb one level at a time; participants doing
 * well should hear so (about four incentives per sanction is the usual aim).
 */
export function responseWarnings(order: ResponseOrder & { level: number }, context: DecisionContext): ResponseWarning[] {
  const warnings: ResponseWarning[] = [];
  if (order.effect === 'jail' && order.amount !== undefined && order.amount > context.jailLimitDays) {
    warnings.push({
      code: 'jail_over_limit',
      message: `${order.amount} days in jail is longer than the program's limit of ${context.jailLimitDays}: short stays work, long ones do not.`,
    });
  }
  if (order.kind === 'sanction' && order.level > context.highestSanctionLevel + 1) {
    warnings.push({
      code: 'level_skipped',
      message: `This sanction is at level ${order.level}; the participant's highest so far is ${context.highestSanctionLevel}: responses should climb one level at a time.`,
    });
  }
  if (context.cleanForGap && !context.recentIncentive && order.kind !== 'incentive') {
    warnings.push({
      code: 'no_recent_incentive',
      message: `No incentive in the last ${context.incentiveGapWeeks} weeks for a participant with no violation in that time.`,
    });
  }
  return warnings;
}

/** Incentives per sanction (treatment adjustments are neither); null before the first sanction. */
export function incentiveRatio(incentives: number, sanctions: number): number | null {
  return sanctions === 0 ? null : Math.round((incentives / sanctions) * 100) / 100;
}
