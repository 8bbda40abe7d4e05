import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A court's history (tests, violations, responses, hearings) brought in from
 * its earlier records. Every imported row is marked (`imported_at`) so that
 * nothing acts on it: it is history, never a charge. The earlier system's id
 * of a record, unique per participant, is what makes a second import of the
 * same file import nothing twice.
 */
export class HistoryImports1796566015040 implements MigrationInterface {
  name = 'HistoryImports1796566015040';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['drug_test_collections', 'violations', 'court_responses', 'hearings']) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD "imported_at" TIMESTAMP WITH TIME ZONE`);
      await queryRunner.query(`ALTER TABLE "${table}" ADD "source_record_id" character varying(64)`);
      await queryRunner.query(`CREATE UNIQUE INDEX "${table}_source_record_key" ON "${table}" ("participant_id", "source_record_id") WHERE source_record_id IS NOT NULL`);
    }
    for (const table of ['drug_test_results', 'hearing_outcomes']) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD "imported_at" TIMESTAMP WITH TIME ZONE`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['drug_test_results', 'hearing_outcomes']) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "imported_at"`);
    }
    for (const table of ['drug_test_collections', 'violations', 'court_responses', 'hearings']) {
      await queryRunner.query(`DROP INDEX "public"."${table}_source_record_key"`);
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "source_record_id"`);
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "imported_at"`);
    }
  }
}
