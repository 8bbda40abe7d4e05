import { lazyScreen, Screen } from '../area';

const SiteDayScreen = lazyScreen(() => import('./site-day-screen'), 'SiteDayScreen');

/** Roles the API lets record collections and results (drug_test.record_result): the site's screen is theirs. */
const SITE_ROLES: Screen['roles'] = ['testing_site', 'coordinator', 'case_manager'];

export const siteScreens: Screen[] = [{ path: '/testing-site', element: <SiteDayScreen />, roles: SITE_ROLES, nav: 'site:nav.day' }];
