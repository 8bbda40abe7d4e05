import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * HOPE programs require the warning hearing from now on. Their participants
 * already enrolled keep testing: the day of their warning hearing held with
 * them present, or, with none held and none still to come, their enrolment
 * day (they were warned before the system kept it). Only someone whose
 * warning hearing is still scheduled waits for it, as a new one would.
 */
export class WarningHearingBackfill1796559721695 implements MigrationInterface {
  name = 'WarningHearingBackfill1796559721695';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE programs SET warning_hearing_required = true WHERE model = 'hope_probation'`);
    await queryRunner.query(
      `UPDATE participants p
          SET warning_hearing_on = COALESCE(
                (SELECT min((h.scheduled_at AT TIME ZONE c.time_zone)::date)
                   FROM hearings h JOIN courts c ON c.id = h.court_id
                  WHERE h.participant_id = p.id AND h.kind = 'warning' AND h.status = 'held'
                    AND (SELECT o.attendance FROM hearing_outcomes o WHERE o.hearing_id = h.id ORDER BY o.version DESC LIMIT 1) = 'appeared'),
                p.enrolled_on)
         FROM programs pr
        WHERE pr.id = p.program_id AND pr.warning_hearing_required AND p.enrolled_on IS NOT NULL AND p.warning_hearing_on IS NULL
          AND NOT EXISTS (SELECT 1 FROM hearings h WHERE h.participant_id = p.id AND h.kind = 'warning' AND h.status = 'scheduled')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE participants SET warning_hearing_on = NULL`);
    await queryRunner.query(`UPDATE programs SET warning_hearing_required = false`);
  }
}
