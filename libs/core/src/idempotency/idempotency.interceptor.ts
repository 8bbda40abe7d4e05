import { CallHandler, ExecutionContext, Injectable, NestInterceptor, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { defer, lastValueFrom, Observable } from 'rxjs';
import { DataSource, QueryFailedError, QueryRunner } from 'typeorm';
import { Clock } from '../clock/clock';
import { AppConfig } from '../config/app-config';
import {
  IDEMPOTENCY_KEY_HEADER,
  IDEMPOTENCY_KEY_TTL_HOURS,
  IDEMPOTENCY_WAIT_MS,
  IDEMPOTENT_REPLAYED_HEADER,
  idempotencyKeyInFlight,
  idempotencyKeyReused,
  parseIdempotencyKey,
  requestFingerprint,
} from './idempotency-key';
import { enableRequestTransactions, runInRequestTransaction } from './request-transaction';

/** The request as the auth guard left it: the signed-in user, if any. */
type SignedInRequest = FastifyRequest & { principal?: { userId: string } };

interface Claim {
  userId: string;
  key: string;
  method: string;
  path: string;
  fingerprint: string;
}

type Outcome =
  | { replayed: false; body: unknown }
  | { replayed: true; status: number; body: unknown }
  | { failed: unknown };

/** Postgres' lock_not_available: the first request with the key held it longer than we wait. */
const LOCK_NOT_AVAILABLE = '55P03';

/**
 * `Idempotency-Key` on the routes marked `@Idempotent()`, which binds this interceptor to them.
 *
 * The request runs in one transaction with its key (see request-transaction):
 * the key row is inserted first, the handler's writes follow, the answer is
 * stored in the key row, and one COMMIT makes all of it durable. So a crash
 * at any point leaves either nothing (the retry runs afresh) or the records
 * with the key and its answer (the retry gets the answer). A failed request
 * (4xx, 5xx) is not remembered: its key row is deleted and what the handler
 * would have kept without a key (its services' transactions already rolled
 * back to their savepoints; an audited refusal stays) is committed, so
 * retrying it is a new attempt.
 *
 * A second request with the key while the first is running waits on the
 * first's uncommitted key row (the unique index) for up to
 * IDEMPOTENCY_WAIT_MS, then answers the first's response, runs itself if the
 * first failed, or is refused with 409 `idempotency-key-in-flight`.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor, OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    enableRequestTransactions(this.dataSource);
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    // Bound by @Idempotent() to the routes that take a key, and only to them.
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<SignedInRequest>();
    const key = parseIdempotencyKey(request.headers[IDEMPOTENCY_KEY_HEADER]);
    if (key === undefined) return next.handle();
    const userId = request.principal?.userId;
    // Keys are scoped per user; @Idempotent() is only for routes the guard authenticates.
    if (!userId) throw new Error(`@Idempotent() on ${context.getClass().name}.${context.getHandler().name}, a route with no signed-in user`);
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const claim: Claim = {
      userId,
      key,
      method: request.method,
      path: request.url,
      fingerprint: requestFingerprint(this.config.auth.secret, request.method, request.url, request.body),
    };
    return defer(async () => {
      const outcome = await this.run(claim, reply, () => lastValueFrom(next.handle(), { defaultValue: undefined }));
      if ('failed' in outcome) throw outcome.failed;
      if (outcome.replayed) {
        void reply.status(outcome.status).header(IDEMPOTENT_REPLAYED_HEADER, 'true');
        return outcome.body ?? undefined;
      }
      return outcome.body;
    });
  }

  private run(claim: Claim, reply: FastifyReply, handle: () => Promise<unknown>): Promise<Outcome> {
    return runInRequestTransaction(this.dataSource, async (runner, inside) => {
      const id = await this.claim(runner, claim);
      if (id === null) {
        const [first] = (await runner.query(
          `SELECT fingerprint, response_status, response_body FROM idempotency_keys WHERE user_id = $1 AND key = $2`,
          [claim.userId, claim.key],
        )) as Array<{ fingerprint: string; response_status: number; response_body: unknown }>;
        if (first.fingerprint !== claim.fingerprint) throw idempotencyKeyReused();
        return { replayed: true, status: first.response_status, body: first.response_body };
      }
      let body: unknown;
      try {
        body = await inside(handle);
      } catch (error) {
        await this.forget(runner, id, error);
        return { failed: error };
      }
      // What Fastify will send: JSON of the handler's value (dates as ISO strings, undefined members dropped).
      const stored = body === undefined ? null : (JSON.parse(JSON.stringify(body)) as unknown);
      await runner.query(`UPDATE idempotency_keys SET response_status = $2, response_body = $3::jsonb WHERE id = $1`, [
        id,
        reply.statusCode,
        stored === null ? null : JSON.stringify(stored),
      ]);
      return { replayed: false, body };
    });
  }

  /**
   * Deletes the key row of a failed request, leaving the rest of the
   * transaction to commit. When the failure left the transaction unusable
   * (a statement failed outside any savepoint) or a savepoint open, the
   * original error is thrown instead and everything rolls back.
   */
  private async forget(runner: QueryRunner, id: string, error: unknown): Promise<void> {
    if ((runner as unknown as { transactionDepth: number }).transactionDepth !== 1) throw error;
    try {
      await runner.query(`DELETE FROM idempotency_keys WHERE id = $1`, [id]);
    } catch {
      throw error;
    }
  }

  /**
   * Inserts the key row (uncommitted, so nobody else sees it yet), or takes
   * over an expired one; null when a live row holds the key. Waits for a
   * concurrent request holding the key, bounded by lock_timeout.
   */
  private async claim(runner: QueryRunner, claim: Claim): Promise<string | null> {
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + IDEMPOTENCY_KEY_TTL_HOURS * 3600_000);
    await runner.query(`SET LOCAL lock_timeout = ${Number(IDEMPOTENCY_WAIT_MS)}`);
    let rows: Array<{ id: string }>;
    try {
      rows = (await runner.query(
        `INSERT INTO idempotency_keys (user_id, key, method, path, fingerprint, response_status, response_body, created_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, 0, NULL, $6, $7)
         ON CONFLICT (user_id, key) DO UPDATE
            SET method = EXCLUDED.method, path = EXCLUDED.path, fingerprint = EXCLUDED.fingerprint, response_status = 0,
                response_body = NULL, created_at = EXCLUDED.created_at, expires_at = EXCLUDED.expires_at
          WHERE idempotency_keys.expires_at <= EXCLUDED.created_at
         RETURNING id`,
        [claim.userId, claim.key, claim.method, claim.path, claim.fingerprint, now, expiresAt],
      )) as Array<{ id: string }>;
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === LOCK_NOT_AVAILABLE) throw idempotencyKeyInFlight();
      throw error;
    }
    await runner.query(`SET LOCAL lock_timeout TO DEFAULT`);
    return rows[0]?.id ?? null;
  }
}
