import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { loadConfig, preflight } from '@app/core';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMigrations } from '../apps/cli/src/migrations';
import { RunningPostgres, startEmbeddedPostgres } from '../tools/services/embedded-postgres';
import { freePort } from '../tools/services/free-port';
import { RunningRedis, startRedisServer } from '../tools/services/redis-server';
import { createApi } from '../apps/api/src/create-api';
import { createCourt, createParticipant, createTestingProgram, dataSourceOf, PIN, placeInProgram } from './support/fixtures';
import { createTestApi } from './support/test-app';
import { eventually, testConfig } from './support/test-env';

/**
 * Servers of its own, so stopping them disturbs no other test: the API must
 * say which dependency is down, answer 503 problem+json, never crash, and
 * recover by itself when the server returns.
 */
describe('when Postgres or Redis goes away', () => {
  let dir: string;
  let pgPort: number;
  let redisPort: number;
  let postgres: RunningPostgres;
  let redis: RunningRedis;
  let app: NestFastifyApplication;

  const startPostgres = () => startEmbeddedPostgres({ dataDir: join(dir, 'pg'), port: pgPort, database: 'resilience', fast: true });
  const startRedis = () => startRedisServer({ dataDir: join(dir, 'redis'), port: redisPort, persistent: false });
  const health = async () => app.inject({ method: 'GET', url: '/health' });

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tc-resilience-'));
    await chmod(dir, 0o755);
    [pgPort, redisPort] = [await freePort(), await freePort()];
    postgres = await startPostgres();
    redis = await startRedis();
    await runMigrations(postgres.url);
    app = await createTestApi(testConfig(postgres.url, { REDIS_URL: redis.url }));
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await redis?.stop();
    await postgres?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('names Redis when it is down, stays ready (degraded) and serving, and recovers', async () => {
    expect((await health()).json()).toMatchObject({ status: 'ok' });
    await redis.stop();
    // Still ready: a load balancer keeps sending call-ins, which need only Postgres.
    for (const url of ['/health', '/health/ready']) {
      const degraded = await app.inject({ method: 'GET', url });
      expect(degraded.statusCode).toBe(200);
      expect(degraded.json()).toMatchObject({ status: 'degraded', degraded: ['redis'], checks: { postgres: { status: 'up' }, redis: { status: 'down' } } });
    }
    expect((await app.inject({ method: 'GET', url: '/health/live' })).json()).toEqual({ status: 'ok' });
    // Work that needs only Postgres goes on (rate-limit counters fail open).
    expect((await app.inject({ method: 'GET', url: '/api/v1/probe/database' })).statusCode).toBe(200);
    redis = await startRedis();
    await eventually(async () => (await health()).json().status === 'ok', 15_000, 'health to recover after Redis returns');
  });

  it('starts an API while Redis is down, which serves call-ins from Postgres alone', async () => {
    const ds = dataSourceOf(app);
    const court = await createCourt(ds, 'OUTAGE', { timeZone: 'UTC' });
    const program = await createTestingProgram(ds, court.id, 'ALWAYS', { testsPerWeek: 7 });
    const participant = await createParticipant(ds, court, 'O-0001');
    await placeInProgram(ds, participant.id, program, '2026-01-01');
    await redis.stop();
    const config = testConfig(postgres.url, { REDIS_URL: redis.url, AUTH_SECRET: 'x'.repeat(32) });
    const warnings = await preflight(config, { redis: 'optional' });
    expect(warnings).toEqual([expect.stringContaining(`Cannot reach Redis at ${redis.url}`)]);
    const started = await createApi(config);
    await started.init();
    await started.getHttpAdapter().getInstance().ready();
    try {
      expect((await started.inject({ method: 'GET', url: '/health' })).json()).toMatchObject({ status: 'degraded', degraded: ['redis'] });
      const signedIn = await started.inject({
        method: 'POST',
        url: '/api/v1/auth/participant-login',
        payload: { court: court.code, participantNumber: participant.number, pin: PIN },
      });
      expect(signedIn.statusCode).toBe(200);
      const callIn = await started.inject({ method: 'POST', url: '/api/v1/call-ins', payload: {}, headers: { authorization: `Bearer ${signedIn.json().accessToken}` } });
      expect(callIn.statusCode).toBe(200);
      // No draw yet: "call again", with a receipt, and the draw requested through the outbox for when Redis returns.
      expect(callIn.json()).toMatchObject({ status: 'not_available', receiptCode: expect.any(String) });
      const [stored] = await ds.query(`SELECT receipt_code FROM call_ins WHERE participant_id = $1`, [participant.id]);
      expect(stored.receipt_code).toBe(callIn.json().receiptCode);
      expect(await ds.query(`SELECT job_key FROM outbox_events WHERE relayed_at IS NULL`)).toEqual([{ job_key: expect.stringMatching(/^draw:.*:requested$/) }]);
    } finally {
      await started.close();
      redis = await startRedis();
    }
    await eventually(async () => (await health()).json().status === 'ok', 15_000, 'health to recover after Redis returns');
  });

  it('names Postgres when it is down, answers 503 problem+json, and recovers', async () => {
    await postgres.stop();
    const down = await health();
    expect(down.statusCode).toBe(503);
    expect(down.json()).toMatchObject({ down: ['postgres'], checks: { redis: { status: 'up' } } });
    const request = await app.inject({ method: 'GET', url: '/api/v1/probe/database' });
    expect(request.statusCode).toBe(503);
    expect(request.headers['content-type']).toContain('application/problem+json');
    expect(request.json()).toMatchObject({ code: 'service-unavailable', dependency: 'postgres' });
    postgres = await startPostgres();
    await eventually(async () => (await health()).statusCode === 200, 20_000, 'health to recover after Postgres returns');
    expect((await app.inject({ method: 'GET', url: '/api/v1/probe/database' })).statusCode).toBe(200);
  });

  it('start-up names the server it cannot reach, and where', async () => {
    const unusedPort = await freePort();
    const base = { DATABASE_URL: postgres.url, REDIS_URL: redis.url };
    await expect(preflight(loadConfig({ ...base, DATABASE_URL: `postgres://u:secret@127.0.0.1:${unusedPort}/court` }))).rejects.toThrow(
      `Cannot reach PostgreSQL at postgres://127.0.0.1:${unusedPort}/court`,
    );
    await expect(preflight(loadConfig({ ...base, REDIS_URL: `redis://127.0.0.1:${unusedPort}` }))).rejects.toThrow(
      `Cannot reach Redis at redis://127.0.0.1:${unusedPort}: connect ECONNREFUSED`,
    );
  });
});
