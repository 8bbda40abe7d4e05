import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The publicly verifiable draw (algorithm v2, `chained-draw.ts`): yearly seed
 * chains per court, the inputs commitment and chain position on each draw,
 * each entry's token, exact frequency, guard-rail inputs and exact
 * probability, each participant's own draw secret (filled for existing
 * participants by the volatile default, one value per row), and the kept
 * results of the monthly randomness self-check. v1 draws keep nulls.
 */
export class PublicDraws1796543326951 implements MigrationInterface {
  name = 'PublicDraws1796543326951';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "draw_seed_chains" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "court_id" uuid NOT NULL, "year" integer NOT NULL, "length" integer NOT NULL, "anchor" character(64) NOT NULL, "last_link" bytea NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "draw_seed_chains_anchor_check" CHECK (anchor ~ '^[0-9a-f]{64}$'), CONSTRAINT "PK_9a68148d5919aa7c6b1c000099e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "draw_seed_chains_court_year_key" ON "draw_seed_chains" ("court_id", "year") `);
    await queryRunner.query(`CREATE TABLE "randomness_check_runs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "court_id" uuid NOT NULL, "month" character(7) NOT NULL, "passed" boolean NOT NULL, "records" integer NOT NULL, "weekday_p_value" double precision, "weekend_z" double precision, "result" jsonb NOT NULL, "checked_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_35ab45df17742cfd9bdb8cbefc9" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "randomness_check_runs_court_month_key" ON "randomness_check_runs" ("court_id", "month") `);
    await queryRunner.query(`ALTER TABLE "draws" ADD "commitment" character(64)`);
    await queryRunner.query(`ALTER TABLE "draws" ADD "court_code" character varying(16)`);
    await queryRunner.query(`ALTER TABLE "draws" ADD "seed_chain_id" uuid`);
    await queryRunner.query(`ALTER TABLE "draws" ADD "chain_index" integer`);
    await queryRunner.query(`ALTER TABLE "draw_entries" ADD "token" character(64)`);
    await queryRunner.query(`ALTER TABLE "draw_entries" ADD "frequency" character varying(8)`);
    await queryRunner.query(`ALTER TABLE "draw_entries" ADD "max_untested_days" smallint`);
    await queryRunner.query(`ALTER TABLE "draw_entries" ADD "max_tests_per_7_days" smallint`);
    await queryRunner.query(`ALTER TABLE "draw_entries" ADD "untested_days" smallint`);
    await queryRunner.query(`ALTER TABLE "draw_entries" ADD "tests_in_previous_6_days" smallint`);
    await queryRunner.query(`ALTER TABLE "draw_entries" ADD "exact_probability" character varying(48)`);
    await queryRunner.query(`ALTER TABLE "participants" ADD "draw_secret" bytea NOT NULL DEFAULT (uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid()))`);
    await queryRunner.query(`ALTER TABLE "draws" ADD CONSTRAINT "draws_v2_check" CHECK (algorithm <> 'chain-token-hmac-sha256/v2' OR (commitment IS NOT NULL AND court_code IS NOT NULL AND seed_chain_id IS NOT NULL AND chain_index IS NOT NULL))`);
    await queryRunner.query(`ALTER TABLE "draws" ADD CONSTRAINT "FK_65827eb843291523969a19b06bc" FOREIGN KEY ("seed_chain_id") REFERENCES "draw_seed_chains"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "draw_seed_chains" ADD CONSTRAINT "FK_667df7ffd5f2e9a7736bd6dbf4d" FOREIGN KEY ("court_id") REFERENCES "courts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "randomness_check_runs" ADD CONSTRAINT "FK_6a9c5b46612ba23f9ce198b0f04" FOREIGN KEY ("court_id") REFERENCES "courts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "randomness_check_runs" DROP CONSTRAINT "FK_6a9c5b46612ba23f9ce198b0f04"`);
    await queryRunner.query(`ALTER TABLE "draw_seed_chains" DROP CONSTRAINT "FK_667df7ffd5f2e9a7736bd6dbf4d"`);
    await queryRunner.query(`ALTER TABLE "draws" DROP CONSTRAINT "FK_65827eb843291523969a19b06bc"`);
    await queryRunner.query(`ALTER TABLE "draws" DROP CONSTRAINT "draws_v2_check"`);
    await queryRunner.query(`ALTER TABLE "participants" DROP COLUMN "draw_secret"`);
    await queryRunner.query(`ALTER TABLE "draw_entries" DROP COLUMN "exact_probability"`);
    await queryRunner.query(`ALTER TABLE "draw_entries" DROP COLUMN "tests_in_previous_6_days"`);
    await queryRunner.query(`ALTER TABLE "draw_entries" DROP COLUMN "untested_days"`);
    await queryRunner.query(`ALTER TABLE "draw_entries" DROP COLUMN "max_tests_per_7_days"`);
    await queryRunner.query(`ALTER TABLE "draw_entries" DROP COLUMN "max_untested_days"`);
    await queryRunner.query(`ALTER TABLE "draw_entries" DROP COLUMN "frequency"`);
    await queryRunner.query(`ALTER TABLE "draw_entries" DROP COLUMN "token"`);
    await queryRunner.query(`ALTER TABLE "draws" DROP COLUMN "chain_index"`);
    await queryRunner.query(`ALTER TABLE "draws" DROP COLUMN "seed_chain_id"`);
    await queryRunner.query(`ALTER TABLE "draws" DROP COLUMN "court_code"`);
    await queryRunner.query(`ALTER TABLE "draws" DROP COLUMN "commitment"`);
    await queryRunner.query(`DROP INDEX "public"."randomness_check_runs_court_month_key"`);
    await queryRunner.query(`DROP TABLE "randomness_check_runs"`);
    await queryRunner.query(`DROP INDEX "public"."draw_seed_chains_court_year_key"`);
    await queryRunner.query(`DROP TABLE "draw_seed_chains"`);
  }
}
