import { Module } from '@nestjs/common';
import { HearingsController, ParticipantHearingsController } from './hearings.controller';
import { HearingSchedulingService } from './hearing-scheduling.service';
import { HearingsService } from './hearings.service';
import { CourtSessionsController, HearingProposalsController } from './sessions/court-sessions.controller';
import { CourtSessionsService } from './sessions/court-sessions.service';
import { HearingProposalsService } from './sessions/hearing-proposals.service';

/** Hearings and the court calendar: sessions, scheduling hearings into them, and proposals (dockets and outcomes build on it). */
@Module({
  controllers: [ParticipantHearingsController, HearingsController, CourtSessionsController, HearingProposalsController],
  providers: [HearingsService, HearingSchedulingService, CourtSessionsService, HearingProposalsService],
  exports: [HearingsService, CourtSessionsService],
})
export class HearingsModule {}
