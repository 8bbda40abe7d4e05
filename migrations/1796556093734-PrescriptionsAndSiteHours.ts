import { MigrationInterface, QueryRunner } from 'typeorm';
import { describeHours, parseOpeningHours } from '../libs/drug-testing/src/testing-sites/opening-hours';

/**
 * Prescriptions (a positive on a prescribed medication's panel is
 * `prescribed`, never a violation), and testing sites' hours as data: weekly
 * openings and closure days. The old free-text hours are read where they
 * can be; a site whose text cannot be read keeps it, with no weekly hours
 * (it is then never taken to be closed), and is named in the log so an
 * administrator enters its hours.
 */
export class PrescriptionsAndSiteHours1796556093734 implements MigrationInterface {
  name = 'PrescriptionsAndSiteHours1796556093734';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "prescriptions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "court_id" uuid NOT NULL, "participant_id" uuid NOT NULL, "substance" character varying(32) NOT NULL, "medication" character varying(200) NOT NULL, "prescriber" character varying(200) NOT NULL, "starts_on" date NOT NULL, "ends_on" date, "recorded_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "prescriptions_dates_check" CHECK (ends_on IS NULL OR ends_on >= starts_on), CONSTRAINT "PK_097b2cc2f2b7e56825468188503" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "prescriptions_participant_idx" ON "prescriptions" ("participant_id", "substance", "starts_on") `);
    await queryRunner.query(`ALTER TABLE "testing_sites" ADD "weekly_hours" jsonb`);
    await queryRunner.query(`ALTER TABLE "testing_sites" ADD "closures" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(`ALTER TABLE "prescriptions" ADD CONSTRAINT "FK_6f16be98770d874199f6fbea598" FOREIGN KEY ("court_id") REFERENCES "courts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "prescriptions" ADD CONSTRAINT "FK_7e39b6cdac32872e0bdcc32b001" FOREIGN KEY ("participant_id") REFERENCES "participants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "drug_test_results" DROP CONSTRAINT "drug_test_results_outcome_check"`);
    await queryRunner.query(`ALTER TABLE "drug_test_results" DROP CONSTRAINT "drug_test_results_substance_check"`);
    await queryRunner.query(
      `ALTER TABLE "drug_test_results" ADD CONSTRAINT "drug_test_results_outcome_check" CHECK (outcome IN ('negative', 'positive', 'prescribed', 'dilute', 'adulterated', 'substituted', 'invalid', 'refused', 'missed'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "drug_test_results" ADD CONSTRAINT "drug_test_results_substance_check" CHECK ((outcome NOT IN ('positive', 'prescribed') OR substance IS NOT NULL) AND (substance IS NULL OR outcome IN ('negative', 'positive', 'prescribed')))`,
    );
    const sites = (await queryRunner.query(`SELECT id, court_id, name, hours FROM testing_sites ORDER BY court_id, name`)) as Array<{ id: string; court_id: string; name: string; hours: string }>;
    for (const site of sites) {
      const weekly = parseOpeningHours(site.hours);
      if (!weekly) {
        console.warn(`testing site "${site.name}" (${site.id}, court ${site.court_id}): its hours "${site.hours}" could not be read; enter them as weekly hours`);
        continue;
      }
      await queryRunner.query(`UPDATE testing_sites SET weekly_hours = $2, hours = $3 WHERE id = $1`, [site.id, JSON.stringify(weekly), describeHours(weekly, 'en')]);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE drug_test_results SET outcome = 'positive' WHERE outcome = 'prescribed'`);
    await queryRunner.query(`ALTER TABLE "drug_test_results" DROP CONSTRAINT "drug_test_results_substance_check"`);
    await queryRunner.query(`ALTER TABLE "drug_test_results" DROP CONSTRAINT "drug_test_results_outcome_check"`);
    await queryRunner.query(
      `ALTER TABLE "drug_test_results" ADD CONSTRAINT "drug_test_results_outcome_check" CHECK (outcome IN ('negative', 'positive', 'dilute', 'adulterated', 'substituted', 'invalid', 'refused', 'missed'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "drug_test_results" ADD CONSTRAINT "drug_test_results_substance_check" CHECK ((outcome <> 'positive' OR substance IS NOT NULL) AND (substance IS NULL OR outcome IN ('negative', 'positive')))`,
    );
    await queryRunner.query(`ALTER TABLE "prescriptions" DROP CONSTRAINT "FK_7e39b6cdac32872e0bdcc32b001"`);
    await queryRunner.query(`ALTER TABLE "prescriptions" DROP CONSTRAINT "FK_6f16be98770d874199f6fbea598"`);
    await queryRunner.query(`ALTER TABLE "testing_sites" DROP COLUMN "closures"`);
    await queryRunner.query(`ALTER TABLE "testing_sites" DROP COLUMN "weekly_hours"`);
    await queryRunner.query(`DROP INDEX "public"."prescriptions_participant_idx"`);
    await queryRunner.query(`DROP TABLE "prescriptions"`);
  }
}
