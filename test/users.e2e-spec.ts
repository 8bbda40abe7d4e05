import { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { DataSource } from 'typeorm';
import { TotpService } from '@app/auth';
import { Clock } from '@app/core';
import {
  addMembership,
  ApiClient,
  CourtFixture,
  createCourt,
  createOrganisation,
  createParticipant,
  createStaff,
  dataSourceOf,
  expectProblem,
  ParticipantFixture,
  PASSWORD,
  signIn,
  signInParticipant,
  StaffFixture,
} from './support/fixtures';
import { createTestApi } from './support/test-app';
import { createTestDatabase, testConfig, TestDatabase } from './support/test-env';

const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';


const put = (client: ApiClient, url: string, payload: unknown) => client.request('PUT', url, payload);
const del = (client: ApiClient, url: string) => client.request('DELETE', url);

describe('user administration', () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;
  let ds: DataSource;
  let alpha: CourtFixture;
  let bravo: CourtFixture;
  let orgA: string;
  let orgB: string;
  let inactiveOrgA: string;
  let adminAUser: StaffFixture;
  let judgeAUser: StaffFixture;
  let rootUser: StaffFixture;
  /** Court administrator in ALPHA and judge in BRAVO. */
  let dualUser: StaffFixture;
  /** A system administrator who also has a role in ALPHA. */
  let root2User: StaffFixture;
  let participant: ParticipantFixture;
  let sysadmin: ApiClient;
  let adminA: ApiClient;
  let adminA2: ApiClient;
  let adminB: ApiClient;
  let judgeA: ApiClient;
  let caseManagerA: ApiClient;

  const count = async (table: string): Promise<number> => (await ds.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
  const userRow = async (id: string) => (await ds.query(`SELECT * FROM users WHERE id = $1`, [id]))[0];
  const openSessions = async (userId: string): Promise<number> =>
    (await ds.query(`SELECT count(*)::int AS n FROM auth_sessions WHERE user_id = $1 AND revoked_at IS NULL`, [userId]))[0].n;
  const auditRows = (action: string, entityId: string) =>
    ds.query(`SELECT actor_user_id, actor_role, court_id, basis, participant_ids, details FROM audit_events WHERE action = $1 AND $2 = ANY(entity_ids) ORDER BY id`, [
      action,
      entityId,
    ]);
  const newUser = (overrides: Record<string, unknown> = {}) => ({
    username: 'someone',
    displayName: 'Some One',
    courtId: alpha.id,
    role: 'case_manager',
    ...overrides,
  });
  /** The newest activation link issued for each username, as its administrator was shown it. */
  const links = new Map<string, string>();
  const tokenOf = (url: string) => url.slice(url.indexOf('#') + 1);
  const activate = (token: string, password = PASSWORD) => app.inject({ method: 'POST', url: '/api/v1/auth/activate', payload: { token, password } });
  /** A staff user created through the API by the given administrator. */
  const created = async (by: ApiClient, overrides: Record<string, unknown>): Promise<{ id: string; username: string }> => {
    const response = await by.post('/api/v1/users', newUser(overrides));
    if (response.statusCode !== 201) throw new Error(`user creation failed: ${response.statusCode} ${response.body}`);
    links.set(response.json().username, response.json().activation.url);
    return response.json();
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createTestApi(testConfig(db.url, { AUTH_SIGN_IN_PER_MINUTE: '1000', AUTH_SIGN_IN_PER_MINUTE_PER_ACCOUNT: '1000', RATE_LIMIT_PER_MINUTE: '100000' }));
    ds = dataSourceOf(app);
    alpha = await createCourt(ds, 'ALPHA');
    bravo = await createCourt(ds, 'BRAVO');
    orgA = await createOrganisation(ds, alpha.id, 'Riverside Recovery');
    orgB = await createOrganisation(ds, bravo.id, 'Harbor Health');
    inactiveOrgA = await createOrganisation(ds, alpha.id, 'Closed Clinic');
    await ds.query(`UPDATE provider_organisations SET active = false WHERE id = $1`, [inactiveOrgA]);
    rootUser = await createStaff(ds, 'root', 'system_admin', null);
    root2User = await createStaff(ds, 'root2', 'system_admin', null);
    await addMembership(ds, root2User.id, alpha.id, 'judge');
    adminAUser = await createStaff(ds, 'admin-a', 'court_admin', alpha.id);
    await createStaff(ds, 'admin-a2', 'court_admin', alpha.id);
    await createStaff(ds, 'admin-b', 'court_admin', bravo.id);
    judgeAUser = await createStaff(ds, 'judge-a', 'judge', alpha.id);
    await createStaff(ds, 'cm-a', 'case_manager', alpha.id);
    dualUser = await createStaff(ds, 'dual', 'court_admin', alpha.id);
    await addMembership(ds, dualUser.id, bravo.id, 'judge');
    participant = await createParticipant(ds, alpha, 'A-0001');
    [sysadmin, adminA, adminA2, adminB, judgeA, caseManagerA] = await Promise.all(
      ['root', 'admin-a', 'admin-a2', 'admin-b', 'judge-a', 'cm-a'].map((username) => signIn(app, username)),
    );
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  describe('creating a staff user', () => {
    it('creates the account with its role and no password, answering a one-time activation link for its owner, and audits it', async () => {
      const response = await adminA.post('/api/v1/users', newUser({ username: '  New.User ', email: 'new.user@court.example.gov' }));
      expect(response.statusCode).toBe(201);
      const user = response.json();
      expect(user).toMatchObject({
        kind: 'staff',
        username: 'new.user',
        displayName: 'Some One',
        email: 'new.user@court.example.gov',
        systemRole: null,
        active: true,
        mustChangeSecret: false,
        activationPending: true,
        secondFactorEnabled: false,
        memberships: [{ courtId: alpha.id, code: 'ALPHA', role: 'case_manager', organisationId: null }],
        activation: { url: expect.stringMatching(/^http:\/\/localhost:\d+\/activate#[A-Za-z0-9_-]{43}$/), expiresAt: expect.any(String) },
      });
      // Valid 24 hours from now (this suite runs on real time).
      expect(Math.abs(Date.parse(user.activation.expiresAt) - Date.now() - 24 * 3_600_000)).toBeLessThan(60_000);
      expect(Object.keys(user)).not.toEqual(expect.arrayContaining(['secretHash']));
      expect(JSON.stringify(user)).not.toMatch(/secret_?hash|totp_?secret|argon2/i);
      // No password at all: nobody can sign in as the account until its owner sets one.
      expect(await userRow(user.id)).toMatchObject({ secret_hash: null, must_change_secret: false, kind: 'staff' });
      const [stored] = await ds.query(`SELECT token_hash FROM account_activations WHERE user_id = $1`, [user.id]);
      expect(stored.token_hash).not.toContain(tokenOf(user.activation.url));
      // The link is shown once: reading the account again does not show it.
      expect(JSON.stringify((await adminA.get(`/api/v1/users/${user.id}`)).json())).not.toContain(tokenOf(user.activation.url));
      expect(await auditRows('user.create', user.id)).toEqual([
        expect.objectContaining({
          actor_user_id: adminAUser.id,
          actor_role: 'court_admin',
          court_id: alpha.id,
          basis: 'role:court_admin',
          details: { username: 'new.user', role: 'case_manager', organisationId: null, activationIssued: true },
        }),
      ]);
    });

    it('gives a treatment provider an organisation of the court', async () => {
      const response = await adminA.post('/api/v1/users', newUser({ username: 'provider-a', role: 'treatment_provider', organisationId: orgA }));
      expect(response.statusCode).toBe(201);
      expect(response.json().memberships).toEqual([{ courtId: alpha.id, code: 'ALPHA', role: 'treatment_provider', organisationId: orgA }]);
    });

    it.each([
      ['a password chosen by the administrator', () => ({ temporaryPassword: 'temporary-password-1' }), 'temporaryPassword'],
      ['a treatment provider without organisation', () => ({ role: 'treatment_provider' }), 'organisationId'],
      ["an organisation of another court", () => ({ role: 'treatment_provider', organisationId: orgB }), 'organisationId'],
      ['a deactivated organisation', () => ({ role: 'treatment_provider', organisationId: inactiveOrgA }), 'organisationId'],
      ['an organisation for a judge', () => ({ role: 'judge', organisationId: orgA }), 'organisationId'],
      ['the participant role', () => ({ role: 'participant' }), 'role'],
      ['the system administrator role', () => ({ role: 'system_admin' }), 'role'],
      ['a systemRole field', () => ({ systemRole: 'system_admin' }), 'systemRole'],
      ['an unknown field', () => ({ nickname: 'x' }), 'nickname'],
      ['a username with spaces', () => ({ username: 'two words' }), 'username'],
      ['a two-letter username', () => ({ username: 'ab' }), 'username'],
      ['a malformed email', () => ({ email: 'not-an-email' }), 'email'],
      ['a court id that is not a uuid', () => ({ courtId: 'ALPHA' }), 'courtId'],
    ])('refuses %s with 422 problem+json and writes nothing', async (_what, change, field) => {
      const [users, memberships] = [await count('users'), await count('court_memberships')];
      const response = await adminA.post('/api/v1/users', newUser({ username: 'refused', ...change() }));
      expectProblem(response, 422, 'validation-failed');
      expect(response.json().errors.map((e: { field: string }) => e.field)).toContain(field);
      expect([await count('users'), await count('court_memberships')]).toEqual([users, memberships]);
    });

    it('says why an organisation does not fit', async () => {
      const messages = async (change: Record<string, unknown>) =>
        (await adminA.post('/api/v1/users', newUser({ username: 'refused', ...change }))).json().errors.map((e: { message: string }) => e.message);
      expect(await messages({ role: 'treatment_provider', organisationId: orgB })).toEqual(['is not a provider organisation of this court']);
      expect(await messages({ role: 'treatment_provider', organisationId: inactiveOrgA })).toEqual(['is a deactivated provider organisation']);
      expect(await messages({ role: 'judge', organisationId: orgA })).toEqual(['is only for the treatment_provider role']);
    });

    it('answers 409 for a username in use, whatever its case', async () => {
      const users = await count('users');
      expectProblem(await adminA.post('/api/v1/users', newUser({ username: 'JUDGE-A' })), 409, 'username-taken');
      expect(await count('users')).toBe(users);
    });

    it("refuses a court the administrator does not administer: 404 when not a member, 403 when a member without user.manage", async () => {
      const users = await count('users');
      expectProblem(await adminB.post('/api/v1/users', newUser({ username: 'intruder' })), 404, 'not-found');
      expectProblem(await adminB.post('/api/v1/users', newUser({ username: 'intruder', courtId: NO_SUCH_ID })), 404, 'not-found');
      const dual = await signIn(app, 'dual');
      expectProblem(await dual.post('/api/v1/users', newUser({ username: 'intruder', courtId: bravo.id })), 403, 'forbidden');
      expect(await count('users')).toBe(users);
    });

    it('is refused to judges, case managers (403) and callers without a session (401)', async () => {
      expectProblem(await judgeA.post('/api/v1/users', newUser({ username: 'nope' })), 403, 'forbidden');
      expectProblem(await caseManagerA.post('/api/v1/users', newUser({ username: 'nope' })), 403, 'forbidden');
      expectProblem(await app.inject({ method: 'POST', url: '/api/v1/users', payload: newUser({ username: 'nope' }) }), 401, 'unauthenticated');
    });

    it('lets the system administrator create users in any court', async () => {
      const user = await created(sysadmin, { username: 'bravo-judge', courtId: bravo.id, role: 'judge' });
      expect(await auditRows('user.create', user.id)).toEqual([expect.objectContaining({ actor_role: 'system_admin', court_id: bravo.id })]);
    });
  });

  describe('reading users', () => {
    it("lists a court administrator's own courts' staff, with only those courts' memberships", async () => {
      const usernames = (await adminB.get('/api/v1/users')).json().map((u: { username: string }) => u.username);
      expect(usernames).toEqual(['admin-b', 'bravo-judge', 'dual']);
      const dual = (await adminB.get(`/api/v1/users/${dualUser.id}`)).json();
      expect(dual.memberships).toEqual([{ courtId: bravo.id, code: 'BRAVO', role: 'judge', organisationId: null }]);
    });

    it('lists no participant accounts and no one from other courts', async () => {
      const users: Array<{ username: string | null; kind: string }> = (await adminA.get('/api/v1/users')).json();
      expect(users.every((u) => u.kind === 'staff')).toBe(true);
      expect(users.map((u) => u.username)).not.toContain('admin-b');
      expect(users.map((u) => u.username)).toContain('root2');
      expect(users.map((u) => u.username)).not.toContain('root');
    });

    it('filters by court, within reach', async () => {
      const inBravo = (await sysadmin.get(`/api/v1/users?courtId=${bravo.id}`)).json().map((u: { username: string }) => u.username);
      expect(inBravo).toEqual(['admin-b', 'bravo-judge', 'dual']);
      expectProblem(await adminB.get(`/api/v1/users?courtId=${alpha.id}`), 404, 'not-found');
      expectProblem(await adminB.get('/api/v1/users?courtId=nope'), 422, 'validation-failed');
    });

    it('shows the system administrator every staff account, with every membership', async () => {
      const users: Array<{ username: string }> = (await sysadmin.get('/api/v1/users')).json();
      expect(users.map((u) => u.username)).toEqual(expect.arrayContaining(['root', 'root2', 'admin-a', 'admin-b', 'dual']));
      expect((await sysadmin.get(`/api/v1/users/${dualUser.id}`)).json().memberships.map((m: { code: string }) => m.code)).toEqual(['ALPHA', 'BRAVO']);
    });

    it("answers 404 for a user with no role in the administrator's courts", async () => {
      expectProblem(await adminB.get(`/api/v1/users/${judgeAUser.id}`), 404, 'not-found');
      expectProblem(await adminB.get(`/api/v1/users/${NO_SUCH_ID}`), 404, 'not-found');
      expectProblem(await adminB.get('/api/v1/users/not-a-uuid'), 404, 'not-found');
      expectProblem(await judgeA.get(`/api/v1/users/${judgeAUser.id}`), 403, 'forbidden');
    });

    it("keeps participant accounts from the system administrator, and audits a court administrator's read of one", async () => {
      expectProblem(await sysadmin.get(`/api/v1/users/${participant.userId}`), 404, 'not-found');
      const response = await adminA.get(`/api/v1/users/${participant.userId}`);
      expect(response.json()).toMatchObject({ kind: 'participant', username: null, memberships: [{ code: 'ALPHA', role: 'participant' }] });
      expect(await auditRows('user.read', participant.userId)).toEqual([
        expect.objectContaining({ actor_user_id: adminAUser.id, court_id: alpha.id, participant_ids: [participant.id] }),
      ]);
    });
  });

  describe('roles in courts', () => {
    it('assigns and changes a role, taking effect on the user’s next request', async () => {
      const user = await created(adminA, { username: 'promoted', role: 'case_manager' });
      const client = await activated('promoted');
      expectProblem(await client.get('/api/v1/users'), 403, 'forbidden');
      const response = await put(adminA, `/api/v1/users/${user.id}/memberships/${alpha.id}`, { role: 'court_admin' });
      expect(response.statusCode).toBe(200);
      expect(response.json().memberships).toEqual([{ courtId: alpha.id, code: 'ALPHA', role: 'court_admin', organisationId: null }]);
      // The same access token: memberships are read afresh on every request. A court administrator
      // must have a second factor, so the session first owes its enrolment, then works.
      expectProblem(await client.get('/api/v1/users'), 403, 'mfa-enrolment-required');
      const { secret } = (await client.post('/api/v1/auth/totp/setup')).json();
      expect((await client.post('/api/v1/auth/totp/confirm', { code: app.get(TotpService).codeAt(secret, app.get(Clock).now()) })).statusCode).toBe(204);
      expect((await client.get('/api/v1/users')).statusCode).toBe(200);
      expect(await auditRows('user.role_assign', user.id)).toEqual([
        expect.objectContaining({ court_id: alpha.id, basis: 'role:court_admin', details: { role: 'court_admin', organisationId: null, previousRole: 'case_manager' } }),
      ]);
    });

    it('makes a treatment provider only with an active organisation of that court', async () => {
      const user = await created(adminA, { username: 'future-provider', role: 'coordinator' });
      const url = `/api/v1/users/${user.id}/memberships/${alpha.id}`;
      expectProblem(await put(adminA, url, { role: 'treatment_provider' }), 422, 'validation-failed');
      expectProblem(await put(adminA, url, { role: 'treatment_provider', organisationId: orgB }), 422, 'validation-failed');
      expectProblem(await put(adminA, url, { role: 'participant' }), 422, 'validation-failed');
      expect((await ds.query(`SELECT role FROM court_memberships WHERE user_id = $1`, [user.id]))[0].role).toBe('coordinator');
      expect((await put(adminA, url, { role: 'treatment_provider', organisationId: orgA })).json().memberships[0]).toMatchObject({ organisationId: orgA });
    });

    it('adds a membership in a second court for the system administrator, but never in a court the caller does not administer', async () => {
      const user = await created(adminA, { username: 'two-courts', role: 'judge' });
      expectProblem(await put(adminA, `/api/v1/users/${user.id}/memberships/${bravo.id}`, { role: 'judge' }), 404, 'not-found');
      // Court B's administrator cannot reach a user of court A at all.
      expectProblem(await put(adminB, `/api/v1/users/${user.id}/memberships/${bravo.id}`, { role: 'judge' }), 404, 'not-found');
      expect((await put(sysadmin, `/api/v1/users/${user.id}/memberships/${bravo.id}`, { role: 'judge' })).json().memberships).toHaveLength(2);
      expect((await adminB.get(`/api/v1/users/${user.id}`)).json().memberships).toEqual([{ courtId: bravo.id, code: 'BRAVO', role: 'judge', organisationId: null }]);
    });

    it("refuses changes to one's own roles and memberships", async () => {
      expectProblem(await put(adminA, `/api/v1/users/${adminAUser.id}/memberships/${alpha.id}`, { role: 'judge' }), 403, 'own-account');
      expectProblem(await del(adminA, `/api/v1/users/${adminAUser.id}/memberships/${alpha.id}`), 403, 'own-account');
      expectProblem(await put(sysadmin, `/api/v1/users/${rootUser.id}/memberships/${alpha.id}`, { role: 'court_admin' }), 403, 'own-account');
      expect(await ds.query(`SELECT role FROM court_memberships WHERE user_id = $1`, [adminAUser.id])).toEqual([{ role: 'court_admin' }]);
      expect(await ds.query(`SELECT role FROM court_memberships WHERE user_id = $1`, [rootUser.id])).toEqual([]);
    });

    it('leaves participant accounts to enrolment', async () => {
      expectProblem(await put(adminA, `/api/v1/users/${participant.userId}/memberships/${alpha.id}`, { role: 'judge' }), 409, 'participant-account');
      expectProblem(await del(adminA, `/api/v1/users/${participant.userId}/memberships/${alpha.id}`), 409, 'participant-account');
    });

    it('removes a role in a court, leaving the account', async () => {
      const user = await created(adminA, { username: 'leaving', role: 'judge' });
      expectProblem(await del(adminB, `/api/v1/users/${user.id}/memberships/${alpha.id}`), 404, 'not-found');
      expect((await del(adminA, `/api/v1/users/${user.id}/memberships/${alpha.id}`)).statusCode).toBe(204);
      expect(await ds.query(`SELECT id FROM court_memberships WHERE user_id = $1`, [user.id])).toEqual([]);
      expect((await userRow(user.id)).active).toBe(true);
      expect(await auditRows('user.role_remove', user.id)).toEqual([expect.objectContaining({ court_id: alpha.id, details: { role: 'judge' } })]);
      // Without a role in the court the user is out of the administrator's reach.
      expectProblem(await adminA.get(`/api/v1/users/${user.id}`), 404, 'not-found');
    });

    it('is refused to judges', async () => {
      expectProblem(await put(judgeA, `/api/v1/users/${dualUser.id}/memberships/${alpha.id}`, { role: 'judge' }), 403, 'forbidden');
    });
  });

  describe('deactivation', () => {
    it('ends the user’s access at once: the existing token stops working and sign-in fails', async () => {
      const user = await created(adminA, { username: 'deactivated', role: 'case_manager' });
      const client = await activated('deactivated');
      expect((await client.get('/api/v1/me')).statusCode).toBe(200);
      const response = await adminA.post(`/api/v1/users/${user.id}/deactivate`);
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ active: false, deactivatedAt: expect.any(String) });
      expectProblem(await client.get('/api/v1/me'), 401, 'session-ended');
      expect(await openSessions(user.id)).toBe(0);
      const signInAgain = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'deactivated', password: PASSWORD } });
      expectProblem(signInAgain, 401, 'invalid-credentials');
      expect(await auditRows('user.deactivate', user.id)).toEqual([expect.objectContaining({ court_id: alpha.id, basis: 'role:court_admin' })]);

      expect((await adminA.post(`/api/v1/users/${user.id}/reactivate`)).json()).toMatchObject({ active: true, deactivatedAt: null });
      expect((await signIn(app, 'deactivated', PASSWORD)).accessToken).toBeDefined();
      expect(await auditRows('user.reactivate', user.id)).toHaveLength(1);
    });

    it('is never of oneself', async () => {
      expectProblem(await adminA.post(`/api/v1/users/${adminAUser.id}/deactivate`), 403, 'own-account');
      expectProblem(await sysadmin.post(`/api/v1/users/${rootUser.id}/deactivate`), 403, 'own-account');
      expect((await userRow(adminAUser.id)).active).toBe(true);
    });

    it('is refused to a court administrator for a user who also belongs to another court', async () => {
      const response = await adminA.post(`/api/v1/users/${dualUser.id}/deactivate`);
      expectProblem(response, 403, 'memberships-elsewhere');
      expect(response.json().detail).toMatch(/Remove their membership in your court instead/);
      expectProblem(await adminB.post(`/api/v1/users/${dualUser.id}/deactivate`), 403, 'memberships-elsewhere');
      expect((await userRow(dualUser.id)).active).toBe(true);
    });

    it('is refused to a court administrator for a system administrator', async () => {
      expectProblem(await adminA.post(`/api/v1/users/${root2User.id}/deactivate`), 403, 'system-admin-account');
      expect((await userRow(root2User.id)).active).toBe(true);
    });

    it("answers 404 for a user out of reach, and 403 to a judge", async () => {
      expectProblem(await adminB.post(`/api/v1/users/${judgeAUser.id}/deactivate`), 404, 'not-found');
      expectProblem(await judgeA.post(`/api/v1/users/${adminAUser.id}/deactivate`), 403, 'forbidden');
      expect((await userRow(judgeAUser.id)).active).toBe(true);
    });

    it('is for staff accounts only', async () => {
      expectProblem(await adminA.post(`/api/v1/users/${participant.userId}/deactivate`), 409, 'participant-account');
    });

    it('lets the system administrator deactivate a user of several courts', async () => {
      const user = await created(sysadmin, { username: 'multi', role: 'judge' });
      await put(sysadmin, `/api/v1/users/${user.id}/memberships/${bravo.id}`, { role: 'judge' });
      expect((await sysadmin.post(`/api/v1/users/${user.id}/deactivate`)).json().active).toBe(false);
      // One audit row per court, so each court's log shows it.
      expect((await auditRows('user.deactivate', user.id)).map((r: { court_id: string }) => r.court_id).sort()).toEqual([alpha.id, bravo.id].sort());
    });
  });

  describe('activation', () => {
    it('lets the owner, and only through the link, set their own password; then they sign in and read participant records', async () => {
      const user = await created(adminA, { username: 'newcomer', role: 'case_manager' });
      const token = tokenOf(links.get('newcomer')!);
      // Before: no password works, so no participant record can be read.
      for (const guess of [PASSWORD, 'temporary-password-1', '']) {
        expect((await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'newcomer', password: guess } })).statusCode).not.toBe(200);
      }
      const described = await app.inject({ method: 'POST', url: '/api/v1/auth/activation', payload: { token } });
      expect(described.statusCode).toBe(200);
      expect(described.json()).toMatchObject({ username: 'newcomer', displayName: 'Some One', expiresAt: expect.any(String) });

      expectProblem(await activate(token, 'short'), 422, 'validation-failed');
      expectProblem(await activate(token, 'my-newcomer-password'), 422, 'validation-failed');
      const done = await activate(token);
      expect(done.statusCode).toBe(200);
      expect(done.json()).toEqual({ username: 'newcomer' });
      expect(await userRow(user.id)).toMatchObject({ must_change_secret: false });
      expect((await adminA.get(`/api/v1/users/${user.id}`)).json().activationPending).toBe(false);
      expect(await ds.query(`SELECT action, actor_user_id, basis FROM audit_events WHERE action = 'auth.account_activated' AND $1 = ANY(entity_ids)`, [user.id])).toEqual([
        { action: 'auth.account_activated', actor_user_id: user.id, basis: 'self' },
      ]);

      const client = await signIn(app, 'newcomer');
      expect((await client.get(`/api/v1/participants/${participant.id}`)).statusCode).toBe(200);
      // Once only.
      expectProblem(await activate(token, 'another-password-2'), 404, 'not-found');
      expectProblem(await app.inject({ method: 'POST', url: '/api/v1/auth/activation', payload: { token } }), 404, 'not-found');
    });

    it('refuses an unknown or malformed token, and needs no session', async () => {
      expectProblem(await activate('A'.repeat(43)), 404, 'not-found');
      expectProblem(await activate('not a token'), 404, 'not-found');
      expectProblem(await app.inject({ method: 'POST', url: '/api/v1/auth/activate', payload: { token: 'A'.repeat(43) } }), 422, 'validation-failed');
    });
  });

  describe('password reset', () => {
    it('never sets a password: the old one stops working, sessions end, and the owner sets a new one through a fresh link', async () => {
      const user = await created(adminA, { username: 'forgetful', role: 'judge' });
      const firstLink = links.get('forgetful')!;
      const before = await activated('forgetful');
      await ds.query(`UPDATE users SET failed_sign_ins = 3, locked_until = now() + interval '10 minutes' WHERE id = $1`, [user.id]);

      const reset = await adminA.post(`/api/v1/users/${user.id}/reset-password`);
      expect(reset.statusCode).toBe(200);
      expect(reset.json()).toEqual({ url: expect.stringMatching(/\/activate#[A-Za-z0-9_-]{43}$/), expiresAt: expect.any(String) });
      expect(reset.json().url).not.toBe(firstLink);
      expect(await userRow(user.id)).toMatchObject({ secret_hash: null, must_change_secret: false, failed_sign_ins: 0, locked_until: null });
      expectProblem(await before.get('/api/v1/me'), 401, 'session-ended');
      expect((await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'forgetful', password: PASSWORD } })).statusCode).not.toBe(200);

      // A second reset replaces the link: only the newest works.
      const again = (await adminA.post(`/api/v1/users/${user.id}/reset-password`, { reason: 'lost the first link' })).json();
      expectProblem(await activate(tokenOf(reset.json().url), 'my-own-new-password'), 404, 'not-found');
      expect((await activate(tokenOf(again.url), 'my-own-new-password')).statusCode).toBe(200);
      const client = await signIn(app, 'forgetful', 'my-own-new-password');
      expect((await client.get('/api/v1/courts')).statusCode).toBe(200);
      expect(await auditRows('user.password_reset', user.id)).toEqual([
        expect.objectContaining({ court_id: alpha.id, basis: 'role:court_admin', details: { activationIssued: true } }),
        expect.objectContaining({ court_id: alpha.id, basis: 'role:court_admin', details: { activationIssued: true, reason: 'lost the first link' } }),
      ]);
    });

    it('takes no password from the administrator', async () => {
      const user = await created(adminA, { username: 'policy', role: 'judge' });
      await activated('policy');
      const { secret_hash } = await userRow(user.id);
      const refused = await adminA.post(`/api/v1/users/${user.id}/reset-password`, { temporaryPassword: 'reset-password-42' });
      expectProblem(refused, 422, 'validation-failed');
      expect(refused.json().errors.map((e: { field: string }) => e.field)).toEqual(['temporaryPassword']);
      expect((await userRow(user.id)).secret_hash).toBe(secret_hash);
    });

    it('is refused for oneself, for users of other courts too, for system administrators, and for participant accounts', async () => {
      expectProblem(await adminA.post(`/api/v1/users/${adminAUser.id}/reset-password`), 403, 'own-account');
      // Taking over an account that administers another court would reach into that court.
      expectProblem(await adminA.post(`/api/v1/users/${dualUser.id}/reset-password`), 403, 'memberships-elsewhere');
      expectProblem(await adminA.post(`/api/v1/users/${root2User.id}/reset-password`), 403, 'system-admin-account');
      expectProblem(await adminB.post(`/api/v1/users/${judgeAUser.id}/reset-password`), 404, 'not-found');
      expectProblem(await adminA.post(`/api/v1/users/${participant.userId}/reset-password`), 409, 'participant-account');
      // Another court administrator of the same court may reset a court administrator's.
      const peer = await created(adminA, { username: 'peer-admin', role: 'court_admin' });
      expect((await adminA2.post(`/api/v1/users/${peer.id}/reset-password`)).statusCode).toBe(200);
    });
  });

  describe('PIN reset', () => {
    it("sets a participant's temporary PIN, lifts the lock-out and audits it with the participant", async () => {
      const before = await signInParticipant(app, participant);
      await ds.query(`UPDATE users SET failed_sign_ins = 2, locked_until = now() + interval '10 minutes' WHERE id = $1`, [participant.userId]);
      expect((await adminA.post(`/api/v1/users/${participant.userId}/reset-pin`, { pin: '246810' })).statusCode).toBe(204);
      expect(await userRow(participant.userId)).toMatchObject({ must_change_secret: true, failed_sign_ins: 0, locked_until: null });
      expectProblem(await before.get('/api/v1/me'), 401, 'session-ended');

      const client = await signInParticipant(app, participant, '246810');
      expectProblem(await client.get('/api/v1/courts'), 403, 'secret-change-required');
      expect((await client.post('/api/v1/auth/change-secret', { currentSecret: '246810', newSecret: '975318' })).statusCode).toBe(204);
      expect((await client.get('/api/v1/courts')).statusCode).toBe(200);
      expect(await auditRows('user.pin_reset', participant.userId)).toEqual([
        expect.objectContaining({ court_id: alpha.id, participant_ids: [participant.id], basis: 'role:court_admin' }),
      ]);
    });

    it('refuses a PIN that is not 6-12 digits, staff accounts, the system administrator and other courts', async () => {
      expectProblem(await adminA.post(`/api/v1/users/${participant.userId}/reset-pin`, { pin: '12ab56' }), 422, 'validation-failed');
      expectProblem(await adminA.post(`/api/v1/users/${judgeAUser.id}/reset-pin`, { pin: '246810' }), 409, 'staff-account');
      expectProblem(await sysadmin.post(`/api/v1/users/${participant.userId}/reset-pin`, { pin: '246810' }), 404, 'not-found');
      expectProblem(await adminB.post(`/api/v1/users/${participant.userId}/reset-pin`, { pin: '246810' }), 404, 'not-found');
    });
  });

  describe('second-factor reset', () => {
    it('removes the second factor and ends the sessions', async () => {
      const user = await created(adminA, { username: 'lost-phone', role: 'judge' });
      await activated('lost-phone');
      await ds.query(`UPDATE users SET totp_secret_encrypted = 'x', totp_enabled_at = now(), totp_last_step = 42 WHERE id = $1`, [user.id]);
      expect((await adminA.get(`/api/v1/users/${user.id}`)).json().secondFactorEnabled).toBe(true);
      expect((await adminA.post(`/api/v1/users/${user.id}/reset-second-factor`)).statusCode).toBe(204);
      expect(await userRow(user.id)).toMatchObject({ totp_secret_encrypted: null, totp_enabled_at: null, totp_last_step: null });
      expect(await openSessions(user.id)).toBe(0);
      expect(await auditRows('user.second_factor_reset', user.id)).toHaveLength(1);
    });

    it('is refused for oneself and out of reach', async () => {
      expectProblem(await adminA.post(`/api/v1/users/${adminAUser.id}/reset-second-factor`), 403, 'own-account');
      expectProblem(await adminB.post(`/api/v1/users/${judgeAUser.id}/reset-second-factor`), 404, 'not-found');
      expectProblem(await adminA.post(`/api/v1/users/${dualUser.id}/reset-second-factor`), 403, 'memberships-elsewhere');
    });
  });

  it('never grants the system administrator role', async () => {
    const roles = await ds.query(`SELECT username FROM users WHERE system_role IS NOT NULL ORDER BY username`);
    expect(roles).toEqual([{ username: 'root' }, { username: 'root2' }]);
  });

  /** Sets PASSWORD through the account's activation link, as its owner would, and signs in. */
  async function activated(username: string): Promise<ApiClient> {
    const response = await activate(tokenOf(links.get(username)!));
    if (response.statusCode !== 200) throw new Error(`activation failed: ${response.statusCode} ${response.body}`);
    return signIn(app, username);
  }
});
