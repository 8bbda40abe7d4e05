import { lazyScreen, Screen } from '../area';
import './coordinator.css';

const CaseloadScreen = lazyScreen(() => import('./caseload-screen'), 'CaseloadScreen');
const DeadlinesScreen = lazyScreen(() => import('./deadlines-screen'), 'DeadlinesScreen');
const ParticipantScreen = lazyScreen(() => import('./participant/participant-screen'), 'ParticipantScreen');
const ReadinessScreen = lazyScreen(() => import('./readiness-screen'), 'ReadinessScreen');
const TestingBoardScreen = lazyScreen(() => import('./testing-board-screen'), 'TestingBoardScreen');
const AbscondedScreen = lazyScreen(() => import('./absconded-screen'), 'AbscondedScreen');

/**
 * Roles that work with a court's participants at a desk (the caseload, readiness, the participant page).
 * (Declared here, not in shared.tsx, so the route table every first load carries pulls in no screen's code.)
 */
const CASE_ROLES: Screen['roles'] = ['coordinator', 'case_manager', 'judge', 'court_admin'];
/** Roles the API lets read a court's testing board (draw.read). */
const TESTING_BOARD_ROLES: Screen['roles'] = ['coordinator', 'case_manager', 'judge', 'court_admin', 'testing_site'];
/** Roles the API lets read the court's violations (violation.read). */
const DEADLINE_ROLES: Screen['roles'] = ['coordinator', 'case_manager', 'judge'];

export const coordinatorScreens: Screen[] = [
  { path: '/caseload', element: <CaseloadScreen />, roles: CASE_ROLES, nav: 'coordinator:nav.caseload' },
  { path: '/testing-board', element: <TestingBoardScreen />, roles: TESTING_BOARD_ROLES, nav: 'coordinator:nav.testingBoard' },
  { path: '/deadlines', element: <DeadlinesScreen />, roles: DEADLINE_ROLES, nav: 'coordinator:nav.deadlines' },
  { path: '/readiness', element: <ReadinessScreen />, roles: CASE_ROLES, nav: 'coordinator:nav.readiness' },
  { path: '/possibly-absconded', element: <AbscondedScreen />, roles: CASE_ROLES, nav: 'deferred:nav.absconded' },
  { path: '/participants/:participantId', element: <ParticipantScreen />, roles: CASE_ROLES },
];
