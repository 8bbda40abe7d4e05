import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Deferred judgments (plea, deferred sentence, program length, expungement),
 * bench warrants, the programs' absconding threshold, and sealed records.
 *
 * Sealing is enforced by Postgres, not by each query: a row-level security
 * policy on `participants` hides a sealed participant from every statement
 * of the application, so no list, search, board, docket, export or access
 * check written now or later can forget the filter. Rows are visible again
 * only inside a transaction that names the participant in the setting
 * `tc.sealed_read` (the court administrator's audited read, and the sealing
 * itself). The policy is FORCEd so that it binds the tables' owner too (a
 * deployment with one database role); only a superuser bypasses it. Other
 * tables keep their rows: everything that names a person joins
 * `participants`, and aggregate counts that do not may still count them.
 */
export class DeferredJudgmentsAndWarrants1796555485779 implements MigrationInterface {
  name = 'DeferredJudgmentsAndWarrants1796555485779';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "warrants" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "participant_id" uuid NOT NULL, "court_id" uuid NOT NULL, "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL, "issued_by" uuid, "reason" character varying(1000) NOT NULL, "hearing_id" uuid, "served_at" TIMESTAMP WITH TIME ZONE, "served_by" uuid, "service_outcome" character varying(16), "service_note" character varying(1000), "recalled_at" TIMESTAMP WITH TIME ZONE, "recalled_by" uuid, "recall_reason" character varying(1000), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "warrants_ended_once_check" CHECK (served_at IS NULL OR recalled_at IS NULL), CONSTRAINT "warrants_served_check" CHECK ((served_at IS NULL) = (served_by IS NULL) AND (served_at IS NULL) = (service_outcome IS NULL)), CONSTRAINT "warrants_recalled_check" CHECK ((recalled_at IS NULL) = (recall_reason IS NULL)), CONSTRAINT "warrants_service_outcome_check" CHECK (service_outcome IN ('in_custody', 'released')), CONSTRAINT "PK_warrants" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "warrants_participant_idx" ON "warrants" ("participant_id", "issued_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "warrants_one_open_key" ON "warrants" ("participant_id") WHERE served_at IS NULL AND recalled_at IS NULL`);
    await queryRunner.query(`ALTER TABLE "warrants" ADD CONSTRAINT "warrants_participant_fk" FOREIGN KEY ("participant_id") REFERENCES "participants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);

    await queryRunner.query(`CREATE TABLE "deferred_judgments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "participant_id" uuid NOT NULL, "court_id" uuid NOT NULL, "charges" jsonb NOT NULL, "plea" character varying(16) NOT NULL, "plea_entered_on" date NOT NULL, "deferred_sentence" character varying(2000) NOT NULL, "program_months" integer NOT NULL, "community_service_hours" integer NOT NULL DEFAULT 220, "required_milestones" text array NOT NULL DEFAULT '{}', "source" character varying(16) NOT NULL, "hearing_id" uuid, "recorded_by" uuid, "length_warning_sent_at" TIMESTAMP WITH TIME ZONE, "expungement_granted_at" TIMESTAMP WITH TIME ZONE, "expungement_granted_by" uuid, "expungement_order_reference" character varying(100), CONSTRAINT "deferred_judgments_plea_check" CHECK (plea IN ('guilty', 'no_contest')), CONSTRAINT "deferred_judgments_source_check" CHECK (source IN ('hearing', 'court_paper')), CONSTRAINT "deferred_judgments_months_check" CHECK (program_months BETWEEN 1 AND 18), CONSTRAINT "deferred_judgments_hours_check" CHECK (community_service_hours BETWEEN 0 AND 2000), CONSTRAINT "PK_deferred_judgments" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "deferred_judgments_participant_key" ON "deferred_judgments" ("participant_id") `);
    await queryRunner.query(`ALTER TABLE "deferred_judgments" ADD CONSTRAINT "deferred_judgments_participant_fk" FOREIGN KEY ("participant_id") REFERENCES "participants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);

    await queryRunner.query(`ALTER TABLE "programs" ADD "absconding_days" integer NOT NULL DEFAULT 14`);
    await queryRunner.query(`ALTER TABLE "programs" ADD CONSTRAINT "programs_absconding_days_check" CHECK (absconding_days BETWEEN 1 AND 90)`);

    await queryRunner.query(`ALTER TABLE "participants" ADD "sealed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "participants" ADD "sealed_by" uuid`);
    await queryRunner.query(`ALTER TABLE "participants" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "participants" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY "participants_unsealed" ON "participants" USING (sealed_at IS NULL OR id::text = current_setting('tc.sealed_read', true))`,
    );

  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP POLICY "participants_unsealed" ON "participants"`);
    await queryRunner.query(`ALTER TABLE "participants" NO FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "participants" DISABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "participants" DROP COLUMN "sealed_by"`);
    await queryRunner.query(`ALTER TABLE "participants" DROP COLUMN "sealed_at"`);
    await queryRunner.query(`ALTER TABLE "programs" DROP CONSTRAINT "programs_absconding_days_check"`);
    await queryRunner.query(`ALTER TABLE "programs" DROP COLUMN "absconding_days"`);
    await queryRunner.query(`DROP TABLE "deferred_judgments"`);
    await queryRunner.query(`DROP TABLE "warrants"`);
  }
}
