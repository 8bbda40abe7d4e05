/**
 * Where each participant of a court day's testing stands, as pure code: the
 * board's states and counts follow from what the database returns.
 */
export const BOARD_STATES = ['excused', 'not_called_in', 'called_in', 'awaiting_collection', 'collected', 'missing'] as const;
export type BoardState = (typeof BOARD_STATES)[number];

export interface BoardFacts {
  toTest: boolean;
  excused: boolean;
  calledIn: boolean;
  collected: boolean;
  deadlinePassed: boolean;
}

/**
 * Excused first (staff said so); a participant to test is collected, or
 * missing once the deadline passed, or awaiting their collection; anyone
 * else has called in or not.
 */
export function boardState(facts: BoardFacts): BoardState {
  if (facts.excused) return 'excused';
  if (facts.toTest) {
    if (facts.collected) return 'collected';
    return facts.deadlinePassed ? 'missing' : 'awaiting_collection';
  }
  if (facts.collected) return 'collected';
  return facts.calledIn ? 'called_in' : 'not_called_in';
}
