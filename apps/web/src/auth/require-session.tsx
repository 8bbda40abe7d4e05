import { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { Loading } from '../components/problem';
import { Role, useSession, useSessionState } from './session';
import { IncompleteSignIn } from './incomplete-sign-in';

/** Screens past the sign-in: sends strangers to sign in and holds users who still owe a step (new password, second factor). */
export function RequireSession({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const state = useSessionState();
  const location = useLocation();
  if (state.loading) return <Loading />;
  if (state.courtless) {
    return (
      <main id="main" className="sign-in">
        <p role="alert">{t('layout.noCourt')}</p>
        <button type="button" onClick={() => void state.signOut()}>
          {t('layout.signOut')}
        </button>
      </main>
    );
  }
  if (!state.session) return <Navigate to="/sign-in" replace state={{ from: location.pathname }} />;
  if (state.session.me.signInIncomplete) return <IncompleteSignIn step={state.session.me.signInIncomplete} />;
  return <>{children}</>;
}

/** A screen for other roles says so plainly; the API would refuse its reads anyway. */
export function RoleGate({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const { t } = useTranslation();
  const session = useSession();
  if (!roles.includes(session.role)) {
    return (
      <section>
        <h1>{t('layout.notForRole')}</h1>
        <p>{t('layout.notForRoleDetail')}</p>
      </section>
    );
  }
  return <>{children}</>;
}
