// Types only: the schema migration that reads the old text hours imports this file, so it depends on no library code.
import type { CalendarDate, Language } from '@app/core';

/**
 * A testing site's opening hours as data: pure functions to read the old
 * free text, word the hours in a language, and tell whether a site is open on
 * a court day and when the next one opens. No Nest, no database.
 */

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** One opening of a weekday, on the court's clock (`closes` may be 24:00, the end of the day). */
export interface OpeningHours {
  day: Weekday;
  opens: string;
  closes: string;
}

/** A day the site is closed whatever its weekly hours. */
export interface SiteClosure {
  date: CalendarDate;
  reason?: string;
}

/** What `isOpenOn` and `nextOpening` read of a site. */
export interface SiteSchedule {
  name: string;
  /** Null: the hours are not known as data, so the site is never taken to be closed. */
  weeklyHours: readonly OpeningHours[] | null;
  closures: readonly SiteClosure[];
}

export const WALL_TIME = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;

/** The weekday of a calendar date. */
export function weekdayOf(date: CalendarDate): Weekday {
  const [y, m, d] = date.split('-').map(Number);
  // getUTCDay: 0 is Sunday.
  return WEEKDAYS[(new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7];
}

/** The calendar date `days` after `date`. */
function plusDays(date: CalendarDate, days: number): CalendarDate {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The problems with a week of hours, by index: a time out of range, a closing not after its opening, two openings of a day that overlap. */
export function openingHoursProblems(hours: readonly OpeningHours[], at = 'weeklyHours'): Array<{ field: string; message: string }> {
  const problems: Array<{ field: string; message: string }> = [];
  hours.forEach((h, i) => {
    if (h.closes <= h.opens) problems.push({ field: `${at}.${i}.closes`, message: `must be later than opens (${h.opens})` });
    const overlapping = hours.findIndex((o, j) => j < i && o.day === h.day && o.opens < h.closes && h.opens < o.closes);
    if (overlapping >= 0) problems.push({ field: `${at}.${i}.opens`, message: `overlaps another opening on ${h.day} (${hours[overlapping].opens}-${hours[overlapping].closes})` });
  });
  return problems;
}

/** Sorted by weekday, then opening time: the form stored and shown. */
export function sortedHours(hours: readonly OpeningHours[]): OpeningHours[] {
  return [...hours].sort((a, b) => WEEKDAYS.indexOf(a.day) - WEEKDAYS.indexOf(b.day) || a.opens.localeCompare(b.opens));
}

const DAY_NAMES: Record<Language, readonly string[]> = {
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  es: ['Lun', 'Mar', 'Mié', 'Jue', 'Vie', 'Sáb', 'Dom'],
  pt: ['Seg', 'Ter', 'Qua', 'Qui', 'Sex', 'Sáb', 'Dom'],
};
const CLOSED: Record<Language, string> = { en: 'Closed', es: 'Cerrado', pt: 'Fechado' };

/**
 * The week in words: consecutive days with the same hours grouped, e.g.
 * "Mon-Fri 06:00-17:00, Sat 08:00-12:00" or "Lun-Vie 07:00-12:00/13:00-17:00".
 */
export function describeHours(hours: readonly OpeningHours[], language: Language): string {
  const names = DAY_NAMES[language];
  const ofDay = WEEKDAYS.map((day) =>
    sortedHours(hours.filter((h) => h.day === day))
      .map((h) => `${h.opens}-${h.closes}`)
      .join('/'),
  );
  const groups: string[] = [];
  let start = 0;
  for (let i = 1; i <= 7; i++) {
    if (i < 7 && ofDay[i] === ofDay[start]) continue;
    if (ofDay[start] !== '') groups.push(`${i - 1 === start ? names[start] : `${names[start]}-${names[i - 1]}`} ${ofDay[start]}`);
    start = i;
  }
  return groups.length > 0 ? groups.join(', ') : CLOSED[language];
}

const DAY_WORDS: Record<string, Weekday> = {};
for (const names of [...Object.values(DAY_NAMES), ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']]) {
  names.forEach((name, i) => (DAY_WORDS[name.toLowerCase()] = WEEKDAYS[i]));
}
for (const [word, i] of Object.entries({ tues: 1, thur: 3, thurs: 3, sab: 5 })) DAY_WORDS[word] = WEEKDAYS[i];

const EVERY_DAY = /^(every ?day|daily|todos los d[ií]as|todos os dias)$/;

/** The days of "Mon-Fri", "Sat", "Sat & Sun", "Every day"; null when not a day expression. */
function parseDays(text: string): Weekday[] | null {
  const words = text.trim().toLowerCase().replace(/\.$/, '');
  if (EVERY_DAY.test(words)) return [...WEEKDAYS];
  const days: Weekday[] = [];
  for (const part of words.split(/\s*(?:&|\band\b|\+|\/)\s*/)) {
    const range = part.split(/\s*(?:-|–|\bto\b|\bthrough\b|\ba\b)\s*/);
    if (range.length > 2) return null;
    const from = DAY_WORDS[range[0]];
    const to = DAY_WORDS[range[range.length - 1]];
    if (!from || !to) return null;
    const a = WEEKDAYS.indexOf(from);
    const b = WEEKDAYS.indexOf(to);
    // "Sat-Sun", and a range across the week's end such as "Fri-Mon".
    for (let i = a; ; i = (i + 1) % 7) {
      days.push(WEEKDAYS[i]);
      if (i === b) break;
    }
  }
  return days.length > 0 ? days : null;
}

/** "06:00-17:00", "6:00–17:00", "07:00-12:00/13:00-17:00"; null when not time ranges. */
function parseRanges(text: string): Array<{ opens: string; closes: string }> | null {
  const ranges: Array<{ opens: string; closes: string }> = [];
  for (const part of text.trim().split(/\s*(?:\/|&|\band\b|\by\b|\be\b)\s*/)) {
    const match = /^(\d{1,2}):(\d{2})\s*(?:-|–|to|a)\s*(\d{1,2}):(\d{2})$/.exec(part.trim());
    if (!match) return null;
    const opens = `${match[1].padStart(2, '0')}:${match[2]}`;
    const closes = `${match[3].padStart(2, '0')}:${match[4]}`;
    if (!WALL_TIME.test(opens) || !WALL_TIME.test(closes) || closes <= opens) return null;
    ranges.push({ opens, closes });
  }
  return ranges;
}

/**
 * Reads opening hours written as text ("Mon-Sat 07:00-19:00, Sun 09:00-15:00",
 * "Every day 06:00-22:00", "Lun-Vie 08:00-16:00"), or null when any part of
 * it is not understood: hours are never guessed.
 */
export function parseOpeningHours(text: string): OpeningHours[] | null {
  const hours: OpeningHours[] = [];
  const parts = text.split(/\s*[,;]\s*/).filter((part) => part.length > 0);
  if (parts.length === 0) return null;
  for (const part of parts) {
    const match = /^(.*?)\s*:?\s+(\d{1,2}:\d{2}.*)$/.exec(part.trim());
    if (!match) return null;
    const days = parseDays(match[1]);
    const ranges = parseRanges(match[2]);
    if (!days || !ranges) return null;
    for (const day of days) for (const range of ranges) hours.push({ day, ...range });
  }
  return openingHoursProblems(hours).length === 0 ? sortedHours(hours) : null;
}

/** Whether the site opens at all on the court day (hours not known as data count as open: a site is never taken to be closed on a guess). */
export function isOpenOn(site: SiteSchedule, date: CalendarDate): boolean {
  if (site.closures.some((c) => c.date === date)) return false;
  if (site.weeklyHours === null) return true;
  const day = weekdayOf(date);
  return site.weeklyHours.some((h) => h.day === day);
}

export interface NextOpening {
  date: CalendarDate;
  opens: string;
  closes: string;
  site: string;
}

/** How far ahead the next opening is looked for: past this, staff must be told, not the participant. */
export const NEXT_OPENING_HORIZON_DAYS = 31;

/** The first opening after `date` among the sites (earliest hour that day, then by name), or null within the horizon. */
export function nextOpening(sites: readonly SiteSchedule[], date: CalendarDate): NextOpening | null {
  for (let n = 1; n <= NEXT_OPENING_HORIZON_DAYS; n++) {
    const day = plusDays(date, n);
    const weekday = weekdayOf(day);
    const openings = sites
      .filter((site) => isOpenOn(site, day))
      .flatMap((site) =>
        site.weeklyHours === null ? [] : site.weeklyHours.filter((h) => h.day === weekday).map((h) => ({ date: day, opens: h.opens, closes: h.closes, site: site.name })),
      )
      .sort((a, b) => a.opens.localeCompare(b.opens) || a.site.localeCompare(b.site));
    if (openings.length > 0) return openings[0];
  }
  return null;
}
