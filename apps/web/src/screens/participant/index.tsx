import { Screen } from '../area';
import { MyDrawsScreen } from './my-draws';
import { TodayScreen } from './today';

export const participantScreens: Screen[] = [
  { path: '/today', element: <TodayScreen />, roles: ['participant'], nav: 'participant:nav.today' },
  { path: '/my-draws', element: <MyDrawsScreen />, roles: ['participant'], nav: 'draws:nav' },
];
