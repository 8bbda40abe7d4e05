import { MigrationInterface, QueryRunner } from 'typeorm';

export class CourtResponses1795403570847 implements MigrationInterface {
  name = 'CourtResponses1795403570847';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "response_catalogue_entries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "program_id" uuid NOT NULL, "kind" character varying(24) NOT NULL, "code" character varying(32) NOT NULL, "name" character varying(200) NOT NULL, "level" integer NOT NULL, "effect" character varying(24) NOT NULL DEFAULT 'none', "active" boolean NOT NULL DEFAULT true, CONSTRAINT "response_catalogue_entries_effect_kind_check" CHECK (effect NOT IN ('jail', 'community_service') OR kind = 'sanction'), CONSTRAINT "response_catalogue_entries_level_check" CHECK (level BETWEEN 1 AND 10), CONSTRAINT "response_catalogue_entries_effect_check" CHECK (effect IN ('none', 'increased_testing', 'community_service', 'jail')), CONSTRAINT "response_catalogue_entries_kind_check" CHECK (kind IN ('sanction', 'incentive', 'treatment_adjustment')), CONSTRAINT "PK_6d0bd88cbf2df19622341e9114e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "response_catalogue_entries_program_code_key" ON "response_catalogue_entries" ("program_id", "code") `);
    await queryRunner.query(`CREATE TABLE "court_responses" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "court_id" uuid NOT NULL, "participant_id" uuid NOT NULL, "catalogue_entry_id" uuid NOT NULL, "kind" character varying(24) NOT NULL, "level" integer NOT NULL, "effect" character varying(24) NOT NULL, "amount" numeric(7,2), "tests_per_week" real, "ordered_on" date NOT NULL, "hearing_id" uuid, "delegated" boolean NOT NULL DEFAULT false, "note" character varying(1000), "warnings" jsonb NOT NULL DEFAULT '[]', "testing_order_id" uuid, "custody_ends_at" TIMESTAMP WITH TIME ZONE, "custody_ended_at" TIMESTAMP WITH TIME ZONE, "ordered_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "court_responses_amount_check" CHECK (amount IS NULL OR amount > 0), CONSTRAINT "court_responses_kind_check" CHECK (kind IN ('sanction', 'incentive', 'treatment_adjustment')), CONSTRAINT "PK_7164f1be33f44ad787a333ef600" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "court_responses_custody_due_idx" ON "court_responses" ("custody_ends_at") WHERE custody_ended_at IS NULL AND custody_ends_at IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "court_responses_participant_idx" ON "court_responses" ("participant_id", "ordered_on") `);
    await queryRunner.query(`CREATE TABLE "court_response_violations" ("response_id" uuid NOT NULL, "violation_id" uuid NOT NULL, CONSTRAINT "PK_eba8ae7e39ee925365aaffcf161" PRIMARY KEY ("response_id", "violation_id"))`);
    await queryRunner.query(`CREATE INDEX "court_response_violations_violation_idx" ON "court_response_violations" ("violation_id") `);
    await queryRunner.query(`ALTER TABLE "programs" ADD "jail_limit_days" integer NOT NULL DEFAULT '5'`);
    await queryRunner.query(`ALTER TABLE "programs" ADD "incentive_gap_weeks" integer NOT NULL DEFAULT '4'`);
    await queryRunner.query(`ALTER TABLE "programs" ADD "delegated_responses" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "response_catalogue_entries" ADD CONSTRAINT "FK_32962d21ba3d55bdf0dc2b15e41" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "court_responses" ADD CONSTRAINT "FK_40d8fbdbae097ed6dfdf943ea3a" FOREIGN KEY ("court_id") REFERENCES "courts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "court_responses" ADD CONSTRAINT "FK_0036883874cae4683185d038cfe" FOREIGN KEY ("participant_id") REFERENCES "participants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "court_responses" ADD CONSTRAINT "FK_d94f044a86d89fe5c7cb682eb9b" FOREIGN KEY ("catalogue_entry_id") REFERENCES "response_catalogue_entries"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "court_response_violations" ADD CONSTRAINT "FK_709cab8cc3639bc8d07c4a493f7" FOREIGN KEY ("response_id") REFERENCES "court_responses"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "court_response_violations" ADD CONSTRAINT "FK_b698f0b82efc10fa93c7b3f2e8e" FOREIGN KEY ("violation_id") REFERENCES "violations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "court_response_violations" DROP CONSTRAINT "FK_b698f0b82efc10fa93c7b3f2e8e"`);
    await queryRunner.query(`ALTER TABLE "court_response_violations" DROP CONSTRAINT "FK_709cab8cc3639bc8d07c4a493f7"`);
    await queryRunner.query(`ALTER TABLE "court_responses" DROP CONSTRAINT "FK_d94f044a86d89fe5c7cb682eb9b"`);
    await queryRunner.query(`ALTER TABLE "court_responses" DROP CONSTRAINT "FK_0036883874cae4683185d038cfe"`);
    await queryRunner.query(`ALTER TABLE "court_responses" DROP CONSTRAINT "FK_40d8fbdbae097ed6dfdf943ea3a"`);
    await queryRunner.query(`ALTER TABLE "response_catalogue_entries" DROP CONSTRAINT "FK_32962d21ba3d55bdf0dc2b15e41"`);
    await queryRunner.query(`ALTER TABLE "programs" DROP COLUMN "delegated_responses"`);
    await queryRunner.query(`ALTER TABLE "programs" DROP COLUMN "incentive_gap_weeks"`);
    await queryRunner.query(`ALTER TABLE "programs" DROP COLUMN "jail_limit_days"`);
    await queryRunner.query(`DROP INDEX "public"."court_response_violations_violation_idx"`);
    await queryRunner.query(`DROP TABLE "court_response_violations"`);
    await queryRunner.query(`DROP INDEX "public"."court_responses_participant_idx"`);
    await queryRunner.query(`DROP INDEX "public"."court_responses_custody_due_idx"`);
    await queryRunner.query(`DROP TABLE "court_responses"`);
    await queryRunner.query(`DROP INDEX "public"."response_catalogue_entries_program_code_key"`);
    await queryRunner.query(`DROP TABLE "response_catalogue_entries"`);
  }
}
