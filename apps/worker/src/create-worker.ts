import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, PinoNestLogger, redisOptions } from '@app/core';
import { assertNoEviction } from '@app/queue';
import Redis from 'ioredis';
import { assertEveryJobHandled } from './processors/job-handlers';
import { PROCESSORS, WorkerModule, WorkerModuleOptions } from './worker.module';

/**
 * Builds the worker: an application context with no HTTP. Before any
 * processor starts it refuses to go on when a job of the contract has no
 * handler or when Redis may evict keys (BullMQ itself only warns).
 */
export async function createWorker(config: AppConfig, options: Omit<WorkerModuleOptions, 'config'> = {}): Promise<INestApplicationContext> {
  assertEveryJobHandled(PROCESSORS);
  const redis = new Redis({ ...redisOptions(config.redis.url, 'request'), lazyConnect: true, retryStrategy: () => null });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    await assertNoEviction(redis);
  } finally {
    redis.disconnect();
  }
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot({ ...options, config }), { bufferLogs: true });
  app.useLogger(app.get(PinoNestLogger));
  app.enableShutdownHooks();
  return app;
}
