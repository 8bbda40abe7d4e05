import Redis from 'ioredis';
import { Client } from 'pg';
import { AppConfig } from '../config/app-config';
import { redactedUrl } from '../config/redacted-url';
import { redisOptions } from '../redis/redis-options';

export class DependencyUnreachableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DependencyUnreachableError';
  }
}

async function checkPostgres(url: string): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    throw new DependencyUnreachableError(`Cannot reach PostgreSQL at ${redactedUrl(url)}: ${(error as Error).message}`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function checkRedis(url: string): Promise<void> {
  const client = new Redis({ ...redisOptions(url, 'request'), retryStrategy: () => null, lazyConnect: true });
  // ioredis rejects with "Connection is closed"; the socket's own error says why.
  let cause: Error | undefined;
  client.on('error', (error) => (cause ??= error));
  try {
    await client.connect();
    await client.ping();
  } catch (error) {
    throw new DependencyUnreachableError(`Cannot reach Redis at ${redactedUrl(url)}: ${(cause ?? (error as Error)).message}`);
  } finally {
    client.disconnect();
  }
}

export interface PreflightOptions {
  /**
   * `optional` for the API: Postgres is all that call-ins, sign-in and pages
   * need, so an API started while Redis is down starts degraded (the returned
   * warning says so) instead of refusing to serve. The worker needs Redis.
   */
  redis?: 'required' | 'optional';
}

/**
 * Checks, before the application starts, that Postgres and Redis answer, so
 * that a wrong URL or a stopped server gives one clear line naming which and
 * where. Returns the warnings of a degraded start (Redis optional and down).
 */
export async function preflight(config: AppConfig, options: PreflightOptions = {}): Promise<string[]> {
  await checkPostgres(config.database.url);
  try {
    await checkRedis(config.redis.url);
  } catch (error) {
    if (options.redis !== 'optional') throw error;
    return [`${(error as Error).message}; starting without it: call-ins and pages work, background work waits until Redis answers`];
  }
  return [];
}
