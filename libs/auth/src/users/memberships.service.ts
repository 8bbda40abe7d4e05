import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ConflictError, NotFoundError, ValidationFailedError } from '@app/core';
import { DataSource } from 'typeorm';
import { Role, type StaffRole } from '../permissions';
import type { Principal } from '../principal';
import { CourtMembership } from './court-membership.entity';
import { UserDto } from './dto/user.dto';
import { AccountView, AdministeredUsers } from './administered-users';
import { UserAdminScope } from './user-admin-scope';

/**
 * A user's role in a court. A change needs no session to end: the auth guard
 * reloads a user's memberships on every request, so a new or removed role
 * applies from the user's next request.
 */
@Injectable()
export class MembershipsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: AdministeredUsers,
  ) {}

  /** Gives the user a role in the court, or changes the role they have there. */
  async assign(principal: Principal, userId: string, courtId: string, input: { role: StaffRole; organisationId?: string | null }): Promise<UserDto> {
    const scope = new UserAdminScope(principal);
    scope.assertNotSelf(userId);
    await this.users.assertAdministers(this.dataSource.manager, scope, courtId);
    return this.dataSource.transaction(async (manager) => {
      const account = await this.users.find(manager, scope, userId, true);
      assertStaff(account);
      const problem = await this.users.organisationProblem(manager, courtId, input.role, input.organisationId);
      if (problem) throw new ValidationFailedError([problem]);
      const organisationId = input.organisationId ?? null;
      const previous = account.memberships.find((m) => m.courtId === courtId);
      if (previous?.role === input.role && previous.organisationId === organisationId) return this.users.toDto(scope, account);
      if (previous) {
        await manager.update(CourtMembership, { userId, courtId }, { role: input.role, organisationId, grantedBy: principal.userId });
      } else {
        await manager.insert(CourtMembership, { userId, courtId, role: input.role, organisationId, grantedBy: principal.userId });
      }
      await this.users.record(manager, scope, account, 'user.role_assign', {
        courtIds: [courtId],
        details: { role: input.role, organisationId, previousRole: previous?.role ?? null },
      });
      return this.users.toDto(scope, await this.users.find(manager, scope, userId));
    });
  }

  /** Ends the user's role in the court; their account and roles elsewhere stay. */
  async remove(principal: Principal, userId: string, courtId: string): Promise<void> {
    const scope = new UserAdminScope(principal);
    scope.assertNotSelf(userId);
    await this.users.assertAdministers(this.dataSource.manager, scope, courtId);
    await this.dataSource.transaction(async (manager) => {
      const account = await this.users.find(manager, scope, userId, true);
      const membership = account.memberships.find((m) => m.courtId === courtId);
      if (!membership) throw new NotFoundError('membership', 'The user has no role in this court.');
      assertStaff(account);
      await manager.delete(CourtMembership, { userId, courtId });
      await this.users.record(manager, scope, account, 'user.role_remove', { courtIds: [courtId], details: { role: membership.role } });
    });
  }
}

/** Participant accounts get their one membership at enrolment and keep it: no staff role, no removal here. */
function assertStaff(account: AccountView): void {
  if (account.kind !== 'staff' || account.memberships.some((m) => m.role === Role.Participant)) {
    throw new ConflictError('participant-account', 'Participant account', 'Participant accounts come from enrolment; their membership is not managed here.');
  }
}
