import { DomainError } from '@app/core';

/** 401: no valid session. The detail says why, without saying whether an account exists. */
export class UnauthenticatedError extends DomainError {
  constructor(detail = 'Sign in to use this route.', code = 'unauthenticated') {
    super(code, 401, 'Authentication required', detail);
  }
}

/** 401 on sign-in: the same answer for an unknown account and a wrong secret. */
export class InvalidCredentialsError extends DomainError {
  constructor() {
    super('invalid-credentials', 401, 'Sign-in failed', 'The credentials given are not valid.');
  }
}

export class SecondFactorRequiredError extends DomainError {
  constructor(detail = 'This account uses a second factor: send the current code from the authenticator app as `totp`.') {
    super('mfa-required', 401, 'Second factor required', detail);
  }
}

/**
 * 429: too many failed sign-ins from this source (for this account, or for
 * any): the source waits, the account itself is never locked.
 */
export class SignInBlockedError extends DomainError {
  constructor(retryAfterSeconds: number) {
    super(
      'sign-in-blocked',
      429,
      'Too many failed sign-ins',
      `Too many failed sign-ins from here. Try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s).`,
      { retryAfterSeconds },
    );
  }
}

/** 403 on the phone route: the PIN was set by staff and the participant has not chosen their own yet. */
export class PinChangeRequiredError extends DomainError {
  static readonly SAY =
    'Your PIN was set by court staff and must be changed before you can call in by phone. Sign in on the web to choose your own PIN, or call your case manager.';

  constructor() {
    super('pin-change-required', 403, 'PIN change required', PinChangeRequiredError.SAY, { say: PinChangeRequiredError.SAY });
  }
}

/** 403: signed in, but the role does not hold the route's permission. */
export class ForbiddenError extends DomainError {
  constructor(detail = 'Your role does not allow this.', code = 'forbidden', extensions: Record<string, unknown> = {}) {
    super(code, 403, 'Not allowed', detail, extensions);
  }
}
