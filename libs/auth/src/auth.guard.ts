import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { PUBLIC_KEY } from '@app/core';
import { ForbiddenError, UnauthenticatedError } from './auth.errors';
import {
  AUTHENTICATED_KEY,
  AuthenticatedRequest,
  INCOMPLETE_SIGN_IN_KEY,
  PERMISSION_KEY,
} from './decorators';
import type { Permission } from './permissions';
import { BACKGROUND_REQUEST_HEADER, SessionsService } from './sessions/sessions.service';

/**
 * Deny by default. A route passes only if it is `@Public()`, or the caller
 * has a live session and (for `@Allow(permission)`) a role holding the
 * permission. A route that declares nothing is refused for everyone, so a
 * forgotten decorator fails closed and shows up in the route-permission test.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger(AuthGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const permission = this.reflector.getAllAndOverride<Permission | undefined>(PERMISSION_KEY, targets);
    const authenticatedOnly = this.reflector.getAllAndOverride<boolean>(AUTHENTICATED_KEY, targets);
    if (!permission && !authenticatedOnly) {
      this.logger.error(`${context.getClass().name}.${context.getHandler().name} declares no permission; refused`);
      throw new ForbiddenError('This route is not available.', 'route-not-permitted');
    }

    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    if (!match) throw new UnauthenticatedError();
    // A screen's automatic refresh is answered but leaves the session's last activity where it was.
    const background = request.headers[BACKGROUND_REQUEST_HEADER] === '1';
    const principal = await this.sessions.authenticate(match[1], String(request.id), { background });
    request.principal = principal;

    if (principal.incomplete && !this.reflector.get<boolean>(INCOMPLETE_SIGN_IN_KEY, context.getHandler())) {
      throw new ForbiddenError(
        principal.incomplete === 'mfa-enrolment-required'
          ? 'Your role requires a second factor: set one up at /api/v1/auth/totp first, or, if you have one, sign in again with its code.'
          : 'Choose a new password or PIN at /api/v1/auth/change-secret first.',
        principal.incomplete,
      );
    }
    if (permission && !principal.has(permission)) throw new ForbiddenError(`Your role does not allow ${permission}.`);
    return true;
  }
}
