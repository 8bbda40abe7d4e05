import { addCalendarDays, courtDateAt, courtInstant, courtTimeAt, type WallTime } from '@app/core';

export interface QuietHours {
  /** When texts stop, on the court's wall clock (`21:00`). */
  start: WallTime;
  /** When they may go again (`08:00`); before `start` when the quiet spans midnight. */
  end: WallTime;
}

/**
 * When a text due at `instant` may go: the instant itself outside the court's
 * quiet hours, else their end on the court's wall clock (the same morning, or
 * the next one for a quiet that starts in the evening).
 */
export function afterQuietHours(instant: Date, zone: string, quiet: QuietHours): Date {
  const time = courtTimeAt(instant, zone);
  const date = courtDateAt(instant, zone);
  const spansMidnight = quiet.start > quiet.end;
  const inQuiet = spansMidnight ? time >= quiet.start || time < quiet.end : time >= quiet.start && time < quiet.end;
  if (!inQuiet) return instant;
  // Evening part of a quiet that spans midnight: it ends the next morning.
  const endDate = spansMidnight && time >= quiet.start ? addCalendarDays(date, 1) : date;
  return courtInstant(endDate, quiet.end, zone);
}
