import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '../api/vocabulary';
import { useOptionalSession } from '../auth/session';
import { chooseLanguage, LANGUAGES } from '../i18n';

/**
 * The language of every screen, each named in itself; changing it reloads no
 * data. Signed in, it is the user's own choice, saved with their account; on
 * the sign-in page it stays in this browser.
 */
export function LanguageChoice() {
  const { t, i18n } = useTranslation();
  const session = useOptionalSession();
  const [notSaved, setNotSaved] = useState(false);
  if (LANGUAGES.length < 2) return null;
  const choose = (language: string) => {
    setNotSaved(false);
    if (!session) return chooseLanguage(language);
    if (isLanguage(language)) session.chooseLanguage(language).catch(() => setNotSaved(true));
  };
  return (
    <>
      <label className="language">
        <span className="visually-hidden">{t('layout.language')}</span>
        <select value={i18n.resolvedLanguage} onChange={(e) => choose(e.target.value)}>
          {LANGUAGES.map((l) => (
            <option key={l} value={l} lang={l}>
              {t(`languages.${l}`)}
            </option>
          ))}
        </select>
      </label>
      {notSaved && (
        <span role="alert" className="field-error">
          {t('layout.languageNotSaved')}
        </span>
      )}
    </>
  );
}
