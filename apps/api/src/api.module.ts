import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, Clock, CoreModule, HealthModule, RateLimitModule } from '@app/core';
import { AuditHttpModule } from '@app/audit/http';
import { AuthModule } from '@app/auth';
import { CourtsModule } from '@app/courts';
import { DocketModule } from '@app/docket';
import { DrugTestingModule } from '@app/drug-testing';
import { ViolationsModule } from '@app/violations';
import { HotlineModule } from '@app/hotline';
import { NotificationsModule } from '@app/notifications';
import { CircumstancesModule, ContactsModule, CriminalHistoryModule, DemographicsModule, ParticipantImportsModule, ParticipantPhotosModule, ParticipantRecordsModule, ParticipantsModule, PhoneNumbersModule, WarrantsModule } from '@app/participants';
import { DeferredJudgmentModule } from '@app/deferred-judgment';
import { ProgramsModule } from '@app/programs';
import { EquityModule, ReportingModule } from '@app/reporting';
import { QueueModule } from '@app/queue';
import { TreatmentModule } from '@app/treatment';
import { SCHEMA } from '@app/schema';

export interface ApiModuleOptions {
  config?: AppConfig;
  clock?: Clock;
}

/** The HTTP application: infrastructure plus the domain modules whose controllers it serves. */
@Module({})
export class ApiModule {
  static forRoot(options: ApiModuleOptions = {}): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        CoreModule.forRoot({ service: 'api', schema: SCHEMA, ...options }),
        RateLimitModule,
        QueueModule,
        HealthModule,
        AuthModule,
        AuditHttpModule,
        CourtsModule,
        ParticipantsModule,
        ParticipantImportsModule,
        ProgramsModule,
        ParticipantRecordsModule,
        ContactsModule,
        CriminalHistoryModule,
        CircumstancesModule,
        PhoneNumbersModule,
        ParticipantPhotosModule,
        WarrantsModule,
        DemographicsModule,
        DeferredJudgmentModule,
        HotlineModule,
        TreatmentModule,
        DrugTestingModule,
        ViolationsModule,
        DocketModule,
        ReportingModule,
        EquityModule,
        NotificationsModule,
      ],
    };
  }
}
