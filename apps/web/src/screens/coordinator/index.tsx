import { Screen } from '../area';

export const coordinatorScreens: Screen[] = [];
