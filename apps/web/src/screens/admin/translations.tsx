import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../../api/problem';
import { LANGUAGES, type Language, type Translations } from '../../api/vocabulary';
import { TextAreaField, TextField } from '../../components/fields';

// `translations` is one field for the API but several boxes here: its problem stays in the banner.

/** Court wording in other languages as a form holds it: every language and field, empty when the court wrote none. */
export type TranslationsForm<F extends string> = Record<Language, Record<F, string>>;

export function translationsForm<F extends string>(stored: Translations<F> | undefined, fields: readonly F[]): TranslationsForm<F> {
  return Object.fromEntries(
    LANGUAGES.map((l) => [l, Object.fromEntries(fields.map((f) => [f, stored?.[l]?.[f] ?? '']))]),
  ) as TranslationsForm<F>;
}

/**
 * The map the API takes (replacing the stored one): the languages and fields
 * with a text, in the order of LANGUAGES and `fields`, so an unchanged map
 * compares equal.
 */
export function translationsBody<F extends string>(form: TranslationsForm<F>, fields: readonly F[]): Translations<F> {
  const body: Translations<F> = {};
  for (const l of LANGUAGES) {
    const texts = Object.fromEntries(fields.filter((f) => form[l][f].trim() !== '').map((f) => [f, form[l][f]])) as Partial<Record<F, string>>;
    if (Object.keys(texts).length > 0) body[l] = texts;
  }
  return body;
}

export interface TranslatedField<F extends string> {
  field: F;
  /** The box's label for a language, e.g. "Name in Español". */
  label: (language: string) => string;
  multiline?: boolean;
}

/**
 * Optional boxes for the court's wording in the languages other than its own;
 * a reader in one of them sees that text, anyone else the court's own.
 */
export function TranslationFields<F extends string>({
  courtLanguage,
  fields,
  value,
  onChange,
  problem,
  namePrefix = '',
}: {
  courtLanguage: Language;
  fields: ReadonlyArray<TranslatedField<F>>;
  value: TranslationsForm<F>;
  onChange: (value: TranslationsForm<F>) => void;
  problem: ApiProblem | null;
  /** Before each box's name, when the form has several such groups (`phases.0.`). */
  namePrefix?: string;
}) {
  const { t } = useTranslation('admin');
  return (
    <fieldset>
      <legend>{t('translations.legend')}</legend>
      <p className="hint">{t('translations.hint')}</p>
      {LANGUAGES.filter((l) => l !== courtLanguage).map((l) =>
        fields.map(({ field, label, multiline }) => {
          const props = {
            label: label(t(`common:languages.${l}`)),
            name: `${namePrefix}translations.${l}.${field}`,
            value: value[l][field],
            onChange: (text: string) => onChange({ ...value, [l]: { ...value[l], [field]: text } }),
            problem,
          };
          return multiline ? <TextAreaField key={`${l}.${field}`} {...props} rows={3} /> : <TextField key={`${l}.${field}`} {...props} />;
        }),
      )}
    </fieldset>
  );
}
