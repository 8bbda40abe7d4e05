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

export class AccountLockedError extends DomainError {
  constructor(retryAfterSeconds: number) {
    super(
      'account-locked',
      423,
      'Account locked',
      `Too many failed sign-ins. Try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s), or ask a court administrator.`,
      { retryAfterSeconds },
    );
  }
}

/** 403: signed in, but the role does not hold the route's permission. */
export class ForbiddenError extends DomainError {
  constructor(detail = 'Your role does not allow this.', code = 'forbidden', extensions: Record<string, unknown> = {}) {
    super(code, 403, 'Not allowed', detail, extensions);
  }
}
