import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The testing fidelity summary: one row per participant, court-local week
 * and phase, each day a bit of a mask (libs/reporting/src/testing-fidelity-summary.sql.ts),
 * and per court the days it holds. Derived data, rewritten by the worker:
 * no foreign key ties it to the participant, so nothing about a person is
 * held up by it.
 */
export class TestingFidelitySummary1796568241916 implements MigrationInterface {
  name = 'TestingFidelitySummary1796568241916';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "testing_fidelity_weeks" ("court_id" uuid NOT NULL, "participant_id" uuid NOT NULL, "week_start" date NOT NULL, "program_id" uuid, "position" integer, "present" smallint NOT NULL, "in_draw" smallint NOT NULL, "under_order" smallint NOT NULL, "drawn" smallint NOT NULL, "excused" smallint NOT NULL, "forced" smallint NOT NULL, "ordered" smallint NOT NULL, "collected" smallint NOT NULL, "expected_week" double precision NOT NULL, "expected_days" double precision array NOT NULL, CONSTRAINT "testing_fidelity_weeks_court_fk" FOREIGN KEY ("court_id") REFERENCES "courts"("id") ON DELETE CASCADE)`,
    );
    await queryRunner.query(`CREATE INDEX "testing_fidelity_weeks_court_week_idx" ON "testing_fidelity_weeks" ("court_id", "week_start")`);
    await queryRunner.query(
      `CREATE TABLE "testing_fidelity_refreshes" ("court_id" uuid NOT NULL, "refreshed_from" date NOT NULL, "refreshed_through" date NOT NULL, "refreshed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_testing_fidelity_refreshes" PRIMARY KEY ("court_id"), CONSTRAINT "testing_fidelity_refreshes_court_fk" FOREIGN KEY ("court_id") REFERENCES "courts"("id") ON DELETE CASCADE)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "testing_fidelity_refreshes"`);
    await queryRunner.query(`DROP TABLE "testing_fidelity_weeks"`);
  }
}
