import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@app/audit';
import { FieldProblem, isUuid, NotFoundError } from '@app/core';
import { DataSource, EntityManager } from 'typeorm';
import { ForbiddenError } from '../auth.errors';
import { Role, type CourtRole } from '../permissions';
import { UserDto } from './dto/user.dto';
import { AdministeredAccount, UserAdminScope } from './user-admin-scope';
import { User } from './user.entity';

export interface MembershipView {
  courtId: string;
  code: string;
  role: CourtRole;
  organisationId: string | null;
}

/** An account loaded for administration: the user row and all of its memberships. */
export interface AccountView extends AdministeredAccount {
  user: User;
  memberships: MembershipView[];
  /** The participant record of a participant account (for the audit row). */
  participantId: string | null;
}

interface MembershipRow {
  user_id: string;
  court_id: string;
  code: string;
  role: CourtRole;
  organisation_id: string | null;
}

/**
 * The accounts an administrator reaches, loaded with their memberships, and
 * the checks and audit rows every user-administration use case shares.
 * Courts and provider organisations are read with SQL: this module sits below
 * the courts module and does not import it.
 */
@Injectable()
export class AdministeredUsers {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * The account, or 404 when it does not exist or is out of the principal's
   * reach. `lock` takes a row lock on the user: every administrative change
   * locks it first, so two administrators' changes to one account serialise
   * and each sees the other's memberships.
   */
  async find(manager: EntityManager, scope: UserAdminScope, userId: string, lock = false): Promise<AccountView> {
    const user = isUuid(userId)
      ? await manager.findOne(User, { where: { id: userId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) })
      : null;
    if (!user) throw new NotFoundError('user');
    const [account] = await this.withMemberships(manager, [user]);
    if (!scope.reaches(account)) throw new NotFoundError('user');
    return account;
  }

  /** Staff accounts in reach, optionally only those with a membership in one court, by username. */
  async list(scope: UserAdminScope, courtId?: string): Promise<AccountView[]> {
    if (courtId) await this.assertAdministers(this.dataSource.manager, scope, courtId);
    const courts = courtId ? [courtId] : scope.systemWide ? null : [...scope.courtIds];
    if (courts && courts.length === 0) return [];
    const query = this.dataSource.manager.createQueryBuilder(User, 'u').where(`u.kind = 'staff'`).orderBy('u.username', 'ASC');
    if (courts) {
      query.andWhere('EXISTS (SELECT 1 FROM court_memberships m WHERE m.user_id = u.id AND m.court_id = ANY(:courts::uuid[]))', { courts });
    }
    return this.withMemberships(this.dataSource.manager, await query.getMany());
  }

  /**
   * Refuses user administration in a court the principal does not
   * administer: 404 when they do not belong to it (or it does not exist),
   * 403 when their role there lacks user.manage.
   */
  async assertAdministers(manager: EntityManager, scope: UserAdminScope, courtId: string): Promise<void> {
    const standing = scope.standingIn(courtId);
    if (standing === 'member') throw new ForbiddenError('Your role in this court does not allow user.manage.');
    const [court] = standing === 'administers' && isUuid(courtId) ? await manager.query(`SELECT id FROM courts WHERE id = $1`, [courtId]) : [];
    if (!court) throw new NotFoundError('court');
  }

  /**
   * A treatment provider acts for one of the court's provider organisations,
   * which must be active; no other role has one.
   */
  async organisationProblem(manager: EntityManager, courtId: string, role: CourtRole, organisationId: string | null | undefined): Promise<FieldProblem | null> {
    const field = 'organisationId';
    if (role !== Role.TreatmentProvider) return organisationId ? { field, message: 'is only for the treatment_provider role' } : null;
    if (!organisationId) return { field, message: 'is required for the treatment_provider role' };
    const [organisation] = (await manager.query(`SELECT court_id, active FROM provider_organisations WHERE id = $1`, [organisationId])) as Array<{
      court_id: string;
      active: boolean;
    }>;
    if (!organisation || organisation.court_id !== courtId) return { field, message: 'is not a provider organisation of this court' };
    if (!organisation.active) return { field, message: 'is a deactivated provider organisation' };
    return null;
  }

  /**
   * Audits an action on an account, one row per court it concerns (so each
   * court's log shows it), or one court-less row for an account in no court.
   */
  async record(
    manager: EntityManager,
    scope: UserAdminScope,
    account: AccountView,
    action: string,
    options: { courtIds?: string[]; details?: Record<string, unknown> } = {},
  ): Promise<void> {
    const courtIds = options.courtIds ?? scope.visibleMemberships(account).map((m) => m.courtId);
    const principal = scope.principal;
    await this.audit.record(
      { userId: principal.userId, role: scope.roleIn(courtIds[0] ?? null), requestId: principal.requestId },
      (courtIds.length > 0 ? courtIds : [null]).map((courtId) => ({
        courtId,
        action,
        entityType: 'user',
        entityIds: [account.id],
        participantIds: account.participantId ? [account.participantId] : [],
        basis: `role:${scope.roleIn(courtId)}`,
        details: options.details ?? null,
      })),
      manager,
    );
  }

  toDto(scope: UserAdminScope, account: AccountView): UserDto {
    const { user } = account;
    return {
      id: user.id,
      kind: user.kind,
      username: user.username,
      displayName: user.displayName,
      email: user.email,
      systemRole: user.systemRole,
      active: user.active,
      deactivatedAt: user.deactivatedAt?.toISOString() ?? null,
      mustChangeSecret: user.mustChangeSecret,
      activationPending: user.kind === 'staff' && user.secretHash === null,
      secondFactorEnabled: user.totpEnabledAt !== null,
      lockedUntil: user.lockedUntil?.toISOString() ?? null,
      memberships: scope.visibleMemberships(account).map(({ courtId, code, role, organisationId }) => ({ courtId, code, role, organisationId })),
      createdAt: user.createdAt.toISOString(),
    };
  }

  private async withMemberships(manager: EntityManager, users: User[]): Promise<AccountView[]> {
    if (users.length === 0) return [];
    const ids = users.map((u) => u.id);
    const rows = (await manager.query(
      `SELECT m.user_id, m.court_id, c.code, m.role, m.organisation_id
         FROM court_memberships m JOIN courts c ON c.id = m.court_id
        WHERE m.user_id = ANY($1::uuid[])
        ORDER BY c.code`,
      [ids],
    )) as MembershipRow[];
    const participants = (await manager.query(`SELECT id, user_id FROM participants WHERE user_id = ANY($1::uuid[])`, [ids])) as Array<{
      id: string;
      user_id: string;
    }>;
    return users.map((user) => ({
      id: user.id,
      kind: user.kind,
      systemRole: user.systemRole,
      user,
      memberships: rows
        .filter((r) => r.user_id === user.id)
        .map((r) => ({ courtId: r.court_id, code: r.code, role: r.role, organisationId: r.organisation_id })),
      participantId: participants.find((p) => p.user_id === user.id)?.id ?? null,
    }));
  }
}
