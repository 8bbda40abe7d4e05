import { lazyScreen, Screen } from '../area';
import './measures.css';

const MeasuresScreen = lazyScreen(() => import('./measures-screen'), 'MeasuresScreen');

export const measuresScreens: Screen[] = [
  { path: '/measures', element: <MeasuresScreen />, roles: ['court_admin', 'judge', 'coordinator', 'case_manager'], nav: 'measures:nav.measures' },
];
