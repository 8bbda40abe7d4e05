import { Module } from '@nestjs/common';
import { ProviderReferralsService } from './provider-referrals.service';
import { TreatmentController } from './treatment.controller';
import { TreatmentAttendanceController } from './treatment-attendance.controller';
import { TreatmentAttendanceService } from './treatment-attendance.service';
import { TreatmentNotesService } from './treatment-notes.service';

@Module({
  controllers: [TreatmentController, TreatmentAttendanceController],
  providers: [ProviderReferralsService, TreatmentNotesService, TreatmentAttendanceService],
  exports: [ProviderReferralsService, TreatmentNotesService, TreatmentAttendanceService],
})
export class TreatmentModule {}
