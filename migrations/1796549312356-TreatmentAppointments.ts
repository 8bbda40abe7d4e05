import { MigrationInterface, QueryRunner } from 'typeorm';

/** Treatment appointments a provider books, and a program's choice to text their reminder the evening before. */
export class TreatmentAppointments1796549312356 implements MigrationInterface {
  name = 'TreatmentAppointments1796549312356';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "treatment_appointments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "participant_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "appointment_on" date NOT NULL, "start_time" character varying(5) NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "place" character varying(200) NOT NULL, "note" character varying(500), "status" character varying(16) NOT NULL DEFAULT 'scheduled', "created_by" uuid, "cancelled_at" TIMESTAMP WITH TIME ZONE, "cancelled_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "treatment_appointments_status_check" CHECK (status IN ('scheduled', 'cancelled')), CONSTRAINT "PK_a57f91cb00db281a109a8b89624" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "treatment_appointments_due_idx" ON "treatment_appointments" ("starts_at") WHERE status = 'scheduled'`);
    await queryRunner.query(`CREATE INDEX "treatment_appointments_participant_idx" ON "treatment_appointments" ("participant_id", "starts_at") `);
    await queryRunner.query(`ALTER TABLE "program_message_settings" ADD "appointment_reminders" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "treatment_appointments" ADD CONSTRAINT "FK_6056b27b4287c38ecf5f7feecf3" FOREIGN KEY ("participant_id") REFERENCES "participants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "treatment_appointments" ADD CONSTRAINT "FK_5197f40a24eb6cdb092a419523d" FOREIGN KEY ("organisation_id") REFERENCES "provider_organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "treatment_appointments" DROP CONSTRAINT "FK_5197f40a24eb6cdb092a419523d"`);
    await queryRunner.query(`ALTER TABLE "treatment_appointments" DROP CONSTRAINT "FK_6056b27b4287c38ecf5f7feecf3"`);
    await queryRunner.query(`ALTER TABLE "program_message_settings" DROP COLUMN "appointment_reminders"`);
    await queryRunner.query(`DROP INDEX "public"."treatment_appointments_participant_idx"`);
    await queryRunner.query(`DROP INDEX "public"."treatment_appointments_due_idx"`);
    await queryRunner.query(`DROP TABLE "treatment_appointments"`);
  }
}
