import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@app/audit';
import { AppConfig, Clock, DEFAULT_LANGUAGE, isLanguage, NotFoundError, ValidationFailedError } from '@app/core';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { SessionsService } from '../sessions/sessions.service';
import { SecretHasher } from '../sign-in/secret-hasher';
import { secretProblem } from '../sign-in/secret-policy';
import { AccountActivation } from './account-activation.entity';
// The writer's own file: the notifications module's HTTP side sits above this one.
import { queueMessages } from '@app/notifications/messages/message-writer';
import { User } from './user.entity';

/** How long an activation link works. */
export const ACTIVATION_HOURS = 24;

/** A link just issued: shown once to whoever issued it, for the account's owner. */
export interface IssuedActivation {
  url: string;
  expiresAt: Date;
}

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Replaces any unused link of the account with a new one, in the caller's
 * transaction; the token itself is returned once and never stored. Shared by
 * administrators' creates and resets and by the `create-admin` command.
 */
export async function issueActivation(
  manager: EntityManager,
  userId: string,
  issuedBy: string | null,
  now: Date,
  publicUrl: string,
): Promise<IssuedActivation> {
  await manager.update(AccountActivation, { userId, usedAt: IsNull(), replacedAt: IsNull() }, { replacedAt: now });
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + ACTIVATION_HOURS * 3_600_000);
  await manager.insert(AccountActivation, { userId, tokenHash: tokenHash(token), expiresAt, issuedBy });
  return { url: activationUrl(publicUrl, token), expiresAt };
}

/** The web application's page that takes the token; in the fragment, so no server or proxy log sees it. */
export function activationUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/activate#${token}`;
}

/**
 * One-time activation links for staff accounts. An administrator who
 * creates or resets an account gets a link for its owner instead of
 * choosing a password: the account has no password (so cannot sign in, and
 * reads nothing) until its owner sets one through the link. A link works
 * once, for 24 hours, and only the newest one issued for the account.
 */
@Injectable()
export class AccountActivationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: SecretHasher,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  /**
   * Issues a link for the account in the caller's transaction, replacing any
   * unused one; where email is configured and the account has an address,
   * the link is also emailed to its owner (written in the same transaction,
   * sent by the worker), so it need not pass through the administrator.
   */
  async issue(manager: EntityManager, userId: string, issuedBy: string | null, purpose: 'activation' | 'reset' = 'activation'): Promise<IssuedActivation> {
    const issued = await issueActivation(manager, userId, issuedBy, this.clock.now(), this.config.http.publicUrl);
    if (this.config.notifications.smtpUrl) {
      const [user] = (await manager.query(
        `SELECT u.username, u.email, u.language, c.language AS court_language
           FROM users u LEFT JOIN court_memberships m ON m.user_id = u.id LEFT JOIN courts c ON c.id = m.court_id
          WHERE u.id = $1 ORDER BY m.created_at LIMIT 1`,
        [userId],
      )) as Array<{ username: string | null; email: string | null; language: string | null; court_language: string | null }>;
      if (user?.email) {
        await queueMessages(manager, [
          {
            courtId: null,
            channel: 'email',
            userId,
            address: user.email,
            language: isLanguage(user.language) ? user.language : isLanguage(user.court_language) ? user.court_language : DEFAULT_LANGUAGE,
            template: purpose === 'reset' ? 'email.account-reset' : 'email.account-activation',
            params: { username: user.username ?? '', url: issued.url },
            // One email per link: the link's own expiry instant is unique to it for the account.
            dedupKey: `activation:${userId}:${issued.expiresAt.toISOString()}`,
          },
        ]);
      }
    }
    return issued;
  }

  /** Whose account a link activates, for the page to name it; 404 for a link unknown, used, replaced or expired. */
  async describe(token: string): Promise<{ username: string; displayName: string; expiresAt: Date }> {
    const { user, activation } = await this.usable(this.dataSource.manager, token, false);
    return { username: user.username ?? '', displayName: user.displayName, expiresAt: activation.expiresAt };
  }

  /**
   * The owner sets their password: the link is spent, a lock-out is lifted,
   * any session still open ends, and the account can sign in from now on.
   */
  async activate(token: string, password: string, requestId: string | null): Promise<{ username: string }> {
    return this.dataSource.transaction(async (manager) => {
      const { user, activation } = await this.usable(manager, token, true);
      const problem = secretProblem('staff', password, 'password', user.username);
      if (problem) throw new ValidationFailedError([problem]);
      const now = this.clock.now();
      await manager.update(User, { id: user.id }, {
        secretHash: await this.hasher.hash(password),
        mustChangeSecret: false,
        secretChangedAt: now,
        failedSignIns: 0,
        lockedUntil: null,
      });
      await manager.update(AccountActivation, { id: activation.id }, { usedAt: now });
      await this.sessions.revokeAllOf(manager, user.id, 'activated');
      await this.audit.record(
        { userId: user.id, role: user.systemRole ?? 'staff', requestId },
        { courtId: null, action: 'auth.account_activated', entityType: 'user', entityIds: [user.id], participantIds: [], basis: 'self', details: { activationId: activation.id } },
        manager,
      );
      return { username: user.username ?? '' };
    });
  }

  private async usable(manager: EntityManager, token: string, lock: boolean): Promise<{ user: User; activation: AccountActivation }> {
    const activation = /^[A-Za-z0-9_-]{20,100}$/.test(token)
      ? await manager.findOne(AccountActivation, { where: { tokenHash: tokenHash(token) }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) })
      : null;
    const user = activation ? await manager.findOneBy(User, { id: activation.userId }) : null;
    const live = activation && !activation.usedAt && !activation.replacedAt && activation.expiresAt > this.clock.now();
    if (!activation || !user || !live || !user.active || user.kind !== 'staff') {
      throw new NotFoundError('activation link', 'This activation link is unknown, already used, replaced by a newer one or expired; ask an administrator for a new one.');
    }
    return { user, activation };
  }
}
