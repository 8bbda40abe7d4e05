import { Screen } from '../area';

export const measuresScreens: Screen[] = [];
