import { MigrationInterface, QueryRunner } from 'typeorm';

/** The group role the application's login role is a member of (apps/cli/src/database-roles.ts). */
const APP = 'tc_app';

/**
 * Tables whose rows are never changed or removed: their triggers refuse it,
 * and the application gets no UPDATE or DELETE on them at all (`draws` only
 * the two processing marks its trigger allows).
 */
const APPEND_ONLY = ['audit_events', 'draw_entries', 'hearing_outcomes', 'draws'];

/**
 * Least privilege in the database: the API and the worker connect as a role
 * that owns nothing, so the append-only triggers of the audit log, the draws
 * and the hearing outcomes bind them (only a table's owner or a superuser can
 * disable a trigger or bypass it with `session_replication_role`).
 *
 * Privileges go to `tc_app`, a NOLOGIN group role created here when the
 * cluster has none, so this migration never depends on the login role the
 * application uses: the migrate command (apps/cli/src/database-roles.ts)
 * creates that login role, from DATABASE_URL, as a member of `tc_app`.
 *
 * What `tc_app` gets:
 * - SELECT, INSERT, UPDATE, DELETE on ordinary tables, and the same by
 *   default on tables the migrating role creates later (a later migration
 *   that adds an append-only table revokes UPDATE and DELETE on it, as here);
 * - only SELECT and INSERT on `audit_events`, `draw_entries` and
 *   `hearing_outcomes`; on `draws`, SELECT, INSERT and UPDATE of
 *   `missed_call_ins_recorded_at` and `missed_tests_recorded_at` only;
 * - only SELECT on `audit_chain_heads` and `audit_chain_cutover`: the insert
 *   trigger that advances a chain's head now runs as its owner (SECURITY
 *   DEFINER, with a fixed search_path), so the application cannot move a head
 *   or draw an audit id by hand;
 * - USAGE and SELECT on sequences (identity columns), except
 *   `audit_events_id_seq`, which only the trigger uses;
 * - nothing on `schema_migrations`, no TRUNCATE, REFERENCES or TRIGGER anywhere.
 *
 * `down()` revokes all of it; the role itself is cluster-wide (other
 * databases of the cluster may use it), so it stays.
 */
export class ApplicationRole1796534709712 implements MigrationInterface {
  name = 'ApplicationRole1796534709712';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DO $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${APP}') THEN
          BEGIN
            CREATE ROLE ${APP} NOLOGIN;
          EXCEPTION
            WHEN duplicate_object THEN NULL; -- created meanwhile by a migration of another database
            WHEN insufficient_privilege THEN
              RAISE EXCEPTION 'the role ${APP} does not exist and % may not create it: run CREATE ROLE ${APP} NOLOGIN as an administrator (or give % CREATEROLE), then migrate again', current_user, current_user;
          END;
        END IF;
      END $$`);
    await queryRunner.query(`GRANT USAGE ON SCHEMA public TO ${APP}`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${APP}`);
    await queryRunner.query(`REVOKE UPDATE, DELETE ON ${APPEND_ONLY.map((t) => `"${t}"`).join(', ')} FROM ${APP}`);
    await queryRunner.query(`GRANT UPDATE ("missed_call_ins_recorded_at", "missed_tests_recorded_at") ON "draws" TO ${APP}`);
    await queryRunner.query(`REVOKE INSERT, UPDATE, DELETE ON "audit_chain_heads", "audit_chain_cutover" FROM ${APP}`);
    await queryRunner.query(`REVOKE ALL ON "schema_migrations" FROM ${APP}`);
    await queryRunner.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${APP}`);
    await queryRunner.query(`REVOKE ALL ON SEQUENCE "audit_events_id_seq" FROM ${APP}`);
    await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${APP}`);
    await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${APP}`);
    // The chain's head moves as the owner whoever inserts; search_path fixed so no caller can redirect it.
    await queryRunner.query(`ALTER FUNCTION audit_events_chain() SECURITY DEFINER SET search_path = public, pg_temp`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER FUNCTION audit_events_chain() SECURITY INVOKER RESET search_path`);
    await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE USAGE, SELECT ON SEQUENCES FROM ${APP}`);
    await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE SELECT, INSERT, UPDATE, DELETE ON TABLES FROM ${APP}`);
    await queryRunner.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${APP}`);
    await queryRunner.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${APP}`);
    await queryRunner.query(`REVOKE USAGE ON SCHEMA public FROM ${APP}`);
  }
}
