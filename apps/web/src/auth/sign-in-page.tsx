import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { api } from '../api/client';
import { useApiQuery } from '../api/hooks';
import type { components } from '../api/schema';
import { ApiProblem } from '../api/problem';
import { TextField } from '../components/fields';
import { LanguageChoice } from '../components/language-choice';
import { readableNumber, telLink } from '../components/phone-links';
import { ProblemBanner } from '../components/problem';
import { useSessionState } from './session';

const COURT_CODE_KEY = 'tc.courtCode';
const COURT_CODE = /^[A-Z0-9-]{2,16}$/;

type PublicCourt = components['schemas']['PublicCourtDto'];

/** Staff sign in with username and password (and a code when they have a second factor); participants with court, number and PIN. */
export function SignInPage() {
  const { t } = useTranslation();
  const state = useSessionState();
  const [kind, setKind] = useState<'staff' | 'participant'>('staff');
  if (state.session) return <Navigate to="/" replace />;
  return (
    <main id="main" className="sign-in">
      <div className="sign-in-language">
        <LanguageChoice />
      </div>
      <h1>{t('signIn.title')}</h1>
      <div role="tablist" aria-label={t('signIn.who')} className="tabs">
        <button role="tab" type="button" aria-selected={kind === 'staff'} onClick={() => setKind('staff')}>
          {t('signIn.staff')}
        </button>
        <button role="tab" type="button" aria-selected={kind === 'participant'} onClick={() => setKind('participant')}>
          {t('signIn.participant')}
        </button>
      </div>
      {kind === 'staff' ? <StaffSignIn /> : <ParticipantSignIn />}
    </main>
  );
}

function useSignIn() {
  const state = useSessionState();
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (path: '/auth/login' | '/auth/participant-login', body: unknown) => {
    setBusy(true);
    setProblem(null);
    try {
      await api.signIn(path, body);
      await state.signedIn();
    } catch (error) {
      setProblem(error as ApiProblem);
    } finally {
      setBusy(false);
    }
  };
  return { problem, busy, submit };
}

function StaffSignIn() {
  const { t } = useTranslation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [totp, setTotp] = useState('');
  const { problem, busy, submit } = useSignIn();
  const askTotp = problem?.code === 'mfa-required' || totp !== '';
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void submit('/auth/login', { username, password, ...(totp ? { totp } : {}) });
  };
  return (
    <form onSubmit={onSubmit} className="card form" aria-label={t('signIn.staff')}>
      <ProblemBanner problem={problem} shownFields={['username', 'password', 'totp']} />
      <TextField label={t('signIn.username')} name="username" value={username} onChange={setUsername} autoComplete="username" required problem={problem} />
      <TextField label={t('signIn.password')} name="password" type="password" value={password} onChange={setPassword} autoComplete="current-password" required problem={problem} />
      {askTotp && <TextField label={t('signIn.totp')} name="totp" value={totp} onChange={setTotp} inputMode="numeric" autoComplete="one-time-code" problem={problem} />}
      <button type="submit" className="primary" disabled={busy}>
        {t('signIn.submit')}
      </button>
    </form>
  );
}

function ParticipantSignIn() {
  const { t } = useTranslation();
  const [court, setCourt] = useState(() => localStorage.getItem(COURT_CODE_KEY) ?? '');
  const [participantNumber, setNumber] = useState('');
  const [pin, setPin] = useState('');
  const { problem, busy, submit } = useSignIn();
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    localStorage.setItem(COURT_CODE_KEY, court);
    void submit('/auth/participant-login', { court, participantNumber, pin });
  };
  return (
    <form onSubmit={onSubmit} className="card form" aria-label={t('signIn.participant')}>
      <ProblemBanner problem={problem} shownFields={['court', 'participantNumber', 'pin']} />
      <TextField label={t('signIn.court')} name="court" value={court} onChange={setCourt} hint={t('signIn.courtHint')} required problem={problem} />
      <TextField label={t('signIn.participantNumber')} name="participantNumber" value={participantNumber} onChange={setNumber} autoComplete="username" required problem={problem} />
      <TextField label={t('signIn.pin')} name="pin" type="password" inputMode="numeric" value={pin} onChange={setPin} autoComplete="current-password" required problem={problem} />
      <button type="submit" className="primary" disabled={busy}>
        {t('signIn.submit')}
      </button>
      <CourtHelp code={court} />
    </form>
  );
}

/**
 * Whose page this is and whom to call, once the participant has typed their
 * court's code: the court's name and help number, and what to do about a
 * forgotten PIN (staff set a new one, to be changed at the next sign-in).
 */
function CourtHelp({ code }: { code: string }) {
  const { t } = useTranslation();
  const normalised = code.trim().toUpperCase();
  const court = useApiQuery<PublicCourt>(COURT_CODE.test(normalised) ? `/public/courts/${normalised}` : null);
  const help = court.data?.helpNumber;
  return (
    <div className="court-help">
      {court.data && (
        <p className="court-name">
          {t('signIn.courtName', { name: court.data.name })}
          {help && (
            <>
              <br />
              <a href={telLink(help)}>{t('signIn.helpLine', { number: readableNumber(help) })}</a>
            </>
          )}
        </p>
      )}
      <details className="forgot-pin">
        <summary>{t('signIn.forgotPin')}</summary>
        {court.data ? (
          <>
            <p>{t('signIn.forgotPinText')}</p>
            {help && (
              <p>
                <a className="call-button" href={telLink(help)}>
                  {t('signIn.forgotPinCall', { number: readableNumber(help) })}
                </a>
              </p>
            )}
          </>
        ) : (
          <p>{t('signIn.forgotPinNoCourt')}</p>
        )}
      </details>
    </div>
  );
}
