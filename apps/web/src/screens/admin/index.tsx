import { lazyScreen, Screen } from '../area';
import './admin.css';

const AuditScreen = lazyScreen(() => import('./audit-screen'), 'AuditScreen');
const CatalogueScreen = lazyScreen(() => import('./catalogue-screen'), 'CatalogueScreen');
const CourtScreen = lazyScreen(() => import('./court-screen'), 'CourtScreen');
const HolidaysScreen = lazyScreen(() => import('./holidays-screen'), 'HolidaysScreen');
const ImportScreen = lazyScreen(() => import('./import-screen'), 'ImportScreen');
const ProgramScreen = lazyScreen(() => import('./program-screen'), 'ProgramScreen');
const ProgramsScreen = lazyScreen(() => import('./programs-screen'), 'ProgramsScreen');
const ProviderOrganisationsScreen = lazyScreen(() => import('./provider-organisations-screen'), 'ProviderOrganisationsScreen');
const TestingSitesScreen = lazyScreen(() => import('./testing-sites-screen'), 'TestingSitesScreen');
const UserScreen = lazyScreen(() => import('./user-screen'), 'UserScreen');
const UsersScreen = lazyScreen(() => import('./users-screen'), 'UsersScreen');

/**
 * Screens of the administration area: court administrators, and the system administrator (every court).
 * (Declared here, not in shared.tsx, so the route table every first load carries pulls in no screen's code.)
 */
const roles: Screen['roles'] = ['court_admin', 'system_admin'];

/**
 * The court administrator's screens (and the system administrator's, for
 * any court): under /administration, since the server keeps /admin for its queue dashboard.
 */
export const adminScreens: Screen[] = [
  { path: '/administration/programs', element: <ProgramsScreen />, roles, nav: 'admin:nav.programs' },
  { path: '/administration/programs/:programId', element: <ProgramScreen />, roles },
  { path: '/administration/programs/:programId/catalogue', element: <CatalogueScreen />, roles },
  { path: '/administration/court', element: <CourtScreen />, roles, nav: 'admin:nav.court' },
  { path: '/administration/testing-sites', element: <TestingSitesScreen />, roles, nav: 'admin:nav.testingSites' },
  { path: '/administration/provider-organisations', element: <ProviderOrganisationsScreen />, roles, nav: 'admin:nav.providers' },
  { path: '/administration/holidays', element: <HolidaysScreen />, roles, nav: 'admin:nav.holidays' },
  { path: '/administration/users', element: <UsersScreen />, roles, nav: 'admin:nav.users' },
  { path: '/administration/users/:userId', element: <UserScreen />, roles },
  // The audit log is read with audit.read, which court administrators hold and the system administrator does not.
  { path: '/administration/audit', element: <AuditScreen />, roles: ['court_admin'], nav: 'admin:nav.audit' },
  // Importing participants is data.import, which court administrators hold (participant data: not the system administrator).
  { path: '/administration/import', element: <ImportScreen />, roles: ['court_admin'], nav: 'admin:nav.import' },
];
