import { Injectable } from '@nestjs/common';
import { type TFunction } from 'i18next';
import type { FieldProblem } from '../errors/domain-error';
import type { ProblemDetails } from '../errors/problem';
import { constraintOf } from '../http/validation';
import en from './en/problems.json';
import es from './es/problems.json';
import pt from './pt/problems.json';
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '../languages';
import { fixedTranslators } from './fixed-translators';

/** The server's message catalogues, one namespace (`problems`) per language. */
export const PROBLEM_CATALOGUES: Readonly<Record<Language, Record<string, unknown>>> = { en, es, pt };

/** `{{name}}` in a catalogue message, as i18next interpolates it. */
export const CATALOGUE_VARIABLE = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** One English catalogue message, compiled to recognise the English sentence it produces. */
interface Template {
  key: string;
  pattern: RegExp;
  variables: string[];
}

type Values = Record<string, string | number>;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function compile(key: string, message: string): Template {
  const variables: string[] = [];
  let source = '';
  let last = 0;
  for (const match of message.matchAll(CATALOGUE_VARIABLE)) {
    source += `${escapeRegExp(message.slice(last, match.index))}(.+?)`;
    variables.push(match[1]);
    last = match.index + match[0].length;
  }
  source += escapeRegExp(message.slice(last));
  return { key, pattern: new RegExp(`^${source}$`, 's'), variables };
}

/** A catalogue entry is a message or a group of variants of it: `{ default: …, short: … }`. */
function templatesOf(prefix: string, entry: unknown): Template[] {
  if (typeof entry === 'string') return [compile(prefix, entry)];
  if (entry && typeof entry === 'object') {
    return Object.entries(entry).flatMap(([name, message]) => templatesOf(`${prefix}.${name}`, message));
  }
  return [];
}

function match(templates: readonly Template[] | undefined, text: string): { key: string; values: Values } | undefined {
  for (const template of templates ?? []) {
    const found = template.pattern.exec(text);
    if (!found) continue;
    const values: Values = {};
    template.variables.forEach((name, i) => {
      // i18next chooses plural forms only for a numeric count.
      values[name] = name === 'count' && /^\d+$/.test(found[i + 1]) ? Number(found[i + 1]) : found[i + 1];
    });
    return { key: template.key, values };
  }
  return undefined;
}

function joinFieldProblems(errors: readonly FieldProblem[]): string {
  return errors.map((e) => `${e.field}: ${e.message}`).join('; ');
}

/**
 * Words problem details in the reader's language. `type`, `code`, `status`,
 * `errors[].field` and extension members are never touched; `title` comes
 * from the catalogue by code, `detail` and field messages are recognised by
 * the English catalogue message that produced them (so throw sites keep
 * writing plain English) and said again in the other language with the same
 * values. Anything not recognised stays as it was, in English.
 *
 * One i18next instance is made at start-up with the catalogues bundled in;
 * requests only use the fixed `t` of their language.
 */
@Injectable()
export class ProblemTranslator {
  private readonly t: Record<Language, TFunction>;
  /** Titles and nouns have no variables: resolved once here, not per response. */
  private readonly titles: Record<Language, Map<string, string>>;
  private readonly nouns: Record<Language, Map<string, string>>;
  private readonly details = new Map<string, Template[]>();
  private readonly validations = new Map<string, Template[]>();
  private readonly eachValue: Template;

  constructor() {
    this.t = fixedTranslators('problems', PROBLEM_CATALOGUES);
    const resolved = (group: 'title' | 'nouns') =>
      Object.fromEntries(
        LANGUAGES.map((lng) => [lng, new Map(Object.keys(en[group]).map((name) => [name, this.t[lng](`${group}.${name}`)]))]),
      ) as Record<Language, Map<string, string>>;
    this.titles = resolved('title');
    this.nouns = resolved('nouns');

    for (const [code, variants] of Object.entries(en.detail)) this.details.set(code, templatesOf(`detail.${code}`, variants));
    for (const [constraint, variants] of Object.entries(en.validation)) {
      this.validations.set(constraint, templatesOf(`validation.${constraint}`, variants));
    }
    this.eachValue = compile('eachValue', en.eachValue);
  }

  /** The problem as a reader of `language` should see it; the same object for English. */
  translate(problem: ProblemDetails, language: Language): ProblemDetails {
    if (language === DEFAULT_LANGUAGE) return problem;
    const t = this.t[language];
    const translated: ProblemDetails = { ...problem, title: this.titles[language].get(problem.code) ?? problem.title };
    const errors = problem.code === 'validation-failed' && Array.isArray(problem.errors) ? (problem.errors as FieldProblem[]) : undefined;
    if (errors) {
      const reworded = errors.map((e) => ({ ...e, message: this.fieldMessage(e, t) }));
      translated.errors = reworded;
      if (problem.detail === joinFieldProblems(errors)) translated.detail = joinFieldProblems(reworded);
    } else if (problem.detail) {
      translated.detail = this.detail(problem.code, problem.detail, language);
    }
    return translated;
  }

  private detail(code: string, detail: string, language: Language): string {
    const found = match(this.details.get(code), detail);
    if (!found) return detail;
    const { values } = found;
    // NotFoundError names a resource: give its noun in the language, or the English one.
    if (typeof values.resource === 'string') values.resource = this.nouns[language].get(values.resource) ?? values.resource;
    return this.t[language](found.key, values);
  }

  private fieldMessage(problem: FieldProblem, t: TFunction): string {
    const constraint = constraintOf(problem);
    if (!constraint) return problem.message;
    const templates = this.validations.get(constraint);
    // class-validator's `{ each: true }` prefixes the message of a rule applied to every element.
    const each = match([this.eachValue], problem.message);
    const found = match(templates, each ? String(each.values.message) : problem.message);
    if (!found) return problem.message;
    const message = t(found.key, { ...found.values, property: problem.field });
    return each ? t(this.eachValue.key, { message }) : message;
  }
}
