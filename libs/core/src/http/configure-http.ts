import helmet from '@fastify/helmet';
import { RequestMethod } from '@nestjs/common';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { AppConfig } from '../config/app-config';
import { MalformedRequestError } from '../errors/domain-error';
import { PROBLEM_CONTENT_TYPE } from '../errors/problem';
import { ProblemDetailsFilter } from '../errors/problem-details.filter';
import { toProblem } from '../errors/to-problem';
import { REQUEST_ID_HEADER, requestIdFor } from './request-id';
import { createValidationPipe } from './validation';

export const API_PREFIX = 'api/v1';
/** Routes outside the versioned API prefix. */
const UNVERSIONED = [{ path: 'health', method: RequestMethod.GET }];

export function createFastifyAdapter(config: AppConfig): FastifyAdapter {
  return new FastifyAdapter({
    trustProxy: config.http.trustProxy,
    bodyLimit: 1024 * 1024,
    genReqId: requestIdFor,
    requestIdLogLabel: 'requestId',
    // Fastify's own logger stays off: nestjs-pino logs requests with redaction.
    logger: false,
  });
}

/**
 * Everything that makes the HTTP surface what it is: prefix, validation,
 * problem+json errors, request ids, security headers, OpenAPI. main.ts and
 * the tests call this same function so tests exercise the real set-up.
 */
export async function configureHttp(app: NestFastifyApplication): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();

  fastify.addHook('onRequest', async (request, reply) => {
    reply.header(REQUEST_ID_HEADER, request.id);
  });
  // Errors raised by Fastify before any handler runs (malformed JSON, wrong content type,
  // body too large) never reach Nest's filters; answer them here in the same shape.
  fastify.setErrorHandler((error: Error & { statusCode?: number; code?: string }, request, reply) => {
    const unreadable = error.statusCode === 400 && String(error.code ?? '').startsWith('FST_ERR_CTP');
    const { problem } = toProblem(unreadable ? new MalformedRequestError(error.message) : error, request.url.split('?')[0], String(request.id));
    void reply.status(problem.status).header('content-type', PROBLEM_CONTENT_TYPE).send(problem);
  });

  await app.register(helmet, {
    // Swagger UI needs inline styles and scripts; everything else keeps helmet's defaults.
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
      },
    },
  });

  app.setGlobalPrefix(API_PREFIX, { exclude: UNVERSIONED });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.enableShutdownHooks();

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Treatment Court API')
      .setDescription(
        'Case management for drug treatment courts, HOPE probation and deferred-judgment programs. ' +
          'Errors are RFC 9457 problem+json bodies with a stable `code`.',
      )
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
}
