import { Module } from '@nestjs/common';
import { ParticipantHearingsController } from './hearings.controller';
import { HearingsService } from './hearings.service';

/** Hearings: scheduling and listing (dockets and outcomes build on it). */
@Module({
  controllers: [ParticipantHearingsController],
  providers: [HearingsService],
  exports: [HearingsService],
})
export class HearingsModule {}
