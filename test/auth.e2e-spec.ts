import { Controller, Get } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { Allow, Authenticated, Permission, SignInThrottle, TotpService } from '@app/auth';
import { AppConfig, configureHttp, createFastifyAdapter, TestClock } from '@app/core';
import type { LightMyRequestResponse } from 'fastify';
import jwt from 'jsonwebtoken';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { ApiModule } from '../apps/api/src/api.module';
import {
  ApiClient,
  CourtFixture,
  createCourt,
  createParticipant,
  createStaff,
  dataSourceOf,
  expectProblem,
  ParticipantFixture,
  PASSWORD,
  PIN,
  signIn,
  signInParticipant,
} from './support/fixtures';
import { createTestApi } from './support/test-app';
import { createTestDatabase, testConfig, TestDatabase } from './support/test-env';

const PROBLEM = 'application/problem+json';
const MINUTE = 60_000;
const WRONG_PASSWORD = 'not-the-password';
const WRONG_PIN = '000000';

/**
 * Routes that exist only in this test, so the guard can be exercised on a
 * staff-only permission and on a plain signed-in route before any domain
 * controller exists.
 */
@Controller('guard-probe')
class GuardProbeController {
  @Get('docket')
  @Allow(Permission.DocketRead)
  docket(): { ok: true } {
    return { ok: true };
  }

  @Get('anyone')
  @Authenticated()
  anyone(): { ok: true } {
    return { ok: true };
  }
}

/** The API as `createTestApi` builds it, plus the guard probe. */
async function createAuthTestApi(config: AppConfig, clock: TestClock): Promise<NestFastifyApplication> {
  const moduleRef = await Test.createTestingModule({
    imports: [ApiModule.forRoot({ config, clock })],
    controllers: [GuardProbeController],
  }).compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(createFastifyAdapter(config), { bufferLogs: true });
  await configureHttp(app);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}


/** A problem body without the members that name the request. */
function withoutRequest(response: LightMyRequestResponse): Record<string, unknown> {
  const { instance: _instance, requestId: _requestId, ...rest } = response.json();
  return rest;
}

describe('sign-in and sessions', () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;
  let ds: DataSource;
  let court: CourtFixture;
  /** A court that extends the second factor to its case managers. */
  let mfaCourt: CourtFixture;
  const clock = new TestClock(new Date('2026-11-23T15:00:00Z'));
  let sequence = 0;
  const unique = (prefix: string) => `${prefix}${++sequence}`;

  beforeAll(async () => {
    db = await createTestDatabase();
    // Lock-out and sessions are tested here; the per-address throttle has its own app below.
    app = await createAuthTestApi(testConfig(db.url, { AUTH_SIGN_IN_PER_MINUTE: '1000', RATE_LIMIT_PER_MINUTE: '100000', AUTH_SIGN_IN_PER_MINUTE_PER_ACCOUNT: '1000' }), clock);
    ds = dataSourceOf(app);
    court = await createCourt(ds, 'ALPHA');
    mfaCourt = await createCourt(ds, 'SECURE', { mfaRequiredRoles: ['case_manager'] });
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  // Fresh accounts for every test, so no test sees another's failures, locks or sessions.
  const newStaff = async (role = 'case_manager', courtId: string | null = court.id) => createStaff(ds, unique('user'), role, courtId);
  const newParticipant = async () => createParticipant(ds, court, unique('P-'));

  const login = (username: string, password: string, totp?: string) =>
    app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password, ...(totp === undefined ? {} : { totp }) } });
  const participantLogin = (courtCode: string, participantNumber: string, pin: string) =>
    app.inject({ method: 'POST', url: '/api/v1/auth/participant-login', payload: { court: courtCode, participantNumber, pin } });
  const refresh = (refreshToken: string) => app.inject({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refreshToken } });
  const withToken = (accessToken: string, url = '/api/v1/me') =>
    app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${accessToken}` } });

  const sessionsOf = async (userId: string) =>
    (await ds.query(`SELECT id, last_seen_at, revoked_at, revoked_reason FROM auth_sessions WHERE user_id = $1 ORDER BY created_at`, [
      userId,
    ])) as Array<{ id: string; last_seen_at: Date; revoked_at: Date | null; revoked_reason: string | null }>;
  const auditCount = async () => (await ds.query(`SELECT count(*)::int AS n FROM audit_events`))[0].n as number;

  describe('signing in', () => {
    it('signs staff in with a token pair and shows their memberships', async () => {
      const staff = await newStaff();
      const response = await login(staff.username, PASSWORD);
      expect(response.statusCode).toBe(200);
      const body = response.json();
      expect(body).toEqual({
        accessToken: expect.any(String),
        refreshToken: expect.any(String),
        accessTokenExpiresAt: new Date(clock.now().getTime() + 300_000).toISOString(),
        tokenType: 'Bearer',
      });
      const me = await withToken(body.accessToken);
      expect(me.statusCode).toBe(200);
      expect(me.json()).toEqual({
        id: staff.id,
        kind: 'staff',
        displayName: `Test ${staff.username}`,
        systemRole: null,
        memberships: [{ courtId: court.id, code: 'ALPHA', role: 'case_manager', organisationId: null, language: 'en', permissions: expect.any(Array) }],
        systemPermissions: [],
        participantId: null,
        signInIncomplete: null,
        secondFactorEnabled: false,
        language: null,
      });
      // The screens offer an action only when the role holds its permission: a case manager records violations, never manages users.
      const [membership] = (me.json() as { memberships: Array<{ permissions: string[] }> }).memberships;
      expect(membership.permissions).toEqual(expect.arrayContaining(['participant.read', 'case_note.write', 'violation.write', 'drug_test.order']));
      expect(membership.permissions).not.toContain('user.manage');
      expect(membership.permissions).not.toContain('hearing.record_outcome');
    });

    it('signs a participant in with court code, number and PIN', async () => {
      const participant = await newParticipant();
      const client = await signInParticipant(app, participant);
      const me = await client.get('/api/v1/me');
      expect(me.statusCode).toBe(200);
      expect(me.json()).toMatchObject({
        kind: 'participant',
        participantId: participant.id,
        systemRole: null,
        memberships: [{ code: 'ALPHA', role: 'participant' }],
      });
    });

    it('answers every kind of wrong credential with the same 401 invalid-credentials', async () => {
      const staff = await newStaff();
      const participant = await newParticipant();
      const attempts: Array<[string, LightMyRequestResponse]> = [
        ['wrong password', await login(staff.username, WRONG_PASSWORD)],
        ['unknown username', await login(unique('nobody'), PASSWORD)],
        ['wrong PIN', await participantLogin(court.code, participant.number, WRONG_PIN)],
        ['unknown court', await participantLogin('NOWHERE', participant.number, PIN)],
        ['unknown participant number', await participantLogin(court.code, 'X-9999', PIN)],
      ];
      const expected = {
        type: '/problems/invalid-credentials',
        title: 'Sign-in failed',
        status: 401,
        detail: 'The credentials given are not valid.',
        code: 'invalid-credentials',
      };
      for (const [what, response] of attempts) {
        expect({ what, status: response.statusCode, body: withoutRequest(response) }).toEqual({ what, status: 401, body: expected });
        expect(response.headers['content-type']).toContain(PROBLEM);
        expect(response.headers['www-authenticate']).toBe('Bearer');
      }
    });
  });

  describe('failed attempts block the source, never the account', () => {
    const loginFrom = (remoteAddress: string, username: string, password: string) =>
      app.inject({ method: 'POST', url: '/api/v1/auth/login', remoteAddress, payload: { username, password } });
    const participantLoginFrom = (remoteAddress: string, participant: ParticipantFixture, pin: string) =>
      app.inject({ method: 'POST', url: '/api/v1/auth/participant-login', remoteAddress, payload: { court: court.code, participantNumber: participant.number, pin } });

    it('blocks the source for that account 10 minutes after 5 consecutive failures, even with the right password, while the owner elsewhere signs in', async () => {
      const staff = await newStaff();
      const attacker = '203.0.113.10';
      for (let attempt = 1; attempt <= 5; attempt++) {
        expectProblem(await loginFrom(attacker, staff.username, WRONG_PASSWORD), 401, 'invalid-credentials');
      }

      const blocked = await loginFrom(attacker, staff.username, PASSWORD);
      expectProblem(blocked, 429, 'sign-in-blocked');
      expect(blocked.headers['retry-after']).toBe('600');
      expect(blocked.json()).toMatchObject({ retryAfterSeconds: 600 });
      // The account is not locked: its owner, at another address, signs in at once.
      expect((await loginFrom('203.0.113.11', staff.username, PASSWORD)).statusCode).toBe(200);

      // Retry-After is a whole number of seconds (RFC 9110), rounded up so a client that obeys it is not refused again.
      clock.advance(1_500);
      const stillBlocked = await loginFrom(attacker, staff.username, PASSWORD);
      expectProblem(stillBlocked, 429, 'sign-in-blocked');
      expect(stillBlocked.headers['retry-after']).toBe('599');

      clock.advance(10 * MINUTE - 1_500 - 1_000);
      expectProblem(await loginFrom(attacker, staff.username, PASSWORD), 429, 'sign-in-blocked');
      clock.advance(1_000);
      expect((await loginFrom(attacker, staff.username, PASSWORD)).statusCode).toBe(200);
    });

    it('counts only consecutive failures: a success resets the count', async () => {
      const staff = await newStaff();
      const from = '203.0.113.20';
      for (let attempt = 1; attempt <= 4; attempt++) expectProblem(await loginFrom(from, staff.username, WRONG_PASSWORD), 401, 'invalid-credentials');
      expect((await loginFrom(from, staff.username, PASSWORD)).statusCode).toBe(200);
      for (let attempt = 1; attempt <= 4; attempt++) expectProblem(await loginFrom(from, staff.username, WRONG_PASSWORD), 401, 'invalid-credentials');
      expect((await loginFrom(from, staff.username, PASSWORD)).statusCode).toBe(200);
      // ... and the fifth consecutive failure does block that source.
      for (let attempt = 1; attempt <= 5; attempt++) await loginFrom(from, staff.username, WRONG_PASSWORD);
      expectProblem(await loginFrom(from, staff.username, PASSWORD), 429, 'sign-in-blocked');
    });

    it("never stops a participant on their own device for a stranger's wrong PINs, audits each failure naming them, and alerts staff", async () => {
      const participant = await newParticipant();
      const bystander = await newParticipant();
      const stranger = '203.0.113.30';
      const ownPhone = '198.51.100.30';
      for (let attempt = 1; attempt <= 5; attempt++) {
        expectProblem(await participantLoginFrom(stranger, participant, WRONG_PIN), 401, 'invalid-credentials');
      }
      expectProblem(await participantLoginFrom(stranger, participant, WRONG_PIN), 429, 'sign-in-blocked');
      // The participant on their own device, and another participant, are not affected.
      expect((await participantLoginFrom(ownPhone, participant, PIN)).statusCode).toBe(200);
      expect((await participantLoginFrom(stranger, bystander, PIN)).statusCode).toBe(200);

      const rows = (await ds.query(
        `SELECT action, actor_user_id, actor_role, court_id, entity_ids, participant_ids, basis, details
           FROM audit_events WHERE $1 = ANY(participant_ids) AND action = 'auth.sign_in_failed' ORDER BY id`,
        [participant.id],
      )) as Array<{ action: string; participant_ids: string[]; details: { reason: string; clientAddress: string } }>;
      expect(rows).toHaveLength(6);
      for (const row of rows) {
        expect(row).toMatchObject({
          action: 'auth.sign_in_failed',
          actor_user_id: participant.userId,
          actor_role: 'participant',
          court_id: court.id,
          entity_ids: [participant.userId],
          participant_ids: [participant.id],
          basis: 'denied',
          details: { clientAddress: stranger },
        });
      }
      expect(rows.map((row) => row.details.reason)).toEqual([
        'wrong-secret',
        'wrong-secret',
        'wrong-secret',
        'wrong-secret',
        'wrong-secret; source blocked for this account',
        'source blocked',
      ]);
      // Staff see an alert on the account (the testing board lists it), and the account itself carries no lock.
      const alerts = await ds.query(`SELECT court_id, participant_id, kind, failures, blocked_sources, closed_at FROM account_alerts WHERE user_id = $1`, [
        participant.userId,
      ]);
      expect(alerts).toEqual([{ court_id: court.id, participant_id: participant.id, kind: 'failed-sign-ins', failures: 5, blocked_sources: 1, closed_at: null }]);
      expect(await ds.query(`SELECT failed_sign_ins, locked_until FROM users WHERE id = $1`, [participant.userId])).toEqual([{ failed_sign_ins: 0, locked_until: null }]);
      // A stranger's wrong PIN was refused, not the participant: no refused call-in is on record.
      expect(await ds.query(`SELECT reason FROM call_in_refusals WHERE participant_id = $1`, [participant.id])).toEqual([]);

      clock.advance(10 * MINUTE);
      expect((await participantLoginFrom(stranger, participant, PIN)).statusCode).toBe(200);

      // Choosing a new PIN closes the alert: whatever was being guessed is no longer the PIN.
      const own = await signInParticipant(app, participant);
      expect((await own.post('/api/v1/auth/change-secret', { currentSecret: PIN, newSecret: '24681357' })).statusCode).toBe(204);
      const [closed] = await ds.query(`SELECT closed_at FROM account_alerts WHERE user_id = $1`, [participant.userId]);
      expect(closed.closed_at).toEqual(clock.now());
    });

    it('counts 20 wrong PINs sent at once from one source one by one: at most 5 reach the PIN check, the rest are refused', async () => {
      const participant = await newParticipant();
      const stranger = '203.0.113.40';
      const responses = await Promise.all(Array.from({ length: 20 }, () => participantLoginFrom(stranger, participant, WRONG_PIN)));
      const statuses = responses.map((response) => response.statusCode);
      expect(statuses.filter((status) => status === 401)).toHaveLength(5);
      expect(statuses.filter((status) => status === 429)).toHaveLength(15);
      for (const response of responses.filter((r) => r.statusCode === 429)) expect(response.json()).toMatchObject({ code: 'sign-in-blocked' });
      expect((await participantLoginFrom(stranger, participant, PIN)).statusCode).toBe(429);
      expect((await participantLoginFrom('198.51.100.40', participant, PIN)).statusCode).toBe(200);
    });

    it('forgets idle counters: the hourly maintenance deletes those no longer counting, and keeps a block that is still running', async () => {
      const idle = await newStaff();
      const blocked = await newStaff();
      for (let attempt = 1; attempt <= 2; attempt++) await loginFrom('203.0.113.60', idle.username, WRONG_PASSWORD);
      clock.advance(10 * MINUTE);
      for (let attempt = 1; attempt <= 6; attempt++) await loginFrom('203.0.113.61', blocked.username, WRONG_PASSWORD);
      const keys = async () =>
        ((await ds.query(`SELECT key FROM sign_in_throttles WHERE scope = 'pair' AND key LIKE ANY($1)`, [[`%${idle.username}|%`, `%${blocked.username}|%`]])) as Array<{ key: string }>).map(
          (row) => row.key,
        );
      expect(await keys()).toHaveLength(2);
      expect(await app.get(SignInThrottle).prune()).toBeGreaterThan(0);
      expect(await keys()).toEqual([`staff:${blocked.username}|ip:203.0.113.61`]);
      expectProblem(await loginFrom('203.0.113.61', blocked.username, PASSWORD), 429, 'sign-in-blocked');
    });

    it('blocks a source guessing across many accounts once it reaches the per-source threshold, and no other source', async () => {
      const sprayer = '203.0.113.50';
      const limited = await createAuthTestApi(
        testConfig(db.url, { AUTH_SIGN_IN_PER_MINUTE: '1000', RATE_LIMIT_PER_MINUTE: '100000', AUTH_SOURCE_LOCKOUT_THRESHOLD: '3' }),
        clock,
      );
      try {
        const targets = [await newParticipant(), await newParticipant(), await newParticipant(), await newParticipant()];
        const tryPin = (remoteAddress: string, participant: ParticipantFixture, pin: string) =>
          limited.inject({ method: 'POST', url: '/api/v1/auth/participant-login', remoteAddress, payload: { court: court.code, participantNumber: participant.number, pin } });
        for (const target of targets.slice(0, 3)) expectProblem(await tryPin(sprayer, target, WRONG_PIN), 401, 'invalid-credentials');
        expectProblem(await tryPin(sprayer, targets[3], WRONG_PIN), 429, 'sign-in-blocked');
        expect((await tryPin('198.51.100.50', targets[3], PIN)).statusCode).toBe(200);
      } finally {
        await limited.close();
      }
    });
  });

  describe('access tokens', () => {
    /** Signs a fresh user in and lets two minutes pass, so that any authenticated request would record activity. */
    async function signedInAWhileAgo() {
      const staff = await newStaff();
      const response = await login(staff.username, PASSWORD);
      const signedInAt = clock.now();
      clock.advance(2 * MINUTE);
      return { staff, accessToken: response.json().accessToken as string, refreshToken: response.json().refreshToken as string, signedInAt };
    }

    const lastSeen = async (userId: string) => (await sessionsOf(userId))[0].last_seen_at.getTime();

    it('refuses a request without a token, or with a malformed authorization header', async () => {
      const { accessToken } = await signedInAWhileAgo();
      const headers: Array<Record<string, string>> = [
        {},
        { authorization: accessToken },
        { authorization: `Token ${accessToken}` },
        { authorization: 'Bearer' },
        { authorization: `Bearer ${accessToken} extra` },
        { authorization: 'Bearer not-a-jwt' },
        { authorization: `Basic ${Buffer.from('user:pass').toString('base64')}` },
      ];
      for (const header of headers) {
        const response = await app.inject({ method: 'GET', url: '/api/v1/me', headers: header });
        expect({ header, status: response.statusCode }).toEqual({ header, status: 401 });
        expect(response.headers['www-authenticate']).toBe('Bearer');
        expect(response.headers['content-type']).toContain(PROBLEM);
      }
    });

    const parts = (token: string) => token.split('.') as [string, string, string];
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const decode = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));

    it.each<[string, (token: string, context: { otherUserId: string }) => string]>([
      [
        'a character of the signature flipped',
        (token) => {
          const [h, p, s] = parts(token);
          const i = 10;
          return `${h}.${p}.${s.slice(0, i)}${s[i] === 'A' ? 'B' : 'A'}${s.slice(i + 1)}`;
        },
      ],
      ['the claims changed (another user) under the original signature', (token, { otherUserId }) => {
        const [h, p, s] = parts(token);
        return `${h}.${encode({ ...decode(p), sub: otherUserId })}.${s}`;
      }],
      ['re-signed with another key', (token) => jwt.sign(decode(parts(token)[1]), randomBytes(32), { algorithm: 'HS256' })],
      ['re-signed with AUTH_SECRET itself instead of the derived key', (token) =>
        jwt.sign(decode(parts(token)[1]), app.get(AppConfig).auth.secret, { algorithm: 'HS256' })],
      ['turned into alg: none without a signature', (token) => `${encode({ alg: 'none', typ: 'JWT' })}.${parts(token)[1]}.`],
      ['turned into alg: none keeping the signature', (token) => `${encode({ alg: 'none', typ: 'JWT' })}.${parts(token)[1]}.${parts(token)[2]}`],
      ['given a later expiry under the original signature', (token) => {
        const [h, p, s] = parts(token);
        return `${h}.${encode({ ...decode(p), exp: decode(p).exp + 3600 })}.${s}`;
      }],
    ])('refuses a token %s, and records nothing', async (_what, forge) => {
      const { staff, accessToken, signedInAt } = await signedInAWhileAgo();
      const other = await newStaff();
      const auditBefore = await auditCount();
      const forged = forge(accessToken, { otherUserId: other.id });
      expect(forged).not.toBe(accessToken);

      const response = await withToken(forged);
      expectProblem(response, 401, 'unauthenticated');
      expect(response.headers['www-authenticate']).toBe('Bearer');
      expect(await lastSeen(staff.id)).toBe(signedInAt.getTime());
      expect(await auditCount()).toBe(auditBefore);

      // The genuine token still works, and that request is recorded as activity.
      expect((await withToken(accessToken)).statusCode).toBe(200);
      expect(await lastSeen(staff.id)).toBe(clock.now().getTime());
    });

    it('refuses an expired access token without recording activity; a refreshed one works', async () => {
      const { staff, accessToken, refreshToken, signedInAt } = await signedInAWhileAgo();
      clock.advance(3 * MINUTE); // 5 minutes after sign-in: exactly the TTL
      expectProblem(await withToken(accessToken), 401, 'unauthenticated');
      expect(await lastSeen(staff.id)).toBe(signedInAt.getTime());

      const refreshed = await refresh(refreshToken);
      expect(refreshed.statusCode).toBe(200);
      expect((await withToken(refreshed.json().accessToken)).statusCode).toBe(200);
    });

    it('rotates refresh tokens; reusing an old one ends the whole session', async () => {
      const staff = await newStaff();
      const first = (await login(staff.username, PASSWORD)).json();
      const second = await refresh(first.refreshToken);
      expect(second.statusCode).toBe(200);
      const pair = second.json();
      expect(pair).toEqual({ accessToken: expect.any(String), refreshToken: expect.any(String), accessTokenExpiresAt: expect.any(String), tokenType: 'Bearer' });
      expect(pair.refreshToken).not.toBe(first.refreshToken);
      expect((await withToken(pair.accessToken)).statusCode).toBe(200);

      const reused = await refresh(first.refreshToken);
      expectProblem(reused, 401, 'unauthenticated');
      expect(reused.headers['www-authenticate']).toBe('Bearer');

      // The thief and the owner both lose the session: the new pair is dead too.
      expectProblem(await withToken(pair.accessToken), 401, 'session-ended');
      expectProblem(await refresh(pair.refreshToken), 401, 'session-ended');
      expect(await sessionsOf(staff.id)).toEqual([expect.objectContaining({ revoked_reason: 'refresh-reuse', revoked_at: clock.now() })]);
    });

    it('refuses an unknown refresh token', async () => {
      expectProblem(await refresh(randomBytes(32).toString('base64url')), 401, 'unauthenticated');
    });
  });

  describe('logging out', () => {
    it('ends the access and refresh tokens at once, and only that session', async () => {
      const staff = await newStaff();
      const session = await signIn(app, staff.username);
      const otherDevice = await signIn(app, staff.username);
      expect((await session.get('/api/v1/me')).statusCode).toBe(200);

      const logout = await session.post('/api/v1/auth/logout');
      expect(logout.statusCode).toBe(204);
      // Same instant: the clock has not moved since the token was issued.
      expectProblem(await session.get('/api/v1/me'), 401, 'session-ended');
      expectProblem(await refresh(session.refreshToken), 401, 'session-ended');
      expect((await otherDevice.get('/api/v1/me')).statusCode).toBe(200);
    });
  });

  describe('session limits', () => {
    it('ends a session after 30 minutes without a request', async () => {
      const staff = await newStaff();
      const signedIn = await login(staff.username, PASSWORD);
      clock.advance(29 * MINUTE);
      // The access token has expired by now; a refresh is not activity, a request is.
      const pair = (await refresh(signedIn.json().refreshToken)).json();
      expect((await withToken(pair.accessToken)).statusCode).toBe(200);

      clock.advance(4 * MINUTE); // 33 minutes after sign-in, 4 after the last request
      const again = (await refresh(pair.refreshToken)).json();
      expect((await withToken(again.accessToken)).statusCode).toBe(200);

      clock.advance(31 * MINUTE);
      const expired = await refresh(again.refreshToken);
      expectProblem(expired, 401, 'session-expired');
      expect(expired.headers['www-authenticate']).toBe('Bearer');
    });

    it('does not count a refresh as activity', async () => {
      const staff = await newStaff();
      const signedIn = await login(staff.username, PASSWORD);
      clock.advance(29 * MINUTE);
      const refreshed = await refresh(signedIn.json().refreshToken);
      expect(refreshed.statusCode).toBe(200);
      clock.advance(2 * MINUTE); // the new access token is still fresh, but nothing was requested for 31 minutes
      expectProblem(await withToken(refreshed.json().accessToken), 401, 'session-expired');
      expectProblem(await refresh(refreshed.json().refreshToken), 401, 'session-expired');
    });

    it('ends even an active session AUTH_SESSION_MAX_HOURS (12) after sign-in', async () => {
      const staff = await newStaff();
      const signedInAt = clock.now().getTime();
      let pair = (await login(staff.username, PASSWORD)).json();
      const keepActive = async () => {
        const next = await refresh(pair.refreshToken);
        expect(next.statusCode).toBe(200);
        pair = next.json();
        expect((await withToken(pair.accessToken)).statusCode).toBe(200);
      };
      while (clock.now().getTime() + 25 * MINUTE < signedInAt + 12 * 60 * MINUTE) {
        clock.advance(25 * MINUTE);
        await keepActive();
      }
      clock.set(new Date(signedInAt + 12 * 60 * MINUTE - MINUTE));
      await keepActive();
      clock.advance(MINUTE);
      expectProblem(await withToken(pair.accessToken), 401, 'session-expired');
      expectProblem(await refresh(pair.refreshToken), 401, 'session-expired');
    });
  });

  describe('deactivation', () => {
    it('ends the sessions of a deactivated account at once and refuses its sign-in like a wrong password', async () => {
      const staff = await newStaff();
      const client = await signIn(app, staff.username);
      expect((await client.get('/api/v1/me')).statusCode).toBe(200);

      await ds.query(`UPDATE users SET active = false WHERE id = $1`, [staff.id]);
      expectProblem(await client.get('/api/v1/me'), 401, 'session-ended');
      expectProblem(await refresh(client.refreshToken), 401, 'session-ended');

      const refused = await login(staff.username, PASSWORD);
      const unknown = await login(unique('nobody'), PASSWORD);
      expectProblem(refused, 401, 'invalid-credentials');
      expect(withoutRequest(refused)).toEqual(withoutRequest(unknown));
    });

    it('refuses a deactivated participant the same way', async () => {
      const participant = await newParticipant();
      const client = await signInParticipant(app, participant);
      await ds.query(`UPDATE users SET active = false WHERE id = $1`, [participant.userId]);
      expectProblem(await client.get('/api/v1/me'), 401, 'session-ended');
      expectProblem(await participantLogin(court.code, participant.number, PIN), 401, 'invalid-credentials');
    });
  });

  describe('changing the password or PIN', () => {
    const NEW_PASSWORD = 'a-brand-new-passphrase';

    it('refuses a wrong current password with 401 and a weak new one with 422, changing nothing', async () => {
      const staff = await newStaff();
      const client = await signIn(app, staff.username);
      expectProblem(await client.post('/api/v1/auth/change-secret', { currentSecret: WRONG_PASSWORD, newSecret: NEW_PASSWORD }), 401, 'invalid-credentials');

      for (const weak of ['short', `${staff.username}-is-my-name`, PASSWORD]) {
        const response = await client.post('/api/v1/auth/change-secret', { currentSecret: PASSWORD, newSecret: weak });
        expectProblem(response, 422, 'validation-failed');
        expect(response.json().errors).toEqual([{ field: 'newSecret', message: expect.any(String) }]);
      }
      expect((await client.get('/api/v1/me')).statusCode).toBe(200);
      expect((await login(staff.username, PASSWORD)).statusCode).toBe(200);
      expectProblem(await login(staff.username, NEW_PASSWORD), 401, 'invalid-credentials');
    });

    it('changes the password, ending the other sessions but not the current one', async () => {
      const staff = await newStaff();
      const current = await signIn(app, staff.username);
      const other = await signIn(app, staff.username);

      const changed = await current.post('/api/v1/auth/change-secret', { currentSecret: PASSWORD, newSecret: NEW_PASSWORD });
      expect(changed.statusCode).toBe(204);

      expect((await current.get('/api/v1/me')).statusCode).toBe(200);
      expect((await refresh(current.refreshToken)).statusCode).toBe(200);
      expectProblem(await other.get('/api/v1/me'), 401, 'session-ended');
      expectProblem(await refresh(other.refreshToken), 401, 'session-ended');
      expectProblem(await login(staff.username, PASSWORD), 401, 'invalid-credentials');
      expect((await login(staff.username, NEW_PASSWORD)).statusCode).toBe(200);
    });

    it('lets a participant change their PIN to 6-12 digits only, and not to a trivial one or their birth date', async () => {
      const participant = await newParticipant();
      await ds.query(`UPDATE participants SET date_of_birth = '1987-03-14' WHERE id = $1`, [participant.id]);
      const client = await signInParticipant(app, participant);
      for (const weak of ['12345', '1234567890123', '12ab56', 'a-long-password-like-staff', '000000', '123456', '987654', '121212', '140387', '19870314']) {
        const response = await client.post('/api/v1/auth/change-secret', { currentSecret: PIN, newSecret: weak });
        expectProblem(response, 422, 'validation-failed');
      }
      expect((await client.post('/api/v1/auth/change-secret', { currentSecret: PIN, newSecret: '24680246' })).statusCode).toBe(204);
      expectProblem(await participantLogin(court.code, participant.number, PIN), 401, 'invalid-credentials');
      expect((await participantLogin(court.code, participant.number, '24680246')).statusCode).toBe(200);
    });
  });

  describe('second factor (TOTP)', () => {
    const totp = () => app.get(TotpService);
    const STEP = 30_000;

    /** Sets up and confirms TOTP for the client; returns the secret. */
    async function enrol(client: ApiClient): Promise<string> {
      const setup = await client.post('/api/v1/auth/totp/setup');
      expect(setup.statusCode).toBe(200);
      const { secret, otpauthUri } = setup.json();
      expect(otpauthUri).toMatch(/^otpauth:\/\/totp\//);
      const confirmed = await client.post('/api/v1/auth/totp/confirm', { code: totp().codeAt(secret, clock.now()) });
      expect(confirmed.statusCode).toBe(204);
      return secret;
    }

    it('is enabled by setup and confirmation, and then asked for at sign-in', async () => {
      const staff = await newStaff();
      const client = await signIn(app, staff.username);
      const setup = (await client.post('/api/v1/auth/totp/setup')).json();
      // Not enforced until confirmed.
      expect((await client.get('/api/v1/me')).json()).toMatchObject({ secondFactorEnabled: false });
      expect((await login(staff.username, PASSWORD)).statusCode).toBe(200);
      const wrongCode = totp().codeAt(setup.secret, new Date(clock.now().getTime() + 10 * STEP));
      expectProblem(await client.post('/api/v1/auth/totp/confirm', { code: wrongCode }), 422, 'validation-failed');

      const confirmed = await client.post('/api/v1/auth/totp/confirm', { code: totp().codeAt(setup.secret, clock.now()) });
      expect(confirmed.statusCode).toBe(204);
      expect((await client.get('/api/v1/me')).json()).toMatchObject({ secondFactorEnabled: true });

      const withoutCode = await login(staff.username, PASSWORD);
      expectProblem(withoutCode, 401, 'mfa-required');
      expect(withoutCode.headers['www-authenticate']).toBe('Bearer');
      clock.advance(STEP);
      expect((await login(staff.username, PASSWORD, totp().codeAt(setup.secret, clock.now()))).statusCode).toBe(200);
    });

    it('counts a wrong code as a failed sign-in', async () => {
      const staff = await newStaff();
      const secret = await enrol(await signIn(app, staff.username));
      clock.advance(STEP);
      const wrong = String((Number(totp().codeAt(secret, clock.now())) + 1) % 1_000_000).padStart(6, '0');
      const wrongResponse = await login(staff.username, PASSWORD, wrong);
      expectProblem(wrongResponse, 401, 'invalid-credentials');
      expect(withoutRequest(wrongResponse)).toEqual(withoutRequest(await login(staff.username, WRONG_PASSWORD)));
      const failures = async () =>
        (await ds.query(`SELECT attempts FROM sign_in_throttles WHERE scope = 'pair' AND key = $1`, [`staff:${staff.username}|ip:127.0.0.1`]))[0].attempts;
      expect(await failures()).toBe(2);
      for (let attempt = 3; attempt <= 5; attempt++) await login(staff.username, PASSWORD, wrong);
      expectProblem(await login(staff.username, PASSWORD, totp().codeAt(secret, clock.now())), 429, 'sign-in-blocked');
    });

    it('does not accept the same code twice, not even the one that confirmed the setup', async () => {
      const staff = await newStaff();
      const secret = await enrol(await signIn(app, staff.username));
      const confirmationCode = totp().codeAt(secret, clock.now());
      expectProblem(await login(staff.username, PASSWORD, confirmationCode), 401, 'invalid-credentials');

      clock.advance(STEP);
      const code = totp().codeAt(secret, clock.now());
      expect((await login(staff.username, PASSWORD, code)).statusCode).toBe(200);
      expectProblem(await login(staff.username, PASSWORD, code), 401, 'invalid-credentials');
      clock.advance(STEP);
      expect((await login(staff.username, PASSWORD, totp().codeAt(secret, clock.now()))).statusCode).toBe(200);
    });

    it('accepts a code only once even when it is sent several times at the same moment', async () => {
      const staff = await newStaff();
      const secret = await enrol(await signIn(app, staff.username));
      clock.advance(STEP);
      const code = totp().codeAt(secret, clock.now());
      // Five at once: as many as one source may have in flight for one account (AUTH_LOCKOUT_THRESHOLD).
      const responses = await Promise.all(Array.from({ length: 5 }, () => login(staff.username, PASSWORD, code)));
      expect(responses.map((r) => `${r.statusCode} ${r.json().code ?? ''}`.trim()).sort()).toEqual([
        '200',
        ...Array.from({ length: 4 }, () => '401 invalid-credentials'),
      ]);
      expect(await sessionsOf(staff.id)).toHaveLength(2); // the enrolling session and one more
    });

    it('is for staff only', async () => {
      const client = await signInParticipant(app, await newParticipant());
      expectProblem(await client.post('/api/v1/auth/totp/setup'), 409, 'not-for-participants');
    });

    describe('of those who decide (judges, court and system administrators), in every court', () => {
      it.each([
        ['judge', 'court'],
        ['court_admin', 'court'],
        ['system_admin', null],
      ])('lets a %s without one sign in only to enrol, even where the court asks it of nobody', async (role, where) => {
        const decider = await newStaff(role, where === null ? null : court.id);
        const client = await signIn(app, decider.username, PASSWORD, { secondFactor: false });
        expect((await client.get('/api/v1/me')).json()).toMatchObject({ signInIncomplete: 'mfa-enrolment-required', secondFactorEnabled: false });
        expectProblem(await client.get('/api/v1/guard-probe/anyone'), 403, 'mfa-enrolment-required');
        await enrol(client);
        expect((await client.get('/api/v1/guard-probe/anyone')).statusCode).toBe(200);
        expect((await client.get('/api/v1/me')).json()).toMatchObject({ signInIncomplete: null, secondFactorEnabled: true });
      });

      it('leaves the other roles to the court’s setting', async () => {
        for (const role of ['coordinator', 'case_manager']) {
          const client = await signIn(app, (await newStaff(role, court.id)).username, PASSWORD, { secondFactor: false });
          expect({ role, incomplete: (await client.get('/api/v1/me')).json().signInIncomplete }).toEqual({ role, incomplete: null });
        }
      });
    });

    describe('in a court that extends it to case managers', () => {
      it('lets a case manager without one sign in, but only to enrol; then the same session works', async () => {
        const judge = await newStaff('case_manager', mfaCourt.id);
        const client = await signIn(app, judge.username, PASSWORD, { secondFactor: false });

        const me = await client.get('/api/v1/me');
        expect(me.statusCode).toBe(200);
        expect(me.json()).toMatchObject({ signInIncomplete: 'mfa-enrolment-required', secondFactorEnabled: false });
        expectProblem(await client.get('/api/v1/guard-probe/docket'), 403, 'mfa-enrolment-required');
        expectProblem(await client.get('/api/v1/guard-probe/anyone'), 403, 'mfa-enrolment-required');

        await enrol(client);
        expect((await client.get('/api/v1/guard-probe/docket')).statusCode).toBe(200);
        expect((await client.get('/api/v1/me')).json()).toMatchObject({ signInIncomplete: null, secondFactorEnabled: true });
      });

      it('does not complete another session that never presented the second factor', async () => {
        const judge = await newStaff('case_manager', mfaCourt.id);
        const stolen = await signIn(app, judge.username, PASSWORD, { secondFactor: false });
        const owner = await signIn(app, judge.username, PASSWORD, { secondFactor: false });
        await enrol(owner);

        expect((await owner.get('/api/v1/guard-probe/docket')).statusCode).toBe(200);
        expectProblem(await stolen.get('/api/v1/guard-probe/docket'), 403, 'mfa-enrolment-required');
        // Nor can that session enrol a second factor of its own in place of the owner's.
        expectProblem(await stolen.post('/api/v1/auth/totp/setup'), 409, 'second-factor-enabled');
      });

      it('does not hold back roles the court does not require it of', async () => {
        const caseManager = await newStaff('coordinator', mfaCourt.id);
        const client = await signIn(app, caseManager.username, PASSWORD, { secondFactor: false });
        expect((await client.get('/api/v1/me')).json()).toMatchObject({ signInIncomplete: null });
        expect((await client.get('/api/v1/guard-probe/docket')).statusCode).toBe(200);
      });
    });
  });

  describe('roles', () => {
    it("refuses a participant's token on a staff route with 403, and allows it on a signed-in route", async () => {
      const client = await signInParticipant(app, await newParticipant());
      const refused = await client.get('/api/v1/guard-probe/docket');
      expectProblem(refused, 403, 'forbidden');
      expect(refused.headers['www-authenticate']).toBeUndefined();
      expect((await client.get('/api/v1/guard-probe/anyone')).statusCode).toBe(200);

      const staff = await signIn(app, (await newStaff()).username);
      expect((await staff.get('/api/v1/guard-probe/docket')).statusCode).toBe(200);
    });

    it('shows a system administrator their system role and no court memberships', async () => {
      const admin = await newStaff('system_admin', null);
      const me = await (await signIn(app, admin.username)).get('/api/v1/me');
      expect(me.statusCode).toBe(200);
      expect(me.json()).toMatchObject({ kind: 'staff', systemRole: 'system_admin', memberships: [], participantId: null });
      // The system role does not reach participant data.
      expectProblem(await (await signIn(app, admin.username)).get('/api/v1/guard-probe/docket'), 403, 'forbidden');
    });
  });
});

describe('per-address sign-in throttle', () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;
  let participants: ParticipantFixture[];

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createTestApi(testConfig(db.url, { AUTH_SIGN_IN_PER_MINUTE: '3' }));
    const ds = dataSourceOf(app);
    const court = await createCourt(ds, 'GAMMA');
    participants = [];
    for (let i = 1; i <= 5; i++) participants.push(await createParticipant(ds, court, `G-000${i}`));
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  const guess = (participant: ParticipantFixture, pin: string, remoteAddress = '203.0.113.7') =>
    app.inject({
      method: 'POST',
      url: '/api/v1/auth/participant-login',
      payload: { court: participant.courtCode, participantNumber: participant.number, pin },
      remoteAddress,
    });

  it('answers 429 problem+json to a fourth attempt within the minute from one address, whatever the account', async () => {
    const [first, second, third, fourth, fifth] = participants;
    for (const participant of [first, second, third]) expectProblem(await guess(participant, WRONG_PIN), 401, 'invalid-credentials');

    const throttled = await guess(fourth, WRONG_PIN);
    expectProblem(throttled, 429, 'rate-limited');
    expect(throttled.json()).toMatchObject({ type: '/problems/rate-limited', status: 429, instance: '/api/v1/auth/participant-login' });
    expect(throttled.headers['retry-after']).toBe('60');
    // Even the right PIN waits, and the attempt never reached the account (no audit row, no failure counted).
    expectProblem(await guess(fifth, PIN), 429, 'rate-limited');
    const ds = dataSourceOf(app);
    expect((await ds.query(`SELECT count(*)::int AS n FROM audit_events WHERE $1 = ANY(participant_ids)`, [fourth.id]))[0].n).toBe(0);

    // Another address has its own allowance.
    expect((await guess(fifth, PIN, '198.51.100.4')).statusCode).toBe(200);
  });

  // KNOWN BUG, outside this suite's scope (libs/core/src/http/rate-limit.module.ts): @nestjs/throttler keys its
  // counters by controller and handler, so each @SignInRateLimit() route has its own allowance per address and
  // switching between staff and participant sign-in multiplies the attempts. Remove `.failing` once the
  // sign-in throttler gets a `generateKey` that leaves the route out.
  it('shares one allowance between the sign-in routes', async () => {
    const address = '192.0.2.50';
    const [first, second, third] = participants;
    for (const participant of [first, second, third]) expectProblem(await guess(participant, WRONG_PIN, address), 401, 'invalid-credentials');
    const staffAttempt = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'nobody', password: WRONG_PASSWORD },
      remoteAddress: address,
    });
    expectProblem(staffAttempt, 429, 'rate-limited');
  });
});

describe('sign-in limits with the default figures', () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;
  let ds: DataSource;
  let court: CourtFixture;

  beforeAll(async () => {
    db = await createTestDatabase();
    // The default figures (AUTH_SIGN_IN_PER_MINUTE 120 per address, AUTH_SIGN_IN_PER_MINUTE_PER_ACCOUNT 10), nothing raised.
    app = await createTestApi(testConfig(db.url));
    ds = dataSourceOf(app);
    court = await createCourt(ds, 'COURTHOUSE');
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  const courthouse = '192.0.2.80';
  const login = (username: string, password: string, remoteAddress = courthouse) =>
    app.inject({ method: 'POST', url: '/api/v1/auth/login', remoteAddress, payload: { username, password } });

  it('lets twenty staff behind one courthouse address sign in at 8:55, a few mistyping once, while one attacker on one account is stopped', async () => {
    const staff = [];
    for (let i = 1; i <= 20; i++) staff.push(await createStaff(ds, `clerk${i}`, 'case_manager', court.id));
    // A few typos first, then everyone signs in, all from the same address within the minute.
    for (const member of staff.slice(0, 5)) expectProblem(await login(member.username, WRONG_PASSWORD), 401, 'invalid-credentials');
    const signedIn = await Promise.all(staff.map((member) => login(member.username, PASSWORD)));
    expect(signedIn.map((response) => response.statusCode)).toEqual(staff.map(() => 200));

    // One attacker at one address on one account: refused after the figures, however they alternate.
    const target = staff[0];
    const attacker = '203.0.113.80';
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await login(target.username, WRONG_PASSWORD, attacker)).statusCode);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5).every((status) => status === 429)).toBe(true);
    // ... while the courthouse, and the target at their desk, go on.
    expect((await login(target.username, PASSWORD)).statusCode).toBe(200);
  });

  it('slows one account from one address at AUTH_SIGN_IN_PER_MINUTE_PER_ACCOUNT, whatever the failure counters', async () => {
    const limited = await createTestApi(testConfig(db.url, { AUTH_SIGN_IN_PER_MINUTE_PER_ACCOUNT: '3' }));
    try {
      const member = await createStaff(ds, 'busyclerk', 'case_manager', court.id);
      const other = await createStaff(ds, 'otherclerk', 'case_manager', court.id);
      const attempt = (username: string) =>
        limited.inject({ method: 'POST', url: '/api/v1/auth/login', remoteAddress: '192.0.2.81', payload: { username, password: PASSWORD } });
      for (let i = 0; i < 3; i++) expect((await attempt(member.username)).statusCode).toBe(200);
      expectProblem(await attempt(member.username), 429, 'rate-limited');
      // Another account from the same address has its own allowance.
      expect((await attempt(other.username)).statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

describe('client addresses behind a trusted proxy', () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;
  let ds: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    // Only the load balancer at 10.0.0.1 may name the client in X-Forwarded-For.
    app = await createTestApi(testConfig(db.url, { TRUST_PROXY: '10.0.0.1' }));
    ds = dataSourceOf(app);
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  const login = (remoteAddress: string, forwardedFor: string, username: string, password: string) =>
    app.inject({ method: 'POST', url: '/api/v1/auth/login', remoteAddress, headers: { 'x-forwarded-for': forwardedFor }, payload: { username, password } });

  it('lets no client choose its own address: a forged X-Forwarded-For escapes no counter, while the trusted proxy names each client', async () => {
    const court = await createCourt(ds, 'PROXY');
    const staff = await createStaff(ds, 'proxied', 'case_manager', court.id);
    // A client reaching the API directly, naming a new address each time, is still counted at its own.
    for (let i = 0; i < 5; i++) expectProblem(await login('203.0.113.90', `198.51.100.${i}`, staff.username, WRONG_PASSWORD), 401, 'invalid-credentials');
    expectProblem(await login('203.0.113.90', '198.51.100.99', staff.username, PASSWORD), 429, 'sign-in-blocked');
    // Through the proxy, the client it names is the source: that client is blocked, another is not.
    for (let i = 0; i < 5; i++) await login('10.0.0.1', '192.0.2.90', staff.username, WRONG_PASSWORD);
    expectProblem(await login('10.0.0.1', '192.0.2.90', staff.username, PASSWORD), 429, 'sign-in-blocked');
    expect((await login('10.0.0.1', '192.0.2.91', staff.username, PASSWORD)).statusCode).toBe(200);
    const addresses = (await ds.query(
      `SELECT DISTINCT details->>'clientAddress' AS address FROM audit_events WHERE action = 'auth.sign_in_failed' ORDER BY 1`,
    )) as Array<{ address: string }>;
    expect(addresses.map((row) => row.address)).toEqual(['192.0.2.90', '203.0.113.90']);
  });
});
