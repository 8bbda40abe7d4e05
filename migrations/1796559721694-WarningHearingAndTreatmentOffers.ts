import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * HOPE's warning hearing (testing begins after it) and treatment offered
 * after repeated positives or on the participant's request.
 */
export class WarningHearingAndTreatmentOffers1796559721694 implements MigrationInterface {
  name = 'WarningHearingAndTreatmentOffers1796559721694';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "programs" ADD "warning_hearing_required" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "programs" ADD "treatment_offer_positives" integer DEFAULT '3'`);
    await queryRunner.query(`ALTER TABLE "programs" ADD "treatment_offer_days" integer NOT NULL DEFAULT '90'`);
    await queryRunner.query(`ALTER TABLE "participants" ADD "warning_hearing_on" date`);
    await queryRunner.query(
      `CREATE TABLE "treatment_proposals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "court_id" uuid NOT NULL, "participant_id" uuid NOT NULL, "kind" character varying(40) NOT NULL DEFAULT 'treatment_assessment', "source" character varying(24) NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'open', "violation_ids" uuid array NOT NULL DEFAULT '{}', "proposed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "requested_by" uuid, "closed_at" TIMESTAMP WITH TIME ZONE, "closed_by" uuid, "close_note" character varying(1000), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "treatment_proposals_source_check" CHECK (source IN ('repeated_positives', 'participant_request')), CONSTRAINT "treatment_proposals_status_check" CHECK (status IN ('open', 'closed')), CONSTRAINT "PK_0a2bfaa7d9eed062fe465dab65a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "treatment_proposals_open_key" ON "treatment_proposals" ("participant_id") WHERE status = 'open'`);
    await queryRunner.query(
      `ALTER TABLE "treatment_proposals" ADD CONSTRAINT "FK_ce058fa3d75c56736761228e744" FOREIGN KEY ("participant_id") REFERENCES "participants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "treatment_proposals" DROP CONSTRAINT "FK_ce058fa3d75c56736761228e744"`);
    await queryRunner.query(`DROP INDEX "public"."treatment_proposals_open_key"`);
    await queryRunner.query(`DROP TABLE "treatment_proposals"`);
    await queryRunner.query(`ALTER TABLE "participants" DROP COLUMN "warning_hearing_on"`);
    await queryRunner.query(`ALTER TABLE "programs" DROP COLUMN "treatment_offer_days"`);
    await queryRunner.query(`ALTER TABLE "programs" DROP COLUMN "treatment_offer_positives"`);
    await queryRunner.query(`ALTER TABLE "programs" DROP COLUMN "warning_hearing_required"`);
  }
}
