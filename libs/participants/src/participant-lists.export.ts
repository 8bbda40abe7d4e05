import type { ExportSpec } from '@app/audit';

const WHO = ['participantNumber', 'lastName', 'firstName', 'status', 'programCode', { key: 'phase.position', label: 'phase' }] as const;

/** The caseload as a spreadsheet: every page of the filtered list, as the screen reads it. */
export const CASELOAD_EXPORT: ExportSpec = {
  name: 'caseload',
  paging: { kind: 'numbered', pageSize: 200 },
  sheets: [
    {
      name: 'caseload',
      rows: (body: { items: unknown[] }) => body.items,
      columns: [...WHO, { key: 'phase.name', label: 'phaseName', type: 'text' }, 'phaseStartedOn', 'caseManagerName'],
    },
  ],
};

/** The staffing meeting's readiness board. */
export const READINESS_EXPORT: ExportSpec = {
  name: 'readiness',
  sheets: [
    {
      name: 'readiness',
      rows: (body: { items: unknown[] }) => body.items,
      columns: [
        ...WHO,
        'phaseStartedOn',
        { key: 'readiness.ready', label: 'ready' },
        'unmet',
        { key: 'readiness.daysInPhase', label: 'daysInPhase' },
        { key: 'readiness.continuousSoberDays', label: 'continuousSoberDays' },
      ],
    },
  ],
};
