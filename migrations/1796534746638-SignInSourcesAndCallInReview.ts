import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Failed sign-ins block the source, never the account:
 * - `sign_in_throttles`: one counter per (scope, key), claimed atomically
 *   before a secret is checked: `pair` (account and source), `source`
 *   (address or calling number, across accounts), `account` (across sources,
 *   for alerts only: it never refuses anyone), `dashboard` (queue dashboard);
 * - `account_alerts`: what staff see when an account's PIN or password is
 *   being guessed (one open alert per account);
 * - `call_in_refusals`: a participant refused for a reason of the system's
 *   (their right PIN refused from a blocked source, a PIN still to be
 *   changed on the phone, an internal error), so the window's close does
 *   not charge the day without staff review;
 * - `not_charged_call_ins`: the missed call-ins not charged for such a
 *   reason, shown on the testing board.
 */
export class SignInSourcesAndCallInReview1796534746638 implements MigrationInterface {
  name = 'SignInSourcesAndCallInReview1796534746638';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "sign_in_throttles" (
        "scope" text NOT NULL,
        "key" text NOT NULL,
        "attempts" integer NOT NULL,
        "locked_until" TIMESTAMP WITH TIME ZONE,
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        CONSTRAINT "PK_sign_in_throttles" PRIMARY KEY ("scope", "key")
      )`);
    await queryRunner.query(`CREATE INDEX "sign_in_throttles_updated_at_idx" ON "sign_in_throttles" ("updated_at")`);
    await queryRunner.query(`
      CREATE TABLE "account_alerts" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
        "court_id" uuid REFERENCES "courts" ("id"),
        "participant_id" uuid REFERENCES "participants" ("id"),
        "kind" text NOT NULL,
        "failures" integer NOT NULL,
        "blocked_sources" integer NOT NULL DEFAULT 0,
        "first_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "last_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "closed_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "PK_account_alerts" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "account_alerts_open_key" ON "account_alerts" ("user_id", "kind") WHERE "closed_at" IS NULL`);
    await queryRunner.query(`CREATE INDEX "account_alerts_court_last_at_idx" ON "account_alerts" ("court_id", "last_at")`);
    await queryRunner.query(`
      CREATE TABLE "call_in_refusals" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "court_id" uuid NOT NULL REFERENCES "courts" ("id"),
        "participant_id" uuid NOT NULL REFERENCES "participants" ("id"),
        "refused_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "reason" text NOT NULL,
        "channel" text NOT NULL,
        CONSTRAINT "PK_call_in_refusals" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`CREATE INDEX "call_in_refusals_participant_at_idx" ON "call_in_refusals" ("participant_id", "refused_at")`);
    await queryRunner.query(`CREATE INDEX "call_in_refusals_court_at_idx" ON "call_in_refusals" ("court_id", "refused_at")`);
    await queryRunner.query(`
      CREATE TABLE "not_charged_call_ins" (
        "participant_id" uuid NOT NULL REFERENCES "participants" ("id"),
        "court_day" date NOT NULL,
        "court_id" uuid NOT NULL REFERENCES "courts" ("id"),
        "draw_id" uuid NOT NULL REFERENCES "draws" ("id"),
        "reasons" text[] NOT NULL,
        "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        CONSTRAINT "PK_not_charged_call_ins" PRIMARY KEY ("participant_id", "court_day")
      )`);
    await queryRunner.query(`CREATE INDEX "not_charged_call_ins_court_day_idx" ON "not_charged_call_ins" ("court_id", "court_day")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "not_charged_call_ins"`);
    await queryRunner.query(`DROP TABLE "call_in_refusals"`);
    await queryRunner.query(`DROP TABLE "account_alerts"`);
    await queryRunner.query(`DROP TABLE "sign_in_throttles"`);
  }
}
