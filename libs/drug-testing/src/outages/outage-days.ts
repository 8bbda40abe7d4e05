import { addCalendarDays, courtDateAt } from '@app/core';
import { testingDay, type TestingDay, type TestingSchedule } from '../draw/testing-day';

/** The longest outage that may be recorded in one go. */
export const MAX_OUTAGE_HOURS = 7 * 24;

/**
 * The court days whose call-in window overlaps the period [startsAt, endsAt):
 * a participant could not call in during part of their window. Windows are
 * wall-clock times in the court's zone, so every day that could touch the
 * period (one either side, for zones far from UTC) is placed and checked.
 */
export function daysWithWindowIn(schedule: TestingSchedule, startsAt: Date, endsAt: Date): TestingDay[] {
  const days: TestingDay[] = [];
  const last = addCalendarDays(courtDateAt(endsAt, schedule.timeZone), 1);
  for (let day = addCalendarDays(courtDateAt(startsAt, schedule.timeZone), -1); day <= last; day = addCalendarDays(day, 1)) {
    const testing = testingDay(schedule, day);
    if (testing.windowOpensAt < endsAt && testing.windowClosesAt > startsAt) days.push(testing);
  }
  return days;
}
