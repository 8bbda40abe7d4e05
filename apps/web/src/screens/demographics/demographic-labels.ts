import { useTranslation } from 'react-i18next';

/**
 * A language's name in the reader's language: ISO 639-1 codes through the
 * browser's own list of names (Intl.DisplayNames), `other` from the catalogue.
 */
export function useLanguageName(): (code: string) => string {
  const { t, i18n } = useTranslation('demographics');
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames([i18n.language], { type: 'language' });
  } catch {
    names = null;
  }
  return (code) => (code === 'other' ? t('language.other') : (names?.of(code) ?? code));
}
