import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setApiLanguage } from '../api/client';
import { isLanguage, LANGUAGES as SERVER_LANGUAGES } from '../api/vocabulary';

/**
 * Every sentence on screen comes from a catalogue here: one JSON file per
 * language and area (`en/common.json`, `en/bench.json`…), an i18next namespace each.
 */
const files = import.meta.glob<Record<string, unknown>>('./*/*.json', { eager: true, import: 'default' });

export const resources: Record<string, Record<string, Record<string, unknown>>> = {};
for (const [path, catalogue] of Object.entries(files)) {
  const [, language, namespace] = /\.\/([^/]+)\/([^/]+)\.json$/.exec(path)!;
  (resources[language] ??= {})[namespace] = catalogue;
}

/** The server's list (libs/core languages.ts): a user's or a court's language is always one of these. */
export const LANGUAGES: readonly string[] = SERVER_LANGUAGES;
const LANGUAGE_KEY = 'tc.lang';

function initialLanguage(): string {
  const stored = localStorage.getItem(LANGUAGE_KEY);
  if (stored && LANGUAGES.includes(stored)) return stored;
  const browser = navigator.languages.map((tag) => tag.slice(0, 2)).find((tag) => LANGUAGES.includes(tag));
  return browser ?? 'en';
}

export function chooseLanguage(language: string): void {
  localStorage.setItem(LANGUAGE_KEY, language);
  void i18n.changeLanguage(language);
}

/**
 * Shows the language a signed-in user reads (their own, else their court's),
 * without storing it in this browser: it belongs to the account. Null (signed
 * out, or still loading) goes back to this browser's stored choice or its language.
 */
export function followLanguage(language: string | null | undefined): void {
  const next = isLanguage(language) ? language : initialLanguage();
  if (i18n.language !== next) void i18n.changeLanguage(next);
}

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
  setApiLanguage(language);
});

void i18n.use(initReactI18next).init({
  resources,
  lng: initialLanguage(),
  fallbackLng: 'en',
  ns: Object.keys(resources.en ?? {}),
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  returnNull: false,
  showSupportNotice: false,
});

export default i18n;
