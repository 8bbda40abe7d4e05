import { lazyScreen, Screen } from '../area';
import './notifications.css';

const AlertsScreen = lazyScreen(() => import('./alerts-screen'), 'AlertsScreen');
const PreferencesScreen = lazyScreen(() => import('./preferences-screen'), 'PreferencesScreen');
const MessagesScreen = lazyScreen(() => import('./messages-screen'), 'MessagesScreen');
const DevOutboxScreen = lazyScreen(() => import('./dev-outbox-screen'), 'DevOutboxScreen');

/** Every staff role has a bell; the bell's list and one's email preferences are reached from it. */
export const STAFF_ROLES = ['judge', 'coordinator', 'case_manager', 'treatment_provider', 'testing_site', 'court_admin', 'system_admin'] as const;

export const notificationsScreens: Screen[] = [
  { path: '/alerts', element: <AlertsScreen />, roles: [...STAFF_ROLES] },
  { path: '/notifications', element: <PreferencesScreen />, roles: [...STAFF_ROLES] },
  // Roles holding message.read: the case team and the court administrator.
  { path: '/messages', element: <MessagesScreen />, roles: ['coordinator', 'case_manager', 'court_admin'], nav: 'notifications:nav.messages' },
  { path: '/administration/dev-outbox', element: <DevOutboxScreen />, roles: ['court_admin', 'system_admin'], nav: 'notifications:nav.devOutbox' },
];
