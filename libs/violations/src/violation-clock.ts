/**
 * The moments of a violation's clock, as pure functions. Elapsed time from
 * detection, so a daylight-saving change never moves a deadline by an hour.
 */

export const DEFAULT_RESPONSE_WINDOW_HOURS = 72;
export const DEFAULT_REMINDER_HOURS: readonly number[] = [24, 48];

export const DEADLINE = 'deadline';

export interface ClockMoment {
  /** `deadline`, or `reminder:<hours>h`. */
  event: string;
  dueAt: Date;
}

const HOUR_MS = 3_600_000;

/** The reminders that fall before the deadline, then the deadline itself. */
export function clockMoments(detectedAt: Date, responseWindowHours: number, reminderHours: readonly number[]): ClockMoment[] {
  const reminders = [...new Set(reminderHours)]
    .filter((hours) => hours > 0 && hours < responseWindowHours)
    .sort((a, b) => a - b)
    .map((hours) => ({ event: `reminder:${hours}h`, dueAt: new Date(detectedAt.getTime() + hours * HOUR_MS) }));
  return [...reminders, { event: DEADLINE, dueAt: new Date(detectedAt.getTime() + responseWindowHours * HOUR_MS) }];
}

/** The job key of a moment: `violation:<id>:deadline`, `violation:<id>:reminder:24h`. A retry or a replay reuses it. */
export function clockJobKey(violationId: string, event: string): string {
  return `violation:${violationId}:${event}`;
}

/**
 * SQL: whether a hearing is scheduled for the violation (alias `v`) between
 * its detection and its deadline. False on an open violation means staff must
 * schedule one, or add a special session, before the clock runs out.
 */
export const HEARING_BEFORE_DEADLINE_SQL = `EXISTS (SELECT 1 FROM hearings h WHERE h.participant_id = v.participant_id AND h.status = 'scheduled'
  AND h.scheduled_at >= v.detected_at AND h.scheduled_at <= v.deadline_at)`;
