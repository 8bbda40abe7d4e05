import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a participant's phone needs of the court and staff (the court's currency and address, a case
 * manager's work phone), and the court data wording that had no other language: milestones and courtrooms.
 */
export class PhoneAndWording1796554112546 implements MigrationInterface {
  name = 'PhoneAndWording1796554112546';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "courts" ADD "currency" character varying(3) NOT NULL DEFAULT 'USD'`);
    await queryRunner.query(`ALTER TABLE "courts" ADD "address" character varying(300)`);
    await queryRunner.query(`ALTER TABLE "courts" ADD "courtroom_translations" jsonb NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "users" ADD "work_phone" character varying(16)`);
    await queryRunner.query(`ALTER TABLE "phases" ADD "milestone_translations" jsonb NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "courts" ADD CONSTRAINT "courts_currency_check" CHECK (currency ~ '^[A-Z]{3}$')`);
    await queryRunner.query(
      `ALTER TABLE "courts" ADD CONSTRAINT "courts_courtroom_translations_check" CHECK (jsonb_typeof(courtroom_translations) = 'object' AND courtroom_translations - 'en' - 'es' - 'pt' = '{}'::jsonb)`,
    );
    await queryRunner.query(`ALTER TABLE "users" ADD CONSTRAINT "users_work_phone_check" CHECK (work_phone ~ '^\\+[1-9][0-9]{6,14}$')`);
    await queryRunner.query(
      `ALTER TABLE "phases" ADD CONSTRAINT "phases_milestone_translations_check" CHECK (jsonb_typeof(milestone_translations) = 'object' AND milestone_translations - 'en' - 'es' - 'pt' = '{}'::jsonb)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "phases" DROP CONSTRAINT "phases_milestone_translations_check"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "users_work_phone_check"`);
    await queryRunner.query(`ALTER TABLE "courts" DROP CONSTRAINT "courts_courtroom_translations_check"`);
    await queryRunner.query(`ALTER TABLE "courts" DROP CONSTRAINT "courts_currency_check"`);
    await queryRunner.query(`ALTER TABLE "phases" DROP COLUMN "milestone_translations"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "work_phone"`);
    await queryRunner.query(`ALTER TABLE "courts" DROP COLUMN "courtroom_translations"`);
    await queryRunner.query(`ALTER TABLE "courts" DROP COLUMN "address"`);
    await queryRunner.query(`ALTER TABLE "courts" DROP COLUMN "currency"`);
  }
}
