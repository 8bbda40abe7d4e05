import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import { AppConfig, redisOptions } from '@app/core';
import { ALL_QUEUES } from './queue.contract';
import { OutboxService } from './outbox/outbox.service';

/** Seven days of completed jobs are kept, so a replay of the same job id within that time is a no-op. */
export const DEFAULT_JOB_OPTIONS = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 2_000 },
  removeOnComplete: { age: 7 * 24 * 3600, count: 100_000 },
  removeOnFail: { age: 30 * 24 * 3600 },
};

/** BullMQ connection and queues, and the outbox that feeds them; used by the API and the worker. */
@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        connection: redisOptions(config.redis.url, 'queue'),
        prefix: config.queue.prefix,
        defaultJobOptions: DEFAULT_JOB_OPTIONS,
      }),
    }),
    BullModule.registerQueue(...ALL_QUEUES.map((name) => ({ name }))),
  ],
  providers: [OutboxService],
  exports: [BullModule, OutboxService],
})
export class QueueModule {}
