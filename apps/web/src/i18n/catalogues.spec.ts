/**
 * The web application's message catalogues: every key in every language,
 * the plural forms each language's rules ask for, the same {{variables}},
 * and no key the code never uses.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
// The languages the API speaks, as its OpenAPI document lists them (the web application imports nothing from libs/).
import { LANGUAGES } from '../api/vocabulary';
const I18N = __dirname;
const SOURCE = join(__dirname, '..');
const PLURAL = /_(zero|one|two|few|many|other)$/;

type Catalogue = Record<string, unknown>;

function flatten(value: unknown, prefix = ''): Map<string, string> {
  const keys = new Map<string, string>();
  for (const [key, inner] of Object.entries(value as Catalogue)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (inner && typeof inner === 'object') flatten(inner, path).forEach((text, k) => keys.set(k, text));
    else keys.set(path, String(inner));
  }
  return keys;
}

const namespaces = readdirSync(join(I18N, 'en')).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
const catalogue = (language: string, namespace: string) => flatten(JSON.parse(readFileSync(join(I18N, language, `${namespace}.json`), 'utf8')));
/** Keys without their plural suffix: what the code asks for. */
const bases = (keys: Map<string, string>) => new Set([...keys.keys()].map((k) => k.replace(PLURAL, '')));
const variables = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  it('has the same namespaces in every language', () => {
    for (const language of LANGUAGES) {
      expect(readdirSync(join(I18N, language)).filter((f) => f.endsWith('.json')).sort()).toEqual(namespaces.map((n) => `${n}.json`).sort());
    }
  });

  for (const namespace of namespaces) {
    it(`${namespace}: every key in every language, with its plural forms and variables`, () => {
      const english = catalogue('en', namespace);
      for (const language of LANGUAGES.filter((l) => l !== 'en')) {
        const translated = catalogue(language, namespace);
        expect({ language, namespace, missing: [...bases(english)].filter((k) => !bases(translated).has(k)) }).toEqual({ language, namespace, missing: [] });
        expect({ language, namespace, extra: [...bases(translated)].filter((k) => !bases(english).has(k)) }).toEqual({ language, namespace, extra: [] });

        const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
        const plurals = new Set([...english.keys()].filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')));
        const missingForms = [...plurals].flatMap((base) => categories.filter((c) => !translated.has(`${base}_${c}`)).map((c) => `${base}_${c}`));
        expect({ language, namespace, missingForms }).toEqual({ language, namespace, missingForms: [] });

        const wrongVariables = [...translated].filter(([key, text]) => {
          const source = english.get(key) ?? english.get(`${key.replace(PLURAL, '')}_other`) ?? english.get(key.replace(PLURAL, ''));
          return source !== undefined && variables(source).join() !== variables(text).filter((v) => v !== 'count' || variables(source).includes('count')).join();
        });
        expect({ language, namespace, wrongVariables: wrongVariables.map(([k]) => k) }).toEqual({ language, namespace, wrongVariables: [] });
      }
    });
  }

  const source = (() => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.tsx?$/.test(name) && !name.endsWith('.spec.ts')) files.push(path);
      }
    };
    walk(SOURCE);
    return files.map((f) => readFileSync(f, 'utf8')).join('\n');
  })();

  it('has every key the code asks for by name', () => {
    const all = new Map(namespaces.map((n) => [n, bases(catalogue('en', n))]));
    const asked = [...source.matchAll(/\bt\(\s*['"]([\w.:-]+)['"]/g)].map((m) => m[1]);
    const missing = asked.filter((key) => {
      const [namespace, path] = key.includes(':') ? key.split(':') : [null, key];
      return namespace ? !all.get(namespace)?.has(path) : ![...all.values()].some((keys) => keys.has(path));
    });
    expect([...new Set(missing)]).toEqual([]);
  });

  it('has no key the code never uses', () => {    // Keys the code names whole ('bench:outcome.title', 'outcome.title'), and the heads of keys it builds
    // (`roles.${role}`, or a prefix ending in a dot handed to a helper: word('outcome.', value)).
    const literals = new Set([...source.matchAll(/['"`]([\w.:-]+)['"`]/g)].map((m) => m[1]));
    const heads = [...source.matchAll(/`([\w.:-]+)\$\{/g), ...source.matchAll(/['"]([\w:-]+(?:\.[\w-]+)*\.)['"]/g)].map((m) => m[1]);
    const unused: string[] = [];
    for (const namespace of namespaces) {
      for (const key of bases(catalogue('en', namespace))) {
        const names = [key, `${namespace}:${key}`];
        const used = names.some((n) => literals.has(n)) || heads.some((h) => names.some((n) => n.startsWith(h)));
        if (!used) unused.push(`${namespace}:${key}`);
      }
    }
    expect({ unused, checked: relative(SOURCE, SOURCE) || 'apps/web/src' }).toEqual({ unused: [], checked: 'apps/web/src' });
  });
});
