import fastifyStatic from '@fastify/static';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppConfig } from '@app/core';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Paths that belong to the server; an unknown one is a 404 problem, never the application's page. */
const SERVER_PATHS = /^\/(api|health|admin\/queues)(\/|$|\?)/;

/**
 * Serves the browser application built by Vite (apps/web → dist/web) at `/`.
 * Hashed assets are cached for a year; index.html is answered for every
 * other GET so the application's own routes (/bench, /participants/…) load
 * on a reload or a pasted link. Returns false when no build is there (the
 * API alone, as most tests run it).
 */
export async function mountWebApp(app: NestFastifyApplication, config: AppConfig): Promise<boolean> {
  const root = resolve(config.http.webRoot);
  const indexFile = join(root, 'index.html');
  if (!existsSync(indexFile)) return false;
  const index = readFileSync(indexFile);
  const fastify = app.getHttpAdapter().getInstance() as unknown as FastifyInstance;

  await fastify.register(fastifyStatic, {
    root,
    prefix: '/',
    index: false,
    wildcard: false,
    // Swagger UI registers @fastify/static too; this instance must not decorate reply again.
    decorateReply: false,
    setHeaders: (response, path) => {
      if (path.includes('/assets/')) response.header('cache-control', 'public, max-age=31536000, immutable');
    },
  });

  const sendIndex = (reply: FastifyReply) => reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(index);
  fastify.get('/', (_request, reply) => sendIndex(reply));
  fastify.get('/*', (request, reply) => {
    if (SERVER_PATHS.test(request.url)) return reply.callNotFound();
    return sendIndex(reply);
  });
  return true;
}
