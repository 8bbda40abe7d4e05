import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { ensureAppLogin } from '../../apps/cli/src/database-roles';
import { runMigrations } from '../../apps/cli/src/migrations';
import { EMBEDDED_APP_ROLE, urlAsRole } from './embedded-stack';
import { RunningPostgres, startEmbeddedPostgres } from './embedded-postgres';
import { freePort } from './free-port';
import { RunningRedis, startRedisServer } from './redis-server';

export interface ScratchStack {
  postgres: RunningPostgres;
  redis: RunningRedis;
  /** The migrated database as the application's login role (a member of tc_app that owns nothing); `postgres.url` is its owner. */
  appUrl: string;
  dir: string;
  /** Stops both servers and removes their data. */
  stop(): Promise<void>;
}

/**
 * A migrated Postgres and a Redis of their own, on free ports, with their data
 * in a temporary directory: what the tests and the benchmarks run against.
 */
export async function startScratchStack(options: { name: string; database: string; fast: boolean }): Promise<ScratchStack> {
  const dir = await mkdtemp(join(tmpdir(), `tc-${options.name}-`));
  // The Postgres binaries run as an unprivileged user when started by root: it must reach its data.
  await chmod(dir, 0o755);
  const postgres = await startEmbeddedPostgres({
    dataDir: join(dir, 'postgres'),
    port: await freePort(),
    database: options.database,
    fast: options.fast,
  });
  const redis = await startRedisServer({ dataDir: join(dir, 'redis'), port: await freePort(), persistent: !options.fast });
  await runMigrations(postgres.url);
  // What the migrate command does next: the application's login role, a member of tc_app.
  const appUrl = urlAsRole(postgres.url, EMBEDDED_APP_ROLE, randomBytes(18).toString('hex'));
  await ensureAppLogin(postgres.url, appUrl);
  return {
    postgres,
    redis,
    appUrl,
    dir,
    stop: async () => {
      await redis.stop();
      await postgres.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
