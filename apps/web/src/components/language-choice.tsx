import { useTranslation } from 'react-i18next';
import { chooseLanguage, LANGUAGES } from '../i18n';

/** The language of every screen, each named in itself; changing it reloads no data. */
export function LanguageChoice() {
  const { t, i18n } = useTranslation();
  if (LANGUAGES.length < 2) return null;
  return (
    <label className="language">
      <span className="visually-hidden">{t('layout.language')}</span>
      <select value={i18n.resolvedLanguage} onChange={(e) => chooseLanguage(e.target.value)}>
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {t(`languages.${l}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
