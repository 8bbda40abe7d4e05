import { AuditChainVerifier, AuditService } from '@app/audit';
import { dataSourceOptions, TestClock } from '@app/core';
import { SCHEMA } from '@app/schema';
import { randomBytes, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { ApplicationRole1796534709712 } from '../../../migrations/1796534709712-ApplicationRole';
import { createTestDatabase, TestDatabase } from '../../../test/support/test-env';
import { urlAsRole } from '../../../tools/services/embedded-stack';
import { APP_GROUP_ROLE, describeAppLogin, ensureAppLogin } from './database-roles';

/** Tables whose triggers refuse changes: the application may only read and append. */
const APPEND_ONLY = ['audit_events', 'draw_entries', 'draw_seed_chains', 'draws', 'hearing_outcomes'];
/** Tables the application reads and never writes. */
const READ_ONLY = ['audit_chain_cutover', 'audit_chain_heads'];
const PERMISSION_DENIED = /permission denied|must be owner/;

async function connect(url: string): Promise<Client> {
  const client = new Client({ connectionString: url });
  await client.connect();
  return client;
}

describe('the application database role (least privilege)', () => {
  let db: TestDatabase;
  /** The tables' owner (the cluster's superuser in the tests, as the migrate command connects). */
  let owner: Client;
  /** The application's login role, as the API and the worker connect. */
  let app: Client;
  let appRole: string;
  let appDataSource: DataSource;
  const court = randomUUID();

  beforeAll(async () => {
    db = await createTestDatabase();
    owner = await connect(db.url);
    app = await connect(db.appUrl);
    appRole = decodeURIComponent(new URL(db.appUrl).username);
    appDataSource = await new DataSource(dataSourceOptions(db.appUrl, SCHEMA, 4)).initialize();
    // The application's ordinary write of an audit row: through the insert trigger, as the app role.
    await new AuditService(appDataSource, new TestClock('2026-12-01T15:00:00Z')).record({ userId: null, role: 'case_manager', requestId: 'r1' }, [
      { courtId: court, action: 'participant.read', entityType: 'participant', entityIds: [], participantIds: [], basis: 'role:case_manager', details: {} },
      { courtId: null, action: 'auth.sign_in', entityType: 'user', entityIds: [], participantIds: [], basis: 'self', details: {} },
    ]);
  });

  afterAll(async () => {
    await app?.end();
    await owner?.end();
    await appDataSource?.destroy();
    await db?.drop();
  });

  it('connects as a login role that is no superuser, owns nothing and inherits tc_app', async () => {
    const { rows } = await owner.query(
      `SELECT r.rolsuper, r.rolcanlogin, r.rolcreaterole, r.rolcreatedb, r.rolbypassrls, pg_has_role(r.oid, $2::name, 'MEMBER') AS member,
              (SELECT count(*)::int FROM pg_class c WHERE c.relowner = r.oid) AS owned,
              (SELECT count(*)::int FROM pg_proc p WHERE p.proowner = r.oid) AS functions
         FROM pg_roles r WHERE r.rolname = $1`,
      [appRole, APP_GROUP_ROLE],
    );
    expect(rows).toEqual([{ rolsuper: false, rolcanlogin: true, rolcreaterole: false, rolcreatedb: false, rolbypassrls: false, member: true, owned: 0, functions: 0 }]);
    expect((await owner.query(`SELECT rolcanlogin FROM pg_roles WHERE rolname = $1`, [APP_GROUP_ROLE])).rows).toEqual([{ rolcanlogin: false }]);
  });

  it('writes audit rows through the trigger, which the verifier accepts', async () => {
    expect((await app.query(`SELECT count(*)::int AS n FROM audit_events`)).rows[0].n).toBe(2);
    const result = await new AuditChainVerifier(appDataSource).verify();
    expect(result.ok).toBe(true);
  });

  it.each([
    ['DISABLE TRIGGER', `ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_change`],
    ['DISABLE TRIGGER ALL', `ALTER TABLE audit_events DISABLE TRIGGER ALL`],
    ['DROP TRIGGER', `DROP TRIGGER audit_events_no_change ON audit_events`],
    ['replace the trigger function', `CREATE OR REPLACE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$`],
    ['session_replication_role', `SET session_replication_role = replica`],
    ['UPDATE', `UPDATE audit_events SET basis = 'self'`],
    ['DELETE', `DELETE FROM audit_events`],
    ['TRUNCATE', `TRUNCATE audit_events`],
    ['move a chain head', `UPDATE audit_chain_heads SET last_hash = repeat('0', 64)`],
    ['add a chain head', `INSERT INTO audit_chain_heads VALUES (gen_random_uuid(), 1, 1, repeat('0', 64))`],
    ['rewrite the cut-over', `UPDATE audit_chain_cutover SET last_hash = repeat('0', 64)`],
    ['draw an audit id', `SELECT nextval('audit_events_id_seq')`],
  ])('cannot change the audit log: %s is refused', async (_what, sql) => {
    await expect(app.query(sql)).rejects.toThrow(PERMISSION_DENIED);
    // Nothing changed: the same rows, still verifiable.
    expect((await owner.query(`SELECT count(*)::int AS n FROM audit_events`)).rows[0].n).toBe(2);
    expect((await new AuditChainVerifier(appDataSource).verify()).ok).toBe(true);
  });

  it.each([
    ['UPDATE of a draw', `UPDATE draws SET seed_commitment = seed_commitment`],
    ['DELETE of a draw', `DELETE FROM draws`],
    ['UPDATE of a draw entry', `UPDATE draw_entries SET selected = NOT selected`],
    ['DELETE of a draw entry', `DELETE FROM draw_entries`],
    ['UPDATE of a hearing outcome', `UPDATE hearing_outcomes SET notes = 'changed'`],
    ['DELETE of a hearing outcome', `DELETE FROM hearing_outcomes`],
    ["DISABLE TRIGGER on draws", `ALTER TABLE draws DISABLE TRIGGER draws_no_change`],
    ["DISABLE TRIGGER on hearing outcomes", `ALTER TABLE hearing_outcomes DISABLE TRIGGER hearing_outcomes_no_change`],
    ['reading the migrations table', `SELECT * FROM schema_migrations`],
    ['CREATE TABLE', `CREATE TABLE scratch (id int)`],
  ])('is refused %s', async (_what, sql) => {
    await expect(app.query(sql)).rejects.toThrow(PERMISSION_DENIED);
  });

  it("may set a draw's two processing marks, which its trigger allows, and nothing else of it", async () => {
    const { rows } = await owner.query(
      `SELECT column_name FROM information_schema.column_privileges
        WHERE table_name = 'draws' AND grantee = $1 AND privilege_type = 'UPDATE' ORDER BY column_name`,
      [APP_GROUP_ROLE],
    );
    expect(rows.map((r) => r.column_name)).toEqual(['missed_call_ins_recorded_at', 'missed_tests_recorded_at']);
    await expect(app.query(`UPDATE draws SET missed_call_ins_recorded_at = now() WHERE false`)).resolves.toBeDefined();
  });

  it('reads and writes every ordinary table, and only reads and appends to the append-only ones (a new table with triggers must be listed here)', async () => {
    const { rows } = await owner.query<{ table: string; select: boolean; insert: boolean; update: boolean; delete: boolean; truncate: boolean; guarded: boolean }>(
      `SELECT c.relname AS table,
              has_table_privilege($1, c.oid, 'SELECT') AS select, has_table_privilege($1, c.oid, 'INSERT') AS insert,
              has_table_privilege($1, c.oid, 'UPDATE') AS update, has_table_privilege($1, c.oid, 'DELETE') AS delete,
              has_table_privilege($1, c.oid, 'TRUNCATE') OR has_table_privilege($1, c.oid, 'TRIGGER') OR has_table_privilege($1, c.oid, 'REFERENCES') AS truncate,
              EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid AND NOT t.tgisinternal AND t.tgtype & 2 = 2 AND t.tgtype & (8 | 16) <> 0) AS guarded
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY c.relname`,
      [appRole],
    );
    // Every table with a BEFORE UPDATE/DELETE trigger is one the application may not change.
    expect(rows.filter((r) => r.guarded).map((r) => r.table)).toEqual(APPEND_ONLY);
    for (const row of rows) {
      const expected =
        row.table === 'schema_migrations'
          ? { select: false, insert: false, update: false, delete: false }
          : READ_ONLY.includes(row.table)
            ? { select: true, insert: false, update: false, delete: false }
            : APPEND_ONLY.includes(row.table)
              ? { select: true, insert: true, update: false, delete: false }
              : { select: true, insert: true, update: true, delete: true };
      expect({ table: row.table, select: row.select, insert: row.insert, update: row.update, delete: row.delete, truncate: row.truncate }).toEqual({
        table: row.table,
        ...expected,
        truncate: false,
      });
    }
    expect(rows.length).toBeGreaterThan(40);
  });

  it('gets the same grants on a table a later migration creates (default privileges), without owning it', async () => {
    await owner.query(`CREATE TABLE later_table (id int)`);
    try {
      await app.query(`INSERT INTO later_table VALUES (1)`);
      await app.query(`UPDATE later_table SET id = 2`);
      await app.query(`DELETE FROM later_table`);
      await expect(app.query(`DROP TABLE later_table`)).rejects.toThrow(PERMISSION_DENIED);
    } finally {
      await owner.query(`DROP TABLE later_table`);
    }
  });

  it('keeps nothing after the migration is reverted, and everything once it is applied again', async () => {
    const ds = await new DataSource(dataSourceOptions(db.url, SCHEMA, 1)).initialize();
    const runner = ds.createQueryRunner();
    const migration = new ApplicationRole1796534709712();
    try {
      await migration.down(runner);
      await expect(app.query(`SELECT count(*) FROM audit_events`)).rejects.toThrow(PERMISSION_DENIED);
      await migration.up(runner);
      expect((await app.query(`SELECT count(*)::int AS n FROM audit_events`)).rows[0].n).toBe(2);
      await expect(app.query(`DELETE FROM audit_events`)).rejects.toThrow(PERMISSION_DENIED);
    } finally {
      await runner.release();
      await ds.destroy();
    }
  });

  describe('the migrate command making the login role (ensureAppLogin)', () => {
    const made: string[] = [];
    const fresh = () => {
      const role = `tc_t_${randomBytes(5).toString('hex')}`;
      made.push(role);
      return role;
    };

    afterAll(async () => {
      for (const role of made) await owner.query(`DROP ROLE IF EXISTS ${role}`);
    });

    it('creates a missing role with the URL password as a member of tc_app, then only sets the password again', async () => {
      const role = fresh();
      const url = urlAsRole(db.url, role, "first pass'word");
      expect(await ensureAppLogin(db.url, url)).toEqual({ mode: 'application-role', role, created: true, passwordSet: true, joined: true });
      const client = await connect(url);
      await expect(client.query(`DELETE FROM audit_events`)).rejects.toThrow(PERMISSION_DENIED);
      expect((await client.query(`SELECT count(*)::int AS n FROM courts`)).rows[0].n).toBe(0);
      await client.end();

      const rotated = urlAsRole(db.url, role, 'second');
      const again = await ensureAppLogin(db.url, rotated);
      expect(again).toEqual({ mode: 'application-role', role, created: false, passwordSet: true, joined: false });
      expect(describeAppLogin(again)).toBe(`application database role "${role}": exists, password set from DATABASE_URL, member of tc_app`);
      await (await connect(rotated)).end();
      await expect(connect(url)).rejects.toThrow(/password authentication failed/);
    });

    it('adds an existing role that owns nothing to tc_app', async () => {
      const role = fresh();
      await owner.query(`CREATE ROLE ${role} LOGIN PASSWORD 'x'`);
      expect(await ensureAppLogin(db.url, urlAsRole(db.url, role, 'x'))).toMatchObject({ created: false, joined: true });
    });

    it('refuses a superuser, or a role that owns a table, since the triggers would not bind it', async () => {
      const superuser = fresh();
      await owner.query(`CREATE ROLE ${superuser} LOGIN SUPERUSER`);
      await expect(ensureAppLogin(db.url, urlAsRole(db.url, superuser, 'x'))).rejects.toThrow(`DATABASE_URL's role "${superuser}" is a superuser`);
      const tableOwner = fresh();
      await owner.query(`CREATE ROLE ${tableOwner} LOGIN`);
      await owner.query(`CREATE TABLE owned_by_app (id int)`);
      await owner.query(`ALTER TABLE owned_by_app OWNER TO ${tableOwner}`);
      try {
        await expect(ensureAppLogin(db.url, urlAsRole(db.url, tableOwner, 'x'))).rejects.toThrow(`DATABASE_URL's role "${tableOwner}" owns 1 table(s)`);
      } finally {
        await owner.query(`DROP TABLE owned_by_app`);
      }
    });

    it('fails naming a table that another role created, which the default privileges did not cover', async () => {
      const other = fresh();
      await owner.query(`CREATE ROLE ${other} NOLOGIN`);
      await owner.query(`GRANT CREATE ON SCHEMA public TO ${other}`);
      await owner.query(`SET ROLE ${other}`);
      await owner.query(`CREATE TABLE made_by_another (id int)`);
      await owner.query(`RESET ROLE`);
      try {
        await expect(ensureAppLogin(db.url, urlAsRole(db.url, fresh(), 'x'))).rejects.toThrow(`${APP_GROUP_ROLE} has no privileges on made_by_another: created by another role`);
      } finally {
        await owner.query(`DROP TABLE made_by_another`);
        await owner.query(`REVOKE CREATE ON SCHEMA public FROM ${other}`);
      }
    });

    it('changes nothing when one URL serves both (a simple install), and says what that means', async () => {
      const outcome = await ensureAppLogin(db.url, db.url);
      expect(outcome).toEqual({ mode: 'single-role', role: 'postgres' });
      expect(describeAppLogin(outcome)).toContain('the append-only triggers do not bind it');
    });
  });
});
