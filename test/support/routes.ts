import type { INestApplication } from '@nestjs/common';
import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { AUTHENTICATED_KEY, PERMISSION_KEY, PUBLIC_KEY } from '@app/auth';

export interface RouteDeclaration {
  method: string;
  /** Full path with `:params`, e.g. `/api/v1/participants/:id`. */
  path: string;
  /** A permission, `authenticated`, `public`, or `UNDECLARED`. */
  access: string;
  controller: string;
  handler: string;
}

const UNVERSIONED = new Set(['/health', '/health/ready', '/health/live']);

const join = (...parts: string[]) =>
  '/' +
  parts
    .flatMap((p) => p.split('/'))
    .filter(Boolean)
    .join('/');

/** Every HTTP route the application serves, with what it declares about access. */
export function listRoutes(app: INestApplication): RouteDeclaration[] {
  const routes: RouteDeclaration[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: unknown[]) => unknown) | undefined;
      if (!controller) continue;
      const base = (Reflect.getMetadata(PATH_METADATA, controller) as string | undefined) ?? '';
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = controller.prototype[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
        if (path === undefined) continue;
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
        const local = join(base, path);
        const fullPath = UNVERSIONED.has(local) ? local : join('api/v1', local);
        const declared = (key: string) => Reflect.getMetadata(key, handler) ?? Reflect.getMetadata(key, controller);
        const access = declared(PUBLIC_KEY)
          ? 'public'
          : (declared(PERMISSION_KEY) as string | undefined) ?? (declared(AUTHENTICATED_KEY) ? 'authenticated' : 'UNDECLARED');
        routes.push({ method, path: fullPath, access, controller: controller.name, handler: name });
      }
    }
  }
  return routes.sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
}
