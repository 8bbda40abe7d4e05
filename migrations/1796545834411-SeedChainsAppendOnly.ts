import { MigrationInterface, QueryRunner } from 'typeorm';

const APP = 'tc_app';

/**
 * A court's seed chain is fixed once made: its anchor is public, and every
 * day's seed is derived from its last link. The application may read and add
 * chains, never change or delete one (trigger, as for draws, and no grant).
 */
export class SeedChainsAppendOnly1796545834411 implements MigrationInterface {
  name = 'SeedChainsAppendOnly1796545834411';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION draw_seed_chains_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'a seed chain cannot be changed once made (%)', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER draw_seed_chains_no_change BEFORE UPDATE OR DELETE ON "draw_seed_chains"
      FOR EACH ROW EXECUTE FUNCTION draw_seed_chains_append_only()`);
    await queryRunner.query(`
      CREATE TRIGGER draw_seed_chains_no_truncate BEFORE TRUNCATE ON "draw_seed_chains"
      FOR EACH STATEMENT EXECUTE FUNCTION draw_seed_chains_append_only()`);
    await queryRunner.query(`REVOKE UPDATE, DELETE ON "draw_seed_chains" FROM ${APP}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`GRANT UPDATE, DELETE ON "draw_seed_chains" TO ${APP}`);
    await queryRunner.query(`DROP TRIGGER draw_seed_chains_no_truncate ON "draw_seed_chains"`);
    await queryRunner.query(`DROP TRIGGER draw_seed_chains_no_change ON "draw_seed_chains"`);
    await queryRunner.query(`DROP FUNCTION draw_seed_chains_append_only()`);
  }
}
