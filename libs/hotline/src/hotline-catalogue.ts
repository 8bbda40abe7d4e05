import { fixedTranslators, type Language } from '@app/core';
import { type TFunction } from 'i18next';
import en from './prompts/en.json';
import es from './prompts/es.json';
import pt from './prompts/pt.json';

/** Every sentence the hotline speaks or texts, one catalogue (namespace `hotline`) per language. */
export const HOTLINE_CATALOGUES: Readonly<Record<Language, Record<string, unknown>>> = { en, es, pt };

const fixed = fixedTranslators('hotline', HOTLINE_CATALOGUES);

/** The hotline's `t` for a language. */
export function hotlineT(language: Language): TFunction {
  return fixed[language];
}
