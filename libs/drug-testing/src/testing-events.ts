import type { CalendarDate } from '@app/core';

/**
 * The keys of testing events that create violations. A violation's
 * `source_key` is one of these, so the same event never creates two, and an
 * outage or an overturned result can find the violation it must dismiss.
 */
export const TestingEvent = {
  missedCallIn: (participantId: string, courtDay: CalendarDate) => `call-in:${participantId}:${courtDay}:missed`,
  missedTest: (participantId: string, courtDay: CalendarDate) => `test:${participantId}:${courtDay}:missed`,
  collection: (collectionId: string) => `collection:${collectionId}`,
};
