import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Violations recorded before the clock existed get their deadline event, so
 * the sweep escalates any already past it (recorded as late) and the worker
 * fires the rest. Reminders are not back-filled: they would all be late.
 */
export class ViolationClockBackfill1795403079714 implements MigrationInterface {
  name = 'ViolationClockBackfill1795403079714';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      INSERT INTO violation_clock_events (violation_id, event, due_at)
      SELECT id, 'deadline', deadline_at FROM violations WHERE status = 'open'
      ON CONFLICT (violation_id, event) DO NOTHING`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // The events are the clock's own record from here on; nothing to undo that would not lose fired ones.
    await queryRunner.query(`DELETE FROM violation_clock_events WHERE event = 'deadline' AND fired_at IS NULL`);
  }
}
