import type { AuditActor, AuditEntry } from '@app/audit';
import type { Principal } from '@app/auth';
import type { CourtGrant } from './court-access';

/** The actor of a change in a court's configuration (settings, programs…), in the role the grant was made on. */
export function courtActor(principal: Principal, grant: CourtGrant): AuditActor {
  return principal.auditActor(grant.courtId);
}

/** An audit entry for a change in a court, with the grant's basis. */
export function courtEntry(grant: CourtGrant, entry: Omit<AuditEntry, 'courtId' | 'basis'>): AuditEntry {
  return { courtId: grant.courtId, basis: grant.basis, ...entry };
}

/** What changed, field by field, for the audit row (court configuration holds no personal data). */
export function changedFields<T extends object>(before: T, after: Partial<T>): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [field, to] of Object.entries(after) as Array<[keyof T & string, unknown]>) {
    if (to === undefined) continue;
    const from = before[field];
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[field] = { from, to };
  }
  return changes;
}
