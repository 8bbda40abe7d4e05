import { Module } from '@nestjs/common';
import { StaffingController } from './staffing.controller';
import { StaffingService } from './staffing.service';

/** The pre-court staffing of each session: the team's recommendations, agreements and dissents. */
@Module({
  controllers: [StaffingController],
  providers: [StaffingService],
})
export class StaffingModule {}
