import { LANGUAGES } from '@app/core';
import { HOTLINE_CATALOGUES, hotlineT } from './hotline-catalogue';

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

describe('the hotline catalogue', () => {
  const english = flatten(HOTLINE_CATALOGUES.en);

  for (const language of LANGUAGES.filter((l) => l !== 'en')) {
    const translated = flatten(HOTLINE_CATALOGUES[language]);

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
      const keys = flatten(HOTLINE_CATALOGUES[language]);
      const wrong = [...keys].filter(([key, text]) => PLURAL.test(key) && variables(text) !== variables(keys.get(`${key.replace(PLURAL, '')}_other`) ?? ''));
      expect({ language, wrong: wrong.map(([k]) => k) }).toEqual({ language, wrong: [] });
    }
  });

  it('renders every prompt in every language with its variables filled, and none left as a key', () => {
    const values = { digit: '2', minutes: 10, name: 'Site', address: '1 Main St', hours: '06:00-17:00', time: '17:00', code: 'A, B', day: 'Monday', sites: 'Site', court: 'Court', phone: '+13125550100' };
    for (const language of LANGUAGES) {
      for (const key of english.keys()) {
        const text = hotlineT(language)(key, values);
        expect({ language, key, text }).toEqual({ language, key, text: expect.not.stringMatching(/\{\{|^voice\.|^sms\./) });
        expect(text.length).toBeGreaterThan(0);
      }
    }
  });
});
