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

/** What makes two looks "the same look at the same record": who looked, in which role and court, how, at what, and on what basis. */
function lookKey(e: AuditEventView): string {
  const ids = (list: string[]) => [...new Set(list)].sort().join(',');
  return [e.actorUserId, e.actorRole, e.courtId, e.action, e.entityType, ids(e.entityIds), ids(e.participantIds), e.basis, e.consentId].join('|');
}

/**
 * Folds the audit log, read newest first, into lines: a look at a record
 * joins the line of the same person's previous (newer) same look at the same
 * record when it was at most ten minutes before the earliest look of that
 * line. Opening a participant's page is a burst of looks of several kinds
 * (the record, the notes, the tests…); each kind keeps its own line, so
 * opening the page seven times gives a line per kind, each "7 times", not
 * seventy lines. Changes, refusals and the system's own rows are never
 * folded: each stays a line of its own, in its place.
 */
export class RepeatedViewFolder {
  readonly lines: AuditLine[] = [];
  /** The line of each look (person and record) so far: the one a still older same look would join. */
  private readonly lineOf = new Map<string, AuditLine>();

  /** Whether `event` would fold into an existing line rather than start one. */
  folds(event: AuditEventView): boolean {
    return this.lineFor(event) !== undefined;
  }

  add(event: AuditEventView): void {
    const line = this.lineFor(event);
    if (line) {
      line.repeats.push(event);
      return;
    }
    const fresh: AuditLine = { event, repeats: [] };
    this.lines.push(fresh);
    if (foldable(event)) this.lineOf.set(lookKey(event), fresh);
  }

  private lineFor(event: AuditEventView): AuditLine | undefined {
    if (!foldable(event)) return undefined;
    const line = this.lineOf.get(lookKey(event));
    if (!line) return undefined;
    const oldest = line.repeats[line.repeats.length - 1] ?? line.event;
    return oldest.occurredAt.getTime() - event.occurredAt.getTime() <= REPEATED_VIEW_GAP_MS ? line : undefined;
  }
}

function foldable(event: AuditEventView): boolean {
  return event.actorUserId !== null && event.basis !== 'denied' && isViewAction(event.action);
}
