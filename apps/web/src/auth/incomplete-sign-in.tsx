import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useApiMutation } from '../api/hooks';
import type { components } from '../api/schema';
import { TextField } from '../components/fields';
import { ProblemBanner } from '../components/problem';
import { QrCode } from '../components/qr-code';
import { useSessionState } from './session';

/** The one step a user owes before anything else: a new password or PIN, or setting up a second factor. */
export function IncompleteSignIn({ step }: { step: 'mfa-enrolment-required' | 'secret-change-required' }) {
  const { t } = useTranslation();
  const state = useSessionState();
  return (
    <main id="main" className="sign-in">
      <h1>{t(step === 'secret-change-required' ? 'signIn.changeSecretTitle' : 'signIn.totpTitle')}</h1>
      {step === 'secret-change-required' ? <ChangeSecret onDone={state.signOut} /> : <SetUpSecondFactor onDone={state.signedIn} />}
      <button type="button" className="link" onClick={() => void state.signOut()}>
        {t('layout.signOut')}
      </button>
    </main>
  );
}

function ChangeSecret({ onDone }: { onDone: () => Promise<void> }) {
  const { t } = useTranslation();
  const [currentSecret, setCurrent] = useState('');
  const [newSecret, setNew] = useState('');
  // Changing the secret ends every session, this one included: sign in again with the new one.
  const change = useApiMutation((body: { currentSecret: string; newSecret: string }) => api.post('/auth/change-secret', body), { onSuccess: () => void onDone() });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    change.mutate({ currentSecret, newSecret });
  };
  return (
    <form className="card form" onSubmit={submit}>
      <p>{t('signIn.changeSecretIntro')}</p>
      <ProblemBanner problem={change.error} shownFields={['currentSecret', 'newSecret']} />
      <TextField label={t('signIn.currentSecret')} name="currentSecret" type="password" value={currentSecret} onChange={setCurrent} autoComplete="current-password" required problem={change.error} />
      <TextField label={t('signIn.newSecret')} name="newSecret" type="password" value={newSecret} onChange={setNew} autoComplete="new-password" required problem={change.error} />
      <button type="submit" className="primary" disabled={change.isPending}>
        {t('save')}
      </button>
    </form>
  );
}

function SetUpSecondFactor({ onDone }: { onDone: () => Promise<void> }) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const setup = useApiMutation(() => api.post<components['schemas']['TotpSetupDto']>('/auth/totp/setup'));
  const confirm = useApiMutation((body: { code: string }) => api.post('/auth/totp/confirm', body), { onSuccess: () => void onDone() });
  if (!setup.data) {
    return (
      <div className="card">
        <p>{t('signIn.totpIntro')}</p>
        <ProblemBanner problem={setup.error} />
        <button type="button" className="primary" onClick={() => setup.mutate(undefined)} disabled={setup.isPending}>
          {t('signIn.totpStart')}
        </button>
      </div>
    );
  }
  return (
    <form
      className="card form"
      onSubmit={(e) => {
        e.preventDefault();
        confirm.mutate({ code });
      }}
    >
      {/* Scanned from the screen, or typed where a camera cannot be used: the same secret either way. */}
      <p>{t('signIn.totpScan')}</p>
      <QrCode text={setup.data.otpauthUri} label={t('signIn.totpQrLabel')} />
      <p>{t('signIn.totpSecret')}</p>
      <p className="secret">
        <code>{setup.data.secret}</code>
      </p>
      <ProblemBanner problem={confirm.error} shownFields={['code']} />
      <TextField label={t('signIn.totp')} name="code" value={code} onChange={setCode} inputMode="numeric" autoComplete="one-time-code" required problem={confirm.error} />
      <button type="submit" className="primary" disabled={confirm.isPending}>
        {t('signIn.totpConfirm')}
      </button>
    </form>
  );
}
