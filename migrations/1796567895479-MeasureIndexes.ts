import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for reading the measures over a state's history. Result
 * turnaround reads, for each collection, its first result and its latest
 * confirmation: with the method and time in the collection's index that is
 * an index-only probe (the old one-column index is its prefix, so it goes).
 * Swiftness reads a court's violations by the day they were detected, which
 * the deadline index only approximated.
 */
export class MeasureIndexes1796567895479 implements MigrationInterface {
  name = 'MeasureIndexes1796567895479';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "drug_test_results_collection_settled_idx" ON "drug_test_results" ("collection_id", "method", "created_at") `);
    await queryRunner.query(`DROP INDEX "public"."drug_test_results_collection_idx"`);
    await queryRunner.query(`CREATE INDEX "violations_court_detected_idx" ON "violations" ("court_id", "detected_at") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."violations_court_detected_idx"`);
    await queryRunner.query(`CREATE INDEX "drug_test_results_collection_idx" ON "drug_test_results" ("collection_id") `);
    await queryRunner.query(`DROP INDEX "public"."drug_test_results_collection_settled_idx"`);
  }
}
