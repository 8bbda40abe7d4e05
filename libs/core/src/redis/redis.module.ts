import { Global, Inject, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { AppConfig } from '../config/app-config';
import { redisOptions } from './redis-options';

/** The request-path Redis client (health, rate-limit counters). BullMQ keeps its own connections. */
export const REDIS = Symbol('REDIS');
const CONNECT_WAIT_MS = 5_000;

@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [AppConfig],
      useFactory: async (config: AppConfig) => {
        const client = new Redis(redisOptions(config.redis.url, 'request'));
        const logger = new Logger('Redis');
        // Without a listener ioredis would crash the process on a dropped connection.
        client.on('error', (error) => logger.warn(`Redis connection problem: ${error.message}`));
        // This client fails fast instead of queueing commands, so let it connect before the
        // first request; a Redis that does not answer in time is reported by /health instead.
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, CONNECT_WAIT_MS);
          client.once('ready', () => {
            clearTimeout(timer);
            resolve();
          });
        });
        return client;
      },
    },
  ],
  exports: [REDIS],
})
export class RedisModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
