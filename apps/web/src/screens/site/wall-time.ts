/**
 * A wall-clock time in a court's zone (what a `datetime-local` field holds,
 * `YYYY-MM-DDTHH:mm`) as an instant with an offset, as the API requires: the
 * browser's own zone may be another one.
 */
import { courtInstant, offsetMinutes } from '../admin/court-time';

/** The instant, as ISO 8601 UTC; the text unchanged when it is no wall-clock time (the API then names the field). */
export function wallTimeToInstant(local: string, timeZone: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/.exec(local);
  return (match && courtInstant(match[1], match[2], timeZone)) ?? local;
}

/** An instant as the wall-clock time of the zone, for a `datetime-local` field. */
export function instantToWallTime(instant: Date, timeZone: string): string {
  const shifted = new Date(instant.getTime() + offsetMinutes(instant.getTime(), timeZone) * 60000);
  return shifted.toISOString().slice(0, 16);
}
