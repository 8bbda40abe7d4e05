import { LANGUAGES } from '@app/core';
import { DOCKET_CATALOGUES, docketT } from './docket-catalogue';

const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(value: unknown, prefix = ''): Map<string, string> {
  const keys = new Map<string, string>();
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (inner && typeof inner === 'object') flatten(inner, path).forEach((text, k) => keys.set(k, text));
    else keys.set(path, String(inner));
  }
  return keys;
}

const bases = (keys: Map<string, string>) => new Set([...keys.keys()].map((k) => k.replace(PLURAL, '')));
const variables = (text: string) => [...new Set([...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]))].sort().join();

describe('the docket catalogue', () => {
  const english = flatten(DOCKET_CATALOGUES.en);

  for (const language of LANGUAGES.filter((l) => l !== 'en')) {
    const translated = flatten(DOCKET_CATALOGUES[language]);

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
      const keys = flatten(DOCKET_CATALOGUES[language]);
      const wrong = [...keys].filter(([key, text]) => PLURAL.test(key) && variables(text) !== variables(keys.get(`${key.replace(PLURAL, '')}_other`) ?? ''));
      expect({ language, wrong: wrong.map(([k]) => k) }).toEqual({ language, wrong: [] });
    }
  });

  it('chooses plural forms by the language', () => {
    expect(docketT('en')('entry.daysInPhase', { count: 1 })).toBe('1 day in phase');
    expect(docketT('es')('entry.daysInPhase', { count: 2 })).toBe('2 días en la fase');
    expect(docketT('pt')('entry.daysInPhase', { count: 1 })).toBe('1 dia na fase');
  });
});
