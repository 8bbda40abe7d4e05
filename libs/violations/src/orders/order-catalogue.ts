import { fixedTranslators, type Language } from '@app/core';
import { type TFunction } from 'i18next';
import en from './i18n/en.json';
import es from './i18n/es.json';
import pt from './i18n/pt.json';

/** Every word of a written order, one catalogue (namespace `orders`) per language. */
export const ORDER_CATALOGUES: Readonly<Record<Language, Record<string, unknown>>> = { en, es, pt };

const fixed = fixedTranslators('orders', ORDER_CATALOGUES);

export function orderT(language: Language): TFunction {
  return fixed[language];
}
