import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/core';
import jwt from 'jsonwebtoken';
import { createHmac, createSecretKey, KeyObject } from 'node:crypto';

interface AccessClaims {
  sub: string;
  sid: string;
  typ: 'access';
}

/**
 * Short-lived signed access tokens (JWT, HS256). A token only names a
 * session; the guard looks the session up on every request, so a token is
 * worth nothing once its session is revoked or idle.
 */
@Injectable()
export class AccessTokens {
  private readonly key: KeyObject;

  constructor(private readonly config: AppConfig) {
    // A key of its own, derived from the secret, so the TOTP encryption key never signs anything.
    // A KeyObject, not a Buffer: given a Buffer, jsonwebtoken first tries to read it as a public key on
    // every verify, which throws and costs about half a millisecond of CPU per request.
    this.key = createSecretKey(createHmac('sha256', config.auth.secret).update('access-token-signing').digest());
  }

  issue(userId: string, sessionId: string, now: Date): { token: string; expiresAt: Date } {
    const ttl = this.config.auth.accessTokenTtlSeconds;
    const iat = Math.floor(now.getTime() / 1000);
    const claims: AccessClaims = { sub: userId, sid: sessionId, typ: 'access' };
    const token = jwt.sign({ ...claims, iat, exp: iat + ttl }, this.key, { algorithm: 'HS256' });
    return { token, expiresAt: new Date((iat + ttl) * 1000) };
  }

  /** The claims of a valid, unexpired token (by the injected clock), or null. */
  verify(token: string, now: Date): { userId: string; sessionId: string } | null {
    try {
      const claims = jwt.verify(token, this.key, {
        algorithms: ['HS256'],
        clockTimestamp: Math.floor(now.getTime() / 1000),
      }) as Partial<AccessClaims>;
      if (claims.typ !== 'access' || typeof claims.sub !== 'string' || typeof claims.sid !== 'string') return null;
      return { userId: claims.sub, sessionId: claims.sid };
    } catch {
      return null;
    }
  }
}
