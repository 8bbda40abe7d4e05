import type { AppConfig } from '@app/core';

/**
 * The Redis pub/sub channel that tells every API instance a user's alerts
 * changed (a new one, one read), so each pushes it to that user's open
 * screens. The message is only the user's id: the screen then asks the API.
 */
export const alertChannel = (config: AppConfig): string => `${config.queue.prefix}:staff-alerts`;
