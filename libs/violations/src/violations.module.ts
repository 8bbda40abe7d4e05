import { Module } from '@nestjs/common';
import { ViolationClockService } from './violation-clock.service';
import { ViolationsController } from './violations.controller';
import { ViolationsService } from './violations.service';
import { SwiftnessService } from './swiftness.service';

/** Violations over HTTP: a participant's history, the deadlines board, staff-recorded violations and dismissal. */
@Module({
  controllers: [ViolationsController],
  providers: [ViolationsService, SwiftnessService],
  exports: [ViolationsService, SwiftnessService],
})
export class ViolationsModule {}


/** What the worker needs to run violations' clocks. */
@Module({
  providers: [ViolationClockService],
  exports: [ViolationClockService],
})
export class ViolationsJobsModule {}
