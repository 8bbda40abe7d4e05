import type { ExportSpec } from '@app/audit';

/** The deadlines board: violations of a status with their 72-hour clocks. */
export const DEADLINES_EXPORT: ExportSpec = {
  name: 'deadlines',
  sheets: [
    {
      name: 'deadlines',
      rows: (body: unknown[]) => body,
      columns: [
        'participantNumber',
        'lastName',
        'firstName',
        'kind',
        'status',
        'detectedAt',
        'deadlineAt',
        'overdue',
        'hearingBeforeDeadline',
        'escalatedAt',
        'heardAt',
        'respondedAt',
        'answeredAt',
        'dismissedAt',
        { key: 'dismissedReason', type: 'text' },
        { key: 'description', type: 'text' },
      ],
    },
  ],
};

/** The share of violations answered within 72 hours, the hearing and response times apart, and the dismissed, all kinds together and by kind. */
export const SWIFTNESS_EXPORT: ExportSpec = {
  name: 'swiftness',
  sheets: [
    {
      name: 'swiftness',
      rows: (body: { all: unknown; byKind: unknown[] }) => [body.all, ...body.byKind],
      columns: [
        'kind',
        'violations',
        'answeredInTime',
        'shareAnsweredInTime',
        'heardInTime',
        'respondedWithoutHearing',
        'dismissed',
        'shareDismissed',
        'dismissedWhileOverdue',
        'overdue',
        'medianHoursToHearing',
        'p90HoursToHearing',
        'medianHoursToResponse',
        'p90HoursToResponse',
      ],
    },
  ],
};
