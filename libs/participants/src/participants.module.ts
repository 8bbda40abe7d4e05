import { Module } from '@nestjs/common';
import { HearingsModule } from '@app/hearings';
import { ProgramsModule } from '@app/programs';
import { CaseloadService } from './caseload.service';
import { EnrolmentService } from './enrolment.service';
import { ParticipantPathController } from './participant-path.controller';
import { ParticipantsController } from './participants.controller';
import { ParticipantsService } from './participants.service';
import { Discharge } from './path/discharge';
import { PhaseChangesService } from './phase-changes.service';
import { ReadinessBoardController } from './readiness-board.controller';
import { ReadinessBoardService } from './readiness-board.service';
import { ReadinessService } from './readiness.service';
import { ReferralsService } from './referrals.service';
import { ScreeningService } from './screening.service';
import { StatusChangesService } from './status-changes.service';

/** A participant's path: referral, screening, enrolment, status and phases, the caseload and readiness. */
@Module({
  imports: [ProgramsModule, HearingsModule],
  controllers: [ParticipantsController, ParticipantPathController, ReadinessBoardController],
  providers: [
    CaseloadService,
    ParticipantsService,
    ReferralsService,
    ScreeningService,
    EnrolmentService,
    StatusChangesService,
    PhaseChangesService,
    ReadinessService,
    ReadinessBoardService,
    Discharge,
  ],
  exports: [ParticipantsService, CaseloadService, ReadinessService, PhaseChangesService, StatusChangesService],
})
export class ParticipantsModule {}
