import type { DocketEntry } from './docket-types';

export type Tone = 'ok' | 'warn' | 'bad' | 'neutral';

/** A chip the judge reads before its words: its tone comes from the record's fields, never from translated text. */
export interface Chip {
  /** The message key in the bench catalogue. */
  key: string;
  count?: number;
  tone: Tone;
}

/** Statuses that change what the judge does today, shown before anything else. */
const STATUS_CHIPS: Record<string, Chip> = {
  warrant: { key: 'chip.warrant', tone: 'bad' },
  in_custody: { key: 'chip.inCustody', tone: 'bad' },
};

/**
 * The participant's standing as chips, the same on the docket list and the
 * card: a warrant or custody first, then open violations (red), or
 * non-compliance (amber), or compliance (green).
 */
export function standingChips(entry: Pick<DocketEntry, 'participant' | 'violations' | 'compliant'>): Chip[] {
  const chips: Chip[] = [];
  const status = STATUS_CHIPS[entry.participant.status];
  if (status) chips.push(status);
  const open = entry.violations.filter((v) => v.status === 'open').length;
  if (open > 0) chips.push({ key: 'violationsShort', count: open, tone: 'bad' });
  else chips.push(entry.compliant ? { key: 'card.compliant', tone: 'ok' } : { key: 'card.notCompliant', tone: 'warn' });
  return chips;
}

export const toneClass = (tone: Tone): string => (tone === 'neutral' ? 'badge' : `badge badge-${tone}`);
