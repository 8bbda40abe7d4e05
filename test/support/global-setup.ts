/**
 * Starts the real servers the integration and end-to-end tests use: an
 * embedded Postgres and a redis-server, each on a free port with its data in
 * a temporary directory. Migrations are applied once, into a template
 * database that each test file copies (CREATE DATABASE … TEMPLATE), so test
 * files run in parallel without seeing each other's rows.
 */
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { register } from 'tsconfig-paths';

const root = resolve(__dirname, '../..');
// Jest's module mapper does not apply to the global set-up; resolve the path aliases here.
// eslint-disable-next-line @typescript-eslint/no-require-imports
register({ baseUrl: root, paths: require('../../tsconfig.json').compilerOptions.paths });

export const TEMPLATE_DATABASE = 'tc_template';

export default async function globalSetup(): Promise<void> {
  // `npm run test:unit` needs no servers.
  if (process.env.TEST_SERVICES === 'none') return;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { startScratchStack } = require('../../tools/services/scratch-stack');
  const stack = await startScratchStack({ name: 'test', database: TEMPLATE_DATABASE, fast: true });
  const { postgres, redis, dir } = stack;
  // A template must have no open connections when copied; runMigrations closed its own.
  const admin = new Client({ connectionString: postgres.adminUrl });
  await admin.connect();
  await admin.query(`ALTER DATABASE ${TEMPLATE_DATABASE} WITH ALLOW_CONNECTIONS false`);
  await admin.end();
  Object.assign(globalThis, { __TEST_SERVICES__: stack });
  process.env.TEST_PG_ADMIN_URL = postgres.adminUrl;
  process.env.TEST_PG_TEMPLATE = TEMPLATE_DATABASE;
  // The application's login role (member of tc_app, owns nothing): createTestDatabase's appUrl.
  process.env.TEST_PG_APP_URL = stack.appUrl;
  process.env.TEST_REDIS_URL = redis.url;
  process.env.TEST_SERVICES_DIR = dir;
  // The browser tests' systems share one (their demo data is seeded once, its second factors encrypted under it).
  process.env.TEST_SYSTEM_AUTH_SECRET = randomBytes(32).toString('base64url');
}
