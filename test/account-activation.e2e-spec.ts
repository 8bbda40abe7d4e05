import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { TestClock } from '@app/core';
import { DataSource } from 'typeorm';
import { createAdministrator } from '../apps/cli/src/create-admin';
import { DEMO_SEEDERS } from '../apps/cli/src/seed/demo-seeders';
import { runDemoSeed } from '../apps/cli/src/seed/run-demo-seed';
import { createTestApi } from './support/test-app';
import { createTestDatabase, testConfig, TestDatabase } from './support/test-env';
import { ApiClient, CourtFixture, createCourt, createParticipant, createStaff, dataSourceOf, expectProblem, ParticipantFixture, signIn } from './support/fixtures';

/** Monday 23 November 2026, 18:00 UTC; every time below is relative to it, none to real time. */
const NOW = '2026-11-23T18:00:00Z';
const OWN_PASSWORD = 'an-owner-chosen-password';

/**
 * Nobody becomes someone else: accounts start, and restart after a reset,
 * with no password, and only a one-time link for 24 hours lets their owner
 * set one; the first system administrator of an install comes from a
 * command that prints such a link; the demo logins never exist in production.
 */
describe('account activation', () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;
  let ds: DataSource;
  const clock = new TestClock(NOW);
  let court: CourtFixture;
  let participant: ParticipantFixture;
  let admin: ApiClient;

  const tokenOf = (url: string) => url.slice(url.indexOf('#') + 1);
  const activate = (token: string, password = OWN_PASSWORD) => app.inject({ method: 'POST', url: '/api/v1/auth/activate', payload: { token, password } });
  const login = (username: string, password: string) => app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createTestApi(testConfig(db.url, { PUBLIC_URL: 'https://court.example.gov/tc' }), clock);
    ds = dataSourceOf(app);
    court = await createCourt(ds, 'ACT');
    participant = await createParticipant(ds, court, 'A-0001');
    await createStaff(ds, 'cadmin', 'court_admin', court.id);
    admin = await signIn(app, 'cadmin');
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('gives a link on the configured public address that works for 24 hours, and a reset gives a fresh one', async () => {
    const created = await admin.post('/api/v1/users', { username: 'late.starter', displayName: 'Late Starter', courtId: court.id, role: 'case_manager' });
    expect(created.statusCode).toBe(201);
    expect(created.json().activation).toEqual({
      url: expect.stringMatching(/^https:\/\/court\.example\.gov\/tc\/activate#[A-Za-z0-9_-]{43}$/),
      expiresAt: '2026-11-24T18:00:00.000Z',
    });
    const firstToken = tokenOf(created.json().activation.url);

    // The owner does nothing for a day: the link has expired, and the account still has no password.
    clock.advance(24 * 3_600_000 + 1_000);
    expectProblem(await activate(firstToken), 404, 'not-found');
    expect((await login('late.starter', OWN_PASSWORD)).statusCode).not.toBe(200);

    admin = await signIn(app, 'cadmin');
    const reset = await admin.post(`/api/v1/users/${created.json().id}/reset-password`);
    expect(reset.json().expiresAt).toBe('2026-11-25T18:00:01.000Z');
    clock.advance(23 * 3_600_000);
    expect((await activate(tokenOf(reset.json().url))).statusCode).toBe(200);
    const owner = await signIn(app, 'late.starter', OWN_PASSWORD);
    expect((await owner.get(`/api/v1/participants/${participant.id}`)).statusCode).toBe(200);
  });

  it('creates the first system administrator with the create-admin command: no password, a printed one-time link', async () => {
    const created = await createAdministrator(ds, clock, 'https://court.example.gov/tc', { username: 'First.Admin', displayName: 'First Admin' });
    expect(created).toMatchObject({ username: 'first.admin', url: expect.stringMatching(/^https:\/\/court\.example\.gov\/tc\/activate#[A-Za-z0-9_-]{43}$/) });
    expect(created.expiresAt.toISOString()).toBe(new Date(clock.now().getTime() + 24 * 3_600_000).toISOString());
    const [row] = await ds.query(`SELECT system_role, secret_hash, kind FROM users WHERE id = $1`, [created.userId]);
    expect(row).toEqual({ system_role: 'system_admin', secret_hash: null, kind: 'staff' });
    expect(await ds.query(`SELECT actor_user_id, basis, court_id FROM audit_events WHERE action = 'user.create' AND $1 = ANY(entity_ids)`, [created.userId])).toEqual([
      { actor_user_id: null, basis: 'command:create-admin', court_id: null },
    ]);
    await expect(createAdministrator(ds, clock, 'https://court.example.gov/tc', { username: 'first.admin' })).rejects.toThrow(/already taken/);
    await expect(createAdministrator(ds, clock, 'https://court.example.gov/tc', { username: 'no spaces' })).rejects.toThrow(/username/);

    for (const password of ['demo-password', OWN_PASSWORD]) expect((await login('first.admin', password)).statusCode).not.toBe(200);
    expect((await activate(tokenOf(created.url))).json()).toEqual({ username: 'first.admin' });
    const root = await signIn(app, 'first.admin', OWN_PASSWORD);
    expect((await root.get('/api/v1/me')).json()).toMatchObject({ systemRole: 'system_admin', signInIncomplete: null });
    expect((await root.get('/api/v1/users')).statusCode).toBe(200);
  });

  it('never seeds the demo logins in production', async () => {
    const fresh = await createTestDatabase();
    const production = await createTestApi(testConfig(fresh.url), clock);
    try {
      const outcome = await runDemoSeed(production, dataSourceOf(production), DEMO_SEEDERS, { production: true, now: clock.now() });
      expect(outcome).toMatchObject({ seeded: false, reason: 'production' });
      expect(await dataSourceOf(production).query(`SELECT count(*)::int AS n FROM users`)).toEqual([{ n: 0 }]);
      expect((await production.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'sysadmin', password: 'demo-password' } })).statusCode).not.toBe(200);
    } finally {
      await production.close();
      await fresh.drop();
    }
  });
});
