import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import { ExecutionContext, Logger, Module, SetMetadata } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModule, ThrottlerStorage } from '@nestjs/throttler';
import type { ThrottlerStorageRecord } from '@nestjs/throttler/dist/throttler-storage-record.interface';
import Redis from 'ioredis';
import { AppConfig } from '../config/app-config';
import { REDIS } from '../redis/redis.module';

/**
 * Rate-limit counters kept in Redis, so every API replica counts the same
 * client together. If Redis cannot be reached the request is let through
 * (and logged): an outage of the counter store must not take the court's
 * system down with it, and Postgres-backed work goes on without Redis.
 */
export class SharedThrottlerStorage implements ThrottlerStorage {
  private readonly logger = new Logger('RateLimit');
  private readonly inner: ThrottlerStorageRedisService;

  constructor(
    redis: Redis,
    private readonly keyPrefix: string,
  ) {
    this.inner = new ThrottlerStorageRedisService(redis);
  }

  async increment(key: string, ttl: number, limit: number, blockDuration: number, name: string): Promise<ThrottlerStorageRecord> {
    try {
      return await this.inner.increment(`${this.keyPrefix}${key}`, ttl, limit, blockDuration, name);
    } catch (error) {
      this.logger.warn(`rate-limit counters unavailable, request allowed: ${(error as Error).message}`);
      return { totalHits: 0, timeToExpire: 0, isBlocked: false, timeToBlockExpire: 0 };
    }
  }
}

const SIGN_IN_LIMIT_KEY = 'rate-limit:sign-in';

/**
 * Marks a route that checks a password or PIN. Besides the general limit it
 * gets a much lower per-address one, so guessing PINs across many accounts
 * is slowed as well as guessing one account's (which lock-out stops).
 */
export const SignInRateLimit = () => SetMetadata(SIGN_IN_LIMIT_KEY, true);

const isSignInRoute = (context: ExecutionContext): boolean =>
  Reflect.getMetadata(SIGN_IN_LIMIT_KEY, context.getHandler()) === true;

@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [AppConfig, REDIS],
      useFactory: (config: AppConfig, redis: Redis) => ({
        throttlers: [
          { name: 'default', ttl: 60_000, limit: config.http.rateLimitPerMinute },
          {
            name: 'sign-in',
            ttl: 60_000,
            limit: config.auth.signInPerMinute,
            skipIf: (context) => !isSignInRoute(context),
            // One allowance per address across all sign-in routes (the default key is per route),
            // so alternating between staff and participant sign-in gains a guesser nothing.
            generateKey: (_context, tracker, name) => `${name}-${tracker}`,
          },
        ],
        storage: new SharedThrottlerStorage(redis, `${config.queue.prefix}:rate:`),
      }),
    }),
  ],
  providers: [{ provide: APP_GUARD, useClass: ThrottlerGuard }],
})
export class RateLimitModule {}
