import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createApi } from '../apps/api/src/create-api';
import { createTestDatabase, testConfig, TestDatabase } from './support/test-env';

const WEB_ROOT = resolve(__dirname, '../dist/web');
const PRODUCTION = { NODE_ENV: 'production', AUTH_SECRET: 'a-production-secret-of-at-least-32-characters' };

/** The directives of a content security policy, by name. */
function directives(policy: string | undefined): Map<string, string[]> {
  return new Map(
    String(policy)
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name, values]),
  );
}

/** `<script>` elements without a `src`: code in the page itself. */
const inlineScripts = (html: string) => [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(([, attributes]) => !/\bsrc\s*=/.test(attributes));

/**
 * The browser application runs only scripts loaded from its own origin, and
 * the OpenAPI page is served in production only when configured.
 */
describe('web application and API documentation', () => {
  let db: TestDatabase;
  const apps: NestFastifyApplication[] = [];
  const start = async (overrides: Record<string, string>) => {
    const app = await createApi(testConfig(db.url, { WEB_ROOT, ...overrides }));
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    apps.push(app);
    return app;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(async () => {
    await Promise.all(apps.map((app) => app.close()));
    await db?.drop();
  });

  describe('content security policy', () => {
    it('allows scripts from the application’s own files only: no inline script, no eval, no script attribute', async () => {
      const app = await start({});
      for (const url of ['/', '/bench', '/api/v1/version', '/api/docs']) {
        const response = await app.inject({ method: 'GET', url });
        const policy = directives(response.headers['content-security-policy'] as string);
        expect({ url, scriptSrc: policy.get('script-src') }).toEqual({ url, scriptSrc: ["'self'"] });
        expect(policy.get('script-src-attr')).toEqual(["'none'"]);
        expect(policy.get('object-src')).toEqual(["'none'"]);
      }
    });

    it('is enough for the built application and the Swagger UI: neither page has an inline script', async () => {
      expect(existsSync(`${WEB_ROOT}/index.html`)).toBe(true); // `npm run build:web` (npm test builds first)
      const built = readFileSync(`${WEB_ROOT}/index.html`, 'utf8');
      expect(inlineScripts(built)).toEqual([]);
      expect(built).toMatch(/<script type="module" crossorigin src="\/assets\/index-[^"]+\.js"><\/script>/);

      const app = await start({});
      const served = await app.inject({ method: 'GET', url: '/participants/some-id' });
      expect(served.statusCode).toBe(200);
      expect(served.body).toBe(built);
      const docs = await app.inject({ method: 'GET', url: '/api/docs' });
      expect(docs.statusCode).toBe(200);
      expect(inlineScripts(docs.body)).toEqual([]);
    });
  });

  describe('OpenAPI page', () => {
    it('is off in production unless configured', async () => {
      const app = await start(PRODUCTION);
      for (const url of ['/api/docs', '/api/docs-json', '/api/docs/swagger-ui-init.js']) {
        const response = await app.inject({ method: 'GET', url });
        expect({ url, status: response.statusCode }).toEqual({ url, status: 404 });
        expect(response.headers['content-type']).toContain('application/problem+json');
      }
      expect((await app.inject({ method: 'GET', url: '/api/v1/version' })).statusCode).toBe(200);
    });

    it('is served in production with API_DOCS=true, and can be turned off elsewhere with API_DOCS=false', async () => {
      const on = await start({ ...PRODUCTION, API_DOCS: 'true' });
      expect((await on.inject({ method: 'GET', url: '/api/docs' })).statusCode).toBe(200);
      expect((await on.inject({ method: 'GET', url: '/api/docs-json' })).json()).toMatchObject({ openapi: expect.any(String) });
      const off = await start({ API_DOCS: 'false' });
      expect((await off.inject({ method: 'GET', url: '/api/docs-json' })).statusCode).toBe(404);
    });
  });
});
