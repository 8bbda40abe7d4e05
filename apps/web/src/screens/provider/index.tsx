import { lazyScreen, Screen } from '../area';
import './provider.css';

const ClientScreen = lazyScreen(() => import('./client-screen'), 'ClientScreen');
const ClientsScreen = lazyScreen(() => import('./clients-screen'), 'ClientsScreen');
const GroupSessionScreen = lazyScreen(() => import('./group-session-screen'), 'GroupSessionScreen');

export const providerScreens: Screen[] = [
  { path: '/provider/clients', element: <ClientsScreen />, roles: ['treatment_provider'], nav: 'provider:nav.clients' },
  { path: '/provider/clients/:participantId', element: <ClientScreen />, roles: ['treatment_provider'] },
  { path: '/provider/group-session', element: <GroupSessionScreen />, roles: ['treatment_provider'], nav: 'provider:nav.groupSession' },
];
