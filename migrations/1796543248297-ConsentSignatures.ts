import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The participant's signature on a consent form (drawn on a tablet, or the
 * signed paper form scanned), kept with the consent as evidence of it.
 */
export class ConsentSignatures1796543248297 implements MigrationInterface {
  name = 'ConsentSignatures1796543248297';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "consent_signatures" (
        "consent_id" uuid NOT NULL,
        "method" character varying(16) NOT NULL,
        "media_type" character varying(40) NOT NULL,
        "content" bytea NOT NULL,
        "sha256" character(64) NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "consent_signatures_method_check" CHECK (method IN ('drawn', 'scanned')),
        CONSTRAINT "consent_signatures_pkey" PRIMARY KEY ("consent_id")
      )`);
    await queryRunner.query(
      `ALTER TABLE "consent_signatures" ADD CONSTRAINT "consent_signatures_consent_fkey" FOREIGN KEY ("consent_id") REFERENCES "consents"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "consent_signatures" DROP CONSTRAINT "consent_signatures_consent_fkey"`);
    await queryRunner.query(`DROP TABLE "consent_signatures"`);
  }
}
