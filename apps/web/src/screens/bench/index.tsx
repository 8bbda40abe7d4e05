import { Screen } from '../area';
import { BenchView } from './bench-view';
import { SessionPicker } from './session-picker';
import './bench.css';

const BENCH_ROLES: Screen['roles'] = ['judge', 'coordinator', 'case_manager', 'court_admin'];

export const benchScreens: Screen[] = [
  { path: '/bench', element: <SessionPicker />, roles: BENCH_ROLES, nav: 'bench:nav.bench' },
  { path: '/bench/:sessionId', element: <BenchView />, roles: BENCH_ROLES },
];
