import { Screen } from '../area';
import './measures.css';
import { MeasuresScreen } from './measures-screen';

export const measuresScreens: Screen[] = [
  { path: '/measures', element: <MeasuresScreen />, roles: ['court_admin', 'judge', 'coordinator', 'case_manager'], nav: 'measures:nav.measures' },
];
