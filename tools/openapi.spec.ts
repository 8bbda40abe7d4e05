import { readFileSync } from 'node:fs';
import { buildOpenApiDocument, generateSchemaSource, SCHEMA_FILE } from './openapi';

// The web application's types are generated from the API's OpenAPI document;
// a change of a DTO or a route without `npm run api:types` fails here, as in CI.
describe('the web application’s generated API types', () => {
  it('match the OpenAPI document the API publishes now', async () => {
    const expected = await generateSchemaSource(await buildOpenApiDocument());
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    if (committed !== expected) throw new Error('apps/web/src/api/schema.ts is stale: run `npm run api:types` and commit the result');
  });
});
