import { DEFAULT_LANGUAGE, type Language, LANGUAGES } from '@app/core';
import i18next, { type TFunction } from 'i18next';
import en from './i18n/en.json';
import es from './i18n/es.json';
import pt from './i18n/pt.json';

/** Every word of the printed docket, one catalogue (namespace `docket`) per language. */
export const DOCKET_CATALOGUES: Readonly<Record<Language, Record<string, unknown>>> = { en, es, pt };

/**
 * One i18next instance for the printed docket, made once with the catalogues
 * bundled in (as the problem catalogues are): rendering only uses the fixed
 * `t` of its language. Values are inserted as they are; the page escapes the
 * whole sentence, since catalogue messages are plain text.
 */
const instance = i18next.createInstance();
void instance.init({
  resources: Object.fromEntries(LANGUAGES.map((lng) => [lng, { docket: DOCKET_CATALOGUES[lng] }])),
  supportedLngs: LANGUAGES,
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  ns: ['docket'],
  defaultNS: 'docket',
  nsSeparator: false,
  initAsync: false,
  interpolation: { escapeValue: false, skipOnVariables: true },
  returnNull: false,
  showSupportNotice: false,
});

const fixed = Object.fromEntries(LANGUAGES.map((lng) => [lng, instance.getFixedT(lng, 'docket')])) as Record<Language, TFunction>;

/** The docket's `t` for a language. */
export function docketT(language: Language): TFunction {
  return fixed[language];
}
