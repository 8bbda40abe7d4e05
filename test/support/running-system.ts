/**
 * The whole system started the way `npm start` starts it (the built
 * launcher dist/tools/start.js: migrations, demo seed, API serving the web
 * application, worker), on a database of its own and a free port, for the
 * browser tests.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { freePort } from '../../tools/services/free-port';
import { createTestDatabase, TestDatabase, testRedisUrl, uniquePrefix } from './test-env';

const root = resolve(__dirname, '../..');

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
  const database = await createTestDatabase();
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
      AUTH_SECRET: randomBytes(32).toString('base64url'),
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
