import { Injectable } from '@nestjs/common';
import { AppConfig, Clock } from '@app/core';
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';

const PERIOD_SECONDS = 30;
const ISSUER = 'Treatment Court';

/**
 * Time-based one-time passwords (RFC 6238: SHA-1, 6 digits, 30 s), the
 * authenticator-app second factor. Secrets are stored encrypted with
 * AES-256-GCM under a key derived from AUTH_SECRET.
 */
@Injectable()
export class TotpService {
  private readonly key: Buffer;

  constructor(
    config: AppConfig,
    private readonly clock: Clock,
  ) {
    this.key = createHmac('sha256', config.auth.secret).update('totp-secret-encryption').digest();
  }

  newSecret(): string {
    return new Secret({ size: 20 }).base32;
  }

  /** The `otpauth://` URI an authenticator app reads from a QR code. */
  uri(secretBase32: string, accountName: string): string {
    return this.totp(secretBase32, accountName).toString();
  }

  /**
   * The time step a code matches (allowing one step of clock drift either
   * way), or null. Callers refuse a step not later than the last one used, so
   * a code cannot be replayed.
   */
  matchingStep(secretBase32: string, code: string): number | null {
    if (!/^\d{6}$/.test(code)) return null;
    const timestamp = this.clock.now().getTime();
    const delta = this.totp(secretBase32, '').validate({ token: code, timestamp, window: 1 });
    if (delta === null) return null;
    return Math.floor(timestamp / 1000 / PERIOD_SECONDS) + delta;
  }

  /** The current code (for tests and the demo). */
  codeAt(secretBase32: string, at: Date): string {
    return this.totp(secretBase32, '').generate({ timestamp: at.getTime() });
  }

  encrypt(secretBase32: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(secretBase32, 'utf8'), cipher.final()]);
    return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
  }

  decrypt(stored: string): string {
    const [version, iv, tag, body] = stored.split('.');
    if (version !== 'v1' || !iv || !tag || !body) throw new Error('unreadable TOTP secret');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  }

  private totp(secretBase32: string, label: string): TOTP {
    return new TOTP({
      issuer: ISSUER,
      label,
      algorithm: 'SHA1',
      digits: 6,
      period: PERIOD_SECONDS,
      secret: Secret.fromBase32(secretBase32),
    });
  }
}
