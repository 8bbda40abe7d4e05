import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { CATALOGUE_VARIABLE, PROBLEM_CATALOGUES } from './problem-translator';
import { LANGUAGES } from '../languages';

const ROOT = join(__dirname, '../../../..');
const LIBS = join(ROOT, 'libs');

/** i18next plural suffixes: `minutes_one`, `minutes_other`… are one message. */
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Every message of a catalogue by its dotted key. */
function leaves(entry: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, value] of Object.entries(entry as Record<string, unknown>)) {
    const key = prefix ? `${prefix}.${name}` : name;
    if (typeof value === 'string') out.set(key, value);
    else for (const [k, v] of leaves(value, key)) out.set(k, v);
  }
  return out;
}

function variables(message: string): string[] {
  return [...message.matchAll(CATALOGUE_VARIABLE)].map((m) => m[1]).sort();
}

/** The catalogue's messages with plural forms folded into one key, each with its variables. */
function shape(language: (typeof LANGUAGES)[number]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [key, message] of leaves(PROBLEM_CATALOGUES[language])) {
    const base = key.replace(PLURAL_SUFFIX, '');
    const vars = variables(message);
    const seen = out.get(base);
    if (seen && seen.join() !== vars.join()) throw new Error(`${language}: the plural forms of ${base} use different variables`);
    out.set(base, vars);
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !/\.(spec|int-spec|e2e-spec)\.ts$/.test(entry.name) ? [path] : [];
  });
}

/**
 * Codes whose value is computed at the throw site, with the values it takes
 * (`principal.incomplete` is an `IncompleteSignIn`). A new computed code makes
 * the scan fail until it is listed here and given a title.
 */
const COMPUTED_CODES: Record<string, string[]> = {
  'principal.incomplete': ['mfa-enrolment-required', 'secret-change-required'],
};

interface Scan {
  codes: Map<string, string>;
  nouns: Map<string, string>;
  unresolved: string[];
}

/**
 * Reads libs/ with the TypeScript parser: which error classes take a code
 * (and at which argument, with which default), then every `new …Error(…)`
 * and the codes and NotFoundError nouns it passes, following a noun one call
 * up when it arrives as a parameter (`notFoundAs('court session', …)`).
 */
function scanLibs(): Scan {
  const files = sourceFiles(LIBS).map((path) => ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true));
  const where = (node: ts.Node) => {
    const file = node.getSourceFile();
    return `${relative(ROOT, file.fileName)}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  };
  const literals = (node: ts.Expression | undefined): string[] | undefined => {
    if (!node) return undefined;
    if (ts.isStringLiteralLike(node)) return [node.text];
    if (ts.isParenthesizedExpression(node)) return literals(node.expression);
    if (ts.isConditionalExpression(node)) {
      const [a, b] = [literals(node.whenTrue), literals(node.whenFalse)];
      return a && b ? [...a, ...b] : undefined;
    }
    return COMPUTED_CODES[node.getText()];
  };

  // Error classes: the code argument's index and default (`DomainError` takes it first).
  const codeArgument = new Map<string, { index?: number; fixed?: string; fallback?: string }>([['DomainError', { index: 0 }]]);
  const classes = files.flatMap((file) => file.statements.filter(ts.isClassDeclaration));
  for (let changed = true; changed; ) {
    changed = false;
    for (const cls of classes) {
      const name = cls.name?.text;
      const base = cls.heritageClauses?.[0]?.types[0]?.expression.getText();
      if (!name || !base || codeArgument.has(name) || !codeArgument.has(base)) continue;
      const ctor = cls.members.find(ts.isConstructorDeclaration);
      let superCall: ts.CallExpression | undefined;
      ctor?.body?.forEachChild(function find(node) {
        if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.SuperKeyword) superCall = node;
        else node.forEachChild(find);
      });
      const parent = codeArgument.get(base)!;
      const arg = parent.index === undefined ? undefined : superCall?.arguments[parent.index];
      if (parent.fixed !== undefined || !arg) codeArgument.set(name, { fixed: parent.fixed });
      else if (ts.isStringLiteralLike(arg)) codeArgument.set(name, { fixed: arg.text });
      else {
        const index = ctor!.parameters.findIndex((p) => p.name.getText() === arg.getText());
        const initializer = ctor!.parameters[index]?.initializer;
        codeArgument.set(name, { index, fallback: initializer && ts.isStringLiteralLike(initializer) ? initializer.text : undefined });
      }
      changed = true;
    }
  }

  const codes = new Map<string, string>();
  const nouns = new Map<string, string>();
  const unresolved: string[] = [];
  const nounParameters = new Map<string, number>(); // function name → index of the parameter it passes to NotFoundError
  const visit = (node: ts.Node): void => {
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && codeArgument.has(node.expression.text)) {
      const rule = codeArgument.get(node.expression.text)!;
      const arg = rule.index === undefined ? undefined : node.arguments?.[rule.index];
      const found = rule.fixed !== undefined ? [rule.fixed] : arg ? literals(arg) : rule.fallback !== undefined ? [rule.fallback] : undefined;
      if (found) for (const code of found) codes.set(code, where(node));
      else unresolved.push(`${where(node)} ${node.getText()}`);
      if (node.expression.text === 'NotFoundError') {
        const what = node.arguments?.[0];
        if (what && ts.isStringLiteralLike(what)) nouns.set(what.text, where(node));
        else if (what && ts.isIdentifier(what)) {
          let fn: ts.Node | undefined = node.parent;
          while (fn && !ts.isFunctionDeclaration(fn)) fn = fn.parent;
          const index = fn ? (fn as ts.FunctionDeclaration).parameters.findIndex((p) => p.name.getText() === what.text) : -1;
          if (fn && index >= 0) nounParameters.set((fn as ts.FunctionDeclaration).name!.text, index);
          else unresolved.push(`${where(node)} ${node.getText()}`);
        }
      }
    }
    // Codes answered without an error class (to-problem.ts, the health check): `{ code: '…', title: '…' }`.
    if (ts.isObjectLiteralExpression(node)) {
      const props = new Map(node.properties.filter(ts.isPropertyAssignment).map((p) => [p.name.getText(), p.initializer]));
      const code = props.get('code');
      if (code && props.has('title') && ts.isStringLiteralLike(code)) codes.set(code.text, where(node));
    }
    node.forEachChild(visit);
  };
  files.forEach(visit);
  const calls = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && nounParameters.has(node.expression.text)) {
      const what = node.arguments[nounParameters.get(node.expression.text)!];
      if (what && ts.isStringLiteralLike(what)) nouns.set(what.text, where(node));
    }
    node.forEachChild(calls);
  };
  files.forEach(calls);
  return { codes, nouns, unresolved };
}

/** Source text with `'…' +\n '…'` joined, so a sentence split over lines reads whole. */
function joinedSource(paths: string[]): string {
  return paths.map((path) => readFileSync(path, 'utf8').replace(/(['`])\s*\+\s*(['`])/g, '')).join('\n');
}

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? jsFiles(path) : entry.name.endsWith('.js') ? [path] : [];
  });
}

describe('server message catalogues', () => {
  const english = shape('en');

  it.each(LANGUAGES.filter((l) => l !== 'en'))('%s has the same keys and {{variables}} as English', (language) => {
    const other = shape(language);
    expect([...other.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, vars] of english) expect({ key, vars: other.get(key) }).toEqual({ key, vars });
  });

  it.each(LANGUAGES)('%s gives every plural form its language has', (language) => {
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    const keys = [...leaves(PROBLEM_CATALOGUES[language]).keys()];
    for (const base of new Set(keys.filter((k) => PLURAL_SUFFIX.test(k)).map((k) => k.replace(PLURAL_SUFFIX, '')))) {
      for (const category of categories) expect(keys).toContain(`${base}_${category}`);
    }
  });

  it('uses no plural forms in English, whose messages are also the patterns that recognise English sentences', () => {
    expect([...leaves(PROBLEM_CATALOGUES.en).keys()].filter((k) => PLURAL_SUFFIX.test(k))).toEqual([]);
  });

  describe('against the code base', () => {
    const scan = scanLibs();

    it('finds the codes thrown in libs/ (the scan itself works)', () => {
      expect(scan.unresolved).toEqual([]);
      for (const code of ['not-found', 'validation-failed', 'unauthenticated', 'forbidden', 'illegal-transition', 'mfa-enrolment-required', 'final-phase', 'rate-limited']) {
        expect(scan.codes.has(code)).toBe(true);
      }
      expect(scan.nouns.has('court session')).toBe(true);
      expect(scan.nouns.has('drug test result')).toBe(true);
    });

    it('has a title for every error code thrown in libs/', () => {
      const missing = [...scan.codes].filter(([code]) => !english.has(`title.${code}`)).map(([code, at]) => `${code} (${at})`);
      expect(missing).toEqual([]);
    });

    it('has no title or noun that nothing uses', () => {
      const unused = [...english.keys()].filter(
        (key) => (key.startsWith('title.') && !scan.codes.has(key.slice(6))) || (key.startsWith('nouns.') && !scan.nouns.has(key.slice(6))),
      );
      expect(unused).toEqual([]);
    });

    it('recognises sentences the code base (or its framework) still says: each English detail and field message is found there', () => {
      const said = joinedSource([
        ...sourceFiles(LIBS),
        ...jsFiles(join(ROOT, 'node_modules/class-validator/cjs')),
        join(ROOT, 'node_modules/@nestjs/core/router/routes-resolver.js'),
        join(ROOT, 'node_modules/fastify/lib/errors.js'),
      ]);
      const stale = [...leaves(PROBLEM_CATALOGUES.en)]
        .filter(([key]) => key.startsWith('detail.') || key.startsWith('validation.') || key === 'eachValue')
        .filter(([, message]) => message.split(CATALOGUE_VARIABLE).filter((_, i) => i % 2 === 0).some((part) => part.trim().length >= 4 && !said.includes(part.trim())))
        .map(([key]) => key);
      expect(stale).toEqual([]);
    });

    it('has a noun for every resource a NotFoundError names', () => {
      const missing = [...scan.nouns].filter(([noun]) => !english.has(`nouns.${noun}`)).map(([noun, at]) => `${noun} (${at})`);
      expect(missing).toEqual([]);
    });
  });
});
