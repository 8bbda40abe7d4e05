import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Permission, ROLE_PERMISSIONS, Role } from '@app/auth';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listRoutes, RouteDeclaration } from './support/routes';
import { createTestApi } from './support/test-app';
import { createTestDatabase, testConfig, TestDatabase } from './support/test-env';

/**
 * Who can reach what, as one reviewed file. Any change to a route's
 * permission, or to which roles hold a permission, changes this list, and
 * the test fails until `test/route-permissions.txt` is updated with it
 * (run with UPDATE_ROUTE_PERMISSIONS=1), so the change shows up in review.
 */
const EXPECTED_FILE = join(__dirname, 'route-permissions.txt');
const TEST_ONLY_CONTROLLERS = new Set(['ProbeController', 'UndeclaredProbeController']);

function rolesHolding(access: string): string {
  if (access === 'public') return 'anyone, signed in or not';
  if (access === 'authenticated') return 'anyone signed in';
  const roles = (Object.keys(ROLE_PERMISSIONS) as Role[]).filter((role) => ROLE_PERMISSIONS[role].includes(access as Permission));
  return roles.join(', ') || 'nobody';
}

const line = (route: RouteDeclaration) => `${route.method.padEnd(6)} ${route.path.padEnd(56)} ${route.access.padEnd(24)} ${rolesHolding(route.access)}`;

describe('route permissions', () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;
  let routes: RouteDeclaration[];

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createTestApi(testConfig(db.url));
    routes = listRoutes(app).filter((r) => !TEST_ONLY_CONTROLLERS.has(r.controller));
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('finds the routes (the listing itself works)', () => {
    expect(routes.find((r) => r.path === '/api/v1/auth/login')).toMatchObject({ method: 'POST', access: 'public' });
    expect(routes.find((r) => r.path === '/api/v1/participants/:id')).toMatchObject({ method: 'GET', access: 'participant.read' });
  });

  it('every route declares its access', () => {
    expect(routes.filter((r) => r.access === 'UNDECLARED').map((r) => `${r.method} ${r.path} (${r.controller}.${r.handler})`)).toEqual([]);
  });

  it('matches the reviewed list in test/route-permissions.txt', () => {
    const actual = ['# method path permission roles holding it (generated: UPDATE_ROUTE_PERMISSIONS=1 npx jest test/route-permissions)', ...routes.map(line)].join('\n') + '\n';
    if (process.env.UPDATE_ROUTE_PERMISSIONS === '1') writeFileSync(EXPECTED_FILE, actual);
    expect(actual).toBe(readFileSync(EXPECTED_FILE, 'utf8'));
  });
});
