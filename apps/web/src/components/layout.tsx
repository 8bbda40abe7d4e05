import { Suspense, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { Role, useSession } from '../auth/session';
import { useCatalogues } from '../i18n';
import { lazyScreen, Screen } from '../screens/area';
import { LanguageChoice } from './language-choice';
import { MenuNav } from './menu-nav';
import { Loading } from './problem';

/** Staff only: loaded when a staff member's header first shows, so a participant's phone never downloads it. */
const AlertBell = lazyScreen(() => import('../screens/notifications/alert-bell'), 'AlertBell');

/** Header (court switcher, language, sign-out), the role's menu, and the screen. */
export function Layout({ screens }: { screens: Screen[] }) {
  const { t } = useTranslation();
  const session = useSession();
  const courtSelect = useId();
  const menu = screens.filter((s) => s.nav && s.roles.includes(session.role));
  const participant = session.role === 'participant';
  // Staff screens' words load once staff sign in; a participant's phone never downloads them.
  const catalogues = useCatalogues(participant ? 'phone' : 'all');
  return (
    <div className={participant ? 'app app-phone' : 'app'}>
      <a className="skip-link" href="#main">
        {t('layout.skip')}
      </a>
      <header className="top">
        <span className="brand">{t('layout.brand')}</span>
        {session.courts.length > 1 ? (
          <span className="court-switcher">
            <label htmlFor={courtSelect}>{t('layout.court')}</label>
            <select id={courtSelect} value={session.court.courtId} onChange={(e) => session.chooseCourt(e.target.value)}>
              {session.courts.map((c) => (
                <option key={c.courtId} value={c.courtId}>
                  {c.code} · {t(`roles.${c.role}`)}
                </option>
              ))}
            </select>
          </span>
        ) : (
          <span className="court-code">
            {session.court.code} · {t(`roles.${session.role as Role}`)}
          </span>
        )}
        <span className="spacer" />
        {!participant && (
          <Suspense fallback={null}>
            <AlertBell />
          </Suspense>
        )}
        <LanguageChoice />
        <span className="user">{session.me.displayName}</span>
        <button type="button" className="link" onClick={() => void session.signOut()}>
          {t('layout.signOut')}
        </button>
      </header>
      {/* The administrators' menu is the long one: it folds behind a button on a phone. */}
      {menu.length > 1 && <MenuNav items={menu} collapsible={session.role === 'court_admin' || session.role === 'system_admin'} />}
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<Loading />}>{catalogues ? <Outlet /> : <Loading />}</Suspense>
      </main>
    </div>
  );
}
