import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, Clock } from '@app/core';
import { DataSource } from 'typeorm';

/**
 * What a counter counts: `pair` one account from one source, `source` one
 * source across accounts, `account` one account across sources (alerts only,
 * never a refusal), `dashboard` the queue dashboard's basic auth per address.
 */
export type ThrottleScope = 'pair' | 'source' | 'account' | 'dashboard';

export interface ThrottleKey {
  scope: ThrottleScope;
  key: string;
  /** Attempts allowed before the key is blocked for the lock-out time. */
  limit: number;
  /**
   * Count failures only, after the fact, instead of claiming every attempt
   * before it: for a source across accounts, whose successes in flight (a
   * phone gateway at 7:00, a courthouse at 8:55) must never add up to a block.
   */
  failuresOnly?: boolean;
}

export type Claim = { allowed: true; attempts: number } | { allowed: false; retryAfterSeconds: number };

/** Every key claimed, with each one's count including this attempt; or the refusal. */
export type Claims = { allowed: true; attempts: Partial<Record<ThrottleScope, number>> } | { allowed: false; retryAfterSeconds: number };

/**
 * Failure counters in Postgres (call-ins must work while Redis is down). An
 * account-and-source pair is claimed before the secret is checked: one
 * upsert with RETURNING per key, so parallel attempts are counted one by one
 * and at most `limit` of them ever reach the secret check; the attempt past
 * the limit blocks the key for the lock-out time, and a success starts the
 * count again. A source across accounts (`failuresOnly`) is only checked
 * before and counted after a failure, so a burst of good sign-ins or
 * call-ins through one address never blocks it.
 */
@Injectable()
export class SignInThrottle {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** Claims an attempt on every key in turn; the first refusal gives back the claims already made. */
  async claim(keys: ThrottleKey[]): Promise<Claims> {
    const claimed: ThrottleKey[] = [];
    const attempts: Partial<Record<ThrottleScope, number>> = {};
    for (const key of keys) {
      const claim = key.failuresOnly ? await this.blocked(key) : await this.claimOne(key);
      if (!claim.allowed) {
        await this.giveBack(claimed);
        return claim;
      }
      attempts[key.scope] = claim.attempts;
      if (!key.failuresOnly) claimed.push(key);
    }
    return { allowed: true, attempts };
  }

  /** A failed attempt on keys that count failures only (the claimed ones counted it already). */
  async failed(keys: ThrottleKey[]): Promise<void> {
    // The failure that reaches the limit blocks the key (a claim blocks only the attempt past it).
    for (const key of keys.filter((k) => k.failuresOnly)) await this.claimOne({ ...key, limit: key.limit - 1 });
  }

  /** Whether the key is blocked now, without counting anything. */
  private async blocked({ scope, key }: ThrottleKey): Promise<Claim> {
    const now = this.clock.now();
    const [row] = (await this.dataSource.query(`SELECT attempts, locked_until FROM sign_in_throttles WHERE scope = $1 AND key = $2`, [scope, key])) as Array<{
      attempts: number;
      locked_until: Date | null;
    }>;
    if (row?.locked_until && row.locked_until > now) {
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((row.locked_until.getTime() - now.getTime()) / 1000)) };
    }
    return { allowed: true, attempts: row?.attempts ?? 0 };
  }

  /** Counts one attempt on the key (or refuses it while the key is blocked). */
  async claimOne({ scope, key, limit }: ThrottleKey): Promise<Claim> {
    const now = this.clock.now();
    const lockMs = this.config.auth.lockoutMinutes * 60_000;
    const [row] = (await this.dataSource.query(
      `INSERT INTO sign_in_throttles AS t (scope, key, attempts, locked_until, updated_at)
       VALUES ($1, $2, 1, CASE WHEN 1 > $4::int THEN $3::timestamptz + $6::interval END, $3)
       ON CONFLICT (scope, key) DO UPDATE SET
         attempts = CASE WHEN t.locked_until <= $3 OR (t.locked_until IS NULL AND t.updated_at <= $5) THEN 1
                         WHEN t.locked_until IS NOT NULL THEN t.attempts
                         ELSE t.attempts + 1 END,
         locked_until = CASE WHEN t.locked_until <= $3 OR (t.locked_until IS NULL AND t.updated_at <= $5) THEN NULL
                             WHEN t.locked_until IS NOT NULL THEN t.locked_until
                             WHEN t.attempts + 1 > $4 THEN $3::timestamptz + $6::interval
                             ELSE NULL END,
         updated_at = $3
       RETURNING attempts, locked_until`,
      [scope, key, now, limit, new Date(now.getTime() - lockMs), `${lockMs} milliseconds`],
    )) as Array<{ attempts: number; locked_until: Date | null }>;
    if (row.locked_until && row.locked_until > now) {
      // Whole seconds (Retry-After allows nothing else), rounded up so a client that waits that long is let in.
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((row.locked_until.getTime() - now.getTime()) / 1000)) };
    }
    return { allowed: true, attempts: row.attempts };
  }

  /**
   * A verified secret: the pair's count starts again (only consecutive
   * failures count); a source's failures stay (signing in to one's own
   * account does not wipe out guesses at others').
   */
  async succeeded(keys: ThrottleKey[]): Promise<void> {
    for (const { scope, key } of keys.filter((k) => k.scope === 'pair' || k.scope === 'dashboard')) {
      await this.dataSource.query(`DELETE FROM sign_in_throttles WHERE scope = $1 AND key = $2 AND locked_until IS NULL`, [scope, key]);
    }
    await this.giveBack(keys.filter((k) => k.scope !== 'pair' && k.scope !== 'dashboard' && !k.failuresOnly));
  }

  /**
   * Deletes counters that no longer count: unlocked (or lock over) and idle
   * longer than the lock-out time, which the next claim would reset anyway.
   * Run by the worker's hourly maintenance job, so guesses from ever-new
   * sources do not grow the table without end. Returns how many.
   */
  async prune(): Promise<number> {
    const now = this.clock.now();
    const [, affected] = (await this.dataSource.query(
      `DELETE FROM sign_in_throttles WHERE (locked_until IS NULL OR locked_until <= $1) AND updated_at <= $2`,
      [now, new Date(now.getTime() - this.config.auth.lockoutMinutes * 60_000)],
    )) as [unknown, number];
    return affected ?? 0;
  }

  private async giveBack(keys: ThrottleKey[]): Promise<void> {
    for (const { scope, key } of keys) {
      await this.dataSource.query(
        `UPDATE sign_in_throttles SET attempts = GREATEST(attempts - 1, 0) WHERE scope = $1 AND key = $2 AND locked_until IS NULL`,
        [scope, key],
      );
    }
  }
}
