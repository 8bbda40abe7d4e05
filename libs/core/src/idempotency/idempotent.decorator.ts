import { applyDecorators, SetMetadata, UseInterceptors } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { IDEMPOTENCY_KEY_MAX_LENGTH, IDEMPOTENCY_KEY_TTL_HOURS } from './idempotency-key';
import { IdempotencyInterceptor } from './idempotency.interceptor';

export const IDEMPOTENT_ROUTE = 'http:idempotent';

/**
 * A route that creates records and takes an `Idempotency-Key`: a retry with
 * the same key and the same request answers the first response and writes
 * nothing (see IdempotencyInterceptor). Declared in OpenAPI as an optional header.
 *
 * The interceptor is bound to these routes only, not globally: with any
 * global interceptor Nest runs its interceptor chain (rxjs `defer` and two
 * `AsyncResource.bind` a request) on every route, which on Node 20 cost
 * more than the rest of the HTTP stack together (`npm run bench`, http suite).
 */
export function Idempotent(): MethodDecorator {
  return applyDecorators(
    SetMetadata(IDEMPOTENT_ROUTE, true),
    UseInterceptors(IdempotencyInterceptor),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description:
        `A unique key per intended operation (e.g. a UUID), at most ${IDEMPOTENCY_KEY_MAX_LENGTH} printable ASCII characters, remembered ${IDEMPOTENCY_KEY_TTL_HOURS} h per user. ` +
        'The same key with the same request answers the first successful response (with `Idempotent-Replayed: true`) and writes nothing; ' +
        'with a different request it is refused with 409 `idempotency-key-reused`; while the first request is still running the retry waits for it ' +
        '(up to 10 s, then 409 `idempotency-key-in-flight`). A malformed key is 400 `idempotency-key-invalid`. Failed requests are not remembered.',
      schema: { type: 'string', minLength: 1, maxLength: IDEMPOTENCY_KEY_MAX_LENGTH },
    }),
  );
}
