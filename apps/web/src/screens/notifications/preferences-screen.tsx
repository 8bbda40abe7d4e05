import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import type { components } from '../../api/schema';
import { SelectField } from '../../components/fields';
import { ProblemBanner, QueryView } from '../../components/problem';

type Preferences = components['schemas']['NotificationPreferencesDto'];
type Mode = Preferences['emailAlerts'];

const MODES: Mode[] = ['off', 'each', 'daily_digest'];

function PreferencesForm({ saved }: { saved: Preferences }) {
  const { t } = useTranslation('notifications');
  const [mode, setMode] = useState<Mode>(saved.emailAlerts);
  const [notice, setNotice] = useState<string | null>(null);
  const save = useApiMutation((emailAlerts: Mode) => api.put<Preferences>('/me/notification-preferences', { emailAlerts }), {
    invalidates: ['/me/notification-preferences'],
    onSuccess: () => setNotice(t('preferences.saved')),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    save.mutate(mode);
  };
  return (
    <form onSubmit={submit}>
      <ProblemBanner problem={save.error} shownFields={['emailAlerts']} />
      <SelectField
        label={t('preferences.emailAlerts')}
        name="emailAlerts"
        value={mode}
        onChange={(value) => setMode(value as Mode)}
        options={MODES.map((m) => ({ value: m, label: t(`preferences.mode.${m}`) }))}
        hint={saved.email ? t('preferences.sentTo', { email: saved.email }) : t('preferences.noEmail')}
        problem={save.error}
      />
      {!saved.emailConfigured && <p>{t('preferences.notConfigured')}</p>}
      <div className="actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {t('preferences.save')}
        </button>
      </div>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
    </form>
  );
}

/** How the signed-in person receives alerts besides the bell. */
export function PreferencesScreen() {
  const { t } = useTranslation('notifications');
  const preferences = useApiQuery<Preferences>('/me/notification-preferences');
  return (
    <section>
      <h1>{t('preferences.title')}</h1>
      <p>{t('preferences.intro')}</p>
      <QueryView query={preferences}>{(saved) => <PreferencesForm saved={saved} />}</QueryView>
    </section>
  );
}
