import { Client } from 'pg';

/**
 * The NOLOGIN group role that holds the application's privileges, created
 * and granted by migrations/1796534709712-ApplicationRole.ts.
 */
export const APP_GROUP_ROLE = 'tc_app';

export type AppLoginOutcome =
  /** DATABASE_URL and the migrating URL name the same role: it owns the tables. */
  | { mode: 'single-role'; role: string }
  | { mode: 'application-role'; role: string; created: boolean; passwordSet: boolean; joined: boolean };

interface RoleRow {
  rolsuper: boolean;
  member: boolean;
  owned: number;
}

function roleOf(url: string): { user: string; password: string | null; database: string } {
  const parsed = new URL(url);
  return {
    user: decodeURIComponent(parsed.username),
    password: parsed.password ? decodeURIComponent(parsed.password) : null,
    database: decodeURIComponent(parsed.pathname.replace(/^\//, '')),
  };
}

/**
 * Makes DATABASE_URL's role a login role of the application: created when
 * missing (with the URL's password), its password set to the URL's, and a
 * member of `tc_app`, whose privileges it inherits. Run by the migrate
 * command as the tables' owner, after the migrations (which create `tc_app`).
 *
 * Refuses a role that is a superuser or owns a table of the database: the
 * append-only triggers would not bind it. When both URLs name one role there
 * is nothing to do (`single-role`): the application then owns the tables.
 */
export async function ensureAppLogin(ownerUrl: string, appUrl: string): Promise<AppLoginOutcome> {
  const owner = roleOf(ownerUrl);
  const app = roleOf(appUrl);
  if (app.user === owner.user) return { mode: 'single-role', role: app.user };
  if (app.database !== owner.database) {
    throw new Error(`DATABASE_URL names database "${app.database}" but MIGRATION_DATABASE_URL "${owner.database}": they must be the same database`);
  }
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const lookup = () =>
      client.query<RoleRow>(
        `SELECT r.rolsuper,
                pg_has_role(r.oid, $2::name, 'MEMBER') AS member,
                (SELECT count(*)::int FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                  WHERE c.relowner = r.oid AND n.nspname = 'public') AS owned
           FROM pg_roles r WHERE r.rolname = $1`,
        [app.user, APP_GROUP_ROLE],
      );
    const group = await client.query(`SELECT 1 FROM pg_roles WHERE rolname = $1`, [APP_GROUP_ROLE]);
    if (group.rowCount === 0) {
      // Roles live in the cluster, not in a dump: a database restored onto a new server arrives without it.
      throw new Error(
        `the role ${APP_GROUP_ROLE} does not exist on this server (a database restored onto a new one?): run CREATE ROLE ${APP_GROUP_ROLE} NOLOGIN as its administrator, restore again (its grants are in the dump), then migrate (docs/deployment.md, Backups)`,
      );
    }
    const [existing] = (await lookup()).rows;
    const run = async (template: string, ...values: string[]) => {
      // DDL takes no parameters: format() quotes the name (%I) and the password (%L).
      const { rows } = await client.query<{ sql: string }>(`SELECT format($1::text, ${values.map((_, i) => `$${i + 2}::text`).join(', ')}) AS sql`, [template, ...values]);
      await client.query(rows[0].sql);
    };
    // A table created by another role than the migrating owner did not get tc_app's default privileges:
    // the application would fail on it at run time, so the migration fails now, naming it.
    const ungranted = await client.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> 'schema_migrations'
          AND NOT has_table_privilege($1::name, c.oid, 'SELECT') ORDER BY 1`,
      [APP_GROUP_ROLE],
    );
    if (ungranted.rowCount) {
      const names = ungranted.rows.map((r) => r.name).join(', ');
      throw new Error(
        `${APP_GROUP_ROLE} has no privileges on ${names}: created by another role than the one that ran migration ApplicationRole, whose default privileges grant them; as the owner, GRANT SELECT, INSERT, UPDATE, DELETE (only SELECT, INSERT on an append-only table) ON each TO ${APP_GROUP_ROLE} (docs/deployment.md, Database roles)`,
      );
    }
    if (!existing) {
      if (app.password === null) await run(`CREATE ROLE %I LOGIN IN ROLE ${APP_GROUP_ROLE}`, app.user);
      else await run(`CREATE ROLE %I LOGIN PASSWORD %L IN ROLE ${APP_GROUP_ROLE}`, app.user, app.password);
      return { mode: 'application-role', role: app.user, created: true, passwordSet: app.password !== null, joined: true };
    }
    if (existing.rolsuper) {
      throw new Error(`DATABASE_URL's role "${app.user}" is a superuser: the append-only triggers would not bind the application; give it a role of its own (docs/deployment.md)`);
    }
    if (existing.owned > 0) {
      throw new Error(`DATABASE_URL's role "${app.user}" owns ${existing.owned} table(s) or other relation(s): the append-only triggers would not bind the application; connect it as a role that owns nothing (docs/deployment.md)`);
    }
    if (app.password !== null) await run(`ALTER ROLE %I LOGIN PASSWORD %L`, app.user, app.password);
    if (!existing.member) await run(`GRANT ${APP_GROUP_ROLE} TO %I`, app.user);
    return { mode: 'application-role', role: app.user, created: false, passwordSet: app.password !== null, joined: !existing.member };
  } finally {
    await client.end();
  }
}

/** One line for the migrate command's output. */
export function describeAppLogin(outcome: AppLoginOutcome): string {
  if (outcome.mode === 'single-role') {
    return `the application connects as "${outcome.role}", the role that owns the tables (no MIGRATION_DATABASE_URL): the append-only triggers do not bind it; see docs/deployment.md to give it a role of its own`;
  }
  const what = [outcome.created ? 'created' : 'exists', !outcome.created && outcome.passwordSet ? 'password set from DATABASE_URL' : null, outcome.joined ? `added to ${APP_GROUP_ROLE}` : `member of ${APP_GROUP_ROLE}`];
  return `application database role "${outcome.role}": ${what.filter(Boolean).join(', ')}`;
}
