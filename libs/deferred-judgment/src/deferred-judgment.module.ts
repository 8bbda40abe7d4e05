import { Module } from '@nestjs/common';
import { DeferredJudgmentsController } from './deferred-judgments.controller';
import { DeferredJudgmentsService } from './deferred-judgments.service';
import { ExpungementService } from './expungement.service';
import { ProgramLengthAlertsService } from './program-length-alerts.service';

/** Deferred judgment: the plea and deferred sentence, the program's maximum length, expungement and sealed records. */
@Module({
  controllers: [DeferredJudgmentsController],
  providers: [DeferredJudgmentsService, ExpungementService],
})
export class DeferredJudgmentModule {}

/** The worker's part: the warning that a deferred judgment nears its maximum length. */
@Module({
  providers: [ProgramLengthAlertsService],
  exports: [ProgramLengthAlertsService],
})
export class DeferredJudgmentJobsModule {}
