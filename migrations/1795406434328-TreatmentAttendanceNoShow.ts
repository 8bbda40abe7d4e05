import { MigrationInterface, QueryRunner } from 'typeorm';

/** Attendance speaks the providers' words: `absent` becomes `no_show`, and a session can be `scheduled` before it happens. */
export class TreatmentAttendanceNoShow1795406434328 implements MigrationInterface {
  name = 'TreatmentAttendanceNoShow1795406434328';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE "treatment_attendance" SET attendance = 'no_show' WHERE attendance = 'absent'`);
    await queryRunner.query(
      `ALTER TABLE "treatment_attendance" ADD CONSTRAINT "treatment_attendance_status_check" CHECK (attendance IN ('scheduled', 'attended', 'excused', 'no_show'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "treatment_attendance" DROP CONSTRAINT "treatment_attendance_status_check"`);
    // The earlier schema has no planned sessions: a session not yet reported is not attendance.
    await queryRunner.query(`DELETE FROM "treatment_attendance" WHERE attendance = 'scheduled'`);
    await queryRunner.query(`UPDATE "treatment_attendance" SET attendance = 'absent' WHERE attendance = 'no_show'`);
  }
}
