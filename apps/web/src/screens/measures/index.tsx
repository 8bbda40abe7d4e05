import { lazyScreen, Screen } from '../area';
import './measures.css';

const MeasuresScreen = lazyScreen(() => import('./measures-screen'), 'MeasuresScreen');
const FunnelScreen = lazyScreen(() => import('./equity/funnel-screen'), 'FunnelScreen');
const EquityScreen = lazyScreen(() => import('./equity/equity-screen'), 'EquityScreen');

const MEASURES_ROLES: Screen['roles'] = ['court_admin', 'judge', 'coordinator', 'case_manager'];

export const measuresScreens: Screen[] = [
  { path: '/measures', element: <MeasuresScreen />, roles: MEASURES_ROLES, nav: 'measures:nav.measures' },
  { path: '/measures/funnel', element: <FunnelScreen />, roles: MEASURES_ROLES },
  { path: '/measures/equity', element: <EquityScreen />, roles: MEASURES_ROLES },
];
