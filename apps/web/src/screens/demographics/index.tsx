import { lazyScreen, Screen } from '../area';

const DemographicsScreen = lazyScreen(() => import('./demographics-screen'), 'DemographicsScreen');
const MigrationIssuesScreen = lazyScreen(() => import('./migration-issues-screen'), 'MigrationIssuesScreen');

/**
 * The correction of a participant's demographic answers (case staff, who
 * hold participant.write), and the report of the free text that did not map
 * to the codes (demographics.review: the court administrator and case staff).
 */
export const demographicsScreens: Screen[] = [
  { path: '/participants/:participantId/demographics', element: <DemographicsScreen />, roles: ['coordinator', 'case_manager'] },
  { path: '/administration/demographics', element: <MigrationIssuesScreen />, roles: ['court_admin', 'coordinator', 'case_manager'], nav: 'demographics:nav.issues' },
];
