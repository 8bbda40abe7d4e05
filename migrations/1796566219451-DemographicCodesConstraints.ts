import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Once every answer is a code (the backfill before this), only codes may be
 * stored; the free-text race column goes (its words are in races, or kept in
 * demographic_migration_issues).
 */
export class DemographicCodesConstraints1796566219451 implements MigrationInterface {
  name = 'DemographicCodesConstraints1796566219451';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "participants" DROP COLUMN "race"`);
    await queryRunner.query(`ALTER TABLE "participants" ADD CONSTRAINT "participants_ethnicity_check" CHECK (ethnicity IN ('hispanic_latino', 'not_hispanic_latino', 'declined'))`);
    await queryRunner.query(
      `ALTER TABLE "participants" ADD CONSTRAINT "participants_races_check" CHECK (races <@ ARRAY['american_indian_alaska_native', 'asian', 'black_african_american', 'native_hawaiian_pacific_islander', 'white']::text[] AND NOT (race_declined AND cardinality(races) > 0))`,
    );
    await queryRunner.query(`ALTER TABLE "participants" ADD CONSTRAINT "participants_sex_check" CHECK (sex IN ('female', 'male', 'intersex', 'declined'))`);
    await queryRunner.query(`ALTER TABLE "participants" ADD CONSTRAINT "participants_gender_check" CHECK (gender IN ('woman', 'man', 'non_binary', 'another', 'declined'))`);
    await queryRunner.query(
      `ALTER TABLE "participants" ADD CONSTRAINT "participants_primary_language_check" CHECK (primary_language IN ('en', 'es', 'pt', 'zh', 'vi', 'ar', 'ht', 'ko', 'ru', 'tl', 'fr', 'so', 'am', 'bn', 'de', 'fa', 'hi', 'it', 'ja', 'km', 'lo', 'ne', 'pa', 'pl', 'sw', 'uk', 'ur', 'other'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "participants" DROP CONSTRAINT "participants_primary_language_check"`);
    await queryRunner.query(`ALTER TABLE "participants" DROP CONSTRAINT "participants_gender_check"`);
    await queryRunner.query(`ALTER TABLE "participants" DROP CONSTRAINT "participants_sex_check"`);
    await queryRunner.query(`ALTER TABLE "participants" DROP CONSTRAINT "participants_races_check"`);
    await queryRunner.query(`ALTER TABLE "participants" DROP CONSTRAINT "participants_ethnicity_check"`);
    await queryRunner.query(`ALTER TABLE "participants" ADD "race" character varying(60)`);
  }
}
