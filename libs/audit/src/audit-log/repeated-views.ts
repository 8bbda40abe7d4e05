import { isViewAction } from './audit-actions';
import type { AuditEventView } from './audit-log-reader';

/** Looks at the same record by the same person this close together (each to the one before) fold into one line. */
export const REPEATED_VIEW_GAP_MS = 10 * 60_000;

/** One line of the audit screen: an event, with the earlier looks at the same record that it stands for. */
export interface AuditLine {
  event: AuditEventView;
  /** The folded earlier looks, newest first; empty for a line of one event. */
  repeats: AuditEventView[];
}

/** What makes two looks "at the same record": who looked, in which role and court, at what, and on what basis. */
function sameLook(a: AuditEventView, b: AuditEventView): boolean {
  return (
    a.action === b.action &&
    a.actorUserId === b.actorUserId &&
    a.actorRole === b.actorRole &&
    a.courtId === b.courtId &&
    a.entityType === b.entityType &&
    a.basis === b.basis &&
    a.consentId === b.consentId &&
    sameSet(a.entityIds, b.entityIds) &&
    sameSet(a.participantIds, b.participantIds)
  );
}

function sameSet(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((id) => set.has(id));
}

/**
 * Folds the audit log, read newest first, into lines: a look at a record
 * joins the line of the same person's previous (newer) look at the same
 * record when nothing else of theirs came between and it was at most ten
 * minutes before it. Changes, refusals and the system's own rows are never
 * folded: each stays a line of its own. Other people's rows in between do
 * not break a run (a busy court interleaves everyone's).
 */
export class RepeatedViewFolder {
  readonly lines: AuditLine[] = [];
  /** Each person's newest line so far (their latest in time among those read). */
  private readonly lastOf = new Map<string, AuditLine>();

  /** Whether `event` would fold into an existing line rather than start one. */
  folds(event: AuditEventView): boolean {
    if (!event.actorUserId || event.basis === 'denied' || !isViewAction(event.action)) return false;
    const line = this.lastOf.get(event.actorUserId);
    if (!line || !sameLook(line.event, event)) return false;
    const oldest = line.repeats[line.repeats.length - 1] ?? line.event;
    return oldest.occurredAt.getTime() - event.occurredAt.getTime() <= REPEATED_VIEW_GAP_MS;
  }

  add(event: AuditEventView): void {
    const line = this.folds(event) ? this.lastOf.get(event.actorUserId!)! : undefined;
    if (line) {
      line.repeats.push(event);
      return;
    }
    const fresh: AuditLine = { event, repeats: [] };
    this.lines.push(fresh);
    if (event.actorUserId) this.lastOf.set(event.actorUserId, fresh);
  }
}
