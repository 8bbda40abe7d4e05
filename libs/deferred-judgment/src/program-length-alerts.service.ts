import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '@app/core';
import { raiseStaffAlerts } from '@app/notifications';
import { DataSource } from 'typeorm';
import { addMonths, MAXIMUM_PROGRAM_MONTHS, WARNING_PROGRAM_MONTHS } from './program-length';

interface Due {
  id: string;
  participant_id: string;
  court_id: string;
  participant_number: string | null;
  case_manager_id: string | null;
  plea_entered_on: string;
}

/**
 * The worker's check of deferred judgments nearing their maximum length:
 * once a plea is 16 months old (in the court's own calendar) and the
 * participant is still in the program, the coordinators, the judges and the
 * case manager are alerted, once. Postgres says who is due and marks the
 * judgment in the alert's own transaction, so a worker that was down or a
 * job Redis lost only delays the warning, and a retried or concurrent run
 * never sends it twice.
 */
@Injectable()
export class ProgramLengthAlertsService {
  private readonly logger = new Logger(ProgramLengthAlertsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async alertDue(): Promise<number> {
    const due = (await this.dataSource.query(
      `SELECT d.id, d.participant_id, d.court_id, p.participant_number, p.case_manager_id, to_char(d.plea_entered_on, 'YYYY-MM-DD') AS plea_entered_on
         FROM deferred_judgments d JOIN participants p ON p.id = d.participant_id JOIN courts c ON c.id = d.court_id
        WHERE d.length_warning_sent_at IS NULL
          AND p.status IN ('active', 'in_custody', 'warrant', 'medical_leave')
          AND d.plea_entered_on + make_interval(months => $2) <= ($1::timestamptz AT TIME ZONE c.time_zone)::date
        ORDER BY d.plea_entered_on LIMIT 500`,
      [this.clock.now(), WARNING_PROGRAM_MONTHS],
    )) as Due[];
    let alerted = 0;
    for (const row of due) {
      alerted += await this.dataSource.transaction(async (manager) => {
        // Claimed under a row lock: a concurrent run waits here and then finds it marked.
        const [claimed] = (await manager.query(`SELECT id FROM deferred_judgments WHERE id = $1 AND length_warning_sent_at IS NULL FOR UPDATE`, [row.id])) as unknown[];
        if (!claimed) return 0;
        const sent = await raiseStaffAlerts(manager, [
          {
            courtId: row.court_id,
            kind: 'program-length-warning',
            eventKey: `deferred-judgment:${row.id}:length-warning`,
            params: { participantNumber: row.participant_number ?? '—', maximumOn: addMonths(row.plea_entered_on, MAXIMUM_PROGRAM_MONTHS) },
            link: `/participants/${row.participant_id}`,
            roles: ['coordinator', 'judge'],
            userId: row.case_manager_id,
          },
        ]);
        await manager.query(`UPDATE deferred_judgments SET length_warning_sent_at = $2 WHERE id = $1`, [row.id, this.clock.now()]);
        return sent > 0 ? 1 : 0;
      });
    }
    if (alerted > 0) this.logger.log(`warned staff of ${alerted} deferred judgment(s) nearing their maximum length`);
    return alerted;
  }
}
