import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditActor, AuditService } from '@app/audit';
import { AppConfig, Clock } from '@app/core';
import { DataSource, EntityManager } from 'typeorm';
import { InvalidCredentialsError, PinChangeRequiredError, SecondFactorRequiredError, SignInBlockedError } from '../auth.errors';
import { ClientInfo, SessionsService, TokenPair } from '../sessions/sessions.service';
import { TotpService } from '../totp/totp.service';
import { User } from '../users/user.entity';
import { SecretHasher } from './secret-hasher';
import { SignInThrottle, type ThrottleKey } from './sign-in-throttle';

export interface SignInContext {
  client: ClientInfo;
  requestId: string | null;
  /**
   * Who is trying, for the failure counters: the client address, or on the
   * phone route the calling number when the phone system sends one.
   */
  source?: string;
  /** The call-in channel, when the sign-in is a participant's call-in (phone, sms) or may lead to one (web). */
  channel?: 'web' | 'phone' | 'sms';
}

/** The counters' name for where an attempt comes from. */
export function sourceOf(context: SignInContext): string {
  return context.source ?? `ip:${context.client.address ?? 'unknown'}`;
}

/** A participant whose PIN was verified without a session (a phone call-in). */
export interface VerifiedParticipant {
  userId: string;
  participantId: string;
  courtId: string;
}

/** An account being signed in to, with where it belongs (for the audit row). */
interface Account {
  /** The account as typed (normalised), whether or not it exists, so unknown and known accounts are counted alike. */
  identifier: string;
  user: User | null;
  courtId: string | null;
  participantId: string | null;
}

/**
 * Signing in with a password (staff) or a PIN (participants), and the
 * optional second factor. Failed attempts block the *source* (address, or
 * calling number), never the account: after AUTH_LOCKOUT_THRESHOLD failures
 * of one account from one source, that source waits AUTH_LOCKOUT_MINUTES for
 * that account, and a source failing across many accounts waits too; the
 * owner signing in from their own device is never refused for someone
 * else's failures. Attempts are claimed in Postgres before the secret is
 * checked, so parallel guesses are counted one by one. Repeated failures of
 * one account raise an alert staff see (`account_alerts`). Every failure is
 * audited; a participant's failures name the participant, so attempts to
 * guess a PIN show up in their access log.
 */
@Injectable()
export class SignInService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: SecretHasher,
    private readonly sessions: SessionsService,
    private readonly totp: TotpService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly throttle: SignInThrottle,
  ) {}

  async staff(username: string, password: string, totpCode: string | undefined, context: SignInContext): Promise<TokenPair> {
    const normalised = username.trim().toLowerCase();
    const user = await this.dataSource.manager.findOneBy(User, { username: normalised, kind: 'staff' });
    return this.signIn({ identifier: `staff:${normalised}`, user, courtId: null, participantId: null }, password, totpCode, context);
  }

  async participant(courtCode: string, participantNumber: string, pin: string, context: SignInContext): Promise<TokenPair> {
    return this.signIn(await this.participantAccount(courtCode, participantNumber), pin, undefined, context);
  }

  /**
   * Checks a participant's PIN exactly as participant sign-in does (source
   * counters, audited failures) without opening a session: for a phone
   * system calling in on the participant's behalf. 401/429 as sign-in, and
   * 403 `pin-change-required` while the PIN is still the one staff set.
   */
  async verifyParticipantPin(courtCode: string, participantNumber: string, pin: string, context: SignInContext): Promise<VerifiedParticipant> {
    const account = await this.participantAccount(courtCode, participantNumber);
    const { user, keys } = await this.checkSecret(account, pin, context);
    await this.throttle.succeeded(keys);
    if (user.mustChangeSecret) {
      await this.recordCallInRefusal(account, context, 'pin-change-required');
      await this.auditFailure(account, context, 'pin-change-required');
      throw new PinChangeRequiredError();
    }
    return { userId: user.id, participantId: account.participantId as string, courtId: account.courtId as string };
  }

  private async participantAccount(courtCode: string, participantNumber: string): Promise<Account> {
    const [row] = (await this.dataSource.query(
      `SELECT p.user_id, p.id AS participant_id, p.court_id
         FROM participants p JOIN courts c ON c.id = p.court_id
        WHERE c.code = $1 AND c.active AND p.participant_number = $2`,
      [courtCode.trim().toUpperCase(), participantNumber.trim().toUpperCase()],
    )) as Array<{ user_id: string | null; participant_id: string; court_id: string }>;
    const user = row?.user_id ? await this.dataSource.manager.findOneBy(User, { id: row.user_id, kind: 'participant' }) : null;
    return {
      identifier: `participant:${courtCode.trim().toUpperCase()}:${participantNumber.trim().toUpperCase()}`,
      user,
      courtId: row?.court_id ?? null,
      participantId: row?.participant_id ?? null,
    };
  }

  /** The counters an attempt on the account from this source claims: the source's, then the account-and-source pair's. */
  private throttleKeys(account: Account, context: SignInContext): ThrottleKey[] {
    const source = sourceOf(context);
    const { lockoutThreshold, sourceLockoutThreshold } = this.config.auth;
    return [
      { scope: 'source', key: source, limit: sourceLockoutThreshold, failuresOnly: true },
      { scope: 'pair', key: `${account.identifier}|${source}`, limit: lockoutThreshold },
    ];
  }

  /**
   * The account's user when the secret is right and the account usable;
   * otherwise the failure is counted and audited. A source already blocked
   * is refused before anything else is said; its secret is still checked
   * (the answer takes as long either way), so that a participant refused
   * with their own right PIN is on record and their day is not charged.
   */
  private async checkSecret(account: Account, secret: string, context: SignInContext): Promise<{ user: User; keys: ThrottleKey[]; pairAttempts: number }> {
    const { user } = account;
    const keys = this.throttleKeys(account, context);
    const claim = await this.throttle.claim(keys);
    // Verified even when there is no account, so timing does not tell the two apart.
    const secretMatches = await this.hasher.verify(user?.secretHash ?? null, secret);
    if (!claim.allowed) {
      if (user && secretMatches && user.active) await this.recordCallInRefusal(account, context, 'sign-in-blocked');
      await this.raiseAlert(account, { failures: 0, blockedSource: false });
      await this.auditFailure(account, context, 'source blocked');
      throw new SignInBlockedError(claim.retryAfterSeconds);
    }
    if (!user || !secretMatches || !user.active) {
      await this.throttle.failed(keys);
      await this.recordFailure(account, context, !user ? 'unknown-account' : !user.active ? 'deactivated' : 'wrong-secret', claim.attempts.pair ?? 0);
      throw new InvalidCredentialsError();
    }
    // The claim is given back by the caller once the whole sign-in succeeded (a second factor may still fail).
    return { user, keys, pairAttempts: claim.attempts.pair ?? 0 };
  }

  private async signIn(account: Account, secret: string, totpCode: string | undefined, context: SignInContext): Promise<TokenPair> {
    const { user, keys, pairAttempts } = await this.checkSecret(account, secret, context);
    let totpStep: number | null = null;
    if (user.totpEnabledAt && user.totpSecretEncrypted) {
      if (!totpCode) {
        // The password was right: asking for the second factor is not a failure.
        await this.throttle.succeeded(keys);
        throw new SecondFactorRequiredError();
      }
      totpStep = this.totp.matchingStep(this.totp.decrypt(user.totpSecretEncrypted), totpCode);
      if (totpStep === null || totpStep <= Number(user.totpLastStep ?? -1)) {
        await this.throttle.failed(keys);
        await this.recordFailure(account, context, 'wrong-second-factor', pairAttempts);
        throw new InvalidCredentialsError();
      }
    }
    const tokens = await this.dataSource.transaction(async (manager) => {
      if (totpStep !== null) {
        // Claims the time step only if no concurrent sign-in claimed it (or a later one) since the read above.
        const [, claimed] = (await manager.query(
          `UPDATE users SET totp_last_step = $2 WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2)`,
          [user.id, totpStep],
        )) as [unknown, number];
        if (claimed !== 1) return null;
      }
      const pair = await this.sessions.create(manager, user.id, { mfaSatisfied: totpStep !== null, client: context.client });
      await this.auditEvent(account, context, 'auth.signed_in', 'allowed', {}, manager);
      return pair;
    });
    if (!tokens) {
      await this.throttle.failed(keys);
      await this.recordFailure(account, context, 'wrong-second-factor', pairAttempts);
      throw new InvalidCredentialsError();
    }
    await this.throttle.succeeded(keys);
    return tokens;
  }

  /**
   * A failed attempt: its claim stays counted (the source is blocked for the
   * account at the threshold), the account's own count grows, and staff are
   * alerted once the account fails often or a source is blocked for it.
   */
  private async recordFailure(account: Account, context: SignInContext, reason: string, pairAttempts: number): Promise<void> {
    const { user } = account;
    if (!user) return this.auditFailure(account, context, reason);
    const blockedSource = pairAttempts >= this.config.auth.lockoutThreshold;
    const counted = await this.throttle.claimOne({ scope: 'account', key: user.id, limit: 2_147_483_647 });
    const failures = counted.allowed ? counted.attempts : 0;
    await this.raiseAlert(account, { failures, blockedSource });
    await this.auditFailure(account, context, blockedSource ? `${reason}; source blocked for this account` : reason);
  }

  /**
   * The staff alert of an account under attack: opened when its failures
   * reach AUTH_ACCOUNT_ALERT_THRESHOLD or a source is blocked for it, then
   * kept up to date by every further failure or refusal until closed.
   */
  private async raiseAlert(account: Account, event: { failures: number; blockedSource: boolean }): Promise<void> {
    if (!account.user) return;
    const open = event.failures >= this.config.auth.accountAlertThreshold || event.blockedSource;
    await this.dataSource.query(
      `INSERT INTO account_alerts (user_id, court_id, participant_id, kind, failures, blocked_sources, first_at, last_at)
       SELECT $1::uuid, $2::uuid, $3::uuid, 'failed-sign-ins', $4::int, $5::int, $6::timestamptz, $6::timestamptz
        WHERE $7::boolean OR EXISTS (SELECT 1 FROM account_alerts WHERE user_id = $1::uuid AND kind = 'failed-sign-ins' AND closed_at IS NULL)
       ON CONFLICT (user_id, kind) WHERE closed_at IS NULL DO UPDATE
          SET failures = account_alerts.failures + CASE WHEN $4::int > 0 THEN 1 ELSE 0 END,
              blocked_sources = account_alerts.blocked_sources + EXCLUDED.blocked_sources,
              last_at = EXCLUDED.last_at`,
      [account.user.id, account.courtId, account.participantId, Math.max(event.failures, 0), event.blockedSource ? 1 : 0, this.clock.now(), open],
    );
  }

  /**
   * A participant refused for a reason of the system's while presenting
   * their right PIN: the window's close then flags the day for staff review
   * instead of charging a missed call-in.
   */
  private async recordCallInRefusal(account: Account, context: SignInContext, reason: string): Promise<void> {
    if (!account.participantId || !account.courtId) return;
    await this.dataSource.query(
      `INSERT INTO call_in_refusals (court_id, participant_id, refused_at, reason, channel) VALUES ($1, $2, $3, $4, $5)`,
      [account.courtId, account.participantId, this.clock.now(), reason, context.channel ?? 'web'],
    );
  }

  private auditFailure(account: Account, context: SignInContext, reason: string): Promise<void> {
    return this.auditEvent(account, context, 'auth.sign_in_failed', 'denied', { reason });
  }

  private auditEvent(
    account: Account,
    context: SignInContext,
    action: string,
    basis: string,
    details: Record<string, unknown>,
    manager?: EntityManager,
  ): Promise<void> {
    const actor: AuditActor = {
      userId: account.user?.id ?? null,
      role: account.participantId ? 'participant' : account.user ? 'staff' : 'anonymous',
      requestId: context.requestId,
    };
    return this.audit.record(
      actor,
      {
        courtId: account.courtId,
        action,
        entityType: 'user',
        entityIds: account.user ? [account.user.id] : [],
        participantIds: account.participantId ? [account.participantId] : [],
        basis,
        details: { ...details, clientAddress: context.client.address ?? null },
      },
      manager,
    );
  }
}
