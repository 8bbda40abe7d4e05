import { isValidWallTime, type FieldProblem } from '@app/core';

/**
 * The daily call-in window, in court-local wall-clock time. Participants call
 * in between `start` and `end`; `24:00` is the end of the day, so a court can
 * keep the window open all day (`00:00`-`24:00`). A window never spans
 * midnight: the missed call-in of a court day is decided when it closes, on
 * that same day.
 */
export const END_OF_DAY = '24:00';

export function isWindowStart(time: string): boolean {
  return isValidWallTime(time);
}

export function isWindowEnd(time: string): boolean {
  return time === END_OF_DAY || isValidWallTime(time);
}

/** The problem with a window, or null when it is valid. Zero-padded `HH:MM` compares as text. */
export function callInWindowProblem(start: string, end: string): FieldProblem | null {
  if (!isWindowStart(start)) return { field: 'callInWindowStart', message: 'must be a time HH:MM from 00:00 to 23:59' };
  if (!isWindowEnd(end)) return { field: 'callInWindowEnd', message: 'must be a time HH:MM from 00:01 to 24:00' };
  if (start >= end) return { field: 'callInWindowEnd', message: 'must be later than callInWindowStart' };
  return null;
}

/**
 * The reporting deadline: a wall-clock time (`24:00` allowed) never earlier
 * than the end of the call-in window, since a participant told to test must
 * have time to come. `field` names the side of the change that broke it.
 */
export function reportByProblem(windowEnd: string, reportBy: string, field: 'reportByTime' | 'callInWindowEnd' = 'reportByTime'): FieldProblem | null {
  if (!isWindowEnd(reportBy)) return { field: 'reportByTime', message: 'must be a time HH:MM from 00:00 to 24:00' };
  if (reportBy >= windowEnd) return null;
  return field === 'reportByTime'
    ? { field, message: `must not be earlier than the end of the call-in window (${windowEnd})` }
    : { field, message: `must not be later than reportByTime (${reportBy}); change reportByTime with it` };
}

/** The reporting deadline of a new court that names none: 17:00, or the end of the day when the window ends later. */
export function defaultReportByTime(windowEnd: string): string {
  return windowEnd > '17:00' ? END_OF_DAY : '17:00';
}
