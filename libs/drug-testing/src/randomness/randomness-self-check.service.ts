import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, courtDateAt } from '@app/core';
import { raiseStaffAlerts } from '@app/notifications';
import { DataSource } from 'typeorm';
import { activeCourtsTesting } from '../draw/court-schedule';
import { monthRandomness, previousMonth } from './month-randomness';

/** A statistic as the alert shows it: 4 significant digits, or a dash when there was none. */
const figure = (value: number | null): string => (value === null ? '—' : value.toPrecision(4));

export interface SelfCheckOutcome {
  courtId: string;
  month: string;
  passed: boolean;
}

/**
 * The monthly randomness self-check, run by the worker once a court's month
 * is over: the same check as the staff report, kept in
 * `randomness_check_runs` (aggregates only, no participant named). A month
 * fails when its weekday chi-square rejects uniformity or its weekend and
 * holiday share drifts from what the probabilities give beyond chance (both
 * at the 1% level), and a failure raises a staff alert to the court's
 * administrators and coordinators, in the transaction that keeps it.
 * Once per court and month (unique index): a retry or a second worker does
 * nothing.
 */
@Injectable()
export class RandomnessSelfCheck {
  private readonly logger = new Logger(RandomnessSelfCheck.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Checks every active court's previous month (in its own zone) not yet checked. */
  async checkPreviousMonths(): Promise<SelfCheckOutcome[]> {
    const outcomes: SelfCheckOutcome[] = [];
    for (const court of await activeCourtsTesting(this.dataSource.manager)) {
      const month = previousMonth(courtDateAt(this.clock.now(), court.timeZone).slice(0, 7));
      const outcome = await this.checkMonth(court.courtId, month);
      if (outcome) outcomes.push(outcome);
    }
    return outcomes;
  }

  /** Checks and keeps one court's month, unless it was checked already (then null). */
  async checkMonth(courtId: string, month: string): Promise<SelfCheckOutcome | null> {
    const [done] = (await this.dataSource.query(`SELECT 1 FROM randomness_check_runs WHERE court_id = $1 AND month = $2`, [courtId, month])) as unknown[];
    if (done) return null;
    const check = await monthRandomness(this.dataSource.manager, courtId, month);
    const passed = check.weekday.consistent && check.weekendHoliday.consistent;
    const { participants: _named, ...aggregates } = check;
    const kept = await this.dataSource.transaction(async (manager) => {
      const inserted = (await manager.query(
        `INSERT INTO randomness_check_runs (court_id, month, passed, records, weekday_p_value, weekend_z, result, checked_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (court_id, month) DO NOTHING RETURNING id`,
        [courtId, month, passed, check.summary.records, check.weekday.pValue, check.weekendHoliday.z, aggregates, this.clock.now()],
      )) as unknown[];
      // The alert commits with the kept result: one per court and month, however often the job runs.
      if (inserted.length > 0 && !passed) {
        await raiseStaffAlerts(manager, [
          {
            courtId,
            kind: 'randomness-check-failed',
            eventKey: `randomness:${courtId}:${month}`,
            params: { month, weekdayP: figure(check.weekday.pValue), weekendZ: figure(check.weekendHoliday.z) },
            link: '/measures#randomness-heading',
            roles: ['court_admin', 'coordinator'],
          },
        ]);
      }
      return inserted.length > 0;
    });
    if (!kept) return null;
    if (!passed) {
      this.logger.error(
        `randomness self-check FAILED for court ${courtId}, ${month}: weekday p=${check.weekday.pValue}, weekend/holiday z=${check.weekendHoliday.z}`,
      );
    }
    return { courtId, month, passed };
  }
}
