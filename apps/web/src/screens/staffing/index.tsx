import { lazyScreen, Screen } from '../area';

const StaffingSessions = lazyScreen(() => import('./staffing-screen'), 'StaffingSessions');
const StaffingScreen = lazyScreen(() => import('./staffing-screen'), 'StaffingScreen');

/** The team's pre-court staffing (the judge reads it on the bench). */
const STAFFING_ROLES: Screen['roles'] = ['coordinator', 'case_manager'];

export const staffingScreens: Screen[] = [
  { path: '/staffing', element: <StaffingSessions />, roles: STAFFING_ROLES, nav: 'staffing:nav' },
  { path: '/staffing/:sessionId', element: <StaffingScreen />, roles: STAFFING_ROLES },
];
