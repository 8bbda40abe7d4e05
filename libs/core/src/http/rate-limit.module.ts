import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import { ExecutionContext, Logger, Module, SetMetadata } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModule, ThrottlerStorage } from '@nestjs/throttler';
import type { ThrottlerStorageRecord } from '@nestjs/throttler/dist/throttler-storage-record.interface';
import Redis from 'ioredis';
import { AppConfig } from '../config/app-config';
import { addressMatcher } from '../config/trust-proxy';
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
 * gets two lower ones: per address whatever the account (AUTH_SIGN_IN_PER_MINUTE,
 * room for a courthouse's staff behind one address), and per account from one
 * address (AUTH_SIGN_IN_PER_MINUTE_PER_ACCOUNT), so one attacker on one
 * account is slowed long before the courthouse is. Never per account alone:
 * that would let a stranger slow the owner down.
 */
export const SignInRateLimit = () => SetMetadata(SIGN_IN_LIMIT_KEY, true);

const isSignInRoute = (context: ExecutionContext): boolean =>
  Reflect.getMetadata(SIGN_IN_LIMIT_KEY, context.getHandler()) === true;

/** The account a sign-in request names (staff username, or court and participant number), normalised; null when it names none. */
export function signInAccountOf(body: unknown): string | null {
  if (!body || typeof body !== 'object') return null;
  const fields = body as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' ? value.trim().toLowerCase() : null);
  const username = text(fields.username);
  if (username) return `staff:${username}`;
  const court = text(fields.court) ?? text(fields.courtCode);
  const number = text(fields.participantNumber);
  return court && number ? `participant:${court}:${number}` : null;
}

const accountOf = (context: ExecutionContext): string | null => signInAccountOf(context.switchToHttp().getRequest<{ body?: unknown }>().body);

/**
 * Who a phone call-in comes from: `tel:<number>` when a configured phone
 * gateway (PHONE_GATEWAY_ADDRESSES) names the calling number, else null (the
 * client address counts). A number named by anyone else is ignored, so a
 * client cannot escape the per-address counters by naming a new one each time.
 */
export function phoneCallerSource(config: AppConfig, address: string | undefined, callerNumber: unknown): string | null {
  if (typeof callerNumber !== 'string' || !/^\+?[0-9]{4,20}$/.test(callerNumber)) return null;
  return addressMatcher(config.auth.phoneGatewayAddresses)(address) ? `tel:${callerNumber.replace(/^\+/, '')}` : null;
}

@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [AppConfig, REDIS],
      useFactory: (config: AppConfig, redis: Redis) => {
        const callerOf = (context: ExecutionContext): string | null => {
          const request = context.switchToHttp().getRequest<{ ip?: string; body?: { callerNumber?: unknown } }>();
          return phoneCallerSource(config, request.ip, request.body?.callerNumber);
        };
        return {
          throttlers: [
            { name: 'default', ttl: 60_000, limit: config.http.rateLimitPerMinute },
            {
              name: 'sign-in',
              ttl: 60_000,
              limit: config.auth.signInPerMinute,
              skipIf: (context) => !isSignInRoute(context),
              // One allowance per address across all sign-in routes (the default key is per route),
              // so alternating between staff and participant sign-in gains a guesser nothing.
              // Behind a phone gateway every caller shares its address: the calling number it names counts instead.
              generateKey: (context, tracker, name) => `${name}-${callerOf(context) ?? tracker}`,
            },
            {
              name: 'sign-in-account',
              ttl: 60_000,
              limit: config.auth.signInPerMinutePerAccount,
              skipIf: (context) => !isSignInRoute(context) || accountOf(context) === null,
              generateKey: (context, tracker, name) => `${name}-${callerOf(context) ?? tracker}-${accountOf(context)}`,
            },
          ],
          storage: new SharedThrottlerStorage(redis, `${config.queue.prefix}:rate:`),
        };
      },
    }),
  ],
  providers: [{ provide: APP_GUARD, useClass: ThrottlerGuard }],
})
export class RateLimitModule {}
