import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { activeCourtsTesting, DayCloseService, DrawMaker, RandomnessSelfCheck, TestNoticesService } from '@app/drug-testing';
import { JobName, JobPayload, QueueName } from '@app/queue';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { CourtSchedulesService } from '../court-schedules.service';

/** The testing day's jobs. Each only asks the domain what is due and does it, so any of them may run twice. */
@Processor(QueueName.DrugTesting)
export class DrugTestingProcessor extends WorkerHost {
  static readonly handledJobs = [
    JobName.DrawCourtDay,
    JobName.CloseCallInWindow,
    JobName.PassReportingDeadline,
    JobName.TestingSweep,
    JobName.RandomnessSelfCheck,
  ] as const;
  private readonly logger = new Logger(DrugTestingProcessor.name);

  constructor(
    private readonly draws: DrawMaker,
    private readonly dayClose: DayCloseService,
    private readonly randomness: RandomnessSelfCheck,
    private readonly testNotices: TestNoticesService,
    private readonly schedules: CourtSchedulesService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name as JobName) {
      case JobName.DrawCourtDay: {
        const { courtId } = job.data as JobPayload<JobName.DrawCourtDay>;
        const written = await this.draws.drawDueDays(courtId);
        return { created: written.filter((w) => w.created).length };
      }
      case JobName.CloseCallInWindow: {
        const { courtId } = job.data as JobPayload<JobName.CloseCallInWindow>;
        return { missedCallIns: await this.dayClose.closeDueWindows(courtId) };
      }
      case JobName.PassReportingDeadline: {
        const { courtId } = job.data as JobPayload<JobName.PassReportingDeadline>;
        return { missedTests: await this.dayClose.passDueDeadlines(courtId) };
      }
      case JobName.TestingSweep:
        return this.sweep();
      case JobName.RandomnessSelfCheck: {
        const outcomes = await this.randomness.checkPreviousMonths();
        return { checked: outcomes.length, failed: outcomes.filter((o) => !o.passed).length };
      }
      default:
        throw new Error(`drug-testing queue has no handler for job ${job.name}`);
    }
  }

  /** Everything due in every court, whatever jobs Redis may have lost. */
  private async sweep(): Promise<Record<string, number>> {
    let drawsMade = 0;
    for (const court of await activeCourtsTesting(this.dataSource.manager)) {
      try {
        drawsMade += (await this.draws.drawDueDays(court.courtId)).filter((w) => w.created).length;
      } catch (error) {
        // One court's failure must not hold up the others; the next sweep retries it.
        this.logger.error({ err: error, courtId: court.courtId }, `draw for court ${court.courtId} failed`);
      }
    }
    // "Test today" texts of open windows, before the deadlines: written once each, so every sweep may ask.
    const testTodayTexts = await this.testNotices.writeDue();
    const missedCallIns = await this.dayClose.closeDueWindows();
    const missedTests = await this.dayClose.passDueDeadlines();
    const schedulersChanged = await this.schedules.syncAll();
    if (drawsMade > 0) this.logger.warn(`sweep made ${drawsMade} draw(s) their scheduled job had not`);
    return { drawsMade, testTodayTexts, missedCallIns, missedTests, schedulersChanged };
  }
}
