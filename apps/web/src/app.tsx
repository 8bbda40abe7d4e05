import { ReactNode, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Link, Navigate, Route, Routes } from 'react-router';
import { RequireSession, RoleGate } from './auth/require-session';
import { useSession } from './auth/session';
import { SignInPage } from './auth/sign-in-page';
import { Layout } from './components/layout';
import { Loading } from './components/problem';
import { HOME, lazyScreen, Screen } from './screens/area';
import { adminScreens } from './screens/admin';
import { benchScreens } from './screens/bench';
import { coordinatorScreens } from './screens/coordinator';
import { demographicsScreens } from './screens/demographics';
import { intakeScreens } from './screens/intake';
import { measuresScreens } from './screens/measures';
import { notificationsScreens } from './screens/notifications';
import { participantScreens } from './screens/participant';
import { providerScreens } from './screens/provider';
import { siteScreens } from './screens/site';
import { staffingScreens } from './screens/staffing';

// Pages a participant's first visit does not open (the public draw record, an account's activation link): loaded when opened.
const ActivationPage = lazyScreen(() => import('./auth/activation-page'), 'ActivationPage');
const PublicDrawsPage = lazyScreen(() => import('./screens/public/public-draws'), 'PublicDrawsPage');
const PublicDrawDayPage = lazyScreen(() => import('./screens/public/public-draws'), 'PublicDrawDayPage');
const PublicFunnelPage = lazyScreen(() => import('./screens/public/public-funnel'), 'PublicFunnelPage');

const SCREENS: Screen[] = [...benchScreens, ...coordinatorScreens, ...intakeScreens, ...participantScreens, ...providerScreens, ...adminScreens, ...demographicsScreens, ...measuresScreens, ...siteScreens, ...notificationsScreens, ...staffingScreens];

function Home() {
  const session = useSession();
  return <Navigate to={HOME[session.role]} replace />;
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <section>
      <h1>{t('layout.notFound')}</h1>
      <Link to="/">{t('layout.home')}</Link>
    </section>
  );
}

/** A page outside the signed-in layout, shown once its code has loaded. */
function Suspended({ page }: { page: ReactNode }) {
  return <Suspense fallback={<Loading />}>{page}</Suspense>;
}

export function App() {
  return (
    <BrowserRouter>
      <Routes>
        <Route path="/sign-in" element={<SignInPage />} />
        <Route path="/activate" element={<Suspended page={<ActivationPage />} />} />
        {/* The court's public draw record: no sign-in. */}
        <Route path="/public/courts/:code/draws" element={<Suspended page={<PublicDrawsPage />} />} />
        <Route path="/public/courts/:code/draws/:date" element={<Suspended page={<PublicDrawDayPage />} />} />
        {/* The court's published referral funnel, small groups suppressed: no sign-in. */}
        <Route path="/public/courts/:code/funnel" element={<Suspended page={<PublicFunnelPage />} />} />
        <Route
          element={
            <RequireSession>
              <Layout screens={SCREENS} />
            </RequireSession>
          }
        >
          <Route index element={<Home />} />
          {SCREENS.map((s) => (
            <Route key={s.path} path={s.path} element={<RoleGate roles={s.roles}>{s.element}</RoleGate>} />
          ))}
          <Route path="*" element={<NotFound />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
