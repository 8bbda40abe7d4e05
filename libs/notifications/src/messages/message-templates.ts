import type { Language } from '@app/core';
import en from '../i18n/en/messages.json';
import es from '../i18n/es/messages.json';
import pt from '../i18n/pt/messages.json';

/**
 * Every template and the parameters it needs. Staff alerts are `alert.<kind>`
 * (the subject is the bell's line, the text its detail); emails `email.*`;
 * texts to participants `sms.*`, which never name the program as a drug or
 * treatment court nor carry a treatment fact (42 CFR Part 2), so a phone
 * seen by someone else reveals nothing.
 */
export const TEMPLATE_PARAMS = {
  'alert.violation-reminder': ['participantNumber', 'deadline', 'hoursLeft'],
  'alert.violation-escalated': ['participantNumber', 'deadline'],
  'alert.violation-no-session': ['participantNumber', 'deadline'],
  'alert.violation-dismissal-requested': ['participantNumber'],
  'alert.participant-request': ['participantNumber'],
  'alert.draw-missing': ['date', 'time'],
  'alert.outage-recorded': ['startsAt', 'endsAt'],
  'alert.failed-pins': ['participantNumber', 'failures'],
  'alert.provider-no-show': ['participantNumber', 'date'],
  'alert.randomness-check-failed': ['month', 'weekdayP', 'weekendZ'],
  'alert.program-length-warning': ['participantNumber', 'maximumOn'],
  'email.alert': ['title', 'text', 'url', 'preferencesUrl'],
  'email.digest': ['count', 'lines', 'url', 'preferencesUrl'],
  'email.account-activation': ['username', 'url'],
  'email.account-reset': ['username', 'url'],
  'sms.court-date-tomorrow': ['date', 'time', 'place'],
  'sms.court-date-today': ['time', 'place'],
  'sms.appointment-tomorrow': ['date', 'time', 'place'],
  'sms.missed-call-in': ['date'],
  'sms.test-today': ['date', 'site', 'address', 'reportBy'],
} as const satisfies Record<string, readonly string[]>;

export type TemplateName = keyof typeof TEMPLATE_PARAMS;
export type TemplateParams = Record<string, string | number>;
export const TEMPLATE_NAMES = Object.keys(TEMPLATE_PARAMS) as TemplateName[];

export const STAFF_ALERT_KINDS = TEMPLATE_NAMES.filter((name) => name.startsWith('alert.')).map((name) => name.slice('alert.'.length));
export type StaffAlertKind =
  | 'violation-reminder'
  | 'violation-escalated'
  | 'violation-no-session'
  | 'violation-dismissal-requested'
  | 'participant-request'
  | 'draw-missing'
  | 'outage-recorded'
  | 'failed-pins'
  | 'provider-no-show'
  | 'randomness-check-failed'
  | 'program-length-warning';

interface CatalogueEntry {
  subject?: string;
  text: string;
}
export const MESSAGE_CATALOGUES: Record<Language, Record<string, CatalogueEntry>> = { en, es, pt };

export interface RenderedMessage {
  subject: string | null;
  text: string;
}

/** `{{name}}` of the parameters; a missing parameter or template is a programming error, never a half-filled message. */
function fill(pattern: string, params: TemplateParams, template: string): string {
  return pattern.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined || value === null) throw new Error(`template ${template} needs the parameter ${name}`);
    return String(value);
  });
}

/** The template in the language (English when a catalogue lacks it, which the catalogue spec forbids). */
export function renderTemplate(template: TemplateName, language: Language, params: TemplateParams): RenderedMessage {
  const entry = MESSAGE_CATALOGUES[language][template] ?? MESSAGE_CATALOGUES.en[template];
  if (!entry) throw new Error(`no message template ${template}`);
  return { subject: entry.subject === undefined ? null : fill(entry.subject, params, template), text: fill(entry.text, params, template) };
}

/** Words a text to a participant must never contain: it would tell whoever sees the phone what the program is. */
export const REVEALING_WORDS = /\b(drug|drogas?|treatment|tratamiento|tratamento|substance|sustancias?|substâncias?|addiction|adicci[oó]n|dependência|rehab\w*|alcohol|álcool|sobriety|sobriedad|sobriedade|positive|positivo)\b/i;
