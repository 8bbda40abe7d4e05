import { MigrationInterface, QueryRunner } from 'typeorm';

export class ViolationClock1795403079713 implements MigrationInterface {
  name = 'ViolationClock1795403079713';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "violation_clock_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "violation_id" uuid NOT NULL, "event" character varying(24) NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "fired_at" TIMESTAMP WITH TIME ZONE, "late_by_ms" integer, "outcome" character varying(16), CONSTRAINT "violation_clock_events_outcome_check" CHECK (outcome IS NULL OR outcome IN ('reminded', 'escalated', 'already_met')), CONSTRAINT "PK_af30ae2f91142ee803ffe1f2b9e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "violation_clock_events_pending_idx" ON "violation_clock_events" ("due_at") WHERE fired_at IS NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "violation_clock_events_key" ON "violation_clock_events" ("violation_id", "event") `);
    await queryRunner.query(`ALTER TABLE "programs" ADD "response_window_hours" integer NOT NULL DEFAULT '72'`);
    await queryRunner.query(`ALTER TABLE "programs" ADD "reminder_hours" integer array NOT NULL DEFAULT '{24,48}'`);
    await queryRunner.query(`ALTER TABLE "violations" ADD "escalated_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "violations" ADD "description" character varying(1000)`);
    await queryRunner.query(`ALTER TABLE "violations" ADD "recorded_by" uuid`);
    await queryRunner.query(`ALTER TABLE "programs" ADD CONSTRAINT "programs_response_window_check" CHECK (response_window_hours BETWEEN 1 AND 336)`);
    await queryRunner.query(`ALTER TABLE "violation_clock_events" ADD CONSTRAINT "FK_96fd7146899747224167b605f2c" FOREIGN KEY ("violation_id") REFERENCES "violations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "violation_clock_events" DROP CONSTRAINT "FK_96fd7146899747224167b605f2c"`);
    await queryRunner.query(`ALTER TABLE "programs" DROP CONSTRAINT "programs_response_window_check"`);
    await queryRunner.query(`ALTER TABLE "violations" DROP COLUMN "recorded_by"`);
    await queryRunner.query(`ALTER TABLE "violations" DROP COLUMN "description"`);
    await queryRunner.query(`ALTER TABLE "violations" DROP COLUMN "escalated_at"`);
    await queryRunner.query(`ALTER TABLE "programs" DROP COLUMN "reminder_hours"`);
    await queryRunner.query(`ALTER TABLE "programs" DROP COLUMN "response_window_hours"`);
    await queryRunner.query(`DROP INDEX "public"."violation_clock_events_key"`);
    await queryRunner.query(`DROP INDEX "public"."violation_clock_events_pending_idx"`);
    await queryRunner.query(`DROP TABLE "violation_clock_events"`);
  }
}
