import type { ExportSpec } from '@app/audit';

/** A court day's testing board: who is to test and where each stands, and the day's collections by site. */
export const TESTING_BOARD_EXPORT: ExportSpec = {
  name: 'testing-board',
  sheets: [
    {
      name: 'testingBoard',
      rows: (body: { participants: unknown[] }) => body.participants,
      columns: [
        'participantNumber',
        'lastName',
        'firstName',
        'inDraw',
        'toTest',
        { key: 'override.action', label: 'override' },
        'calledInAt',
        'toldToTest',
        'collectedAt',
        { key: 'testingSite', type: 'text' },
        'state',
      ],
    },
    { name: 'testingBySite', rows: (body: { bySite: unknown[] }) => body.bySite, columns: [{ key: 'testingSite', type: 'text' }, 'collected'] },
  ],
};
