/**
 * The web application's types, generated from the API's OpenAPI document:
 * `npm run api:types` rewrites apps/web/src/api/schema.ts;
 * `npm run api:types:check` fails when that file differs from what the
 * server publishes now (CI runs it after the build).
 *
 * The document is built from the API module in Nest's preview mode: modules
 * and routes are scanned but no provider is instantiated, so neither
 * Postgres nor Redis is needed.
 */
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { OpenAPIObject } from '@nestjs/swagger';
import { createFastifyAdapter, createOpenApiDocument, loadConfig, setApiPrefix } from '@app/core';
import { ApiModule } from '../apps/api/src/api.module';

/** The repository's root: the nearest folder with a package.json (this file runs from tools/ under jest, from dist/tools/ compiled). */
function repositoryRoot(from: string): string {
  return existsSync(join(from, 'package.json')) || dirname(from) === from ? from : repositoryRoot(dirname(from));
}

export const SCHEMA_FILE = resolve(repositoryRoot(__dirname), 'apps/web/src/api/schema.ts');

const BANNER = [
  '/**',
  ' * Generated from the API\'s OpenAPI document (GET /api/docs-json) by',
  ' * `npm run api:types`; do not edit by hand. `npm run api:types:check` fails when it is stale.',
  ' */',
].join('\n');

/** The OpenAPI document as the API publishes it at /api/docs-json. */
export async function buildOpenApiDocument(): Promise<OpenAPIObject> {
  // Nothing connects in preview mode; the URLs only satisfy the configuration's validation.
  const config = loadConfig({ NODE_ENV: 'development', DATABASE_URL: 'postgres://localhost/openapi', REDIS_URL: 'redis://localhost', LOG_LEVEL: 'warn' });
  const app = await NestFactory.create<NestFastifyApplication>(ApiModule.forRoot({ config }), createFastifyAdapter(config), {
    preview: true,
    logger: false,
  });
  try {
    setApiPrefix(app);
    return createOpenApiDocument(app);
  } finally {
    await app.close();
  }
}

/** The TypeScript the web application imports: `paths`, `components` and the enums' value lists. */
export async function generateSchemaSource(document: OpenAPIObject): Promise<string> {
  // openapi-typescript is an ES module with ES-module dependencies: its own CLI (document on stdin,
  // TypeScript on stdout) runs it the same way from this CommonJS script and from a jest spec.
  const cli = join(dirname(require.resolve('openapi-typescript/package.json')), 'bin/cli.js');
  const source = execFileSync(process.execPath, [cli, '--enum-values'], {
    input: JSON.stringify(document),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  return `${BANNER}\n\n${source}`;
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const source = await generateSchemaSource(await buildOpenApiDocument());
  if (!check) {
    writeFileSync(SCHEMA_FILE, source);
    console.log(`wrote ${SCHEMA_FILE}`);
    return;
  }
  let current = '';
  try {
    current = readFileSync(SCHEMA_FILE, 'utf8');
  } catch {
    // A missing file is stale too.
  }
  if (current !== source) {
    console.error('apps/web/src/api/schema.ts differs from the API\'s OpenAPI document: run `npm run api:types` and commit the result');
    process.exitCode = 1;
  }
}

if (require.main === module) {
  main().catch((error: Error) => {
    console.error(error);
    process.exit(1);
  });
}
