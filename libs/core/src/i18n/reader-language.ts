import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Language } from '../languages';
import { negotiateLanguage } from './languages';

/** Adds a request header to `Vary`, keeping whatever other layers put there. */
export function varyOn(reply: FastifyReply, header: string): void {
  const current = reply.getHeader('vary');
  const list = Array.isArray(current) ? current.join(', ') : current === undefined ? '' : String(current);
  if (list === '*' || list.split(',').some((h) => h.trim().toLowerCase() === header.toLowerCase())) return;
  void reply.header('vary', list ? `${list}, ${header}` : header);
}

/**
 * The reader's language, negotiated from `Accept-Language` (English
 * otherwise), for a handler whose answer is worded in it (the redisclosure
 * notice, the printed docket). The answer says so: `Content-Language` and
 * `Vary: Accept-Language`.
 */
export const ReaderLanguage = createParamDecorator((_: unknown, context: ExecutionContext): Language => {
  const http = context.switchToHttp();
  const language = negotiateLanguage(http.getRequest<FastifyRequest>().headers['accept-language']);
  const reply = http.getResponse<FastifyReply>();
  void reply.header('content-language', language);
  varyOn(reply, 'Accept-Language');
  return language;
});
