import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Testing science: each program's panels and cut-offs, a specimen's lab and
 * accession number (unique per lab) and its chain of custody, and a result's
 * level and confirming laboratory and technique.
 */
export class SpecimensPanelsAndConfirmations1796556662182 implements MigrationInterface {
  name = 'SpecimensPanelsAndConfirmations1796556662182';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "program_test_panels" ("program_id" uuid NOT NULL, "substance" character varying(32) NOT NULL, "screen_cutoff_ng_ml" numeric(10,3) NOT NULL, "confirmation_cutoff_ng_ml" numeric(10,3), CONSTRAINT "program_test_panels_cutoffs_check" CHECK (screen_cutoff_ng_ml > 0 AND (confirmation_cutoff_ng_ml IS NULL OR confirmation_cutoff_ng_ml > 0)), CONSTRAINT "PK_8fd5d47dc20b1b69dbb17a8ecf6" PRIMARY KEY ("program_id", "substance"))`);
    await queryRunner.query(`CREATE TABLE "specimen_custody_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "collection_id" uuid NOT NULL, "step" character varying(16) NOT NULL, "handled_by" character varying(200) NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "recorded_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "specimen_custody_events_step_check" CHECK (step IN ('collected', 'sealed', 'shipped', 'received')), CONSTRAINT "PK_b5739402252016ae7f91602a235" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "specimen_custody_events_step_key" ON "specimen_custody_events" ("collection_id", "step") `);
    await queryRunner.query(`ALTER TABLE "drug_test_results" ADD "level_ng_ml" numeric(12,3)`);
    await queryRunner.query(`ALTER TABLE "drug_test_results" ADD "lab" character varying(200)`);
    await queryRunner.query(`ALTER TABLE "drug_test_results" ADD "technique" character varying(8)`);
    await queryRunner.query(`ALTER TABLE "drug_test_collections" ADD "lab" character varying(200)`);
    await queryRunner.query(`ALTER TABLE "drug_test_collections" ADD "accession_number" character varying(64)`);
    await queryRunner.query(`CREATE UNIQUE INDEX "drug_test_collections_accession_key" ON "drug_test_collections" ("lab", "accession_number") WHERE accession_number IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "drug_test_collections" ADD CONSTRAINT "drug_test_collections_accession_check" CHECK (accession_number IS NULL OR lab IS NOT NULL)`);
    await queryRunner.query(`ALTER TABLE "program_test_panels" ADD CONSTRAINT "FK_72faaef8383929d19cbd90e9a22" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "specimen_custody_events" ADD CONSTRAINT "FK_cbee729b4062f158796d2c7a909" FOREIGN KEY ("collection_id") REFERENCES "drug_test_collections"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "specimen_custody_events" DROP CONSTRAINT "FK_cbee729b4062f158796d2c7a909"`);
    await queryRunner.query(`ALTER TABLE "program_test_panels" DROP CONSTRAINT "FK_72faaef8383929d19cbd90e9a22"`);
    await queryRunner.query(`ALTER TABLE "drug_test_collections" DROP CONSTRAINT "drug_test_collections_accession_check"`);
    await queryRunner.query(`DROP INDEX "public"."drug_test_collections_accession_key"`);
    await queryRunner.query(`ALTER TABLE "drug_test_collections" DROP COLUMN "accession_number"`);
    await queryRunner.query(`ALTER TABLE "drug_test_collections" DROP COLUMN "lab"`);
    await queryRunner.query(`ALTER TABLE "drug_test_results" DROP COLUMN "technique"`);
    await queryRunner.query(`ALTER TABLE "drug_test_results" DROP COLUMN "lab"`);
    await queryRunner.query(`ALTER TABLE "drug_test_results" DROP COLUMN "level_ng_ml"`);
    await queryRunner.query(`DROP INDEX "public"."specimen_custody_events_step_key"`);
    await queryRunner.query(`DROP TABLE "specimen_custody_events"`);
    await queryRunner.query(`DROP TABLE "program_test_panels"`);
  }
}
