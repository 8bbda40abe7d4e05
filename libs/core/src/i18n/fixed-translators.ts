import i18next, { type TFunction } from 'i18next';
import { DEFAULT_LANGUAGE, type Language, LANGUAGES } from '../languages';

/**
 * One i18next instance for a server catalogue given inline (one namespace,
 * a JSON object per language), made once, and its fixed `t` for each
 * language: requests only look up, never create. Messages are plain text
 * (JSON bodies, or a page that escapes whole sentences), so values go in as
 * they are and are never interpolated themselves.
 */
export function fixedTranslators(namespace: string, catalogues: Readonly<Record<Language, Record<string, unknown>>>): Record<Language, TFunction> {
  const instance = i18next.createInstance();
  void instance.init({
    resources: Object.fromEntries(LANGUAGES.map((lng) => [lng, { [namespace]: catalogues[lng] }])),
    supportedLngs: LANGUAGES,
    lng: DEFAULT_LANGUAGE,
    fallbackLng: DEFAULT_LANGUAGE,
    ns: [namespace],
    defaultNS: namespace,
    nsSeparator: false,
    // Resources are given inline: initialise synchronously, now.
    initAsync: false,
    interpolation: { escapeValue: false, skipOnVariables: true },
    returnNull: false,
    showSupportNotice: false,
  });
  return Object.fromEntries(LANGUAGES.map((lng) => [lng, instance.getFixedT(lng, namespace)])) as Record<Language, TFunction>;
}
