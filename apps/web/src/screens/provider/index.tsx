import { Screen } from '../area';
import { ClientScreen } from './client-screen';
import { ClientsScreen } from './clients-screen';
import { GroupSessionScreen } from './group-session-screen';
import './provider.css';

export const providerScreens: Screen[] = [
  { path: '/provider/clients', element: <ClientsScreen />, roles: ['treatment_provider'], nav: 'provider:nav.clients' },
  { path: '/provider/clients/:participantId', element: <ClientScreen />, roles: ['treatment_provider'] },
  { path: '/provider/group-session', element: <GroupSessionScreen />, roles: ['treatment_provider'], nav: 'provider:nav.groupSession' },
];
