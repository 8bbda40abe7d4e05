import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import type { components } from '../../api/schema';
import { CheckboxField, SelectField } from '../../components/fields';
import { ProblemBanner, QueryView } from '../../components/problem';

type Settings = components['schemas']['ProgramMessageSettingsDto'];

function Form({ saved }: { saved: Settings }) {
  const { t } = useTranslation('notifications');
  const [courtDateReminders, setCourtDateReminders] = useState(saved.courtDateReminders);
  const [missedCallInNotice, setMissedCallInNotice] = useState(saved.missedCallInNotice);
  const [appointmentReminders, setAppointmentReminders] = useState(saved.appointmentReminders);
  const [testNotice, setTestNotice] = useState<Settings['testNotice']>(saved.testNotice);
  const [notice, setNotice] = useState<string | null>(null);
  const path = `/programs/${saved.programId}/message-settings`;
  const save = useApiMutation((body: Omit<Settings, 'programId'>) => api.put<Settings>(path, body), {
    invalidates: [path],
    onSuccess: () => setNotice(t('programTexts.saved')),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    save.mutate({ courtDateReminders, missedCallInNotice, appointmentReminders, testNotice });
  };
  return (
    <form onSubmit={submit}>
      <ProblemBanner problem={save.error} shownFields={['testNotice', 'courtDateReminders', 'missedCallInNotice', 'appointmentReminders']} />
      <SelectField
        label={t('programTexts.testNotice')}
        name="testNotice"
        value={testNotice}
        onChange={(value) => setTestNotice(value as Settings['testNotice'])}
        options={[
          { value: 'call_in', label: t('programTexts.testNoticeCallIn') },
          { value: 'text', label: t('programTexts.testNoticeText') },
        ]}
        hint={t('programTexts.testNoticeHint')}
        problem={save.error}
      />
      <CheckboxField
        label={t('programTexts.courtDateReminders')}
        name="courtDateReminders"
        checked={courtDateReminders}
        onChange={setCourtDateReminders}
        hint={t('programTexts.courtDateRemindersHint')}
        problem={save.error}
      />
      <CheckboxField
        label={t('programTexts.missedCallInNotice')}
        name="missedCallInNotice"
        checked={missedCallInNotice}
        onChange={setMissedCallInNotice}
        hint={t('programTexts.missedCallInNoticeHint')}
        problem={save.error}
      />
      <CheckboxField
        label={t('programTexts.appointmentReminders')}
        name="appointmentReminders"
        checked={appointmentReminders}
        onChange={setAppointmentReminders}
        hint={t('programTexts.appointmentRemindersHint')}
        problem={save.error}
      />
      <div className="actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {t('programTexts.save')}
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

/** Which texts the program sends its participants, on the program's administration page. */
export function ProgramTextsSection({ programId }: { programId: string }) {
  const { t } = useTranslation('notifications');
  const settings = useApiQuery<Settings>(`/programs/${programId}/message-settings`);
  return (
    <>
      <h2>{t('programTexts.title')}</h2>
      <p>{t('programTexts.intro')}</p>
      <QueryView query={settings}>{(saved) => <Form saved={saved} />}</QueryView>
    </>
  );
}
