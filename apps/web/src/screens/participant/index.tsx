import { Screen } from '../area';
import { TodayScreen } from './today';

export const participantScreens: Screen[] = [{ path: '/today', element: <TodayScreen />, roles: ['participant'], nav: 'participant:nav.today' }];
