import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Program and phase names in several languages, like WordingTranslations:
 * `{ "es": { "name": "…" } }`, `{}` until set; language keys checked by the
 * database too, inner fields by the API.
 */
export class ProgramPhaseTranslations1795415397714 implements MigrationInterface {
  name = 'ProgramPhaseTranslations1795415397714';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "programs" ADD "translations" jsonb NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "phases" ADD "translations" jsonb NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "programs" ADD CONSTRAINT "programs_translations_check" CHECK (jsonb_typeof(translations) = 'object' AND translations - 'en' - 'es' - 'pt' = '{}'::jsonb)`);
    await queryRunner.query(`ALTER TABLE "phases" ADD CONSTRAINT "phases_translations_check" CHECK (jsonb_typeof(translations) = 'object' AND translations - 'en' - 'es' - 'pt' = '{}'::jsonb)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "phases" DROP CONSTRAINT "phases_translations_check"`);
    await queryRunner.query(`ALTER TABLE "programs" DROP CONSTRAINT "programs_translations_check"`);
    await queryRunner.query(`ALTER TABLE "phases" DROP COLUMN "translations"`);
    await queryRunner.query(`ALTER TABLE "programs" DROP COLUMN "translations"`);
  }
}
