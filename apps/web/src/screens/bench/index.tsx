import { Screen } from '../area';

export const benchScreens: Screen[] = [];
