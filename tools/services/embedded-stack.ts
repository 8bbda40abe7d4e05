import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { startEmbeddedPostgres, RunningPostgres } from './embedded-postgres';
import { portInUse } from './free-port';
import { startRedisServer, RunningRedis } from './redis-server';

/** Where `npm start` keeps its servers' data and which ports they listen on (loopback only). */
export const EMBEDDED_DEFAULTS = {
  dataDir: resolve('.data'),
  postgresPort: 54329,
  redisPort: 63799,
  database: 'treatment_court',
};

/** The embedded Postgres's login role for the API and the worker (a member of tc_app; it owns nothing). */
export const EMBEDDED_APP_ROLE = 'court_app';

/** The application role's password, made once and kept in .data/ (the migrate command sets it on the role). */
function embeddedAppPassword(): string {
  const file = resolve(EMBEDDED_DEFAULTS.dataDir, 'database-app-password');
  if (!existsSync(file)) {
    mkdirSync(EMBEDDED_DEFAULTS.dataDir, { recursive: true });
    writeFileSync(file, randomBytes(24).toString('hex'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}

/** The same server and database as `url`, as another role. */
export function urlAsRole(url: string, user: string, password: string): string {
  const parsed = new URL(url);
  parsed.username = encodeURIComponent(user);
  parsed.password = encodeURIComponent(password);
  return parsed.toString();
}

export interface Stack {
  /** What the API and the worker connect as (DATABASE_URL). */
  databaseUrl: string;
  /** What migrations run as, the tables' owner (MIGRATION_DATABASE_URL); never given to the API or the worker. */
  migrationDatabaseUrl: string;
  redisUrl: string;
  /** Which servers this process started (and so must stop). */
  embedded: { postgres: boolean; redis: boolean };
  stop(): Promise<void>;
}

/**
 * Uses DATABASE_URL (and MIGRATION_DATABASE_URL) and REDIS_URL when set;
 * otherwise starts an embedded Postgres and a local redis-server with their
 * data under `.data/`. With the embedded Postgres, migrations run as its
 * superuser, which owns the tables, and the application connects as
 * `court_app`, which the migrate command creates.
 */
export async function startStack(
  env: Record<string, string | undefined>,
  log: (line: string) => void,
  needs: { redis: boolean } = { redis: true },
): Promise<Stack> {
  let postgres: RunningPostgres | undefined;
  let redis: RunningRedis | undefined;
  const stop = async () => {
    await redis?.stop();
    await postgres?.stop();
  };
  try {
    let databaseUrl = env.DATABASE_URL;
    let migrationDatabaseUrl = env.MIGRATION_DATABASE_URL || databaseUrl;
    if (!databaseUrl) {
      if (await portInUse(EMBEDDED_DEFAULTS.postgresPort)) {
        throw new Error(`port ${EMBEDDED_DEFAULTS.postgresPort} is taken: is another \`npm start\` running? (or set DATABASE_URL)`);
      }
      log(`starting embedded PostgreSQL on 127.0.0.1:${EMBEDDED_DEFAULTS.postgresPort} (data in .data/postgres)`);
      postgres = await startEmbeddedPostgres({
        dataDir: resolve(EMBEDDED_DEFAULTS.dataDir, 'postgres'),
        port: EMBEDDED_DEFAULTS.postgresPort,
        database: EMBEDDED_DEFAULTS.database,
      });
      migrationDatabaseUrl = postgres.url;
      databaseUrl = urlAsRole(postgres.url, EMBEDDED_APP_ROLE, embeddedAppPassword());
    }
    let redisUrl = env.REDIS_URL ?? '';
    if (!redisUrl && needs.redis) {
      if (await portInUse(EMBEDDED_DEFAULTS.redisPort)) {
        throw new Error(`port ${EMBEDDED_DEFAULTS.redisPort} is taken: is another \`npm start\` running? (or set REDIS_URL)`);
      }
      log(`starting redis-server on 127.0.0.1:${EMBEDDED_DEFAULTS.redisPort} (data in .data/redis, AOF, noeviction)`);
      redis = await startRedisServer({ dataDir: resolve(EMBEDDED_DEFAULTS.dataDir, 'redis'), port: EMBEDDED_DEFAULTS.redisPort });
      redisUrl = redis.url;
    }
    return { databaseUrl, migrationDatabaseUrl: migrationDatabaseUrl ?? databaseUrl, redisUrl, embedded: { postgres: !!postgres, redis: !!redis }, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
