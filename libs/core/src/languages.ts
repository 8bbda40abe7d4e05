/**
 * The languages the system speaks, as BCP 47 primary language tags: the web
 * application's catalogues, a user's own choice and a court's language are
 * each one of these. A new language is added here first.
 */
export const LANGUAGES = ['en', 'es', 'pt'] as const;

export type Language = (typeof LANGUAGES)[number];

/** The language of a court that has not chosen one, and the last fallback of everything else. */
export const DEFAULT_LANGUAGE: Language = 'en';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The SQL check of a language column (`users.language`, `courts.language`), for the entities' `@Check`. */
export const languageCheck = (column: string): string => `${column} IN (${LANGUAGES.map((l) => `'${l}'`).join(', ')})`;
