import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Demographics as controlled vocabularies: sex, the races (several allowed)
 * and a declined race answer, the primary language; and the table that keeps
 * the free text the next migration cannot map.
 */
export class DemographicCodes1796566219449 implements MigrationInterface {
  name = 'DemographicCodes1796566219449';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "participants" ADD "sex" character varying(16)`);
    await queryRunner.query(`ALTER TABLE "participants" ADD "races" text array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "participants" ADD "race_declined" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "participants" ADD "primary_language" character varying(8)`);
    await queryRunner.query(
      `CREATE TABLE "demographic_migration_issues" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "participant_id" uuid NOT NULL, "court_id" uuid NOT NULL, "field" character varying(16) NOT NULL, "original_value" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "resolved_at" TIMESTAMP WITH TIME ZONE, "resolved_by" uuid, CONSTRAINT "demographic_migration_issues_field_check" CHECK (field IN ('gender', 'race', 'ethnicity')), CONSTRAINT "PK_demographic_migration_issues" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "demographic_migration_issues_court_idx" ON "demographic_migration_issues" ("court_id", "resolved_at") `);
    await queryRunner.query(`CREATE INDEX "demographic_migration_issues_participant_idx" ON "demographic_migration_issues" ("participant_id") `);
    await queryRunner.query(
      `ALTER TABLE "demographic_migration_issues" ADD CONSTRAINT "demographic_migration_issues_participant_fk" FOREIGN KEY ("participant_id") REFERENCES "participants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "demographic_migration_issues"`);
    await queryRunner.query(`ALTER TABLE "participants" DROP COLUMN "primary_language"`);
    await queryRunner.query(`ALTER TABLE "participants" DROP COLUMN "race_declined"`);
    await queryRunner.query(`ALTER TABLE "participants" DROP COLUMN "races"`);
    await queryRunner.query(`ALTER TABLE "participants" DROP COLUMN "sex"`);
  }
}
