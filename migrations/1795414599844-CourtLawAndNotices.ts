import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The law each court operates under (42 CFR Part 2 until it names another) and its disclosure
 * notice per language (a map en/es/pt → text, empty until set; keys checked by the database too).
 */
export class CourtLawAndNotices1795414599844 implements MigrationInterface {
  name = 'CourtLawAndNotices1795414599844';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "courts" ADD "law_name" character varying(200) NOT NULL DEFAULT '42 CFR Part 2'`);
    await queryRunner.query(`ALTER TABLE "courts" ADD "redisclosure_notices" jsonb NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "courts" ADD CONSTRAINT "courts_redisclosure_notices_check" CHECK (jsonb_typeof(redisclosure_notices) = 'object' AND redisclosure_notices - 'en' - 'es' - 'pt' = '{}'::jsonb)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "courts" DROP CONSTRAINT "courts_redisclosure_notices_check"`);
    await queryRunner.query(`ALTER TABLE "courts" DROP COLUMN "redisclosure_notices"`);
    await queryRunner.query(`ALTER TABLE "courts" DROP COLUMN "law_name"`);
  }
}
