import { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { AppConfig, Clock, CoreModule } from '@app/core';
import { DrugTestingJobsModule } from '@app/drug-testing';
import { OutboxRelayService, QueueModule } from '@app/queue';
import { ViolationsJobsModule } from '@app/violations';
import { SCHEMA } from '@app/schema';

/**
 * The worker's domain services (the testing day, violations' clocks, the
 * outbox relay) without its BullMQ processors and schedulers, so a test calls
 * them at the instants it chooses on its TestClock instead of racing a
 * real-time scheduler.
 */
export async function createTestingJobs(config: AppConfig, clock: Clock): Promise<INestApplicationContext> {
  const moduleRef = await Test.createTestingModule({
    imports: [CoreModule.forRoot({ service: 'worker', schema: SCHEMA, config, clock }), QueueModule, DrugTestingJobsModule, ViolationsJobsModule],
    providers: [OutboxRelayService],
  }).compile();
  await moduleRef.init();
  return moduleRef;
}
