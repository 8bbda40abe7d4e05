import type Redis from 'ioredis';

/**
 * BullMQ loses jobs silently if Redis evicts keys under memory pressure, and
 * only warns about it. The worker refuses to start unless the policy is `noeviction`.
 */
export async function assertNoEviction(redis: Redis): Promise<void> {
  const info = await redis.info('memory');
  const policy = /^maxmemory_policy:(\S+)/m.exec(info)?.[1];
  if (policy !== 'noeviction') {
    throw new Error(
      `Redis maxmemory-policy is "${policy ?? 'unknown'}"; the worker needs "noeviction" so that queued jobs are never evicted. ` +
        'Set it with: CONFIG SET maxmemory-policy noeviction (and in redis.conf).',
    );
  }
}
