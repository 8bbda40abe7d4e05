import { DynamicModule, Module } from '@nestjs/common';
import { SignInThrottle } from '@app/auth';
import { AppConfig, Clock, CoreModule, IdempotencyKeysPruner } from '@app/core';
import { OutboxPrunerService, OutboxRelayLoop, OutboxRelayService, QueueModule } from '@app/queue';
import { SCHEMA } from '@app/schema';
import { DrugTestingJobsModule } from '@app/drug-testing';
import { ViolationsJobsModule } from '@app/violations';
import { NotificationsJobsModule } from '@app/notifications';
import { DeferredJudgmentJobsModule } from '@app/deferred-judgment';
import { ReportingJobsModule } from '@app/reporting';
import { CourtSchedulesService } from './court-schedules.service';
import { DrugTestingProcessor } from './processors/drug-testing.processor';
import { MaintenanceProcessor } from './processors/maintenance.processor';
import { EmailDeliveryProcessor, NotificationsProcessor, SmsDeliveryProcessor } from './processors/notifications.processor';
import { ViolationsProcessor } from './processors/violations.processor';
import { SchedulesService } from './schedules.service';

/** Every processor of the worker; the start-up check reads this list. */
export const PROCESSORS = [MaintenanceProcessor, DrugTestingProcessor, ViolationsProcessor, NotificationsProcessor, EmailDeliveryProcessor, SmsDeliveryProcessor];

export interface WorkerModuleOptions {
  config?: AppConfig;
  clock?: Clock;
  /** Tests drive the relay by hand; production runs the loop. */
  relayLoop?: boolean;
}

@Module({})
export class WorkerModule {
  static forRoot(options: WorkerModuleOptions = {}): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        CoreModule.forRoot({ service: 'worker', schema: SCHEMA, config: options.config, clock: options.clock }),
        QueueModule,
        DrugTestingJobsModule,
        ViolationsJobsModule,
        NotificationsJobsModule,
        DeferredJudgmentJobsModule,
        ReportingJobsModule,
      ],
      providers: [
        ...PROCESSORS,
        OutboxRelayService,
        OutboxPrunerService,
        IdempotencyKeysPruner,
        SignInThrottle,
        SchedulesService,
        CourtSchedulesService,
        ...(options.relayLoop === false ? [] : [OutboxRelayLoop]),
      ],
    };
  }
}
