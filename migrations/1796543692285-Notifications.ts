import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reaching people: every email and text the system sends (`notification_messages`,
 * one row per message, written in the transaction of its event and keyed by it),
 * staff alerts (`staff_alerts`, the bell, one row per recipient and event) and
 * each person's choice of alerts by email (`notification_preferences`).
 */
export class Notifications1796543692285 implements MigrationInterface {
  name = 'Notifications1796543692285';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "notification_messages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "court_id" uuid, "channel" character varying(8) NOT NULL, "user_id" uuid, "participant_id" uuid, "address" text NOT NULL, "language" character varying(8) NOT NULL, "template" character varying(64) NOT NULL, "subject" text, "body" text NOT NULL, "dedup_key" text NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'queued', "status_reason" text, "provider" character varying(16), "provider_id" text, "attempts" integer NOT NULL DEFAULT '0', "last_error" text, "not_before" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, "status_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "notification_messages_language_check" CHECK (language IN ('en', 'es', 'pt')), CONSTRAINT "notification_messages_status_check" CHECK (status IN ('queued', 'sent', 'delivered', 'undelivered', 'failed', 'suppressed')), CONSTRAINT "notification_messages_channel_check" CHECK (channel IN ('email', 'sms')), CONSTRAINT "PK_025a03ac35a495f0a6d8730350d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "notification_messages_provider_id_idx" ON "notification_messages" ("provider_id") WHERE provider_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "notification_messages_created_idx" ON "notification_messages" ("created_at") `);
    await queryRunner.query(`CREATE INDEX "notification_messages_court_status_idx" ON "notification_messages" ("court_id", "status", "created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "notification_messages_dedup_key_key" ON "notification_messages" ("dedup_key") `);
    await queryRunner.query(`CREATE TABLE "staff_alerts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "court_id" uuid, "user_id" uuid NOT NULL, "kind" character varying(40) NOT NULL, "event_key" text NOT NULL, "params" jsonb NOT NULL DEFAULT '{}', "link" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_550f916b8d83d3ea0af849b74c4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "staff_alerts_user_unread_idx" ON "staff_alerts" ("user_id") WHERE read_at IS NULL`);
    await queryRunner.query(`CREATE INDEX "staff_alerts_user_created_idx" ON "staff_alerts" ("user_id", "created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "staff_alerts_user_event_key" ON "staff_alerts" ("user_id", "event_key") `);
    await queryRunner.query(`CREATE TABLE "notification_preferences" ("user_id" uuid NOT NULL, "email_alerts" character varying(16) NOT NULL DEFAULT 'off', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "notification_preferences_email_alerts_check" CHECK (email_alerts IN ('off', 'each', 'daily_digest')), CONSTRAINT "PK_64c90edc7310c6be7c10c96f675" PRIMARY KEY ("user_id"))`);
    await queryRunner.query(`ALTER TABLE "notification_messages" ADD CONSTRAINT "FK_202d6edd513f8574dfba6b4053b" FOREIGN KEY ("court_id") REFERENCES "courts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "notification_messages" ADD CONSTRAINT "FK_d7a097945f58a2662246e78847d" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "notification_messages" ADD CONSTRAINT "FK_d9943f43b9ffeafc1f903154054" FOREIGN KEY ("participant_id") REFERENCES "participants"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "staff_alerts" ADD CONSTRAINT "FK_5d05491920299a068611e354f7b" FOREIGN KEY ("court_id") REFERENCES "courts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "staff_alerts" ADD CONSTRAINT "FK_d1dad6debe19935ae674f7d7956" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "notification_preferences" ADD CONSTRAINT "FK_64c90edc7310c6be7c10c96f675" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification_preferences" DROP CONSTRAINT "FK_64c90edc7310c6be7c10c96f675"`);
    await queryRunner.query(`ALTER TABLE "staff_alerts" DROP CONSTRAINT "FK_d1dad6debe19935ae674f7d7956"`);
    await queryRunner.query(`ALTER TABLE "staff_alerts" DROP CONSTRAINT "FK_5d05491920299a068611e354f7b"`);
    await queryRunner.query(`ALTER TABLE "notification_messages" DROP CONSTRAINT "FK_d9943f43b9ffeafc1f903154054"`);
    await queryRunner.query(`ALTER TABLE "notification_messages" DROP CONSTRAINT "FK_d7a097945f58a2662246e78847d"`);
    await queryRunner.query(`ALTER TABLE "notification_messages" DROP CONSTRAINT "FK_202d6edd513f8574dfba6b4053b"`);
    await queryRunner.query(`DROP TABLE "notification_preferences"`);
    await queryRunner.query(`DROP INDEX "public"."staff_alerts_user_event_key"`);
    await queryRunner.query(`DROP INDEX "public"."staff_alerts_user_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."staff_alerts_user_unread_idx"`);
    await queryRunner.query(`DROP TABLE "staff_alerts"`);
    await queryRunner.query(`DROP INDEX "public"."notification_messages_dedup_key_key"`);
    await queryRunner.query(`DROP INDEX "public"."notification_messages_court_status_idx"`);
    await queryRunner.query(`DROP INDEX "public"."notification_messages_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."notification_messages_provider_id_idx"`);
    await queryRunner.query(`DROP TABLE "notification_messages"`);
  }
}
