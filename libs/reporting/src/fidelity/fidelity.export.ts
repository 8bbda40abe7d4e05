import type { ExportSpec } from '@app/audit';

const FIGURES = ['value', 'target', 'comparison', 'verdict', 'count'] as const;

/** The dashboard's lines, then each phase (or program) of the lines read part by part. */
export const FIDELITY_EXPORT: ExportSpec = {
  name: 'fidelity',
  sheets: [
    {
      name: 'fidelityLines',
      rows: (body: { lines: unknown[] }) => body.lines,
      columns: [{ key: 'key', label: 'fidelityLine', type: 'text' }, 'unit', ...FIGURES, 'shareWithinTarget'],
    },
    {
      name: 'fidelityByPhase',
      rows: (body: { lines: Array<{ key: string; unit: string; byPhase?: object[] }> }) =>
        body.lines.flatMap((line) => (line.byPhase ?? []).map((part) => ({ line: line.key, unit: line.unit, ...part }))),
      columns: [{ key: 'line', label: 'fidelityLine', type: 'text' }, 'unit', 'programCode', 'phasePosition', 'phaseName', ...FIGURES],
    },
  ],
};
