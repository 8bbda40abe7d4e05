import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each user's own language (null: follow the court's) and each court's language (English until it
 * chooses): one of en, es, pt, checked by the database as well as by the API.
 */
export class UserAndCourtLanguage1795413376631 implements MigrationInterface {
  name = 'UserAndCourtLanguage1795413376631';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "language" character varying(8)`);
    await queryRunner.query(`ALTER TABLE "courts" ADD "language" character varying(8) NOT NULL DEFAULT 'en'`);
    await queryRunner.query(`ALTER TABLE "users" ADD CONSTRAINT "users_language_check" CHECK (language IN ('en', 'es', 'pt'))`);
    await queryRunner.query(`ALTER TABLE "courts" ADD CONSTRAINT "courts_language_check" CHECK (language IN ('en', 'es', 'pt'))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "courts" DROP CONSTRAINT "courts_language_check"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "users_language_check"`);
    await queryRunner.query(`ALTER TABLE "courts" DROP COLUMN "language"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "language"`);
  }
}
