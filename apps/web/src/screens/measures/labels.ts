import type { TFunction } from 'i18next';

/** A phase on a chart's axis, short: "ATC 2"; null (days outside any phase) in words. */
export function phaseShortLabel(t: TFunction<'measures'>, programCode: string | null, position: number | null): string {
  return programCode === null || position === null ? t('phase.none') : t('phase.short', { program: programCode, position });
}

/** A phase in a table: "Phase 2 · Intensive Treatment". */
export function phaseLabel(t: TFunction<'measures'>, position: number | null, name: string | null): string {
  return position === null ? t('phase.none') : t('phase.long', { position, name: name ?? '' });
}

/** A violation kind in words; a kind this screen has no words for is shown as the API names it. */
export function kindLabel(t: TFunction<'measures'>, kind: string): string {
  return t(`kind.${kind}`, { defaultValue: kind.replace(/_/g, ' ') });
}
