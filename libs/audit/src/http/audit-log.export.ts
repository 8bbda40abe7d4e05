import type { ExportSpec } from '../exports/export-spec';

interface ExportedLine {
  repeats?: { id: string; occurredAt: string; requestId: string | null }[];
}

/** The audit log search, every page of it; `details` stay out (the screen shows them one row at a time). */
export const AUDIT_LOG_EXPORT: ExportSpec = {
  name: 'audit-log',
  paging: { kind: 'cursor', limit: 200 },
  sheets: [
    {
      name: 'auditLog',
      // One row per event: a line that folds repeated looks (`groupViews`) gives back each look it stands for.
      rows: (body: { items: ExportedLine[] }) =>
        body.items.flatMap((line) => [line, ...(line.repeats ?? []).map((repeat) => ({ ...line, ...repeat, repeats: [] }))]),
      columns: ['occurredAt', 'actorDisplayName', 'actorRole', 'courtCode', 'action', 'entityType', 'participantIds', 'basis', 'requestId'],
    },
  ],
};
