import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { getDataSourceToken } from '@nestjs/typeorm';
import { createApi } from '../apps/api/src/create-api';
import { createTestApi } from './support/test-app';
import { createTestDatabase, testConfig, TestDatabase, uniquePrefix } from './support/test-env';

const PROBLEM = 'application/problem+json';

describe('HTTP conventions', () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createTestApi(testConfig(db.url));
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  const outboxRows = async () =>
    (await app.get<DataSource>(getDataSourceToken()).query(`SELECT count(*)::int AS n FROM outbox_events`))[0].n as number;

  it('reports Postgres and Redis healthy', async () => {
    const response = await app.inject({ method: 'GET', url: '/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'ok', checks: { postgres: { status: 'up' }, redis: { status: 'up' } } });
  });

  it('serves business routes under /api/v1 with security headers', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/version' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ name: 'treatment-court', apiVersion: '1' });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['strict-transport-security']).toBeDefined();
    expect((await app.inject({ method: 'GET', url: '/version' })).statusCode).toBe(404);
  });

  it('puts a request id on every response, keeping a safe one given by the caller', async () => {
    const generated = await app.inject({ method: 'GET', url: '/api/v1/version' });
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const kept = await app.inject({ method: 'GET', url: '/api/v1/version', headers: { 'x-request-id': 'bench-42' } });
    expect(kept.headers['x-request-id']).toBe('bench-42');
    const replaced = await app.inject({ method: 'GET', url: '/api/v1/version', headers: { 'x-request-id': 'evil\nlog line' } });
    expect(replaced.headers['x-request-id']).not.toContain('evil');
  });

  it('accepts a valid body and writes', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/probe',
      payload: { name: 'valid', days: 3, address: { postcode: '96813' } },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({ added: 1 });
  });

  it.each([
    ['an unknown field', { name: 'a', days: 1, address: { postcode: '96813' }, admin: true }, 'admin'],
    ['an unknown nested field', { name: 'a', days: 1, address: { postcode: '96813', x: 1 } }, 'address.x'],
    ['a wrong type', { name: 'a', days: 'three', address: { postcode: '96813' } }, 'days'],
    ['a missing field', { days: 1, address: { postcode: '96813' } }, 'name'],
    ['an out-of-range value', { name: 'a', days: 99, address: { postcode: '96813' } }, 'days'],
    ['a nested problem', { name: 'a', days: 1, address: { postcode: '1' } }, 'address.postcode'],
  ])('refuses %s with 422 problem+json naming the field, and writes nothing', async (_what, payload, field) => {
    const before = await outboxRows();
    const response = await app.inject({ method: 'POST', url: '/api/v1/probe', payload });
    expect(response.statusCode).toBe(422);
    expect(response.headers['content-type']).toContain(PROBLEM);
    const body = response.json();
    expect(body).toMatchObject({ type: '/problems/validation-failed', code: 'validation-failed', status: 422, instance: '/api/v1/probe' });
    expect(body.errors.map((e: { field: string }) => e.field)).toContain(field);
    expect(body.requestId).toBe(response.headers['x-request-id']);
    expect(await outboxRows()).toBe(before);
  });

  it('refuses malformed JSON with 400 problem+json and writes nothing', async () => {
    const before = await outboxRows();
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/probe',
      headers: { 'content-type': 'application/json' },
      payload: '{"name": "a", "days": ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain(PROBLEM);
    expect(response.json()).toMatchObject({ code: 'malformed-request', status: 400 });
    expect(await outboxRows()).toBe(before);
  });

  it('answers an unknown route with 404 problem+json', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain(PROBLEM);
    expect(response.json()).toMatchObject({ code: 'not-found', type: '/problems/not-found' });
  });

  it('hides an unexpected error behind an error id', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/probe/boom' });
    expect(response.statusCode).toBe(500);
    const body = response.json();
    expect(body).toMatchObject({ code: 'internal-error', status: 500 });
    expect(body.errorId).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.body).not.toContain('secret internals');
    expect(response.body).not.toContain('at ');
  });

  it('publishes the OpenAPI document and Swagger UI', async () => {
    const json = await app.inject({ method: 'GET', url: '/api/docs-json' });
    expect(json.statusCode).toBe(200);
    expect(Object.keys(json.json().paths)).toEqual(expect.arrayContaining(['/health', '/api/v1/version']));
    const ui = await app.inject({ method: 'GET', url: '/api/docs' });
    expect(ui.statusCode).toBe(200);
    expect(ui.body).toContain('swagger');
  });
});

describe('rate limiting shared by API replicas', () => {
  let db: TestDatabase;
  let replicas: NestFastifyApplication[];

  beforeAll(async () => {
    db = await createTestDatabase();
    const shared = { RATE_LIMIT_PER_MINUTE: '4', QUEUE_PREFIX: uniquePrefix() };
    replicas = [await createTestApi(testConfig(db.url, shared)), await createTestApi(testConfig(db.url, shared))];
  });

  afterAll(async () => {
    await Promise.all(replicas.map((app) => app.close()));
    await db?.drop();
  });

  it('counts a client across replicas and answers 429 problem+json past the limit', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const response = await replicas[i % 2].inject({ method: 'GET', url: '/api/v1/probe/database' });
      statuses.push(response.statusCode);
      if (response.statusCode === 429) {
        expect(response.headers['content-type']).toContain(PROBLEM);
        expect(response.json()).toMatchObject({ code: 'rate-limited', status: 429 });
      }
    }
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
  });
});

describe('queue dashboard', () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createApi(testConfig(db.url, { QUEUE_DASHBOARD_PASSWORD: 'correct horse battery' }));
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('asks for the operator password and opens with it', async () => {
    const denied = await app.inject({ method: 'GET', url: '/admin/queues' });
    expect(denied.statusCode).toBe(401);
    const wrong = await app.inject({ method: 'GET', url: '/admin/queues', headers: { authorization: `Basic ${Buffer.from('admin:nope').toString('base64')}` } });
    expect(wrong.statusCode).toBe(401);
    const auth = `Basic ${Buffer.from('admin:correct horse battery').toString('base64')}`;
    const page = await app.inject({ method: 'GET', url: '/admin/queues', headers: { authorization: auth } });
    expect(page.statusCode).toBe(200);
    const queues = await app.inject({ method: 'GET', url: '/admin/queues/api/queues', headers: { authorization: auth } });
    expect(queues.statusCode).toBe(200);
    expect(JSON.stringify(queues.json())).toContain('maintenance');
  });

  it('counts wrong passwords per address like sign-in: the fifth in a row blocks that address, even with the right password, and no other', async () => {
    const auth = `Basic ${Buffer.from('admin:correct horse battery').toString('base64')}`;
    const wrong = `Basic ${Buffer.from('admin:guess').toString('base64')}`;
    const from = (remoteAddress: string, authorization: string) =>
      app.inject({ method: 'GET', url: '/admin/queues/api/queues', remoteAddress, headers: { authorization } });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await from('198.51.100.7', wrong)).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    const blocked = await from('198.51.100.7', auth);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers['retry-after']).toBeDefined();
    expect(blocked.json()).toMatchObject({ code: 'sign-in-blocked' });
    // The operator at another address is not affected.
    expect((await from('198.51.100.8', auth)).statusCode).toBe(200);
  });
});

describe('queue dashboard, not configured', () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createApi(testConfig(db.url));
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('is off: the path does not exist, with or without credentials', async () => {
    const auth = `Basic ${Buffer.from('admin:correct horse battery').toString('base64')}`;
    expect((await app.inject({ method: 'GET', url: '/admin/queues' })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/admin/queues/api/queues', headers: { authorization: auth } })).statusCode).toBe(404);
  });
});
