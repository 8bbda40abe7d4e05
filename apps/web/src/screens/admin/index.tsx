import { Screen } from '../area';
import { ADMIN_ROLES } from './shared';
import { AuditScreen } from './audit-screen';
import { CatalogueScreen } from './catalogue-screen';
import { CourtScreen } from './court-screen';
import { HolidaysScreen } from './holidays-screen';
import { ProgramScreen } from './program-screen';
import { ProgramsScreen } from './programs-screen';
import { ProviderOrganisationsScreen } from './provider-organisations-screen';
import { TestingSitesScreen } from './testing-sites-screen';
import { UserScreen } from './user-screen';
import { UsersScreen } from './users-screen';
import './admin.css';

const roles = [...ADMIN_ROLES];

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
];
