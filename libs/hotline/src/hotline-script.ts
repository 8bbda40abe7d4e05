import { type Language } from '@app/core';
import { hotlineT } from './hotline-catalogue';

/**
 * What the hotline says, as pure functions of the call-in's answer: the
 * sentences a caller hears and the text a texter gets. No Nest, no database.
 */

/** The keypad digit of each language on the menu, and the voice that speaks it. */
export const HOTLINE_LANGUAGES: ReadonlyArray<{ language: Language; digit: string; voice: 'Polly.Joanna-Neural' | 'Polly.Lupe-Neural' | 'Polly.Camila-Neural'; locale: 'en-US' | 'es-US' | 'pt-BR' }> = [
  { language: 'en', digit: '1', voice: 'Polly.Joanna-Neural', locale: 'en-US' },
  { language: 'es', digit: '2', voice: 'Polly.Lupe-Neural', locale: 'es-US' },
  { language: 'pt', digit: '3', voice: 'Polly.Camila-Neural', locale: 'pt-BR' },
];

export function hotlineLanguage(language: Language) {
  return HOTLINE_LANGUAGES.find((l) => l.language === language) ?? HOTLINE_LANGUAGES[0];
}

/** A testing site as the call-in answer gives it. */
export interface SiteToSay {
  name: string;
  address: string;
  hours: string;
}

/** The call-in answer, as far as the hotline speaks it. */
export interface AnswerToSay {
  status: 'selected' | 'not_selected' | 'not_available';
  receiptCode: string;
  reportByLocal?: string;
  testingSites?: SiteToSay[];
  /** Selected on a day none of the participant's sites opens: nothing to charge, and when one opens next. */
  sitesClosed?: boolean;
  nextOpening?: { date: string; opens: string; closes: string; site: string } | null;
}

/** A court day (`2026-12-07`) as the caller's language says it: "Monday, December 7". */
function spokenDay(language: Language, date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(hotlineLanguage(language).locale, { timeZone: 'UTC', weekday: 'long', month: 'long', day: 'numeric' }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** The next opening after a closed day, in words (voice or text). */
function nextOpeningSentence(language: Language, group: 'voice' | 'sms', next: AnswerToSay['nextOpening']): string {
  const t = hotlineT(language);
  return next ? t(`${group}.nextOpening`, { day: spokenDay(language, next.date), opens: next.opens, closes: next.closes, site: next.site }) : t(`${group}.noNextOpening`);
}

/**
 * A receipt read character by character, a pause between its two halves:
 * `K7QM-2XDA` → `K, 7, Q, M. 2, X, D, A`. Text-to-speech reads a lone
 * letter as its name in the voice's language.
 */
export function spokenCode(code: string): string {
  return code
    .split('-')
    .map((part) => part.split('').join(', '))
    .join('. ');
}

/** The sentences of the day's answer on the phone, in order. */
export function voiceAnswer(language: Language, answer: AnswerToSay): string[] {
  const t = hotlineT(language);
  const receipt = t('voice.receipt', { code: spokenCode(answer.receiptCode) });
  switch (answer.status) {
    case 'selected':
      if (answer.sitesClosed) return [t('voice.sitesClosed'), nextOpeningSentence(language, 'voice', answer.nextOpening), receipt];
      return [
        t('voice.testToday'),
        ...(answer.testingSites ?? []).map((site) => t('voice.site', { name: site.name, address: site.address, hours: site.hours })),
        t('voice.reportBy', { time: answer.reportByLocal }),
        receipt,
      ];
    case 'not_selected':
      return [t('voice.noTest'), receipt];
    case 'not_available':
      return [t('voice.notAvailable'), receipt];
  }
}

/** The day's answer as one text message. */
export function textAnswer(language: Language, answer: AnswerToSay): string {
  const t = hotlineT(language);
  switch (answer.status) {
    case 'selected': {
      if (answer.sitesClosed) return t('sms.sitesClosed', { next: nextOpeningSentence(language, 'sms', answer.nextOpening), code: answer.receiptCode });
      const sites = (answer.testingSites ?? []).map((site) => t('sms.site', { name: site.name, address: site.address, hours: site.hours })).join('; ');
      return t('sms.testToday', { time: answer.reportByLocal, sites, code: answer.receiptCode });
    }
    case 'not_selected':
      return t('sms.noTest', { code: answer.receiptCode });
    case 'not_available':
      return t('sms.notAvailable', { code: answer.receiptCode });
  }
}

/**
 * When the window opens next, in the caller's language and the court's
 * zone: `{ time: '05:00', day: 'Monday, December 7' }`.
 */
export function nextOpening(language: Language, opensAt: Date, timeZone: string): { time: string; day: string } {
  const locale = hotlineLanguage(language).locale;
  const time = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(opensAt);
  const day = new Intl.DateTimeFormat(locale, { timeZone, weekday: 'long', month: 'long', day: 'numeric' }).format(opensAt);
  return { time, day };
}

/** What a text to the court's number asks for. */
export type TextRequest =
  | { kind: 'stop' }
  | { kind: 'start' }
  | { kind: 'help' }
  | { kind: 'test'; language: Language | null }
  | { kind: 'credentials'; participantNumber: string; pin: string }
  | { kind: 'unknown' };

/** The carriers' opt-out and opt-in words (CTIA; Twilio's Advanced Opt-Out recognises the same). */
const STOP_WORDS = new Set(['STOP', 'STOPALL', 'UNSUBSCRIBE', 'CANCEL', 'END', 'QUIT', 'OPTOUT', 'REVOKE']);
const START_WORDS = new Set(['START', 'UNSTOP', 'YES', 'OPTIN']);
const HELP_WORDS = new Set(['HELP', 'INFO', 'AYUDA', 'AJUDA']);
/** "Call in" in each language: the reply comes in the language of the word. */
const TEST_WORDS: ReadonlyMap<string, Language> = new Map([
  ['TEST', 'en'],
  ['PRUEBA', 'es'],
  ['TESTE', 'pt'],
]);

/**
 * Reads a text: a keyword alone (any case, surrounding spaces and
 * punctuation ignored), or a participant number and PIN separated by white
 * space (`D-0001 135790`). Anything else is not understood.
 */
export function readText(body: string): TextRequest {
  const words = body.trim().split(/\s+/).filter(Boolean);
  if (words.length === 1) {
    const word = words[0].toUpperCase().replace(/[^A-Z]/g, '');
    if (STOP_WORDS.has(word)) return { kind: 'stop' };
    if (START_WORDS.has(word)) return { kind: 'start' };
    if (HELP_WORDS.has(word)) return { kind: 'help' };
    if (TEST_WORDS.has(word)) return { kind: 'test', language: TEST_WORDS.get(word) ?? null };
  }
  if (words.length === 2 && /^[A-Za-z0-9-]{1,32}$/.test(words[0]) && /^[0-9]{4,12}$/.test(words[1])) {
    return { kind: 'credentials', participantNumber: words[0], pin: words[1] };
  }
  return { kind: 'unknown' };
}
