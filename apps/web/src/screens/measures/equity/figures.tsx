import type { TFunction } from 'i18next';
import type { components } from '../../../api/schema';
import { formatLanguageName, formatNumber, formatPercent } from '../../../i18n/format';

/**
 * The funnel and equity figures as the API gives them (exact for the court
 * team; "<5" and "suppressed" where published figures hide small cells),
 * and how each reads on screen.
 */
type Schemas = components['schemas'];
export type Funnel = Schemas['FunnelDto'];
export type Equity = Schemas['EquityDto'];
export type FunnelStage = Schemas['FunnelStageDto'];
export type FunnelGroup = Schemas['FunnelGroupDto'];
export type FunnelGroupStage = Schemas['FunnelGroupStageDto'];
export type RejectionReason = Schemas['RejectionReasonDto'];

/** The demographic dimensions and stages, as the API names them (its enums). */
export const DIMENSIONS = ['raceEthnicity', 'sex', 'gender', 'ageBand', 'language'] as const;
export const STAGES = ['referred', 'screened', 'eligible', 'accepted', 'admitted', 'graduated'] as const;
export const AUDIENCES = ['team', 'public'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** The four-fifths rule of thumb the API flags against. */
export const FOUR_FIFTHS = 0.8;

/** A count: the number, or "fewer than 5" where it is hidden. */
export function countText(t: TFunction<'measures'>, count: number | string): string {
  return typeof count === 'number' ? formatNumber(count) : t('equity.fewerThanFive');
}

/** A rate as a percentage; "hidden" where it is taken from a hidden count; a dash where there is nothing to divide by. */
export function rateText(t: TFunction<'measures'>, rate: number | string | null): string {
  if (rate === null) return '—';
  return typeof rate === 'number' ? formatPercent(rate) : t('equity.hidden');
}

/** A disparity ratio to two decimals ("0.75"). */
export function ratioText(t: TFunction<'measures'>, ratio: number | string | null): string {
  if (ratio === null) return '—';
  return typeof ratio === 'number' ? formatNumber(ratio, 2) : t('equity.hidden');
}

/** A figure a chart can plot: hidden and missing figures are left out (their table says why). */
export const plotted = (value: number | string | null): number | null => (typeof value === 'number' ? value : null);

/** A figure for sorting a table: hidden ones first, as the smallest. */
export const sortable = (value: number | string | null): number | null => (typeof value === 'number' ? value : null);

/** A group in words; a language code by the browser's own names of languages, in the reader's language. */
export function groupLabel(t: TFunction<'measures'>, group: string): string {
  if (/^[a-z]{2}$/.test(group)) return formatLanguageName(group);
  return t(`equity.groups.${group}`, { defaultValue: group });
}

export function stageLabel(t: TFunction<'measures'>, stage: string): string {
  return t(`funnel.stages.${stage}`, { defaultValue: stage });
}
