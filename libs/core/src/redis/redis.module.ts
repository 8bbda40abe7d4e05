import { Global, Inject, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { AppConfig } from '../config/app-config';
import { redisOptions } from './redis-options';

/** The request-path Redis client (health, rate-limit counters). BullMQ keeps its own connections. */
export const REDIS = Symbol('REDIS');

@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => {
        const client = new Redis(redisOptions(config.redis.url, 'request'));
        const logger = new Logger('Redis');
        // Without a listener ioredis would crash the process on a dropped connection.
        client.on('error', (error) => logger.warn(`Redis connection problem: ${error.message}`));
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
