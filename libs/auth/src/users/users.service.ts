import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ConflictError, FieldProblem, isUniqueViolation, ValidationFailedError } from '@app/core';
import { DataSource } from 'typeorm';
import type { StaffRole } from '../permissions';
import type { Principal } from '../principal';
import { AccountActivationsService } from './account-activations.service';
import { CourtMembership } from './court-membership.entity';
import { CreatedUserDto, UserDto } from './dto/user.dto';
import { AdministeredUsers } from './administered-users';
import { UserAdminScope } from './user-admin-scope';
import { User } from './user.entity';

export interface NewStaffUser {
  username: string;
  displayName: string;
  email?: string | null;
  courtId: string;
  role: StaffRole;
  organisationId?: string | null;
}

/** Staff accounts: created by an administrator of the court they start in, and looked up. */
@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: AdministeredUsers,
    private readonly activations: AccountActivationsService,
  ) {}

  /**
   * A staff account with its first membership and no password: the answer
   * carries a one-time activation link (24 hours) through which the owner
   * sets their own, so the administrator never chooses or learns it. Until
   * then the account cannot sign in, so it reads nothing.
   */
  async create(principal: Principal, input: NewStaffUser): Promise<CreatedUserDto> {
    const scope = new UserAdminScope(principal);
    const manager = this.dataSource.manager;
    await this.users.assertAdministers(manager, scope, input.courtId);
    const problems = [await this.users.organisationProblem(manager, input.courtId, input.role, input.organisationId)].filter(
      (p): p is FieldProblem => p !== null,
    );
    if (problems.length > 0) throw new ValidationFailedError(problems);

    return this.dataSource.transaction(async (tx) => {
      let user: User;
      try {
        user = await tx.save(
          tx.create(User, {
            kind: 'staff',
            username: input.username,
            displayName: input.displayName,
            email: input.email ?? null,
            secretHash: null,
            mustChangeSecret: false,
          }),
        );
      } catch (error) {
        if (isUniqueViolation(error, 'users_username_key')) {
          throw new ConflictError('username-taken', 'Username in use', `The username ${input.username} is already taken.`, { field: 'username' });
        }
        throw error;
      }
      await tx.insert(CourtMembership, {
        userId: user.id,
        courtId: input.courtId,
        role: input.role,
        organisationId: input.organisationId ?? null,
        grantedBy: principal.userId,
      });
      const activation = await this.activations.issue(tx, user.id, principal.userId);
      const account = await this.users.find(tx, scope, user.id);
      await this.users.record(tx, scope, account, 'user.create', {
        courtIds: [input.courtId],
        details: { username: input.username, role: input.role, organisationId: input.organisationId ?? null, activationIssued: true },
      });
      return { ...this.users.toDto(scope, account), activation: { url: activation.url, expiresAt: activation.expiresAt.toISOString() } };
    });
  }

  async list(principal: Principal, courtId?: string): Promise<UserDto[]> {
    const scope = new UserAdminScope(principal);
    return (await this.users.list(scope, courtId)).map((account) => this.users.toDto(scope, account));
  }

  async get(principal: Principal, userId: string): Promise<UserDto> {
    const scope = new UserAdminScope(principal);
    const account = await this.users.find(this.dataSource.manager, scope, userId);
    // A participant's account is part of their record: reading it is audited like any other read of it.
    if (account.participantId) await this.users.record(this.dataSource.manager, scope, account, 'user.read');
    return this.users.toDto(scope, account);
  }
}
