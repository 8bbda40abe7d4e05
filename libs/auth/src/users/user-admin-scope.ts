import { ForbiddenError } from '../auth.errors';
import { Permission, Role } from '../permissions';
import type { Principal } from '../principal';
import type { UserKind } from './user.entity';

/** What the scope rules need to know about an account. */
export interface AdministeredAccount {
  id: string;
  kind: UserKind;
  systemRole: string | null;
  memberships: ReadonlyArray<{ courtId: string; role: string }>;
}

/** How a principal stands towards a court, for user administration there. */
export type CourtStanding = 'administers' | 'member' | 'outsider';

/**
 * Which accounts an administrator reaches, and what they may do to them.
 *
 * - A court administrator reaches the accounts with a membership in a court
 *   they administer, and changes memberships only in those courts.
 * - Actions on the account as a whole (deactivation, password, PIN and second
 *   factor resets) also reach every other court the user belongs to: taking
 *   over a court administrator's password in court B would hand over court A.
 *   So a court administrator may take them only when every membership of the
 *   user is in courts they administer, and never on a system administrator.
 * - The system administrator reaches every staff account. Participant accounts
 *   only through a court role: the system administrator sees no participant data.
 * - Nobody administers their own account: another administrator must.
 */
export class UserAdminScope {
  readonly systemWide: boolean;
  /** Courts where the principal's role holds user.manage. */
  readonly courtIds: ReadonlySet<string>;

  constructor(readonly principal: Principal) {
    this.systemWide = principal.hasSystemWide(Permission.UserManage);
    this.courtIds = new Set(principal.courtsWith(Permission.UserManage).map((m) => m.courtId));
  }

  standingIn(courtId: string): CourtStanding {
    if (this.systemWide || this.courtIds.has(courtId)) return 'administers';
    return this.principal.membershipIn(courtId) ? 'member' : 'outsider';
  }

  /** Whether the account is visible at all; an invisible one is "not found". */
  reaches(account: AdministeredAccount): boolean {
    if (account.memberships.some((m) => this.courtIds.has(m.courtId))) return true;
    return this.systemWide && account.kind === 'staff';
  }

  /** The memberships of the account the principal may see. */
  visibleMemberships<M extends { courtId: string }>(account: { kind: UserKind; memberships: readonly M[] }): M[] {
    if (this.systemWide && account.kind === 'staff') return [...account.memberships];
    return account.memberships.filter((m) => this.courtIds.has(m.courtId));
  }

  assertNotSelf(userId: string): void {
    if (userId === this.principal.userId) {
      throw new ForbiddenError(
        'Nobody administers their own account (roles, memberships, activation, resets): ask another administrator. ' +
          'To change your own password use /api/v1/auth/change-secret.',
        'own-account',
      );
    }
  }

  /** Refuses an action on the whole account that would reach beyond the principal's courts. */
  assertWholeAccount(account: AdministeredAccount): void {
    if (this.systemWide && account.kind === 'staff') return;
    if (account.systemRole === Role.SystemAdmin) {
      throw new ForbiddenError('Only a system administrator may act on a system administrator account.', 'system-admin-account');
    }
    if (account.memberships.some((m) => !this.courtIds.has(m.courtId))) {
      throw new ForbiddenError(
        'This user also belongs to courts you do not administer, so this would affect them there too. ' +
          'Remove their membership in your court instead, or ask a system administrator.',
        'memberships-elsewhere',
      );
    }
  }

  /** The role to record in the audit log for an action in a court. */
  roleIn(courtId: string | null): string {
    if (courtId && this.courtIds.has(courtId)) return this.principal.roleIn(courtId);
    return this.systemWide ? Role.SystemAdmin : this.principal.roleIn(courtId);
  }
}
