import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reaching participants by phone: the numbers a participant registered (a
 * call from one skips the number prompt; texts need its opt-in), the numbers
 * that replied STOP, the court's own hotline and help numbers, and the log
 * of every call and text to the hotline.
 */
export class PhoneNumbersAndHotline1796543193953 implements MigrationInterface {
  name = 'PhoneNumbersAndHotline1796543193953';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "participant_phone_numbers" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "court_id" uuid NOT NULL,
        "participant_id" uuid NOT NULL,
        "phone_e164" text NOT NULL,
        "label" text,
        "sms_opt_in" boolean NOT NULL DEFAULT false,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "removed_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "participant_phone_numbers_phone_check" CHECK (phone_e164 ~ '^\\+[1-9][0-9]{6,14}$'),
        CONSTRAINT "PK_0e757140c035a103d3e3c33875a" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`CREATE INDEX "participant_phone_numbers_participant_idx" ON "participant_phone_numbers" ("participant_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "participant_phone_numbers_court_phone_key" ON "participant_phone_numbers" ("court_id", "phone_e164") WHERE removed_at IS NULL`,
    );
    await queryRunner.query(`
      CREATE TABLE "sms_opt_outs" (
        "court_id" uuid NOT NULL,
        "phone_e164" text NOT NULL,
        "opted_out_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        CONSTRAINT "sms_opt_outs_phone_check" CHECK (phone_e164 ~ '^\\+[1-9][0-9]{6,14}$'),
        CONSTRAINT "PK_fa4936d6a5e810da9fb50a1b52c" PRIMARY KEY ("court_id", "phone_e164")
      )`);
    await queryRunner.query(`
      CREATE TABLE "hotline_interactions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "court_id" uuid NOT NULL,
        "participant_id" uuid,
        "channel" character varying(8) NOT NULL,
        "provider_sid" character varying(64) NOT NULL,
        "from_number" character varying(32) NOT NULL,
        "outcome" character varying(24) NOT NULL DEFAULT 'in_progress',
        "language" character varying(8),
        "call_in_id" uuid,
        "started_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "duration_seconds" integer,
        "provider_status" character varying(24),
        "steps" jsonb NOT NULL DEFAULT '[]',
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "hotline_interactions_outcome_check" CHECK (outcome IN ('in_progress', 'test_today', 'no_test_today', 'window_not_open', 'window_closed', 'not_available', 'not_in_program', 'wrong_pin', 'blocked', 'pin_change_required', 'unknown_caller', 'abandoned', 'failed', 'opted_out', 'opted_in', 'help', 'not_understood')),
        CONSTRAINT "hotline_interactions_channel_check" CHECK (channel IN ('voice', 'sms')),
        CONSTRAINT "PK_d7b32206d1504139a901e2fed19" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`CREATE INDEX "hotline_interactions_participant_idx" ON "hotline_interactions" ("participant_id", "started_at") `);
    await queryRunner.query(`CREATE INDEX "hotline_interactions_court_idx" ON "hotline_interactions" ("court_id", "started_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "hotline_interactions_provider_key" ON "hotline_interactions" ("channel", "provider_sid") `);
    await queryRunner.query(`ALTER TABLE "courts" ADD "hotline_number" character varying(16)`);
    await queryRunner.query(`ALTER TABLE "courts" ADD "help_number" character varying(16)`);
    await queryRunner.query(`CREATE UNIQUE INDEX "courts_hotline_number_key" ON "courts" ("hotline_number") WHERE hotline_number IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "courts" ADD CONSTRAINT "courts_help_number_check" CHECK (help_number ~ '^\\+[1-9][0-9]{6,14}$')`);
    await queryRunner.query(`ALTER TABLE "courts" ADD CONSTRAINT "courts_hotline_number_check" CHECK (hotline_number ~ '^\\+[1-9][0-9]{6,14}$')`);
    await queryRunner.query(
      `ALTER TABLE "participant_phone_numbers" ADD CONSTRAINT "FK_53d899fe0cfe080325f9deaef81" FOREIGN KEY ("court_id") REFERENCES "courts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "participant_phone_numbers" ADD CONSTRAINT "FK_5498884169bbfdeb8be35edf864" FOREIGN KEY ("participant_id") REFERENCES "participants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sms_opt_outs" ADD CONSTRAINT "FK_74cfce994ef05af6e963307ee85" FOREIGN KEY ("court_id") REFERENCES "courts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "hotline_interactions" ADD CONSTRAINT "FK_17bfb8023d80cf25ac2ebfb1511" FOREIGN KEY ("court_id") REFERENCES "courts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "hotline_interactions" ADD CONSTRAINT "FK_3b81330d3eedd4f14d57de2af2c" FOREIGN KEY ("participant_id") REFERENCES "participants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "hotline_interactions" DROP CONSTRAINT "FK_3b81330d3eedd4f14d57de2af2c"`);
    await queryRunner.query(`ALTER TABLE "hotline_interactions" DROP CONSTRAINT "FK_17bfb8023d80cf25ac2ebfb1511"`);
    await queryRunner.query(`ALTER TABLE "sms_opt_outs" DROP CONSTRAINT "FK_74cfce994ef05af6e963307ee85"`);
    await queryRunner.query(`ALTER TABLE "participant_phone_numbers" DROP CONSTRAINT "FK_5498884169bbfdeb8be35edf864"`);
    await queryRunner.query(`ALTER TABLE "participant_phone_numbers" DROP CONSTRAINT "FK_53d899fe0cfe080325f9deaef81"`);
    await queryRunner.query(`ALTER TABLE "courts" DROP CONSTRAINT "courts_hotline_number_check"`);
    await queryRunner.query(`ALTER TABLE "courts" DROP CONSTRAINT "courts_help_number_check"`);
    await queryRunner.query(`DROP INDEX "courts_hotline_number_key"`);
    await queryRunner.query(`ALTER TABLE "courts" DROP COLUMN "help_number"`);
    await queryRunner.query(`ALTER TABLE "courts" DROP COLUMN "hotline_number"`);
    await queryRunner.query(`DROP TABLE "hotline_interactions"`);
    await queryRunner.query(`DROP TABLE "sms_opt_outs"`);
    await queryRunner.query(`DROP TABLE "participant_phone_numbers"`);
  }
}
