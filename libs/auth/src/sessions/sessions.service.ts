import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, Clock } from '@app/core';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { UnauthenticatedError } from '../auth.errors';
import { Role } from '../permissions';
import { IncompleteSignIn, Membership, Principal } from '../principal';
import { AccessTokens } from './access-tokens';
import { AuthSession } from './auth-session.entity';
import { RefreshToken } from './refresh-token.entity';
import { secondFactorRequired } from './second-factor-rule';

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  /** When the access token expires (ISO 8601). */
  accessTokenExpiresAt: string;
  tokenType: 'Bearer';
}

export interface ClientInfo {
  address?: string | null;
  userAgent?: string | null;
}

/** Session activity is written at most this often, so a burst of requests costs one write. */
const TOUCH_INTERVAL_MS = 60_000;

/**
 * Sent (`X-Background-Refresh: 1`) by a screen on the requests it makes by
 * itself (a board or docket refreshing every minute, with nobody at the
 * keyboard): they are answered, but are not a person's activity, so an
 * unattended bench still reaches the idle limit and is signed out.
 */
export const BACKGROUND_REQUEST_HEADER = 'x-background-refresh';

interface SessionRow {
  session_id: string;
  user_id: string;
  last_seen_at: Date;
  expires_at: Date;
  revoked_at: Date | null;
  mfa_satisfied: boolean;
  kind: 'staff' | 'participant';
  display_name: string;
  system_role: string | null;
  active: boolean;
  must_change_secret: boolean;
  memberships: Array<Membership & { mfaRequired: boolean }>;
  participant_id: string | null;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Sessions and their tokens: creation at sign-in, the per-request check that
 * turns an access token into a Principal, refresh-token rotation, revocation.
 */
@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: AccessTokens,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async create(
    manager: EntityManager,
    userId: string,
    options: { mfaSatisfied: boolean; client: ClientInfo },
  ): Promise<TokenPair> {
    const now = this.clock.now();
    const session = await manager.save(
      manager.create(AuthSession, {
        userId,
        lastSeenAt: now,
        expiresAt: new Date(now.getTime() + this.config.auth.sessionMaxHours * 3_600_000),
        mfaSatisfied: options.mfaSatisfied,
        clientAddress: options.client.address?.slice(0, 64) ?? null,
        userAgent: options.client.userAgent?.slice(0, 300) ?? null,
      }),
    );
    return this.issue(manager, session, now);
  }

  /**
   * The principal behind an access token, or a 401 saying why not. Checked
   * against the database on every request, so revocation, deactivation and
   * the idle limit apply at once. A `background` request (a screen refreshing
   * itself) is checked the same way but does not count as activity.
   */
  async authenticate(accessToken: string, requestId: string | null, options: { background?: boolean } = {}): Promise<Principal> {
    const now = this.clock.now();
    const claims = this.tokens.verify(accessToken, now);
    if (!claims) throw new UnauthenticatedError('The access token is invalid or has expired; refresh it or sign in again.');
    const [row] = (await this.dataSource.query(SESSION_QUERY, [claims.sessionId])) as SessionRow[];
    if (!row || row.user_id !== claims.userId) throw new UnauthenticatedError('The session no longer exists.');
    this.assertUsable(row, now);
    if (!options.background && now.getTime() - row.last_seen_at.getTime() > TOUCH_INTERVAL_MS) {
      await this.dataSource.query(`UPDATE auth_sessions SET last_seen_at = $2 WHERE id = $1 AND last_seen_at < $2`, [row.session_id, now]);
    }
    return new Principal(
      row.user_id,
      row.kind,
      row.display_name,
      row.session_id,
      row.system_role === Role.SystemAdmin ? Role.SystemAdmin : null,
      row.memberships.map(({ courtId, code, role, organisationId }) => ({ courtId, code, role, organisationId })),
      row.participant_id,
      requestId,
      this.incompleteSignIn(row),
    );
  }

  /**
   * Exchanges a refresh token for a new pair. Each refresh token works once;
   * a second use means it leaked, and ends the session for whoever holds it.
   * Refreshing is not activity: the idle limit still counts from the last request.
   */
  async refresh(refreshToken: string): Promise<TokenPair> {
    const now = this.clock.now();
    const pair = await this.dataSource.transaction(async (manager) => {
      const stored = await manager.findOne(RefreshToken, {
        where: { tokenHash: hashToken(refreshToken) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!stored) throw new UnauthenticatedError('The refresh token is not valid.');
      const [row] = (await manager.query(SESSION_QUERY, [stored.sessionId])) as SessionRow[];
      if (!row) throw new UnauthenticatedError('The session no longer exists.');
      if (stored.usedAt) {
        // Returned, not thrown: throwing here would roll the revocation back with the transaction.
        await this.revokeWith(manager, row.session_id, 'refresh-reuse', now);
        return null;
      }
      this.assertUsable(row, now);
      await manager.update(RefreshToken, { id: stored.id }, { usedAt: now });
      const session = await manager.findOneByOrFail(AuthSession, { id: row.session_id });
      return this.issue(manager, session, now);
    });
    if (!pair) throw new UnauthenticatedError('The refresh token was already used; the session has been ended.');
    return pair;
  }

  async revoke(sessionId: string, reason: string): Promise<void> {
    await this.revokeWith(this.dataSource.manager, sessionId, reason, this.clock.now());
  }

  /** Ends every open session of a user (password change, deactivation), optionally but one. */
  async revokeAllOf(manager: EntityManager, userId: string, reason: string, exceptSessionId?: string): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(AuthSession)
      .set({ revokedAt: this.clock.now(), revokedReason: reason })
      .where('user_id = :userId AND revoked_at IS NULL', { userId })
      .andWhere(exceptSessionId ? 'id <> :exceptSessionId' : 'TRUE', { exceptSessionId })
      .execute();
  }

  async markSecondFactorSatisfied(manager: EntityManager, sessionId: string): Promise<void> {
    await manager.update(AuthSession, { id: sessionId }, { mfaSatisfied: true });
  }

  private async revokeWith(manager: EntityManager, sessionId: string, reason: string, now: Date): Promise<void> {
    await manager.update(AuthSession, { id: sessionId, revokedAt: IsNull() }, { revokedAt: now, revokedReason: reason });
  }

  private assertUsable(row: SessionRow, now: Date): void {
    if (row.revoked_at) throw new UnauthenticatedError('The session has ended; sign in again.', 'session-ended');
    if (!row.active) throw new UnauthenticatedError('The account is deactivated.', 'session-ended');
    if (row.expires_at.getTime() <= now.getTime()) {
      throw new UnauthenticatedError('The session reached its time limit; sign in again.', 'session-expired');
    }
    const idleMs = now.getTime() - row.last_seen_at.getTime();
    if (idleMs > this.config.auth.idleTimeoutMinutes * 60_000) {
      throw new UnauthenticatedError(
        `The session ended after ${this.config.auth.idleTimeoutMinutes} minutes without activity; sign in again.`,
        'session-expired',
      );
    }
  }

  private incompleteSignIn(row: SessionRow): IncompleteSignIn | null {
    if (row.must_change_secret) return 'secret-change-required';
    // The session itself must have presented the factor (at sign-in, or by enrolling in it): a session
    // opened before the account enrolled elsewhere never did, and stays held back.
    const required = secondFactorRequired({
      systemRole: row.system_role,
      memberships: row.memberships.map((m) => ({ role: m.role, courtRequires: m.mfaRequired })),
    });
    if (required && !row.mfa_satisfied) return 'mfa-enrolment-required';
    return null;
  }

  private async issue(manager: EntityManager, session: AuthSession, now: Date): Promise<TokenPair> {
    const refreshToken = randomBytes(32).toString('base64url');
    await manager.insert(RefreshToken, { sessionId: session.id, tokenHash: hashToken(refreshToken) });
    const access = this.tokens.issue(session.userId, session.id, now);
    return {
      accessToken: access.token,
      refreshToken,
      accessTokenExpiresAt: access.expiresAt.toISOString(),
      tokenType: 'Bearer',
    };
  }
}

/** Session, account and memberships in one round trip: this runs on every authenticated request. */
const SESSION_QUERY = `
  SELECT s.id AS session_id, s.user_id, s.last_seen_at, s.expires_at, s.revoked_at, s.mfa_satisfied,
         u.kind, u.display_name, u.system_role, u.active, u.must_change_secret,
         COALESCE((
           SELECT json_agg(json_build_object(
                    'courtId', m.court_id, 'code', c.code, 'role', m.role,
                    'organisationId', m.organisation_id, 'mfaRequired', m.role = ANY(c.mfa_required_roles))
                  ORDER BY c.code)
             FROM court_memberships m JOIN courts c ON c.id = m.court_id
            WHERE m.user_id = u.id AND c.active
         ), '[]'::json) AS memberships,
         (SELECT p.id FROM participants p WHERE p.user_id = u.id) AS participant_id
    FROM auth_sessions s JOIN users u ON u.id = s.user_id
   WHERE s.id = $1`;
