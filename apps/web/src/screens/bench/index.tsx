import { lazyScreen, Screen } from '../area';
import './bench.css';

const BenchView = lazyScreen(() => import('./bench-view'), 'BenchView');
const SessionPicker = lazyScreen(() => import('./session-picker'), 'SessionPicker');

const BENCH_ROLES: Screen['roles'] = ['judge', 'coordinator', 'case_manager', 'court_admin'];

export const benchScreens: Screen[] = [
  { path: '/bench', element: <SessionPicker />, roles: BENCH_ROLES, nav: 'bench:nav.bench' },
  { path: '/bench/:sessionId', element: <BenchView />, roles: BENCH_ROLES },
];
