import { MigrationInterface, QueryRunner } from 'typeorm';

/** A participant already on a warrant gets its open warrant, issued when their status changed to it, so the status follows a warrant record. */
export class WarrantsBackfill1796555485780 implements MigrationInterface {
  name = 'WarrantsBackfill1796555485780';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      INSERT INTO warrants (participant_id, court_id, issued_at, issued_by, reason)
      SELECT p.id, p.court_id, COALESCE(s.created_at, p.updated_at), s.changed_by, COALESCE(s.reason, 'bench warrant')
        FROM participants p
        LEFT JOIN LATERAL (SELECT created_at, changed_by, reason FROM participant_status_changes
                            WHERE participant_id = p.id AND to_status = 'warrant' ORDER BY created_at DESC LIMIT 1) s ON true
       WHERE p.status = 'warrant'`);
  }

  async down(): Promise<void> {
    // Nothing to undo: the warrants table goes with the previous migration's down().
  }
}
