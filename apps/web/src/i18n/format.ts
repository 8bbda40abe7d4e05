import i18n from 'i18next';

/**
 * Every date and time on screen is written here, one format per language
 * (`format.spec.ts` fails on a screen that formats its own). Dates and times
 * are the court's, not the browser's: a judge on a laptop set to another
 * zone still sees the courtroom's clock.
 */
export function formatDateTime(iso: string | null | undefined, timeZone?: string): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso));
}

export function formatTime(iso: string | number | null | undefined, timeZone?: string, options: { seconds?: boolean } = {}): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(i18n.language, { timeStyle: options.seconds ? 'medium' : 'short', timeZone }).format(new Date(iso));
}

/** A calendar date (`YYYY-MM-DD`, a court day) written out; it has no zone. */
export function formatDate(day: string | null | undefined): string {
  if (!day) return '—';
  const [y, m, d] = day.slice(0, 10).split('-').map(Number);
  return new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** A court day for a chart's axis: "2 Nov" (its language's order). */
export function formatShortDay(day: string): string {
  const [y, m, d] = day.slice(0, 10).split('-').map(Number);
  return new Intl.DateTimeFormat(i18n.language, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** A month (`YYYY-MM`) for a chart's axis: "Nov 2026". */
export function formatMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(i18n.language, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 1)));
}

export function formatNumber(value: number | null | undefined, fractionDigits = 0): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  return new Intl.NumberFormat(i18n.language, { maximumFractionDigits: fractionDigits }).format(value);
}

export function formatPercent(share: number | null | undefined): string {
  if (share === null || share === undefined || Number.isNaN(share)) return '—';
  return new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** Today's date (`YYYY-MM-DD`) on the court's calendar, which is not the browser's near midnight. */
export function courtDate(timeZone: string, at: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Today on the reader's own clock (YYYY-MM-DD): for a page with no court's zone to go by, such as a public one. */
export function readerToday(at: Date = new Date()): string {
  return courtDate(Intl.DateTimeFormat().resolvedOptions().timeZone, at);
}

/** A calendar date `days` later (or earlier), without time-zone arithmetic. */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * A court-local wall-clock time (`HH:MM`) written as the reader's language
 * writes times ("5:00 AM", "05:00"); it has no zone. `24:00`, the end of the
 * court day, is left to the caller to say in words.
 */
export function formatWallTime(hhmm: string): string {
  const [h, m] = hhmm.split(':').map(Number);
  return new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, 0, 1, h, m)));
}

/** An amount of money with its currency (ISO 4217), as the reader's language writes it: "$100", "100 US$", "US$ 100,00". */
export function formatMoney(amount: number | null | undefined, currency: string): string {
  if (amount === null || amount === undefined || Number.isNaN(amount)) return '—';
  const whole = Number.isInteger(amount);
  return new Intl.NumberFormat(i18n.language, { style: 'currency', currency, minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: 2 }).format(amount);
}

/** A language (ISO 639-1 code) by its name in the reader's language: "es" → "Spanish", "espanhol"; an unknown code as it is. */
export function formatLanguageName(code: string): string {
  try {
    return new Intl.DisplayNames(i18n.language, { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
