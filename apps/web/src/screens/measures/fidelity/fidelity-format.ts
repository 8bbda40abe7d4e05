import type { TFunction } from 'i18next';
import type { components } from '../../../api/schema';
import { formatNumber, formatPercent } from '../../../i18n/format';

export type Fidelity = components['schemas']['FidelityDto'];
export type FidelityLine = components['schemas']['FidelityLineDto'];
export type FidelityPart = components['schemas']['FidelityPartDto'];
export type FidelityCases = components['schemas']['FidelityCasesDto'];
export type FidelityCase = components['schemas']['FidelityCaseDto'];
export type FidelityUnit = FidelityLine['unit'];
export type FidelityVerdict = FidelityLine['verdict'];

/** A figure in its line's unit: a share as a percentage, tests a week, hours, days, a ratio. */
export function formatFigure(t: TFunction<'fidelity'>, unit: FidelityUnit, value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  if (unit === 'share') return formatPercent(value);
  return t(`units.${unit}`, { value: formatNumber(value, unit === 'tests_per_week' ? 2 : 1) });
}

/** "at least 29%", "at most 8 h"; a line whose phases differ reads "by phase". */
export function formatTarget(t: TFunction<'fidelity'>, line: Pick<FidelityLine, 'unit' | 'target' | 'comparison'>): string {
  if (line.target === null) return t('noTarget');
  return t(`comparison.${line.comparison}`, { target: formatFigure(t, line.unit, line.target) });
}

/** A phase on an axis or in a table: "ATC phase 2"; a whole program (jail) by its code. */
export function partLabel(t: TFunction<'fidelity'>, part: Pick<FidelityPart, 'programCode' | 'phasePosition'>): string {
  if (part.phasePosition === null) return part.programCode ?? '—';
  return t('phaseShort', { program: part.programCode ?? '—', position: part.phasePosition });
}
