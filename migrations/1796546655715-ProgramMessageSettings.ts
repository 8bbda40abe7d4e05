import { MigrationInterface, QueryRunner } from 'typeorm';

/** Which texts each program sends its participants (court-date reminders, the missed call-in notice). */
export class ProgramMessageSettings1796546655715 implements MigrationInterface {
  name = 'ProgramMessageSettings1796546655715';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "program_message_settings" ("program_id" uuid NOT NULL, "court_date_reminders" boolean NOT NULL DEFAULT true, "missed_call_in_notice" boolean NOT NULL DEFAULT false, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fa85904add72067193cff02d19f" PRIMARY KEY ("program_id"))`);
    await queryRunner.query(`ALTER TABLE "program_message_settings" ADD CONSTRAINT "FK_fa85904add72067193cff02d19f" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "program_message_settings" DROP CONSTRAINT "FK_fa85904add72067193cff02d19f"`);
    await queryRunner.query(`DROP TABLE "program_message_settings"`);
  }
}
