import { Module } from '@nestjs/common';
import { ProviderReferralsService } from './provider-referrals.service';
import { TreatmentController } from './treatment.controller';
import { TreatmentNotesService } from './treatment-notes.service';

@Module({
  controllers: [TreatmentController],
  providers: [ProviderReferralsService, TreatmentNotesService],
  exports: [ProviderReferralsService, TreatmentNotesService],
})
export class TreatmentModule {}
