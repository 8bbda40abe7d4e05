import type { ExportSpec } from '@app/audit';

/** The free text that did not map to the demographic codes, to work through outside the system. */
export const MIGRATION_ISSUES_EXPORT: ExportSpec = {
  name: 'demographic-migration-issues',
  sheets: [
    {
      name: 'demographicMigrationIssues',
      rows: (body: { items: unknown[] }) => body.items,
      columns: ['participantNumber', 'lastName', 'firstName', 'field', 'originalValue', 'createdAt', 'resolvedAt'],
    },
  ],
};
