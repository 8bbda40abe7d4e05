import { Screen } from '../area';

export const participantScreens: Screen[] = [];
