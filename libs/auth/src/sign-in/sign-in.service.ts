import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditActor, AuditService } from '@app/audit';
import { AppConfig, Clock } from '@app/core';
import { DataSource, EntityManager } from 'typeorm';
import { AccountLockedError, InvalidCredentialsError, SecondFactorRequiredError } from '../auth.errors';
import { ClientInfo, SessionsService, TokenPair } from '../sessions/sessions.service';
import { TotpService } from '../totp/totp.service';
import { User } from '../users/user.entity';
import { SecretHasher } from './secret-hasher';

export interface SignInContext {
  client: ClientInfo;
  requestId: string | null;
}

/** A participant whose PIN was verified without a session (a phone call-in). */
export interface VerifiedParticipant {
  userId: string;
  participantId: string;
  courtId: string;
}

/** An account being signed in to, with where it belongs (for the audit row). */
interface Account {
  user: User | null;
  courtId: string | null;
  participantId: string | null;
}

/**
 * Signing in with a password (staff) or a PIN (participants), with the
 * lock-out after repeated failures and the optional second factor. Every
 * failure is audited; a participant's failures name the participant, so
 * attempts to guess a PIN show up in their access log.
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
  ) {}

  async staff(username: string, password: string, totpCode: string | undefined, context: SignInContext): Promise<TokenPair> {
    const user = await this.dataSource.manager.findOneBy(User, { username: username.trim().toLowerCase(), kind: 'staff' });
    return this.signIn({ user, courtId: null, participantId: null }, password, totpCode, context);
  }

  async participant(courtCode: string, participantNumber: string, pin: string, context: SignInContext): Promise<TokenPair> {
    return this.signIn(await this.participantAccount(courtCode, participantNumber), pin, undefined, context);
  }

  /**
   * Checks a participant's PIN exactly as participant sign-in does (lock-out,
   * failure count, audited failures) without opening a session: for a phone
   * system calling in on the participant's behalf. 401/423 as sign-in.
   */
  async verifyParticipantPin(courtCode: string, participantNumber: string, pin: string, context: SignInContext): Promise<VerifiedParticipant> {
    const account = await this.participantAccount(courtCode, participantNumber);
    const user = await this.checkSecret(account, pin, context);
    if (user.failedSignIns !== 0 || user.lockedUntil) await this.dataSource.manager.update(User, { id: user.id }, { failedSignIns: 0, lockedUntil: null });
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
    return { user, courtId: row?.court_id ?? null, participantId: row?.participant_id ?? null };
  }

  /** The account's user when the secret is right and the account usable; otherwise the failure is counted and audited. */
  private async checkSecret(account: Account, secret: string, context: SignInContext): Promise<User> {
    const { user } = account;
    const now = this.clock.now();
    if (user?.lockedUntil && user.lockedUntil > now) {
      await this.auditFailure(account, context, 'locked');
      // Whole seconds (Retry-After allows nothing else), rounded up so a client that waits that long is let in.
      throw new AccountLockedError(Math.ceil((user.lockedUntil.getTime() - now.getTime()) / 1000));
    }
    // Verified even when there is no account, so timing does not tell the two apart.
    const secretMatches = await this.hasher.verify(user?.secretHash ?? null, secret);
    if (!user || !secretMatches || !user.active) {
      await this.recordFailure(account, context, !user ? 'unknown-account' : !user.active ? 'deactivated' : 'wrong-secret');
      throw new InvalidCredentialsError();
    }
    return user;
  }

  private async signIn(account: Account, secret: string, totpCode: string | undefined, context: SignInContext): Promise<TokenPair> {
    const user = await this.checkSecret(account, secret, context);
    let totpStep: number | null = null;
    if (user.totpEnabledAt && user.totpSecretEncrypted) {
      if (!totpCode) throw new SecondFactorRequiredError();
      totpStep = this.totp.matchingStep(this.totp.decrypt(user.totpSecretEncrypted), totpCode);
      if (totpStep === null || totpStep <= Number(user.totpLastStep ?? -1)) {
        await this.recordFailure(account, context, 'wrong-second-factor');
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
      await manager.update(User, { id: user.id }, { failedSignIns: 0, lockedUntil: null });
      const pair = await this.sessions.create(manager, user.id, { mfaSatisfied: totpStep !== null, client: context.client });
      await this.auditEvent(account, context, 'auth.signed_in', 'allowed', {}, manager);
      return pair;
    });
    if (!tokens) {
      await this.recordFailure(account, context, 'wrong-second-factor');
      throw new InvalidCredentialsError();
    }
    return tokens;
  }

  /** Counts a failure and locks the account when it reaches the threshold. */
  private async recordFailure(account: Account, context: SignInContext, reason: string): Promise<void> {
    const { user } = account;
    if (!user) return this.auditFailure(account, context, reason);
    const { lockoutThreshold, lockoutMinutes } = this.config.auth;
    const now = this.clock.now();
    const [[updated]] = (await this.dataSource.query(
      `UPDATE users
          SET failed_sign_ins = CASE WHEN failed_sign_ins + 1 >= $2 THEN 0 ELSE failed_sign_ins + 1 END,
              locked_until = CASE WHEN failed_sign_ins + 1 >= $2 THEN $3::timestamptz ELSE locked_until END
        WHERE id = $1
    RETURNING locked_until = $3::timestamptz AS locked`,
      [user.id, lockoutThreshold, new Date(now.getTime() + lockoutMinutes * 60_000)],
    )) as [[{ locked: boolean }], number];
    await this.auditFailure(account, context, updated?.locked ? `${reason}; account locked` : reason);
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
