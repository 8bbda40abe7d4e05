import type { RedisOptions } from 'ioredis';

/**
 * ioredis options from a redis:// URL. BullMQ workers need
 * `maxRetriesPerRequest: null` (they block on Redis and must wait it out);
 * request-path clients fail fast instead so an outage answers 503 at once.
 */
export function redisOptions(url: string, purpose: 'queue' | 'request'): RedisOptions {
  const u = new URL(url);
  const db = u.pathname && u.pathname !== '/' ? Number(u.pathname.slice(1)) : 0;
  return {
    host: u.hostname,
    port: u.port ? Number(u.port) : 6379,
    username: u.username ? decodeURIComponent(u.username) : undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    db,
    tls: u.protocol === 'rediss:' ? {} : undefined,
    connectionName: 'treatment-court',
    // Reconnect forever with a capped back-off: the server coming back is the normal case.
    retryStrategy: (attempt: number) => Math.min(attempt * 200, 5_000),
    ...(purpose === 'queue'
      ? { maxRetriesPerRequest: null, enableReadyCheck: true }
      : { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2_000, commandTimeout: 2_000 }),
  };
}
