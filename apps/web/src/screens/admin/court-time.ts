/**
 * Court-local calendar days as instants: the audit log filters by instants
 * with an offset, while an administrator thinks in the court's days.
 */

/** Minutes the zone is ahead of UTC at an instant. */
export function offsetMinutes(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - instant) / 60000);
}

/**
 * The instant a court day (`YYYY-MM-DD`) begins in the zone, as ISO 8601 UTC;
 * `plusDays` moves to a later day (1: the end of the day, for an inclusive "to").
 * Undefined for text that is not a date.
 */
export function courtDayStart(day: string, timeZone: string, plusDays = 0): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return undefined;
  return wallToInstant(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + plusDays), timeZone);
}

/**
 * The instant of a court-local date and wall-clock time (`YYYY-MM-DD`,
 * `HH:MM`) in the zone, as ISO 8601 UTC (when something happened, as staff
 * read it off the court's clock); undefined for text that is not a date and time.
 */
export function courtInstant(day: string, time: string, timeZone: string): string | undefined {
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const clock = /^(\d{2}):(\d{2})$/.exec(time);
  if (!date || !clock) return undefined;
  return wallToInstant(Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3]), Number(clock[1]), Number(clock[2])), timeZone);
}

/** A wall-clock reading of the zone (written as if it were UTC) as the true instant, ISO 8601 UTC. */
function wallToInstant(wall: number, timeZone: string): string {
  // Twice: the offset at the guessed instant may differ from the one at the true instant (daylight saving).
  let instant = wall - offsetMinutes(wall, timeZone) * 60000;
  instant = wall - offsetMinutes(instant, timeZone) * 60000;
  return new Date(instant).toISOString();
}
