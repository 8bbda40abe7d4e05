import { lazyScreen, Screen } from '../area';
import { SITE_ROLES } from './types';

const SiteDayScreen = lazyScreen(() => import('./site-day-screen'), 'SiteDayScreen');

export const siteScreens: Screen[] = [{ path: '/testing-site', element: <SiteDayScreen />, roles: [...SITE_ROLES], nav: 'site:nav.day' }];
