import type { Language } from '@app/core';
import en from './i18n/en.json';
import es from './i18n/es.json';
import pt from './i18n/pt.json';
import type { ImportProblem, ImportProblemCode } from './participant-import-format';

export const IMPORT_MESSAGES: Readonly<Record<Language, Record<ImportProblemCode, string>>> = { en, es, pt };

/** A problem of an import file as a sentence in the reader's language. */
export function importProblemMessage(problem: ImportProblem, language: Language): string {
  const template = IMPORT_MESSAGES[language][problem.code];
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(problem.params?.[name] ?? ''));
}
