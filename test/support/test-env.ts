import { AppConfig, loadConfig } from '@app/core';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the tests through jest's global set-up (npm test)`);
  return value;
}

function urlWithDatabase(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export interface TestDatabase {
  /** As the superuser that owns the tables (what migrations run as). */
  url: string;
  /**
   * As the application's login role: a member of tc_app that owns nothing, so
   * the append-only triggers and the grants of migration ApplicationRole bind it.
   */
  appUrl: string;
  name: string;
  drop(): Promise<void>;
}

/**
 * A fresh, migrated database of its own (a copy of the template, or of
 * another template such as the browser tests' seeded one), dropped by `drop()`.
 */
export async function createTestDatabase(template = required('TEST_PG_TEMPLATE')): Promise<TestDatabase> {
  const adminUrl = required('TEST_PG_ADMIN_URL');
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  } finally {
    await admin.end();
  }
  return {
    url: urlWithDatabase(adminUrl, name),
    appUrl: urlWithDatabase(required('TEST_PG_APP_URL'), name),
    name,
    drop: async () => {
      const client = new Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

export function testRedisUrl(): string {
  return required('TEST_REDIS_URL');
}

/** A unique BullMQ and rate-limit prefix, so test files sharing one Redis never see each other's keys. */
export function uniquePrefix(): string {
  return `t${randomBytes(5).toString('hex')}`;
}

/**
 * The same test database as the application's login role, as production
 * connects: a URL of the owner (`TestDatabase.url`) becomes the database's
 * `appUrl`; any other URL is kept.
 */
export function asApplicationRole(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  const owner = new URL(required('TEST_PG_ADMIN_URL'));
  if (url.username !== owner.username || url.host !== owner.host) return databaseUrl;
  return urlWithDatabase(required('TEST_PG_APP_URL'), url.pathname.slice(1));
}

/**
 * One AUTH_SECRET for every application a test file starts, as every instance
 * of one deployment shares it: a second factor enrolled through one (its
 * secret encrypted under a key derived from AUTH_SECRET) is read by the next.
 */
const TEST_AUTH_SECRET = randomBytes(32).toString('base64url');

/**
 * Validated configuration for a test, pointing at the test servers. The
 * application connects as the application's role (a member of tc_app that
 * owns nothing), as in production; the test's own set-up and checks may use
 * the owner's `TestDatabase.url` directly.
 */
export function testConfig(databaseUrl: string, overrides: Record<string, string> = {}): AppConfig {
  return loadConfig({
    NODE_ENV: 'test',
    AUTH_SECRET: TEST_AUTH_SECRET,
    DATABASE_URL: asApplicationRole(databaseUrl),
    REDIS_URL: testRedisUrl(),
    QUEUE_PREFIX: uniquePrefix(),
    LOG_LEVEL: 'silent',
    DATABASE_POOL_SIZE: '4',
    ...overrides,
  });
}

/** Polls until `check` returns true, or fails after `timeoutMs`. */
export async function eventually(check: () => Promise<boolean> | boolean, timeoutMs = 10_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}
