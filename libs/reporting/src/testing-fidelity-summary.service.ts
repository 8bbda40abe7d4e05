import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { addCalendarDays, Clock, courtDateAt } from '@app/core';
import { DataSource } from 'typeorm';
import { weekStartOf } from './measure-period';
import { REFRESH_DELETE_SQL, REFRESH_INSERT_SQL, REFRESH_LOCK_SQL, REFRESH_RECORD_SQL } from './testing-fidelity-summary.sql';

/**
 * Days before today (court-local) the summary stops at: the days since are
 * read live, so a collection, an excuse or a forced test recorded today or
 * for yesterday shows at once.
 */
export const SUMMARY_LAG_DAYS = 2;
/** Each refresh rewrites the weeks of this many days before the lag: a correction within a month shows within the hour. */
export const SUMMARY_WINDOW_DAYS = 35;
/** The summary reaches back this far (a year's period and its first week); a court new to it is filled on its first refresh. */
export const SUMMARY_COVERAGE_DAYS = 372;

/**
 * Keeps testing_fidelity_weeks (see testing-fidelity-summary.sql.ts) in step
 * with the live tables, court by court, each court in one transaction:
 * rewrites the last SUMMARY_WINDOW_DAYS, and the whole year for a court the
 * summary does not cover yet. Safe to run twice at once or again after a
 * crash: a court's refresh locks its row, and deletes before it writes.
 */
@Injectable()
export class TestingFidelitySummaryService {
  private readonly logger = new Logger(TestingFidelitySummaryService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Refreshes the named courts, or every court; answers how many week rows were written. */
  async refresh(courtIds?: readonly string[]): Promise<{ courts: number; rows: number }> {
    const courts = (await this.dataSource.query(
      `SELECT id, time_zone FROM courts WHERE $1::uuid[] IS NULL OR id = ANY($1::uuid[]) ORDER BY code`,
      [courtIds ?? null],
    )) as Array<{ id: string; time_zone: string }>;
    let rows = 0;
    for (const court of courts) rows += await this.refreshCourt(court.id, court.time_zone);
    this.logger.log(`testing fidelity summary: ${rows} week rows rewritten for ${courts.length} courts`);
    return { courts: courts.length, rows };
  }

  private refreshCourt(courtId: string, timeZone: string): Promise<number> {
    const through = addCalendarDays(courtDateAt(this.clock.now(), timeZone), -SUMMARY_LAG_DAYS);
    const windowStart = weekStartOf(addCalendarDays(through, -(SUMMARY_WINDOW_DAYS - 1)));
    const coverageStart = weekStartOf(addCalendarDays(through, -(SUMMARY_COVERAGE_DAYS - 1)));
    return this.dataSource.transaction(async (manager) => {
      const [held] = (await manager.query(REFRESH_LOCK_SQL, [courtId, coverageStart])) as Array<{ refreshed_from: string; refreshed_through: string }>;
      let from = windowStart;
      // Never leave a gap: a summary that stopped short (the worker was down) is rewritten from where it stopped,
      // and one that does not reach a year back yet (a new court) from a year back.
      if (held.refreshed_through < addCalendarDays(from, -1)) from = weekStartOf(addCalendarDays(held.refreshed_through, 1));
      if (held.refreshed_from > coverageStart || held.refreshed_through < held.refreshed_from) from = coverageStart;
      await manager.query(REFRESH_DELETE_SQL, [courtId, from]);
      const [written] = (await manager.query(REFRESH_INSERT_SQL, [courtId, from, through])) as Array<{ rows: number }>;
      await manager.query(REFRESH_RECORD_SQL, [courtId, from, through]);
      return written.rows;
    });
  }
}
