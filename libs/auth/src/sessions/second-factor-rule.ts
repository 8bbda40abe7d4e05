import { Role } from '../permissions';

/**
 * Roles whose holders decide about people's liberty or about who may do
 * what: a judge orders sanctions, a court administrator grants roles, a
 * system administrator creates courts and administrators. Their accounts
 * need a second factor in every court, whatever the court's own setting;
 * a court may only extend the rule to further roles (`mfa_required_roles`).
 */
export const ROLES_ALWAYS_REQUIRING_SECOND_FACTOR: readonly string[] = [Role.Judge, Role.CourtAdmin];

export interface SecondFactorSubject {
  systemRole: string | null;
  /** Each court role the account holds, with whether that court's setting names the role. */
  memberships: ReadonlyArray<{ role: string; courtRequires: boolean }>;
}

/** Whether the account must present (or first enrol in) a second factor before using the system. */
export function secondFactorRequired(subject: SecondFactorSubject): boolean {
  if (subject.systemRole === Role.SystemAdmin) return true;
  return subject.memberships.some((m) => m.courtRequires || ROLES_ALWAYS_REQUIRING_SECOND_FACTOR.includes(m.role));
}
