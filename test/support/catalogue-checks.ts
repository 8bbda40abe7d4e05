/**
 * The checks every server-side message catalogue (docket, hotline…) must
 * pass, as jest tests: each language has exactly the English keys, the
 * plural forms its rules ask for, and the same {{variables}}.
 */
import { LANGUAGES, type Language } from '@app/core';

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Nested catalogue objects as `a.b.c` → text. */
export function flattenCatalogue(value: unknown, prefix = ''): Map<string, string> {
  const keys = new Map<string, string>();
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (inner && typeof inner === 'object') flattenCatalogue(inner, path).forEach((text, k) => keys.set(k, text));
    else keys.set(path, String(inner));
  }
  return keys;
}

const bases = (keys: Map<string, string>) => new Set([...keys.keys()].map((k) => k.replace(PLURAL, '')));
const variables = (text: string) => [...new Set([...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]))].sort().join();

/** Declares, inside the caller's `describe`, the tests that each language matches English. */
export function itMatchesEnglishInEveryLanguage(catalogues: Record<Language, unknown>): void {
  const english = flattenCatalogue(catalogues.en);

  for (const language of LANGUAGES.filter((l) => l !== 'en')) {
    const translated = flattenCatalogue(catalogues[language]);

    it(`${language}: has every key of the English catalogue and no other`, () => {
      expect([...bases(english)].filter((k) => !bases(translated).has(k))).toEqual([]);
      expect([...bases(translated)].filter((k) => !bases(english).has(k))).toEqual([]);
    });

    it(`${language}: has every plural form the language's rules ask for`, () => {
      const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
      const plurals = new Set([...english.keys()].filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')));
      const missing = [...plurals].flatMap((base) => categories.filter((c) => !translated.has(`${base}_${c}`)).map((c) => `${base}_${c}`));
      expect(missing).toEqual([]);
      expect([...translated.keys()].filter((k) => PLURAL.test(k) && !plurals.has(k.replace(PLURAL, '')))).toEqual([]);
    });

    it(`${language}: uses the same {{variables}} as English`, () => {
      const wrong = [...translated].filter(([key, text]) => {
        const source = english.get(key) ?? english.get(`${key.replace(PLURAL, '')}_other`);
        return source === undefined || variables(source) !== variables(text);
      });
      expect(wrong.map(([key]) => key)).toEqual([]);
    });
  }

  it('has the same variables in every plural form of a message', () => {
    for (const language of LANGUAGES) {
      const keys = flattenCatalogue(catalogues[language]);
      const wrong = [...keys].filter(([key, text]) => PLURAL.test(key) && variables(text) !== variables(keys.get(`${key.replace(PLURAL, '')}_other`) ?? ''));
      expect({ language, wrong: wrong.map(([k]) => k) }).toEqual({ language, wrong: [] });
    }
  });
}
