import { CalendarDate } from '@app/core';
import { DateTime } from 'luxon';

/** A deferred judgment lasts at most this long from the plea (Back on Track: 12 to 18 months). */
export const MAXIMUM_PROGRAM_MONTHS = 18;
/** Staff are warned once the plea is this old, while there is still time to complete or to go back to court. */
export const WARNING_PROGRAM_MONTHS = 16;

/** The calendar date `months` after `date` (the last day of a shorter month when the day does not exist). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  return DateTime.fromISO(date, { zone: 'UTC' }).plus({ months }).toISODate()!;
}

export interface ProgramDates {
  /** When the program ends on its current length. */
  endsOn: CalendarDate;
  /** When staff are warned (16 months from the plea). */
  warningOn: CalendarDate;
  /** The latest the program may end (18 months from the plea). */
  maximumOn: CalendarDate;
}

export function programDates(pleaEnteredOn: CalendarDate, programMonths: number): ProgramDates {
  return {
    endsOn: addMonths(pleaEnteredOn, programMonths),
    warningOn: addMonths(pleaEnteredOn, WARNING_PROGRAM_MONTHS),
    maximumOn: addMonths(pleaEnteredOn, MAXIMUM_PROGRAM_MONTHS),
  };
}

/** Whether the warning is due on `today`: the plea is at least 16 months old. */
export function lengthWarningDue(pleaEnteredOn: CalendarDate, today: CalendarDate): boolean {
  return today >= addMonths(pleaEnteredOn, WARNING_PROGRAM_MONTHS);
}
