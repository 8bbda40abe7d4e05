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

export interface Stack {
  databaseUrl: string;
  redisUrl: string;
  /** Which servers this process started (and so must stop). */
  embedded: { postgres: boolean; redis: boolean };
  stop(): Promise<void>;
}

/**
 * Uses DATABASE_URL and REDIS_URL when set; otherwise starts an embedded
 * Postgres and a local redis-server with their data under `.data/`.
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
      databaseUrl = postgres.url;
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
    return { databaseUrl, redisUrl, embedded: { postgres: !!postgres, redis: !!redis }, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
