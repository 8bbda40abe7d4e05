import { Screen } from '../area';

export const adminScreens: Screen[] = [];
