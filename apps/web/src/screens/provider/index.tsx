import { Screen } from '../area';

export const providerScreens: Screen[] = [];
