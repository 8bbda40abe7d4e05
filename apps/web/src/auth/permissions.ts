import type { components } from '../api/schema';
import { useSession } from './session';

/** A permission as GET /me names it (the API's route-permission list is the source of truth). */
export type Permission = components['schemas']['MeMembershipDto']['permissions'][number];

/**
 * Whether the signed-in user's role holds the permission in a court (the
 * record's court; the court on screen when none is named), so a screen shows
 * only the actions the API would take. The API still checks every request,
 * and the record's scope beyond the role.
 */
export function useCan(courtId?: string): (permission: Permission) => boolean {
  const { court, courts, me } = useSession();
  const membership = courtId ? courts.find((c) => c.courtId === courtId) : court;
  return (permission) => Boolean(membership?.permissions.includes(permission)) || me.systemPermissions.includes(permission);
}
