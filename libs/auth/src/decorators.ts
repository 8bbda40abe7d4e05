import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { Permission } from './permissions';
import type { Principal } from './principal';

export { Public, PUBLIC_KEY } from '@app/core';

export const PERMISSION_KEY = 'auth:permission';
export const AUTHENTICATED_KEY = 'auth:authenticated';
export const INCOMPLETE_SIGN_IN_KEY = 'auth:incomplete-sign-in';

/**
 * The permission a route requires. Every route declares exactly one of
 * `@Allow`, `@Authenticated` or `@Public`; the guard refuses any route that
 * declares none. Record-level checks (court, caseload, consent) follow in
 * the service.
 */
export function Allow(permission: Permission): MethodDecorator & ClassDecorator {
  return applyDecorators(
    SetMetadata(PERMISSION_KEY, permission),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'No valid session' }),
    ApiForbiddenResponse({ description: `Requires ${permission}` }),
  );
}

/** Any signed-in user or participant, whatever their role (their own profile, signing out). */
export function Authenticated(): MethodDecorator & ClassDecorator {
  return applyDecorators(SetMetadata(AUTHENTICATED_KEY, true), ApiBearerAuth());
}

/**
 * Usable by a session that still has to enrol a second factor or replace an
 * administrator-set password: the steps that complete the sign-in.
 */
export function AllowIncompleteSignIn(): MethodDecorator {
  return SetMetadata(INCOMPLETE_SIGN_IN_KEY, true);
}

export interface AuthenticatedRequest extends FastifyRequest {
  principal?: Principal;
}

/** The principal the guard attached to the request. */
export const CurrentPrincipal = createParamDecorator((_: unknown, context: ExecutionContext): Principal => {
  const principal = context.switchToHttp().getRequest<AuthenticatedRequest>().principal;
  // The guard runs first on every route that can use this; reaching here without one is a wiring bug.
  if (!principal) throw new Error('CurrentPrincipal used on a route the auth guard did not authenticate');
  return principal;
});
