import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, courtDateAt } from '@app/core';
import { raiseStaffAlerts } from '@app/notifications';
import { DataSource } from 'typeorm';
import { courtTesting, type CourtTesting } from './court-schedule';
import { drawCandidates } from './draw-population';
import { drawIdOf, writeDraw, type WrittenDraw } from './draw-writer';
import { ensureSeedChain } from './seed-chains';
import { daysDueForDraw, type TestingDay } from './testing-day';

/**
 * Makes the daily draw, in the worker, before the window opens. Idempotent:
 * a retry, a second worker or the sweep gets the draw already made.
 */
@Injectable()
export class DrawMaker {
  private readonly logger = new Logger(DrawMaker.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Makes every draw of the court that is due now and not yet made. */
  async drawDueDays(courtId: string): Promise<WrittenDraw[]> {
    const schedule = await courtTesting(this.dataSource.manager, courtId);
    await this.publishNextYearsChain(schedule);
    const written: WrittenDraw[] = [];
    for (const day of daysDueForDraw(schedule, this.clock.now())) written.push(await this.draw(schedule, day));
    return written;
  }

  /**
   * Through December the court's chain for the coming year is made, so its
   * anchor is public (feed, and the court's printed notice) weeks before the
   * first seed it fixes is used.
   */
  private async publishNextYearsChain(schedule: CourtTesting): Promise<void> {
    const today = courtDateAt(this.clock.now(), schedule.timeZone);
    if (today.slice(5, 7) === '12') await ensureSeedChain(this.dataSource.manager, schedule.courtId, Number(today.slice(0, 4)) + 1, this.clock.now());
  }

  /** The draw of one court day, made now unless it exists. */
  async draw(schedule: CourtTesting, day: TestingDay): Promise<WrittenDraw> {
    const existing = await drawIdOf(this.dataSource.manager, schedule.courtId, day.courtDay);
    if (existing) return { drawId: existing, created: false };
    if (this.clock.now() > day.windowOpensAt) {
      // Missing when the window opened: staff hear of it first, in its own transaction, so a draw that cannot be made is still told.
      await this.dataSource.transaction((manager) =>
        raiseStaffAlerts(manager, [
          {
            courtId: schedule.courtId,
            kind: 'draw-missing',
            eventKey: `draw:${schedule.courtId}:${day.courtDay}:missing`,
            params: { date: day.courtDay, time: schedule.callInWindowStart },
            link: '/testing-board',
            roles: ['coordinator', 'court_admin'],
          },
        ]),
      );
    }
    const written = await this.dataSource.transaction(async (manager) =>
      writeDraw(manager, {
        courtId: schedule.courtId,
        day,
        committedAt: this.clock.now(),
        candidates: await drawCandidates(manager, schedule.courtId, day.courtDay),
      }),
    );
    if (written.created && this.clock.now() > day.windowOpensAt) {
      // Participants who called in before now were told to call again; the verification shows the late commitment.
      this.logger.error(`draw for court ${schedule.courtId} on ${day.courtDay} was made after its window opened`);
    }
    return written;
  }
}
