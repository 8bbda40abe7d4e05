import { Module } from '@nestjs/common';
import { ViolationClockService } from './violation-clock.service';

/** What the worker needs to run violations' clocks. */
@Module({
  providers: [ViolationClockService],
  exports: [ViolationClockService],
})
export class ViolationsJobsModule {}
