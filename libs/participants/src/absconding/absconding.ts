import { CalendarDate, daysBetween } from '@app/core';

/** The last day of each kind of sign of life, or null when there is none since enrolment. */
export interface SignsOfLife {
  enrolledOn: CalendarDate;
  lastContactOn: CalendarDate | null;
  lastCallInOn: CalendarDate | null;
  lastTestOn: CalendarDate | null;
}

export interface AbscondingReading {
  daysSinceContact: number;
  daysSinceCallIn: number;
  daysSinceTest: number;
  possiblyAbsconded: boolean;
}

/**
 * Days since each sign of life (counted from enrolment when there was none
 * yet), and whether all three are at least `thresholdDays` old: only then is
 * the participant flagged as possibly absconded. One recent sign of any kind
 * clears the flag, so a participant who calls in but missed a test is not
 * flagged (the missed test is its own violation).
 */
export function readAbsconding(signs: SignsOfLife, today: CalendarDate, thresholdDays: number): AbscondingReading {
  const since = (date: CalendarDate | null) => Math.max(0, daysBetween(date ?? signs.enrolledOn, today));
  const reading = {
    daysSinceContact: since(signs.lastContactOn),
    daysSinceCallIn: since(signs.lastCallInOn),
    daysSinceTest: since(signs.lastTestOn),
  };
  const possiblyAbsconded = Math.min(reading.daysSinceContact, reading.daysSinceCallIn, reading.daysSinceTest) >= thresholdDays;
  return { ...reading, possiblyAbsconded };
}
