import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each collection keeps the time of its first result and of its latest
 * confirmation, the two times result turnaround measures. Read from the
 * results, they cost one index probe per collection: a state's year is
 * nearly two million probes, twenty seconds. Kept on the collection, the
 * measure is one scan. A statement trigger on drug_test_results keeps them,
 * so every path that writes a result (the lab feed, the site, an import, a
 * correction) keeps them too, and a bulk insert updates each collection
 * once. Results are never deleted or re-timed, so an insert trigger is all
 * it takes.
 */
export class CollectionSettledTimes1796570000000 implements MigrationInterface {
  name = 'CollectionSettledTimes1796570000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "drug_test_collections" ADD "first_result_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "drug_test_collections" ADD "confirmed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`
      CREATE FUNCTION drug_test_collections_settle() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE drug_test_collections k
           SET first_result_at = LEAST(k.first_result_at, n.first_at),
               confirmed_at = GREATEST(k.confirmed_at, n.confirmed_at)
          FROM (SELECT collection_id, min(created_at) AS first_at, max(created_at) FILTER (WHERE method = 'confirmation') AS confirmed_at
                  FROM inserted WHERE collection_id IS NOT NULL GROUP BY collection_id) n
         WHERE k.id = n.collection_id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER drug_test_results_settle AFTER INSERT ON drug_test_results
        REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION drug_test_collections_settle()`);
    await queryRunner.query(`
      UPDATE drug_test_collections k SET first_result_at = r.first_at, confirmed_at = r.confirmed_at
        FROM (SELECT collection_id, min(created_at) AS first_at, max(created_at) FILTER (WHERE method = 'confirmation') AS confirmed_at
                FROM drug_test_results WHERE collection_id IS NOT NULL GROUP BY collection_id) r
       WHERE k.id = r.collection_id`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER drug_test_results_settle ON drug_test_results`);
    await queryRunner.query(`DROP FUNCTION drug_test_collections_settle()`);
    await queryRunner.query(`ALTER TABLE "drug_test_collections" DROP COLUMN "confirmed_at"`);
    await queryRunner.query(`ALTER TABLE "drug_test_collections" DROP COLUMN "first_result_at"`);
  }
}
