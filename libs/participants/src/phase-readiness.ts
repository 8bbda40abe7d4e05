import { addCalendarDays, CalendarDate, daysBetween } from '@app/core';

/**
 * Phase readiness: a pure function of a participant's record and their
 * phase's requirements. No Nest, no TypeORM: the caseload, the participant
 * view and (later) the docket all call this one function, so they agree.
 */

/** What a phase asks before the participant moves on (a subset of the phase's columns). */
export interface PhaseRequirements {
  minDaysInPhase: number;
  sobrietyDays: number;
  treatmentSessionsPerWeek: number;
  /** Cumulative since enrolment. */
  communityServiceHours: number;
  milestones: readonly string[];
  /** Cumulative since enrolment. */
  feesDue: number;
}

/** The facts of a participant's record that readiness depends on. */
export interface ReadinessRecord {
  /** Today in the court's time zone. */
  today: CalendarDate;
  enrolledOn: CalendarDate;
  phaseStartedOn: CalendarDate;
  /**
   * The latest day with evidence of use: a test result other than negative
   * or invalid (missed and refused tests are presumed positive), or admitted
   * use. Null when there is none since enrolment.
   */
  lastUseOn: CalendarDate | null;
  /** Sessions attended in the 7 days ending today; `withheld` when no consent covers attendance for the reader. */
  treatmentSessionsLast7Days: number | 'withheld';
  communityServiceHours: number;
  /** Hours added by court sanctions, on top of the phase's cumulative requirement. */
  communityServiceOrdered?: number;
  feesPaid: number;
  /** Milestones achieved on or before today (names as recorded). */
  milestonesAchieved: readonly string[];
}

export type RequirementCode =
  | 'min_days_in_phase'
  | 'continuous_sobriety'
  | 'treatment_sessions'
  | 'community_service'
  | 'fees'
  | 'milestone';

export interface RequirementStatus {
  code: RequirementCode;
  /** Null when the reader may not see the facts (treatment attendance without a consent). */
  met: boolean | null;
  required: number;
  /** What the record shows; null when withheld. */
  actual: number | null;
  /** What is still missing, 0 when met; null when withheld. */
  remaining: number | null;
  /** The milestone's name, for `milestone`. */
  name?: string;
  /** A sentence for people: "12 more continuous clean days". */
  summary: string;
}

export interface Readiness {
  /** Every requirement met (a withheld one is not known to be met). */
  ready: boolean;
  daysInPhase: number;
  continuousSoberDays: number;
  /** The first day of the current sober streak. */
  soberSince: CalendarDate;
  requirements: RequirementStatus[];
}

const plural = (n: number, one: string, many = `${one}s`) => `${formatAmount(n)} ${n === 1 ? one : many}`;

function formatAmount(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/0+$/, '').replace(/\.$/, '');
}

/** A requirement of at least `required`; `summary` words it given what remains (0 when met). */
function atLeast(code: RequirementCode, required: number, actual: number, summary: (remaining: number) => string): RequirementStatus {
  const remaining = Math.max(0, Math.round((required - actual) * 100) / 100);
  return { code, met: remaining === 0, required, actual, remaining, summary: summary(remaining) };
}

/**
 * The current sober streak: it starts at enrolment, or the day after the
 * last use (a positive or missed test, an admission) if later. The caseload
 * and readiness both count clean days by this one rule.
 */
export function soberStreak(enrolledOn: CalendarDate, lastUseOn: CalendarDate | null, today: CalendarDate): { soberSince: CalendarDate; continuousSoberDays: number } {
  const afterUse = lastUseOn ? addCalendarDays(lastUseOn, 1) : enrolledOn;
  const soberSince = afterUse > enrolledOn ? afterUse : enrolledOn;
  return { soberSince, continuousSoberDays: Math.max(0, daysBetween(soberSince, today)) };
}

export function phaseReadiness(record: ReadinessRecord, phase: PhaseRequirements): Readiness {
  const daysInPhase = Math.max(0, daysBetween(record.phaseStartedOn, record.today));
  const { soberSince, continuousSoberDays } = soberStreak(record.enrolledOn, record.lastUseOn, record.today);

  const requirements: RequirementStatus[] = [];
  if (phase.minDaysInPhase > 0) {
    requirements.push(
      atLeast('min_days_in_phase', phase.minDaysInPhase, daysInPhase, (n) =>
        n > 0 ? `${plural(n, 'more day')} in this phase` : `${plural(daysInPhase, 'day')} in this phase`,
      ),
    );
  }
  if (phase.sobrietyDays > 0) {
    requirements.push(
      atLeast(
        'continuous_sobriety',
        phase.sobrietyDays,
        continuousSoberDays,
        (n) => (n > 0 ? plural(n, 'more continuous clean day') : plural(continuousSoberDays, 'continuous clean day')),
      ),
    );
  }
  if (phase.treatmentSessionsPerWeek > 0) {
    const attended = record.treatmentSessionsLast7Days;
    const required = phase.treatmentSessionsPerWeek;
    requirements.push(
      attended === 'withheld'
        ? { code: 'treatment_sessions', met: null, required, actual: null, remaining: null, summary: 'treatment attendance withheld: no consent covers it' }
        : atLeast('treatment_sessions', required, attended, () => `${attended} of ${required} sessions this week (last 7 days)`),
    );
  }
  const communityServiceRequired = phase.communityServiceHours + (record.communityServiceOrdered ?? 0);
  if (communityServiceRequired > 0) {
    requirements.push(
      atLeast(
        'community_service',
        communityServiceRequired,
        record.communityServiceHours,
        (n) => {
          const done = `${formatAmount(record.communityServiceHours)} of ${formatAmount(communityServiceRequired)}`;
          return n > 0 ? `${plural(n, 'more hour')} of community service (${done})` : `${done} community service hours`;
        },
      ),
    );
  }
  if (phase.feesDue > 0) {
    requirements.push(
      atLeast(
        'fees',
        phase.feesDue,
        record.feesPaid,
        (n) => {
          const paid = `${formatAmount(record.feesPaid)} of ${formatAmount(phase.feesDue)} paid`;
          return n > 0 ? `${formatAmount(n)} more in fees (${paid})` : `fees paid (${paid})`;
        },
      ),
    );
  }
  const achieved = new Set(record.milestonesAchieved.map(milestoneKey));
  for (const name of phase.milestones) {
    const met = achieved.has(milestoneKey(name));
    requirements.push({ code: 'milestone', name, met, required: 1, actual: met ? 1 : 0, remaining: met ? 0 : 1, summary: met ? `${name}: met` : `${name}: not yet` });
  }
  return { ready: requirements.every((r) => r.met === true), daysInPhase, continuousSoberDays, soberSince, requirements };
}

/** Milestones match by name, ignoring case and surrounding or repeated spaces. */
export function milestoneKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}
