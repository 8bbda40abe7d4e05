import { Module } from '@nestjs/common';
import { TreatmentAppointmentsController } from './appointments/treatment-appointments.controller';
import { TreatmentAppointmentsService } from './appointments/treatment-appointments.service';
import { GroupSessionsService } from './group-sessions.service';
import { ProgressReportsController } from './progress-reports.controller';
import { ProgressReportsService } from './progress-reports.service';
import { ProviderClientsController } from './provider-clients.controller';
import { ProviderClientsService } from './provider-clients.service';
import { ProviderReferralsService } from './provider-referrals.service';
import { TreatmentController } from './treatment.controller';
import { TreatmentAttendanceController } from './treatment-attendance.controller';
import { TreatmentAttendanceService } from './treatment-attendance.service';
import { TreatmentNotesService } from './treatment-notes.service';

@Module({
  controllers: [TreatmentController, TreatmentAttendanceController, ProgressReportsController, ProviderClientsController, TreatmentAppointmentsController],
  providers: [ProviderReferralsService, TreatmentNotesService, TreatmentAttendanceService, GroupSessionsService, ProgressReportsService, ProviderClientsService, TreatmentAppointmentsService],
  exports: [ProviderReferralsService, TreatmentNotesService, TreatmentAttendanceService, ProgressReportsService],
})
export class TreatmentModule {}
