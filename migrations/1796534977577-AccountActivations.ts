import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One-time activation links for staff accounts: an administrator who creates
 * or resets an account never chooses or learns its password; the owner sets
 * it through a link valid for 24 hours. Only the token's SHA-256 is kept.
 */
export class AccountActivations1796534977577 implements MigrationInterface {
  name = 'AccountActivations1796534977577';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "account_activations" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "token_hash" character(64) NOT NULL,
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "used_at" TIMESTAMP WITH TIME ZONE,
        "replaced_at" TIMESTAMP WITH TIME ZONE,
        "issued_by" uuid,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_44ee6d58fcb4541fd4b30fce096" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "account_activations_token_hash_key" ON "account_activations" ("token_hash")`);
    await queryRunner.query(`CREATE INDEX "account_activations_user_idx" ON "account_activations" ("user_id")`);
    await queryRunner.query(
      `ALTER TABLE "account_activations" ADD CONSTRAINT "FK_44735956e0e54b04092dd206c4f" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "account_activations" DROP CONSTRAINT "FK_44735956e0e54b04092dd206c4f"`);
    await queryRunner.query(`DROP INDEX "account_activations_user_idx"`);
    await queryRunner.query(`DROP INDEX "account_activations_token_hash_key"`);
    await queryRunner.query(`DROP TABLE "account_activations"`);
  }
}
