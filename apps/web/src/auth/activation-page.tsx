import { FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../api/client';
import type { components } from '../api/schema';
import { ApiProblem } from '../api/problem';
import { TextField } from '../components/fields';
import { LanguageChoice } from '../components/language-choice';
import { Loading, ProblemBanner } from '../components/problem';

type ActivationInfo = components['schemas']['ActivationInfoDto'];
type Activated = components['schemas']['ActivatedAccountDto'];

/**
 * The token of the link, read once from the address's fragment (which no
 * server or proxy sees) and then taken out of the address bar and history.
 */
function takeToken(): string {
  const token = window.location.hash.slice(1);
  if (token) window.history.replaceState(null, '', window.location.pathname);
  return token;
}

/**
 * A staff member sets their own password with the one-time link an
 * administrator handed them (or the create-admin command printed). Public:
 * the link is the proof; the API rate-limits it like sign-in.
 */
export function ActivationPage() {
  const { t } = useTranslation();
  const [token] = useState(takeToken);
  const [info, setInfo] = useState<ActivationInfo | null>(null);
  const [invalid, setInvalid] = useState(token === '');
  const [checkProblem, setCheckProblem] = useState<ApiProblem | null>(null);
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<Activated | null>(null);

  useEffect(() => {
    if (!token) return;
    api
      .post<ActivationInfo>('/auth/activation', { token })
      .then(setInfo)
      .catch((error: ApiProblem) => (error.status === 404 ? setInvalid(true) : setCheckProblem(error)));
  }, [token]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setMismatch(password !== again);
    if (password !== again) return;
    setBusy(true);
    setProblem(null);
    try {
      setDone(await api.post<Activated>('/auth/activate', { token, password }));
    } catch (error) {
      if ((error as ApiProblem).status === 404) setInvalid(true);
      else setProblem(error as ApiProblem);
    } finally {
      setBusy(false);
    }
  };

  let body: React.ReactNode;
  if (done) {
    body = (
      <div className="card" role="status">
        <p>{t('activation.done', { username: done.username })}</p>
        <Link to="/sign-in">{t('activation.signIn')}</Link>
      </div>
    );
  } else if (invalid) {
    body = (
      <div className="card" role="alert">
        <p>{t('activation.invalid')}</p>
      </div>
    );
  } else if (checkProblem) {
    body = <ProblemBanner problem={checkProblem} />;
  } else if (!info) {
    body = <Loading />;
  } else {
    body = (
      <form onSubmit={(e) => void submit(e)} className="card form" aria-label={t('activation.title')} noValidate>
        <p>{t('activation.intro', { name: info.displayName, username: info.username })}</p>
        {/* For password managers: the account the new password belongs to. */}
        <input type="text" name="username" value={info.username} autoComplete="username" readOnly hidden />
        <ProblemBanner problem={problem} shownFields={['password']} />
        <TextField
          label={t('activation.password')}
          name="password"
          type="password"
          value={password}
          onChange={setPassword}
          autoComplete="new-password"
          hint={t('activation.passwordHint')}
          required
          problem={problem}
        />
        <TextField label={t('activation.again')} name="again" type="password" value={again} onChange={setAgain} autoComplete="new-password" required />
        {mismatch && (
          <p className="field-error" role="alert">
            {t('activation.mismatch')}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {t('activation.submit')}
        </button>
      </form>
    );
  }

  return (
    <main id="main" className="sign-in">
      <div className="sign-in-language">
        <LanguageChoice />
      </div>
      <h1>{t('activation.title')}</h1>
      {body}
    </main>
  );
}
