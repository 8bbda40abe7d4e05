import type { ExportSpec } from '@app/audit';

const STAGE = ['stage', 'count', 'conversionRate'] as const;
const GROUP_STAGE = ['group', ...STAGE, 'ratioToReferred', 'belowFourFifthsToReferred', 'ratioToEligible', 'belowFourFifthsToEligible'] as const;

interface GroupsBody {
  groups?: Array<{ group: string; stages: object[] }>;
  funnel?: Array<{ group: string; stages: object[] }>;
}

/** One row per group and stage. */
const groupRows = (groups: Array<{ group: string; stages: object[] }>) => groups.flatMap((g) => g.stages.map((stage) => ({ group: g.group, ...stage })));

/** The referral funnel: its stages, each group's stages with the disparity ratios, and the rejection reasons. */
export const FUNNEL_EXPORT: ExportSpec = {
  name: 'funnel',
  sheets: [
    { name: 'funnelStages', rows: (body: { stages: unknown[] }) => body.stages, columns: STAGE },
    { name: 'funnelGroups', rows: (body: GroupsBody) => groupRows(body.groups ?? []), columns: GROUP_STAGE },
    { name: 'rejectionReasons', rows: (body: { rejectionReasons: unknown[] }) => body.rejectionReasons, columns: ['reason', 'detail', 'count'] },
  ],
};

interface OutcomesBody {
  outcomes: Array<{ measure: string; favourable: boolean; groups: object[] }>;
}

/** The equity view of one dimension: each group's funnel and outcomes with the disparity ratios. */
export const EQUITY_EXPORT: ExportSpec = {
  name: 'equity',
  sheets: [
    { name: 'funnelGroups', rows: (body: GroupsBody) => groupRows(body.funnel ?? []), columns: GROUP_STAGE },
    {
      name: 'equityOutcomes',
      rows: (body: OutcomesBody) => body.outcomes.flatMap((o) => o.groups.map((g) => ({ measure: o.measure, favourable: o.favourable, ...g }))),
      columns: ['measure', 'favourable', 'group', 'count', 'ratioToReferred', 'flagToReferred', 'ratioToEligible', 'flagToEligible'],
    },
    { name: 'funnelStages', rows: (body: { stages: unknown[] }) => body.stages, columns: STAGE },
  ],
};
