import { SetMetadata } from '@nestjs/common';

export const PUBLIC_KEY = 'auth:public';

/**
 * Reachable without signing in (health, version, signing in): the only
 * opt-out of the global auth guard. Lives in core because core's own
 * routes need it; the guard itself is in libs/auth.
 */
export function Public(): MethodDecorator & ClassDecorator {
  return SetMetadata(PUBLIC_KEY, true);
}
