import { Module } from '@nestjs/common';
import { DrugTestingModule } from '@app/drug-testing';
import { HotlineCallersService } from './hotline-callers.service';
import { HotlineCallsController } from './hotline-calls.controller';
import { HotlineCallsService } from './hotline-calls.service';
import { HotlineLogService } from './hotline-log.service';
import { HotlineTextsService } from './hotline-texts.service';
import { HotlineVoiceService } from './hotline-voice.service';
import { HotlineController } from './hotline.controller';
import { TwilioSignatureGuard } from './twilio-signature.guard';

/** The phone hotline and text call-in on the court's number, and their log. */
@Module({
  imports: [DrugTestingModule],
  controllers: [HotlineController, HotlineCallsController],
  providers: [HotlineCallersService, HotlineCallsService, HotlineLogService, HotlineVoiceService, HotlineTextsService, TwilioSignatureGuard],
  exports: [HotlineLogService],
})
export class HotlineModule {}
