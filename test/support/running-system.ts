/**
 * The whole system started the way `npm start` starts it (the built
 * launcher dist/tools/start.js: migrations, demo seed, API serving the web
 * application, worker), on a database of its own and a free port, for the
 * browser tests.
 */
import { ChildProcess, execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { freePort } from '../../tools/services/free-port';
import { createTestDatabase, TestDatabase, testRedisUrl, uniquePrefix } from './test-env';

const root = resolve(__dirname, '../..');

/** The migrated template with the demo data seeded once per test run: every browser test's system starts from a copy. */
const DEMO_TEMPLATE = 'tc_demo_template';
/** Any constant: the advisory lock that lets one test file seed the template while the others wait. */
const DEMO_TEMPLATE_LOCK = 7_202_612;

/**
 * One AUTH_SECRET for every system of the run: the demo's second factors are
 * stored encrypted under a key derived from it when the template is seeded.
 */
function systemAuthSecret(): string {
  const secret = process.env.TEST_SYSTEM_AUTH_SECRET;
  if (!secret) throw new Error('TEST_SYSTEM_AUTH_SECRET is not set: run the browser tests through jest (npm test)');
  return secret;
}

/**
 * The demo data, seeded once into a template by the built CLI (the same
 * `seed` command npm start runs), so each browser test's system copies it
 * rather than seeding again: three to four seconds less per test file. The
 * launcher still runs `migrate` and `seed` on the copy, which find nothing
 * to do. Seeded data is relative to the moment of seeding, minutes before a
 * test runs, as it is for anyone who started the system a while ago.
 */
async function demoTemplate(): Promise<string> {
  const admin = new Client({ connectionString: process.env.TEST_PG_ADMIN_URL });
  await admin.connect();
  try {
    await admin.query('SELECT pg_advisory_lock($1)', [DEMO_TEMPLATE_LOCK]);
    const [present] = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DEMO_TEMPLATE])).rows;
    if (!present) {
      const building = await createTestDatabase();
      try {
        await promisify(execFile)(process.execPath, ['dist/apps/cli/src/main.js', 'seed'], {
          cwd: root,
          env: { ...process.env, NODE_ENV: 'development', DATABASE_URL: building.url, REDIS_URL: testRedisUrl(), QUEUE_PREFIX: uniquePrefix(), AUTH_SECRET: systemAuthSecret(), LOG_LEVEL: 'warn' },
        });
      } catch (error) {
        await building.drop();
        throw error;
      }
      await admin.query(`ALTER DATABASE ${building.name} RENAME TO ${DEMO_TEMPLATE}`);
      await admin.query(`ALTER DATABASE ${DEMO_TEMPLATE} WITH ALLOW_CONNECTIONS false`);
    }
    return DEMO_TEMPLATE;
  } finally {
    await admin.query('SELECT pg_advisory_unlock($1)', [DEMO_TEMPLATE_LOCK]).catch(() => undefined);
    await admin.end();
  }
}

export interface RunningSystem {
  url: string;
  database: TestDatabase;
  /** One SQL query against the system's database, to check what the screens did. */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  stop(): Promise<void>;
}

function waitForStart(child: ChildProcess, output: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`the system did not start within ${timeoutMs / 1000} s:\n${output.join('').slice(-4000)}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output.push(chunk.toString());
      if (output.join('').includes('Treatment court system is running at')) {
        clearTimeout(timer);
        resolvePromise();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the system exited (code ${code}) during start-up:\n${output.join('').slice(-4000)}`));
    });
  });
}

export async function startSystem(): Promise<RunningSystem> {
  for (const built of ['dist/tools/start.js', 'dist/web/index.html']) {
    if (!existsSync(resolve(root, built))) throw new Error(`${built} is missing: the browser tests run the built system (npm test builds it first; or run npm run build)`);
  }
  const database = await createTestDatabase(await demoTemplate());
  const port = await freePort();
  const child = spawn(process.execPath, ['dist/tools/start.js'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      NODE_ENV: 'development',
      DATABASE_URL: database.url,
      REDIS_URL: testRedisUrl(),
      QUEUE_PREFIX: uniquePrefix(),
      PORT: String(port),
      HOST: '127.0.0.1',
      AUTH_SECRET: systemAuthSecret(),
      LOG_LEVEL: 'warn',
      // Every request of a browser test comes from 127.0.0.1.
      RATE_LIMIT_PER_MINUTE: '100000',
      AUTH_SIGN_IN_PER_MINUTE: '10000',
      // The demo accounts sign in again and again from that one address.
      AUTH_SIGN_IN_PER_MINUTE_PER_ACCOUNT: '10000',
    },
  });
  const output: string[] = [];
  try {
    await waitForStart(child, output, 120_000);
  } catch (error) {
    child.kill('SIGKILL');
    await database.drop();
    throw error;
  }
  // Keep draining the logs so the pipes never fill and block the system.
  child.stdout!.resume();
  child.stderr!.resume();

  return {
    url: `http://127.0.0.1:${port}`,
    database,
    query: async <T,>(sql: string, params: unknown[] = []) => {
      const client = new Client({ connectionString: database.url });
      await client.connect();
      try {
        return (await client.query(sql, params)).rows as T[];
      } finally {
        await client.end();
      }
    },
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 25_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      await database.drop();
    },
  };
}
