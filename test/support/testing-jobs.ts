import { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { AppConfig, Clock, CoreModule } from '@app/core';
import { DrugTestingJobsModule } from '@app/drug-testing';
import { SCHEMA } from '@app/schema';

/**
 * The worker's testing-day services (draw, window close, deadline) without
 * its BullMQ processors, so a test calls them at the instants it chooses on
 * its TestClock instead of racing a real-time scheduler.
 */
export async function createTestingJobs(config: AppConfig, clock: Clock): Promise<INestApplicationContext> {
  const moduleRef = await Test.createTestingModule({
    imports: [CoreModule.forRoot({ service: 'worker', schema: SCHEMA, config, clock }), DrugTestingJobsModule],
  }).compile();
  await moduleRef.init();
  return moduleRef;
}
