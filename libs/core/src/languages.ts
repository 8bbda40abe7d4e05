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

/**
 * Court-entered wording in other languages than the one it was entered in,
 * field by field: `{ "es": { "name": "…" }, "pt": { … } }`. Stored as
 * entered (a jsonb column, `{}` when there is none).
 */
export type Translations<F extends string> = Partial<Record<Language, Partial<Record<F, string>>>>;

/** The field in the reader's language when the court gave one, else the text as the court entered it. */
export function translated<F extends string, T extends string | null>(text: T, translations: Translations<F> | null | undefined, language: Language, field: F): string | T {
  return translations?.[language]?.[field] ?? text;
}

/** The SQL check of a column keyed by language (Translations, a court's notices): an object whose keys are languages. */
export const translationsCheck = (column: string): string =>
  `jsonb_typeof(${column}) = 'object' AND ${column}${LANGUAGES.map((l) => ` - '${l}'`).join('')} = '{}'::jsonb`;
