import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Court wording in several languages: a catalogue entry's name and a testing site's
 * instructions and hours, per language (`{ "es": { "name": "…" } }`, `{}` until set;
 * language keys checked by the database too, inner fields by the API).
 */
export class WordingTranslations1795414997892 implements MigrationInterface {
  name = 'WordingTranslations1795414997892';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "testing_sites" ADD "translations" jsonb NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "response_catalogue_entries" ADD "translations" jsonb NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "testing_sites" ADD CONSTRAINT "testing_sites_translations_check" CHECK (jsonb_typeof(translations) = 'object' AND translations - 'en' - 'es' - 'pt' = '{}'::jsonb)`);
    await queryRunner.query(`ALTER TABLE "response_catalogue_entries" ADD CONSTRAINT "response_catalogue_entries_translations_check" CHECK (jsonb_typeof(translations) = 'object' AND translations - 'en' - 'es' - 'pt' = '{}'::jsonb)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "response_catalogue_entries" DROP CONSTRAINT "response_catalogue_entries_translations_check"`);
    await queryRunner.query(`ALTER TABLE "testing_sites" DROP CONSTRAINT "testing_sites_translations_check"`);
    await queryRunner.query(`ALTER TABLE "response_catalogue_entries" DROP COLUMN "translations"`);
    await queryRunner.query(`ALTER TABLE "testing_sites" DROP COLUMN "translations"`);
  }
}
