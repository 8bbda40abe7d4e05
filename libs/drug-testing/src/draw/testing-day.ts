import { addCalendarDays, type CalendarDate, courtDateAt, courtDayBounds, courtInstant } from '@app/core';

/** A court's testing settings, all wall-clock times in its own zone. */
export interface TestingSchedule {
  timeZone: string;
  callInWindowStart: string;
  /** `24:00` is the end of the day. */
  callInWindowEnd: string;
  /** `24:00` is the end of the day; never before the window closes. */
  reportByTime: string;
  drawLeadMinutes: number;
}

/** The instants of one court day's testing. */
export interface TestingDay {
  courtDay: CalendarDate;
  /** When the draw is made and committed: `drawLeadMinutes` of wall-clock time before the window opens. */
  drawAt: Date;
  windowOpensAt: Date;
  windowClosesAt: Date;
  reportBy: Date;
  /** When the court day is over and its seed is published. */
  dayEndsAt: Date;
}

const MINUTES_PER_DAY = 24 * 60;

function minutesOf(time: string): number {
  const [hour, minute] = time.split(':').map(Number);
  return hour * 60 + minute;
}

function wallTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** The instant a wall-clock time (`24:00` allowed) falls on, in the court's zone. */
function wallInstant(day: CalendarDate, time: string, zone: string): Date {
  return time === '24:00' ? courtDayBounds(day, zone).end : courtInstant(day, time, zone);
}

/** The draw's wall-clock time and the day it falls on, relative to the court day (0, or −1 when before midnight). */
function drawWallClock(schedule: TestingSchedule): { dayOffset: number; time: string } {
  const minutes = minutesOf(schedule.callInWindowStart) - schedule.drawLeadMinutes;
  return minutes >= 0 ? { dayOffset: 0, time: wallTime(minutes) } : { dayOffset: -1, time: wallTime(minutes + MINUTES_PER_DAY) };
}

/**
 * The instants of a court day. All are wall-clock times in the court's
 * zone, so on a daylight-saving day the window still opens at 05:00 local
 * (see `courtInstant` for the hour that does not exist or happens twice).
 */
export function testingDay(schedule: TestingSchedule, courtDay: CalendarDate): TestingDay {
  const zone = schedule.timeZone;
  const draw = drawWallClock(schedule);
  return {
    courtDay,
    drawAt: courtInstant(addCalendarDays(courtDay, draw.dayOffset), draw.time, zone),
    windowOpensAt: wallInstant(courtDay, schedule.callInWindowStart, zone),
    windowClosesAt: wallInstant(courtDay, schedule.callInWindowEnd, zone),
    reportBy: wallInstant(courtDay, schedule.reportByTime, zone),
    dayEndsAt: courtDayBounds(courtDay, zone).end,
  };
}

/** The court day a call at `now` belongs to. */
export function callInDay(schedule: TestingSchedule, now: Date): TestingDay {
  return testingDay(schedule, courtDateAt(now, schedule.timeZone));
}

export function isWindowOpen(day: TestingDay, now: Date): boolean {
  return now >= day.windowOpensAt && now < day.windowClosesAt;
}

/**
 * The court days whose draw should exist by `now`: its time has come and its
 * window has not closed (a draw made after the window closed would test
 * nobody, so a day missed that long is left to the alert, not drawn late).
 */
export function daysDueForDraw(schedule: TestingSchedule, now: Date): TestingDay[] {
  const today = courtDateAt(now, schedule.timeZone);
  return [today, addCalendarDays(today, 1)]
    .map((day) => testingDay(schedule, day))
    .filter((day) => now >= day.drawAt && now < day.windowClosesAt);
}

/** Cron patterns (read in the court's zone) for the moments of every court day. */
export function testingCronPatterns(schedule: TestingSchedule): { draw: string; windowClose: string; reportingDeadline: string } {
  const cron = (time: string) => {
    const minutes = time === '24:00' ? 0 : minutesOf(time);
    return `${minutes % 60} ${Math.floor(minutes / 60)} * * *`;
  };
  return {
    draw: cron(drawWallClock(schedule).time),
    windowClose: cron(schedule.callInWindowEnd),
    reportingDeadline: cron(schedule.reportByTime),
  };
}
