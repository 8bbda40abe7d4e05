import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { CheckboxField, TextField } from '../../components/fields';
import { ProblemBanner, QueryView } from '../../components/problem';
import type { PhoneNumber } from './types';

interface Props {
  /** `/participants/{id}/phone-numbers` (staff) or `/me/phone-numbers` (the participant). */
  path: string;
  /** Whether the reader may register, change and remove numbers here. */
  canEdit: boolean;
  /** Whose words: staff write "the participant agrees", the participant "I agree". */
  reader: 'staff' | 'self';
}

/**
 * The participant's registered phones: a call from one is asked only for
 * the PIN, and texts go to one only with the participant's consent and
 * while it has not replied STOP.
 */
export function PhoneNumbersSection({ path, canEdit, reader }: Props) {
  const { t } = useTranslation('hotline');
  const numbers = useApiQuery<PhoneNumber[]>(path);
  const [notice, setNotice] = useState<string | null>(null);
  const change = useApiMutation((input: { id: string; smsOptIn: boolean }) => api.patch<PhoneNumber>(`${path}/${input.id}`, { smsOptIn: input.smsOptIn }), {
    invalidates: [path],
    onSuccess: (n) => setNotice(n.smsOptIn ? t('phones.textsOn', { number: n.phoneE164 }) : t('phones.textsOff', { number: n.phoneE164 })),
  });
  const remove = useApiMutation((n: PhoneNumber) => api.delete<PhoneNumber>(`${path}/${n.id}`), {
    invalidates: [path],
    onSuccess: (n) => setNotice(t('phones.removed', { number: n.phoneE164 })),
  });

  return (
    <section aria-labelledby="phone-numbers-heading" className="card phone-numbers">
      <h2 id="phone-numbers-heading">{t('phones.title')}</h2>
      <p>{reader === 'self' ? t('phones.introSelf') : t('phones.intro')}</p>
      {notice && (
        <p role="status" className="notice">
          {notice}
        </p>
      )}
      <ProblemBanner problem={change.error ?? remove.error} />
      <QueryView query={numbers}>
        {(rows) =>
          rows.length === 0 ? (
            <p>{t('phones.empty')}</p>
          ) : (
            <ul className="phone-number-list">
              {rows.map((n) => (
                <li key={n.id}>
                  <strong>{n.phoneE164}</strong>
                  {n.label && <> · {n.label}</>} ·{' '}
                  {n.optedOut ? t('phones.optedOut') : n.smsOptIn ? t('phones.textsYes') : t('phones.textsNo')}
                  {canEdit && (
                    <span className="row-actions">
                      {!n.optedOut && (
                        <button
                          type="button"
                          disabled={change.isPending}
                          aria-label={n.smsOptIn ? t('phones.stopTextsLabel', { number: n.phoneE164 }) : t('phones.allowTextsLabel', { number: n.phoneE164 })}
                          onClick={() => {
                            setNotice(null);
                            change.mutate({ id: n.id, smsOptIn: !n.smsOptIn });
                          }}
                        >
                          {n.smsOptIn ? t('phones.stopTexts') : t('phones.allowTexts')}
                        </button>
                      )}
                      <button
                        type="button"
                        disabled={remove.isPending}
                        aria-label={t('phones.removeLabel', { number: n.phoneE164 })}
                        onClick={() => {
                          setNotice(null);
                          remove.mutate(n);
                        }}
                      >
                        {t('phones.remove')}
                      </button>
                    </span>
                  )}
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
      {canEdit && <AddPhoneNumberForm path={path} reader={reader} onAdded={setNotice} />}
    </section>
  );
}

function AddPhoneNumberForm({ path, reader, onAdded }: { path: string; reader: 'staff' | 'self'; onAdded: (message: string) => void }) {
  const { t } = useTranslation('hotline');
  const empty = { phoneE164: '', label: '', smsOptIn: false };
  const [form, setForm] = useState(empty);
  const add = useApiMutation(
    (body: typeof empty) => api.post<PhoneNumber>(path, { phoneE164: body.phoneE164, label: body.label.trim() || null, smsOptIn: body.smsOptIn }),
    {
      invalidates: [path],
      onSuccess: (n) => {
        setForm(empty);
        onAdded(t('phones.added', { number: n.phoneE164 }));
      },
    },
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate(form);
  };
  return (
    <form onSubmit={submit} className="phone-number-form" aria-labelledby="add-phone-heading" noValidate>
      <h3 id="add-phone-heading">{t('phones.addTitle')}</h3>
      <ProblemBanner problem={add.error} shownFields={['phoneE164', 'label', 'smsOptIn']} />
      <TextField
        label={t('phones.phoneField')}
        hint={t('phones.phoneHint')}
        name="phoneE164"
        type="tel"
        autoComplete={reader === 'self' ? 'tel' : 'off'}
        required
        value={form.phoneE164}
        onChange={(phoneE164) => setForm({ ...form, phoneE164 })}
        problem={add.error}
      />
      <TextField label={t('phones.labelField')} name="label" value={form.label} onChange={(label) => setForm({ ...form, label })} problem={add.error} />
      <CheckboxField
        label={reader === 'self' ? t('phones.consentSelf') : t('phones.consentStaff')}
        name="smsOptIn"
        checked={form.smsOptIn}
        onChange={(smsOptIn) => setForm({ ...form, smsOptIn })}
        problem={add.error}
      />
      <button type="submit" className="primary" disabled={add.isPending}>
        {t('phones.add')}
      </button>
    </form>
  );
}
