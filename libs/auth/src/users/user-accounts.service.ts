import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, ConflictError, ValidationFailedError } from '@app/core';
import { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '../principal';
import { SessionsService } from '../sessions/sessions.service';
import { SecretHasher } from '../sign-in/secret-hasher';
import { secretProblem } from '../sign-in/secret-policy';
import { AccountActivationsService, IssuedActivation } from './account-activations.service';
import { ActivationLinkDto, UserDto } from './dto/user.dto';
import { AccountView, AdministeredUsers } from './administered-users';
import { UserAdminScope } from './user-admin-scope';
import { User, type UserKind } from './user.entity';

/**
 * Actions on an account as a whole: deactivation and the resets an
 * administrator makes when a user is locked out or lost a device. Each
 * runs in one transaction with the session revocation and the audit row it
 * implies, under a lock on the user, after the scope checks of
 * UserAdminScope.assertWholeAccount.
 */
@Injectable()
export class UserAccountsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: AdministeredUsers,
    private readonly sessions: SessionsService,
    private readonly hasher: SecretHasher,
    private readonly activations: AccountActivationsService,
    private readonly clock: Clock,
  ) {}

  /**
   * Ends the user's access everywhere at once: every session is revoked in
   * the same transaction, and the session check refuses an inactive account
   * even for a token issued before.
   */
  deactivate(principal: Principal, userId: string): Promise<UserDto> {
    return this.onAccount(principal, userId, 'staff', async (manager, account, scope) => {
      if (!account.user.active) return;
      await manager.update(User, { id: userId }, { active: false, deactivatedAt: this.clock.now() });
      await this.sessions.revokeAllOf(manager, userId, 'deactivated');
      await this.users.record(manager, scope, account, 'user.deactivate');
    });
  }

  /** Lets the user sign in again, with a clean lock-out count. */
  reactivate(principal: Principal, userId: string): Promise<UserDto> {
    return this.onAccount(principal, userId, 'staff', async (manager, account, scope) => {
      if (account.user.active) return;
      await manager.update(User, { id: userId }, { active: true, deactivatedAt: null, failedSignIns: 0, lockedUntil: null });
      await this.users.record(manager, scope, account, 'user.reactivate');
    });
  }

  /**
   * Resets a staff user's password without anyone choosing it: the current
   * one stops working at once, sessions end, a lock-out is lifted, and the
   * answer is a one-time activation link (24 hours, replacing any earlier
   * one) through which the owner sets their own. Until then the account
   * cannot sign in.
   */
  async resetPassword(principal: Principal, userId: string, reason: string | null = null): Promise<ActivationLinkDto> {
    let issued: IssuedActivation | undefined;
    await this.onAccount(principal, userId, 'staff', async (manager, account, scope) => {
      await manager.update(User, { id: account.id }, { secretHash: null, mustChangeSecret: false, secretChangedAt: this.clock.now(), failedSignIns: 0, lockedUntil: null });
      await this.sessions.revokeAllOf(manager, account.id, 'secret-reset');
      issued = await this.activations.issue(manager, account.id, principal.userId, 'reset');
      await this.users.record(manager, scope, account, 'user.password_reset', { details: { activationIssued: true, ...(reason ? { reason } : {}) } });
    });
    return { url: issued!.url, expiresAt: issued!.expiresAt.toISOString() };
  }

  /** A temporary PIN for a participant, which they must replace at their next sign-in. */
  async resetPin(principal: Principal, userId: string, pin: string): Promise<void> {
    await this.onAccount(principal, userId, 'participant', async (manager, account, scope) => {
      await this.replaceSecret(manager, account, pin, 'pin');
      await this.users.record(manager, scope, account, 'user.pin_reset');
    });
  }

  /**
   * Removes the second factor (a lost or replaced phone). The user signs in
   * with the password alone and, where the court requires one, must enrol a
   * new factor before anything else. Open sessions end, in case the old
   * device is in the wrong hands.
   */
  async resetSecondFactor(principal: Principal, userId: string): Promise<void> {
    await this.onAccount(principal, userId, 'staff', async (manager, account, scope) => {
      await manager.update(User, { id: userId }, { totpSecretEncrypted: null, totpEnabledAt: null, totpLastStep: null });
      await this.sessions.revokeAllOf(manager, userId, 'second-factor-reset');
      await this.users.record(manager, scope, account, 'user.second_factor_reset');
    });
  }

  /** Runs an action on a whole account after the shared checks, returning the account as it is afterwards. */
  private async onAccount(
    principal: Principal,
    userId: string,
    kind: UserKind,
    action: (manager: EntityManager, account: AccountView, scope: UserAdminScope) => Promise<void>,
  ): Promise<UserDto> {
    const scope = new UserAdminScope(principal);
    scope.assertNotSelf(userId);
    return this.dataSource.transaction(async (manager) => {
      const account = await this.users.find(manager, scope, userId, true);
      scope.assertWholeAccount(account);
      if (account.kind !== kind) {
        throw kind === 'staff'
          ? new ConflictError('participant-account', 'Participant account', 'This is a participant account: its PIN is reset with reset-pin, and it follows the participant\'s enrolment.')
          : new ConflictError('staff-account', 'Staff account', 'This is a staff account: reset its password with reset-password.');
      }
      await action(manager, account, scope);
      return this.users.toDto(scope, await this.users.find(manager, scope, userId));
    });
  }

  /** Sets an administrator-chosen secret: it must be changed at next sign-in, the lock-out is lifted and sessions end. */
  private async replaceSecret(manager: EntityManager, account: AccountView, secret: string, field: string): Promise<void> {
    const [owner] = (await manager.query(`SELECT date_of_birth::text AS dob FROM participants WHERE user_id = $1`, [account.id])) as Array<{ dob: string | null }>;
    const problem = secretProblem(account.kind, secret, field, { username: account.user.username, dateOfBirth: owner?.dob ?? null });
    if (problem) throw new ValidationFailedError([problem]);
    await manager.update(User, { id: account.id }, {
      secretHash: await this.hasher.hash(secret),
      mustChangeSecret: true,
      secretChangedAt: this.clock.now(),
      failedSignIns: 0,
      lockedUntil: null,
    });
    await this.sessions.revokeAllOf(manager, account.id, 'secret-reset');
  }
}
