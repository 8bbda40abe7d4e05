import { fixedTranslators, type Language } from '@app/core';
import { type TFunction } from 'i18next';
import en from './i18n/en.json';
import es from './i18n/es.json';
import pt from './i18n/pt.json';

/** Every word of the printed docket, one catalogue (namespace `docket`) per language. */
export const DOCKET_CATALOGUES: Readonly<Record<Language, Record<string, unknown>>> = { en, es, pt };

/** Made once at load; rendering only uses the fixed `t` of its language. The page escapes whole sentences. */
const fixed = fixedTranslators('docket', DOCKET_CATALOGUES);

/** The docket's `t` for a language. */
export function docketT(language: Language): TFunction {
  return fixed[language];
}
