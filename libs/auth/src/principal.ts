import type { AuditActor } from '@app/audit';
import { Permission, Role, ROLE_PERMISSIONS, type CourtRole } from './permissions';

export interface Membership {
  courtId: string;
  /** The court's short code, e.g. `DEMO`. */
  code: string;
  role: CourtRole;
  /** Provider organisation of a treatment provider; null otherwise. */
  organisationId: string | null;
}

/** Why a signed-in session may not yet use the system beyond signing itself in properly. */
export type IncompleteSignIn = 'mfa-enrolment-required' | 'secret-change-required';

/**
 * Who is making this request, as the auth guard established it from the
 * session (never from the token's claims alone). Carries the request id so
 * audit rows can name the request.
 */
export class Principal {
  constructor(
    readonly userId: string,
    readonly kind: 'staff' | 'participant',
    readonly displayName: string,
    readonly sessionId: string,
    readonly systemRole: Role.SystemAdmin | null,
    readonly memberships: readonly Membership[],
    /** The participant record of a participant's account. */
    readonly participantId: string | null,
    readonly requestId: string | null,
    readonly incomplete: IncompleteSignIn | null = null,
  ) {}

  /** Whether any of the principal's roles (in any court, or the system role) holds the permission. */
  has(permission: Permission): boolean {
    if (this.systemRole && ROLE_PERMISSIONS[this.systemRole].includes(permission)) return true;
    return this.memberships.some((m) => ROLE_PERMISSIONS[m.role].includes(permission));
  }

  /** Courts where the principal's role holds the permission. */
  courtsWith(permission: Permission): Membership[] {
    return this.memberships.filter((m) => ROLE_PERMISSIONS[m.role].includes(permission));
  }

  membershipIn(courtId: string): Membership | undefined {
    return this.memberships.find((m) => m.courtId === courtId);
  }

  /** Whether the permission is held system-wide (system administrator), not through a court. */
  hasSystemWide(permission: Permission): boolean {
    return this.systemRole !== null && ROLE_PERMISSIONS[this.systemRole].includes(permission);
  }

  /** The principal as an audit row names it, for an action in a court (null: not in one court). */
  auditActor(courtId: string | null): AuditActor {
    return { userId: this.userId, role: this.roleIn(courtId), requestId: this.requestId };
  }

  /** The role to record in the audit log for an action in a court. */
  roleIn(courtId: string | null): string {
    const membership = courtId ? this.membershipIn(courtId) : undefined;
    return membership?.role ?? this.systemRole ?? this.memberships[0]?.role ?? 'none';
  }
}
