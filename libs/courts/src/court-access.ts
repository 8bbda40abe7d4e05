import { ForbiddenError, Permission, Principal, roleHas } from '@app/auth';
import { isUuid, NotFoundError } from '@app/core';

/** Why a principal may act on a court, as the audit log records it. */
export interface CourtGrant {
  courtId: string;
  /** The role acted in: the court role, or `system_admin`. */
  role: string;
  /** `role:<role>`. */
  basis: string;
}

function grant(courtId: string, role: string): CourtGrant {
  return { courtId, role, basis: `role:${role}` };
}

/**
 * Court-level access. Routes declare one permission, and the global guard
 * checks only that the caller holds it in some court; whether they hold it in
 * *this* court is decided here. A court the caller does not belong to is "not
 * found", exactly like one that does not exist, so court ids do not leak.
 */
export const CourtAccess = {
  /** Courts whose settings the principal may read: every court for the system administrator. */
  readable(principal: Principal): 'all' | string[] {
    if (principal.hasSystemWide(Permission.CourtRead)) return 'all';
    return principal.courtsWith(Permission.CourtRead).map((m) => m.courtId);
  },

  read(principal: Principal, courtId: string): CourtGrant {
    const membership = isUuid(courtId) ? principal.membershipIn(courtId) : undefined;
    if (membership && roleHas(membership.role, Permission.CourtRead)) return grant(courtId, membership.role);
    if (isUuid(courtId) && principal.hasSystemWide(Permission.CourtRead)) return grant(courtId, principal.systemRole!);
    throw new NotFoundError('court');
  },

  /**
   * Work in one court that needs a court role's permission (the day's draw,
   * the testing board): a member whose role holds it. A member whose role
   * does not gets 403; anyone else (the system administrator included, who
   * sees no participant data) 404.
   */
  holding(principal: Principal, courtId: string, permission: Permission): CourtGrant {
    const membership = isUuid(courtId) ? principal.membershipIn(courtId) : undefined;
    if (membership && roleHas(membership.role, permission)) return grant(courtId, membership.role);
    if (membership) throw new ForbiddenError(`Your role in this court does not allow ${permission}.`);
    throw new NotFoundError('court');
  },

  /**
   * Changing a court's settings, holidays or provider organisations: a court
   * administrator of that court (court.configure there), or the system
   * administrator (court.configure system-wide). A member whose role
   * cannot configure gets 403; anyone else 404.
   */
  configure(principal: Principal, courtId: string): CourtGrant {
    const membership = isUuid(courtId) ? principal.membershipIn(courtId) : undefined;
    if (membership && roleHas(membership.role, Permission.CourtConfigure)) return grant(courtId, membership.role);
    if (isUuid(courtId) && principal.hasSystemWide(Permission.CourtConfigure)) return grant(courtId, principal.systemRole!);
    if (membership) throw new ForbiddenError(`Your role in this court does not allow ${Permission.CourtConfigure}.`);
    throw new NotFoundError('court');
  },
};

/**
 * Runs a court access check for a record of the court (a program, a
 * catalogue entry…), answering "not found" in that record's name: a record
 * in a court the caller does not belong to looks exactly like one that does
 * not exist. A member without the permission still gets 403.
 */
export function notFoundAs(what: string, check: () => CourtGrant): CourtGrant {
  try {
    return check();
  } catch (error) {
    if (error instanceof NotFoundError) throw new NotFoundError(what);
    throw error;
  }
}
