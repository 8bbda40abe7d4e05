/**
 * The order a docket is called in. Pure: the docket service and its print
 * view use it, and it is unit-tested on its own.
 */
export type DocketOrderName = 'compliant_first' | 'violations_first' | 'name' | 'participant_number';

/** What ordering needs to know about one participant on the docket. */
export interface DocketOrderKey {
  lastName: string;
  firstName: string;
  participantNumber: string | null;
  /** No open violation and none since the last hearing. */
  compliant: boolean;
  /** Open violations whose deadline has passed. */
  overdue: number;
  /** The earliest deadline among open violations, ISO; null without one. */
  earliestDeadline: string | null;
  /** Ties are broken by id so the order never changes between two reads. */
  id: string;
}

const byName = (a: DocketOrderKey, b: DocketOrderKey) =>
  a.lastName.localeCompare(b.lastName) || a.firstName.localeCompare(b.firstName) || a.id.localeCompare(b.id);

const byNumber = (a: DocketOrderKey, b: DocketOrderKey) => {
  if (a.participantNumber === b.participantNumber) return byName(a, b);
  if (a.participantNumber === null) return 1;
  if (b.participantNumber === null) return -1;
  return a.participantNumber.localeCompare(b.participantNumber, undefined, { numeric: true });
};

/** Among participants with violations, overdue ones first, then the nearest deadline. */
const byUrgency = (a: DocketOrderKey, b: DocketOrderKey) => {
  if (a.overdue !== b.overdue) return b.overdue - a.overdue;
  if (a.earliestDeadline !== b.earliestDeadline) {
    if (a.earliestDeadline === null) return 1;
    if (b.earliestDeadline === null) return -1;
    return a.earliestDeadline.localeCompare(b.earliestDeadline);
  }
  return byName(a, b);
};

/**
 * `compliant_first` opens with good news (the court's praise and incentives
 * in front of everyone), then those with violations, most urgent first;
 * `violations_first` is the reverse, for courts that deal with custody
 * matters early; `name` and `participant_number` ignore compliance.
 */
export function orderDocket<T extends DocketOrderKey>(entries: readonly T[], order: DocketOrderName): T[] {
  const sorted = [...entries];
  switch (order) {
    case 'name':
      return sorted.sort(byName);
    case 'participant_number':
      return sorted.sort(byNumber);
    case 'compliant_first':
    case 'violations_first': {
      const compliant = sorted.filter((e) => e.compliant).sort(byName);
      const others = sorted.filter((e) => !e.compliant).sort(byUrgency);
      return order === 'compliant_first' ? [...compliant, ...others] : [...others, ...compliant];
    }
  }
}
