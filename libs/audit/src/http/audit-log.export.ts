import type { ExportSpec } from '../exports/export-spec';

/** The audit log search, every page of it; `details` stay out (the screen shows them one row at a time). */
export const AUDIT_LOG_EXPORT: ExportSpec = {
  name: 'audit-log',
  paging: { kind: 'cursor', limit: 200 },
  sheets: [
    {
      name: 'auditLog',
      rows: (body: { items: unknown[] }) => body.items,
      columns: ['occurredAt', 'actorDisplayName', 'actorRole', 'courtCode', 'action', 'entityType', 'participantIds', 'basis', 'requestId'],
    },
  ],
};
