import { lazyScreen, Screen } from '../area';
import './measures.css';

const MeasuresScreen = lazyScreen(() => import('./measures-screen'), 'MeasuresScreen');
const FidelityScreen = lazyScreen(() => import('./fidelity/fidelity-screen'), 'FidelityScreen');
const FidelityCasesScreen = lazyScreen(() => import('./fidelity/fidelity-cases-screen'), 'FidelityCasesScreen');
const FunnelScreen = lazyScreen(() => import('./equity/funnel-screen'), 'FunnelScreen');
const EquityScreen = lazyScreen(() => import('./equity/equity-screen'), 'EquityScreen');

const MEASURES_ROLES: Screen['roles'] = ['court_admin', 'judge', 'coordinator', 'case_manager'];

export const measuresScreens: Screen[] = [
  { path: '/measures', element: <MeasuresScreen />, roles: MEASURES_ROLES, nav: 'measures:nav.measures' },
  { path: '/measures/fidelity', element: <FidelityScreen />, roles: MEASURES_ROLES, nav: 'fidelity:nav' },
  { path: '/measures/fidelity/:key', element: <FidelityCasesScreen />, roles: MEASURES_ROLES },
  { path: '/measures/funnel', element: <FunnelScreen />, roles: MEASURES_ROLES },
  { path: '/measures/equity', element: <EquityScreen />, roles: MEASURES_ROLES },
];
