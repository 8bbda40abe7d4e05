import type { AuditActor, AuditEntry } from '@app/audit';
import type { Principal } from '@app/auth';
import type { CourtGrant } from '@app/courts';

/** The actor of a program change, in the role the court grant was made on. */
export function programActor(principal: Principal, grant: CourtGrant): AuditActor {
  return principal.auditActor(grant.courtId);
}

/** An audit entry for a change in a court's programs, with the grant's basis. */
export function programEntry(grant: CourtGrant, entry: Omit<AuditEntry, 'courtId' | 'basis'>): AuditEntry {
  return { courtId: grant.courtId, basis: grant.basis, ...entry };
}

/** What changed, field by field, for the audit row (program settings hold no personal data). */
export function changedFields<T extends object>(before: T, after: Partial<T>): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [field, to] of Object.entries(after) as Array<[keyof T & string, unknown]>) {
    if (to === undefined) continue;
    const from = before[field];
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[field] = { from, to };
  }
  return changes;
}
