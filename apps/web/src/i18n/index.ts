import i18n from 'i18next';
import { useEffect, useState } from 'react';
import { initReactI18next, useTranslation } from 'react-i18next';
import { setApiLanguage } from '../api/client';
import { isLanguage, LANGUAGES as SERVER_LANGUAGES } from '../api/vocabulary';
import { PHONE_NAMESPACES } from './catalogue-groups';

/**
 * Every sentence on screen comes from a catalogue here: one JSON file per
 * language and area (`en/common.json`, `en/bench.json`…), an i18next namespace
 * each. They are loaded on demand, one language at a time (catalogue-groups.ts):
 * the phone's namespaces before the first screen, the staff screens' once a
 * staff member signs in.
 */
const files = import.meta.glob<Record<string, unknown>>('./*/*.json', { import: 'default' });

const CATALOGUE_PATH = /\.\/([^/]+)\/([^/]+)\.json$/;
const NAMESPACES = [...new Set(Object.keys(files).map((path) => CATALOGUE_PATH.exec(path)![2]))];

/** Which catalogues a reader needs: a participant or a page before sign-in the phone's, staff all of them. */
export type CatalogueScope = 'phone' | 'all';

const loaded = new Set<string>();
let scope: CatalogueScope = 'phone';

/** Loads the catalogues of `language` that `wanted` needs and are not loaded yet (each file once). */
export async function loadCatalogues(language: string, wanted: CatalogueScope = scope): Promise<void> {
  const missing = Object.entries(files).filter(([path]) => {
    const [, fileLanguage, namespace] = CATALOGUE_PATH.exec(path)!;
    return fileLanguage === language && !loaded.has(path) && (wanted === 'all' || PHONE_NAMESPACES.includes(namespace));
  });
  await Promise.all(
    missing.map(async ([path, load]) => {
      const [, fileLanguage, namespace] = CATALOGUE_PATH.exec(path)!;
      i18n.addResourceBundle(fileLanguage, namespace, await load(), true, true);
      loaded.add(path);
    }),
  );
}

/** Whether every catalogue of `language` that `wanted` needs is loaded. */
export function cataloguesLoaded(language: string, wanted: CatalogueScope): boolean {
  return Object.keys(files).every((path) => {
    const [, fileLanguage, namespace] = CATALOGUE_PATH.exec(path)!;
    return fileLanguage !== language || (wanted !== 'all' && !PHONE_NAMESPACES.includes(namespace)) || loaded.has(path);
  });
}

/**
 * The catalogues a signed-in reader needs, in their language: true once they
 * are there (the screen shows a loading line until then). Staff widen the
 * scope for the rest of the visit, so a change of language loads all of theirs.
 */
export function useCatalogues(wanted: CatalogueScope): boolean {
  const { i18n: current } = useTranslation();
  const language = current.language;
  const [, setVersion] = useState(0);
  const ready = cataloguesLoaded(language, wanted);
  useEffect(() => {
    if (wanted === 'all') scope = 'all';
    if (!ready) void loadCatalogues(language, wanted).then(() => setVersion((v) => v + 1));
  }, [language, wanted, ready]);
  return ready;
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

/** Changes the language once its catalogues are there, so no screen shows a key in between. */
function changeLanguage(language: string): void {
  void loadCatalogues(language).then(() => i18n.changeLanguage(language));
}

export function chooseLanguage(language: string): void {
  localStorage.setItem(LANGUAGE_KEY, language);
  changeLanguage(language);
}

/**
 * Shows the language a signed-in user reads (their own, else their court's),
 * without storing it in this browser: it belongs to the account. Null (signed
 * out, or still loading) goes back to this browser's stored choice or its language.
 */
export function followLanguage(language: string | null | undefined): void {
  const next = isLanguage(language) ? language : initialLanguage();
  if (i18n.language !== next) changeLanguage(next);
}

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
  setApiLanguage(language);
});

void i18n.use(initReactI18next).init({
  // Filled by loadCatalogues; every catalogue has every key (catalogues.spec.ts), so no fallback language is loaded.
  resources: {},
  lng: initialLanguage(),
  fallbackLng: false,
  ns: NAMESPACES,
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  returnNull: false,
  showSupportNotice: false,
});

export default i18n;
