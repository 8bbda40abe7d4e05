import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, courtDateAt } from '@app/core';
import { lockParticipant, recordStatusChange } from '@app/participants';
import { DataSource } from 'typeorm';

/**
 * Returns a participant to active when a jail sanction is served. The
 * response row is the record of what is due (`custody_ends_at`,
 * `custody_ended_at`), so the job is only the alarm: the sweep ends any
 * custody whose job was lost, and ending twice is a no-op.
 */
@Injectable()
export class CustodyEndService {
  private readonly logger = new Logger(CustodyEndService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async end(responseId: string): Promise<'returned' | 'not_due' | 'already_ended' | 'no_longer_in_custody'> {
    return this.dataSource.transaction(async (manager) => {
      const [response] = (await manager.query(
        `SELECT r.participant_id, r.custody_ends_at, r.custody_ended_at, c.time_zone
           FROM court_responses r JOIN courts c ON c.id = r.court_id WHERE r.id = $1 FOR UPDATE OF r`,
        [responseId],
      )) as Array<{ participant_id: string; custody_ends_at: Date | null; custody_ended_at: Date | null; time_zone: string }>;
      if (!response?.custody_ends_at || response.custody_ended_at) return 'already_ended';
      const now = this.clock.now();
      if (now < response.custody_ends_at) return 'not_due';
      const participant = await lockParticipant(manager, response.participant_id);
      let outcome: 'returned' | 'no_longer_in_custody' = 'no_longer_in_custody';
      // Staff may have changed the status since (released early, a warrant): then it is theirs to keep.
      if (participant.status === 'in_custody') {
        await recordStatusChange(manager, participant, {
          to: 'active',
          reason: 'jail sanction served',
          effectiveOn: courtDateAt(response.custody_ends_at, response.time_zone),
          by: null,
        });
        outcome = 'returned';
      }
      await manager.query(`UPDATE court_responses SET custody_ended_at = $2 WHERE id = $1`, [responseId, now]);
      this.logger.log(`jail sanction ${responseId} served: ${outcome}`);
      return outcome;
    });
  }

  /** Ends every custody already due (a lost job, a worker that was down). */
  async endDue(): Promise<number> {
    const due = (await this.dataSource.query(
      `SELECT id FROM court_responses WHERE custody_ends_at <= $1 AND custody_ended_at IS NULL ORDER BY custody_ends_at LIMIT 500`,
      [this.clock.now()],
    )) as Array<{ id: string }>;
    for (const row of due) await this.end(row.id);
    return due.length;
  }
}
