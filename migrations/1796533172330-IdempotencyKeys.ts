import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The first answer to each request sent with an `Idempotency-Key`, per user,
 * for 24 hours: written in the transaction of the records the request
 * created, so a retry answers it instead of creating again.
 */
export class IdempotencyKeys1796533172330 implements MigrationInterface {
  name = 'IdempotencyKeys1796533172330';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "idempotency_keys" (
        "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
        "user_id" uuid NOT NULL,
        "key" text NOT NULL,
        "method" text NOT NULL,
        "path" text NOT NULL,
        "fingerprint" text NOT NULL,
        "response_status" integer NOT NULL,
        "response_body" jsonb,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        CONSTRAINT "PK_idempotency_keys" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "idempotency_keys_user_key_key" ON "idempotency_keys" ("user_id", "key")`);
    await queryRunner.query(`CREATE INDEX "idempotency_keys_expires_at_idx" ON "idempotency_keys" ("expires_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idempotency_keys_expires_at_idx"`);
    await queryRunner.query(`DROP INDEX "idempotency_keys_user_key_key"`);
    await queryRunner.query(`DROP TABLE "idempotency_keys"`);
  }
}
