import { Module } from '@nestjs/common';
import { HearingsModule } from '@app/hearings';
import { ParticipantsModule } from '@app/participants';
import { ViolationsModule } from '@app/violations';
import { DocketController } from './docket/docket.controller';
import { DocketService } from './docket/docket.service';
import { HearingOutcomesController } from './outcome/hearing-outcomes.controller';
import { HearingOutcomesService } from './outcome/hearing-outcomes.service';
import { StaffingModule } from './staffing/staffing.module';

/** The bench: a session's docket and the outcome of each hearing on it. */
@Module({
  imports: [HearingsModule, ParticipantsModule, ViolationsModule, StaffingModule],
  controllers: [DocketController, HearingOutcomesController],
  providers: [DocketService, HearingOutcomesService],
  exports: [DocketService],
})
export class DocketModule {}
