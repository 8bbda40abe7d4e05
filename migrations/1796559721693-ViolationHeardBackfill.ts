import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Violations answered before "answered" needed a hearing: each was
 * responded to when it was answered; it was heard then too only if the
 * response was ordered at a hearing whose outcome records the participant
 * present. The others (a response recorded outside a hearing) stay answered
 * as history, and the swiftness measure shows them as responded without a
 * hearing rather than as answered in time.
 */
export class ViolationHeardBackfill1796559721693 implements MigrationInterface {
  name = 'ViolationHeardBackfill1796559721693';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE violations SET responded_at = answered_at WHERE status = 'answered' AND responded_at IS NULL`);
    await queryRunner.query(
      `UPDATE violations v SET heard_at = v.answered_at, heard_hearing_id = r.hearing_id
         FROM court_response_violations rv JOIN court_responses r ON r.id = rv.response_id
        WHERE rv.violation_id = v.id AND v.status = 'answered' AND v.heard_at IS NULL AND r.hearing_id IS NOT NULL
          AND (SELECT o.attendance FROM hearing_outcomes o WHERE o.hearing_id = r.hearing_id ORDER BY o.version DESC LIMIT 1) = 'appeared'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE violations SET heard_at = NULL, heard_hearing_id = NULL, responded_at = NULL`);
  }
}
