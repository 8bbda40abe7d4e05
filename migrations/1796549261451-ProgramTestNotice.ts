import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How a program's selected participants learn of a test: `call_in` (they call
 * in every day) or `text` ("test today" texted at the window's opening).
 */
export class ProgramTestNotice1796549261451 implements MigrationInterface {
  name = 'ProgramTestNotice1796549261451';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "program_message_settings" ADD "test_notice" text NOT NULL DEFAULT 'call_in'`);
    await queryRunner.query(`ALTER TABLE "program_message_settings" ADD CONSTRAINT "CHK_program_message_settings_test_notice" CHECK ("test_notice" IN ('call_in', 'text'))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "program_message_settings" DROP CONSTRAINT "CHK_program_message_settings_test_notice"`);
    await queryRunner.query(`ALTER TABLE "program_message_settings" DROP COLUMN "test_notice"`);
  }
}
