import { lazyScreen, Screen } from '../area';
import './intake.css';

const IntakeScreen = lazyScreen(() => import('./intake-screen'), 'IntakeScreen');
const ReferralScreen = lazyScreen(() => import('./referral-screen'), 'ReferralScreen');
const IntakeParticipantScreen = lazyScreen(() => import('./intake-participant-screen'), 'IntakeParticipantScreen');
const CalendarScreen = lazyScreen(() => import('./calendar-screen'), 'CalendarScreen');

/** Roles that refer, screen and enrol (participant.write); each action inside still asks the role's permissions. */
const INTAKE_ROLES: Screen['roles'] = ['coordinator', 'case_manager'];
/** Roles that read the court calendar (docket.read); creating and cancelling sessions is court_session.manage. */
const CALENDAR_ROLES: Screen['roles'] = ['coordinator', 'case_manager', 'judge', 'court_admin'];

export const intakeScreens: Screen[] = [
  { path: '/intake', element: <IntakeScreen />, roles: INTAKE_ROLES, nav: 'intake:nav.intake' },
  { path: '/intake/referral', element: <ReferralScreen />, roles: INTAKE_ROLES },
  { path: '/intake/:participantId', element: <IntakeParticipantScreen />, roles: INTAKE_ROLES },
  { path: '/calendar', element: <CalendarScreen />, roles: CALENDAR_ROLES, nav: 'intake:nav.calendar' },
];
