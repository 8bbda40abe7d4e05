import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The testing fidelity summary also keeps, per day, the hours from notice
 * to collection of an ordered test: the fidelity dashboard's line, which
 * over a state's year read a million and a half ordered tests from the live
 * tables. The summary is derived data: its rows are removed, and the
 * worker's next refresh rebuilds each court's year with the new column
 * (until then the measures read the live tables, slower but the same).
 */
export class TestingSummaryNotice1796570000001 implements MigrationInterface {
  name = 'TestingSummaryNotice1796570000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "testing_fidelity_refreshes"`);
    await queryRunner.query(`TRUNCATE "testing_fidelity_weeks"`);
    await queryRunner.query(`ALTER TABLE "testing_fidelity_weeks" ADD "notice_hours" double precision array NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "testing_fidelity_refreshes"`);
    await queryRunner.query(`TRUNCATE "testing_fidelity_weeks"`);
    await queryRunner.query(`ALTER TABLE "testing_fidelity_weeks" DROP COLUMN "notice_hours"`);
  }
}
