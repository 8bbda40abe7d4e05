import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '@app/core';
import { DataSource } from 'typeorm';
import { courtTesting, type CourtTesting } from './court-schedule';
import { drawCandidates } from './draw-population';
import { drawIdOf, writeDraw, type WrittenDraw } from './draw-writer';
import { newSeed } from './selection';
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
    const written: WrittenDraw[] = [];
    for (const day of daysDueForDraw(schedule, this.clock.now())) written.push(await this.draw(schedule, day));
    return written;
  }

  /** The draw of one court day, made now unless it exists. */
  async draw(schedule: CourtTesting, day: TestingDay): Promise<WrittenDraw> {
    const existing = await drawIdOf(this.dataSource.manager, schedule.courtId, day.courtDay);
    if (existing) return { drawId: existing, created: false };
    const written = await this.dataSource.transaction(async (manager) =>
      writeDraw(manager, {
        courtId: schedule.courtId,
        day,
        seed: newSeed(),
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
