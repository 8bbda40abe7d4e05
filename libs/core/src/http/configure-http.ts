import { INestApplication, RequestMethod } from '@nestjs/common';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { LogController } from 'fastify';
import type pino from 'pino';
import { AppConfig } from '../config/app-config';
import { ProblemDetailsFilter } from '../errors/problem-details.filter';
import { ProblemTranslator } from '../i18n/problem-translator';
import { createPinoLogger, logContext } from '../logging/pino';
import { PinoNestLogger } from '../logging/pino-nest-logger';
import { REQUEST_ID_HEADER, requestIdFor } from './request-id';
import { securityHeaders } from './security-headers';
import { createValidationPipe } from './validation';

export const API_PREFIX = 'api/v1';
/** The largest CSV file an import takes (JSON bodies stay at 1 MB). */
export const CSV_BODY_LIMIT = 16 * 1024 * 1024;
/** Routes outside the versioned API prefix. */
const UNVERSIONED = ['health', 'health/ready', 'health/live'].map((path) => ({ path, method: RequestMethod.GET }));
/** Health probes every few seconds would drown the request log. */
const UNLOGGED = new Set(['/health', '/health/ready', '/health/live']);

/** Fastify with pino as its logger; each request gets a child logger carrying its id. */
export function createFastifyAdapter(config: AppConfig): FastifyAdapter {
  return new FastifyAdapter({
    trustProxy: config.http.trustProxy,
    bodyLimit: 1024 * 1024,
    genReqId: requestIdFor,
    loggerInstance: createPinoLogger('api', config.log.level),
    // One line per request is written in onResponse below, not Fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
  });
}

/**
 * Everything that makes the HTTP surface what it is: prefix, validation,
 * problem+json errors, request ids and logs, security headers, OpenAPI.
 * main.ts and the tests call this same function so tests exercise the real set-up.
 */
export async function configureHttp(app: NestFastifyApplication): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  const headers = securityHeaders();

  fastify.addHook('onRequest', (request, reply, done) => {
    reply.headers(headers);
    reply.header(REQUEST_ID_HEADER, request.id);
    // Everything logged while handling this request carries its id.
    logContext.run(request.log as unknown as pino.Logger, done);
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    if (!UNLOGGED.has(request.url)) {
      request.log.info(
        { req: { method: request.method, url: request.url.split('?')[0] }, res: { statusCode: reply.statusCode }, responseTime: Math.round(reply.elapsedTime) },
        'request completed',
      );
    }
    done();
  });

  // A court's old spreadsheet arrives as the CSV file itself, read as text; 10,000 participants are about 1 MB.
  fastify.addContentTypeParser('text/csv', { parseAs: 'string', bodyLimit: CSV_BODY_LIMIT }, (_request, body, done) => done(null, body));

  app.useLogger(app.get(PinoNestLogger));
  setApiPrefix(app);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter(app.get(ProblemTranslator)));
  app.enableShutdownHooks();

  // The OpenAPI page and document: off in production unless API_DOCS=true (tools/openapi.ts builds the document without serving it).
  if (app.get(AppConfig).apiDocs) {
    SwaggerModule.setup('api/docs', app, createOpenApiDocument(app), { jsonDocumentUrl: 'api/docs-json' });
  }
}

/** Routes under /api/v1, except the unversioned ones (health). */
export function setApiPrefix(app: INestApplication): void {
  app.setGlobalPrefix(API_PREFIX, { exclude: UNVERSIONED });
}

/**
 * The OpenAPI document served at /api/docs-json. tools/openapi.ts builds the
 * same document from an application in preview mode (no database, no Redis)
 * to generate the web application's types.
 */
export function createOpenApiDocument(app: INestApplication): OpenAPIObject {
  return SwaggerModule.createDocument(
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
}
