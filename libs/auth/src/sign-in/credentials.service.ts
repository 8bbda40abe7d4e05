import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@app/audit';
import { Clock, ConflictError, DEFAULT_LANGUAGE, type Language, ValidationFailedError } from '@app/core';
import { DataSource, EntityManager } from 'typeorm';
import { InvalidCredentialsError } from '../auth.errors';
import { MeDto } from '../dto/me.dto';
import { ROLE_PERMISSIONS } from '../permissions';
import { Principal } from '../principal';
import { SessionsService } from '../sessions/sessions.service';
import { TotpService } from '../totp/totp.service';
import { User } from '../users/user.entity';
import { SecretHasher } from './secret-hasher';
import { secretProblem } from './secret-policy';

/** A signed-in user's own credentials: profile, password or PIN change, second factor. */
@Injectable()
export class CredentialsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: SecretHasher,
    private readonly sessions: SessionsService,
    private readonly totp: TotpService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async me(principal: Principal): Promise<MeDto> {
    const [user, courtLanguage] = await Promise.all([
      this.dataSource.manager.findOneByOrFail(User, { id: principal.userId }),
      this.courtLanguages(principal.memberships.map((m) => m.courtId)),
    ]);
    return {
      id: principal.userId,
      kind: principal.kind,
      displayName: principal.displayName,
      systemRole: principal.systemRole,
      memberships: principal.memberships.map(({ courtId, code, role, organisationId }) => ({
        courtId,
        code,
        role,
        organisationId,
        language: courtLanguage.get(courtId) ?? DEFAULT_LANGUAGE,
        permissions: [...ROLE_PERMISSIONS[role]],
      })),
      systemPermissions: principal.systemRole ? [...ROLE_PERMISSIONS[principal.systemRole]] : [],
      participantId: principal.participantId,
      signInIncomplete: principal.incomplete,
      secondFactorEnabled: user.totpEnabledAt !== null,
      language: user.language,
    };
  }

  /** Changes what the user may change about themselves (their language); absent fields stay as they are. */
  async updateMe(principal: Principal, changes: { language?: Language | null }): Promise<MeDto> {
    if (changes.language !== undefined) {
      await this.dataSource.manager.update(User, { id: principal.userId }, { language: changes.language });
    }
    return this.me(principal);
  }

  /** Each court's language (courts are a domain of their own: read here as the session check reads them, in SQL). */
  private async courtLanguages(courtIds: string[]): Promise<Map<string, Language>> {
    if (courtIds.length === 0) return new Map();
    const rows = (await this.dataSource.query(`SELECT id, language FROM courts WHERE id = ANY($1::uuid[])`, [courtIds])) as Array<{ id: string; language: Language }>;
    return new Map(rows.map((row) => [row.id, row.language]));
  }

  /** Replaces the caller's password or PIN and ends their other sessions. */
  async changeSecret(principal: Principal, currentSecret: string, newSecret: string): Promise<void> {
    const user = await this.dataSource.manager.findOneByOrFail(User, { id: principal.userId });
    if (!(await this.hasher.verify(user.secretHash, currentSecret))) throw new InvalidCredentialsError();
    const [owner] = (await this.dataSource.query(`SELECT date_of_birth::text AS dob FROM participants WHERE user_id = $1`, [user.id])) as Array<{
      dob: string | null;
    }>;
    const problem = secretProblem(user.kind, newSecret, 'newSecret', { username: user.username, dateOfBirth: owner?.dob ?? null });
    if (problem) throw new ValidationFailedError([problem]);
    if (newSecret === currentSecret) {
      throw new ValidationFailedError([{ field: 'newSecret', message: 'must differ from the current one' }]);
    }
    const secretHash = await this.hasher.hash(newSecret);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(User, { id: user.id }, { secretHash, mustChangeSecret: false, secretChangedAt: this.clock.now() });
      await this.sessions.revokeAllOf(manager, user.id, 'secret-changed', principal.sessionId);
      // Whoever was guessing the old secret is guessing nothing now: the account's alert is closed.
      await manager.query(`UPDATE account_alerts SET closed_at = $2 WHERE user_id = $1 AND closed_at IS NULL`, [user.id, this.clock.now()]);
      await this.auditSelf(principal, 'auth.secret_changed', manager);
    });
  }

  /** Starts second-factor enrolment: a new secret, not enforced until confirmed with a code. */
  async setUpTotp(principal: Principal): Promise<{ secret: string; otpauthUri: string }> {
    const user = await this.dataSource.manager.findOneByOrFail(User, { id: principal.userId });
    if (user.kind !== 'staff') throw new ConflictError('not-for-participants', 'Second factor is for staff accounts');
    if (user.totpEnabledAt) {
      throw new ConflictError('second-factor-enabled', 'A second factor is already set up', 'Ask a court administrator to reset it first.');
    }
    const secret = this.totp.newSecret();
    await this.dataSource.manager.update(User, { id: user.id }, { totpSecretEncrypted: this.totp.encrypt(secret), totpLastStep: null });
    return { secret, otpauthUri: this.totp.uri(secret, user.username ?? user.id) };
  }

  /** Confirms enrolment with a first valid code; from then on sign-in asks for one. */
  async confirmTotp(principal: Principal, code: string): Promise<void> {
    const user = await this.dataSource.manager.findOneByOrFail(User, { id: principal.userId });
    if (!user.totpSecretEncrypted || user.totpEnabledAt) {
      throw new ConflictError('no-pending-second-factor', 'No second factor is waiting for confirmation', 'Start with POST /api/v1/auth/totp/setup.');
    }
    const step = this.totp.matchingStep(this.totp.decrypt(user.totpSecretEncrypted), code);
    if (step === null) throw new ValidationFailedError([{ field: 'code', message: 'is not the current code of this secret' }]);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(User, { id: user.id }, { totpEnabledAt: this.clock.now(), totpLastStep: String(step) });
      await this.sessions.markSecondFactorSatisfied(manager, principal.sessionId);
      await this.auditSelf(principal, 'auth.second_factor_enabled', manager);
    });
  }

  private auditSelf(principal: Principal, action: string, manager: EntityManager): Promise<void> {
    return this.audit.record(
      principal.auditActor(null),
      {
        courtId: principal.memberships[0]?.courtId ?? null,
        action,
        entityType: 'user',
        entityIds: [principal.userId],
        participantIds: principal.participantId ? [principal.participantId] : [],
        basis: 'self',
      },
      manager,
    );
  }
}
