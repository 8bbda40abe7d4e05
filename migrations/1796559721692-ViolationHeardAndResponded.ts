import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "Answered" means heard at a hearing held with the participant and the
 * court's response (or its decision of none) recorded: the two moments are
 * kept apart, so swiftness can measure detection → hearing and detection →
 * response separately. A dismissal of an overdue violation waits for a
 * second person: the request is kept on the violation until confirmed.
 */
export class ViolationHeardAndResponded1796559721692 implements MigrationInterface {
  name = 'ViolationHeardAndResponded1796559721692';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "violations" ADD "heard_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "violations" ADD "heard_hearing_id" uuid`);
    await queryRunner.query(`ALTER TABLE "violations" ADD "responded_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "violations" ADD "dismissal_requested_by" uuid`);
    await queryRunner.query(`ALTER TABLE "violations" ADD "dismissal_requested_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "violations" ADD "dismissal_request_reason" character varying(1000)`);
    await queryRunner.query(`ALTER TABLE "violations" ADD "dismissal_confirmed_by" uuid`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const column of ['dismissal_confirmed_by', 'dismissal_request_reason', 'dismissal_requested_at', 'dismissal_requested_by', 'responded_at', 'heard_hearing_id', 'heard_at']) {
      await queryRunner.query(`ALTER TABLE "violations" DROP COLUMN "${column}"`);
    }
  }
}
