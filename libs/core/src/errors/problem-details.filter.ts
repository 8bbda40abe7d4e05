import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { negotiateLanguage } from '../i18n/languages';
import { varyOn } from '../i18n/reader-language';
import { ProblemTranslator } from '../i18n/problem-translator';
import { PROBLEM_CONTENT_TYPE } from './problem';
import { toProblem } from './to-problem';

/**
 * The one place where errors become HTTP responses: RFC 9457 problem+json,
 * with `title` and `detail` in the language of `Accept-Language` (English
 * when none of ours is asked for). Logs stay in English.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemDetails');

  constructor(private readonly translator: ProblemTranslator) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const path = request.url.split('?')[0];
    const { problem, unexpected } = toProblem(exception, path, String(request.id));
    if (unexpected) {
      this.logger.error({ err: unexpected.error, errorId: unexpected.errorId, requestId: request.id }, 'unexpected error');
    } else if (problem.status >= 500) {
      this.logger.warn({ code: problem.code, requestId: request.id, dependency: problem.dependency }, problem.title);
    }
    const language = negotiateLanguage(request.headers['accept-language']);
    const body = this.translator.translate(problem, language);
    if (problem.status === 401) void reply.header('www-authenticate', 'Bearer');
    if (typeof problem.retryAfterSeconds === 'number') void reply.header('retry-after', String(problem.retryAfterSeconds));
    void reply.header('content-language', language);
    varyOn(reply, 'Accept-Language');
    void reply.status(problem.status).header('content-type', PROBLEM_CONTENT_TYPE).send(body);
  }
}
