import { addCalendarDays, courtDateAt, courtInstant, weekdayOf } from '@app/core';
import { noEffects, outcomeFingerprint } from '@app/docket';
import type { EntityManager } from 'typeorm';
import type { DemoSeeder } from './demo-seeder';

/** Each court's regular sittings: weekdays (1 = Monday), start, courtroom, judge's username. */
const CALENDARS: Record<string, { weekdays: number[]; start: string; courtroom: string; judge: string; docketOrder: string }> = {
  DEMO: { weekdays: [1, 3], start: '09:00', courtroom: 'Courtroom 3A', judge: 'judge', docketOrder: 'compliant_first' },
  // Swift and certain: HOPE hears its violations first.
  HOPE: { weekdays: [2, 4], start: '08:30', courtroom: 'Courtroom 1', judge: 'judge2', docketOrder: 'violations_first' },
};

const PAST_DAYS = 42;
const AHEAD_DAYS = 28;

interface InProgram {
  id: string;
  status: string;
  enrolled_on: string;
  open_violations: number;
  /** In a program that starts with the warning hearing, and theirs not yet held. */
  awaiting_warning: boolean | null;
}

/**
 * The court calendar: regular sessions six weeks back and four ahead, and one
 * today in each court whatever the weekday, so the bench view always has a
 * docket. Every participant in the program was last heard about two weeks
 * ago (a held hearing with its outcome), is on today's docket, and active
 * ones have their next status hearing set about two weeks out.
 */
export const calendarSeeder: DemoSeeder = {
  name: 'court sessions, hearings and outcomes',
  logins: [],

  async seed({ manager, now }) {
    const courts = (await manager.query(`SELECT id, code, time_zone FROM courts WHERE code = ANY($1::text[])`, [Object.keys(CALENDARS)])) as Array<{
      id: string;
      code: string;
      time_zone: string;
    }>;
    for (const court of courts) {
      const calendar = CALENDARS[court.code];
      await manager.query(`UPDATE courts SET docket_order = $2 WHERE id = $1`, [court.id, calendar.docketOrder]);
      const [judge] = (await manager.query(`SELECT id FROM users WHERE username = $1`, [calendar.judge])) as Array<{ id: string }>;
      const today = courtDateAt(now, court.time_zone);
      const sessions = new Map<string, string>();
      for (let offset = -PAST_DAYS; offset <= AHEAD_DAYS; offset++) {
        const date = addCalendarDays(today, offset);
        if (offset !== 0 && !calendar.weekdays.includes(weekdayOf(date))) continue;
        const [{ id }] = (await manager.query(
          `INSERT INTO court_sessions (court_id, session_date, start_time, starts_at, judge_id, courtroom, created_by)
           VALUES ($1, $2, $3, $4, $5, $6, $5) RETURNING id`,
          [court.id, date, calendar.start, courtInstant(date, calendar.start, court.time_zone), judge?.id ?? null, calendar.courtroom],
        )) as Array<{ id: string }>;
        sessions.set(date, id);
      }
      const dates = [...sessions.keys()].sort();
      const lastBefore = (date: string) => [...dates].reverse().find((d) => d <= date);
      const firstFrom = (date: string) => dates.find((d) => d >= date);
      const people = (await manager.query(
        `SELECT p.id, p.status, p.enrolled_on::text,
                (SELECT count(*)::int FROM violations v WHERE v.participant_id = p.id AND v.status = 'open') AS open_violations,
                (pr.warning_hearing_required AND p.warning_hearing_on IS NULL) AS awaiting_warning
           FROM participants p LEFT JOIN programs pr ON pr.id = p.program_id WHERE p.court_id = $1 AND p.status IN ('active', 'in_custody', 'warrant', 'medical_leave') ORDER BY p.participant_number`,
        [court.id],
      )) as InProgram[];
      for (const [i, p] of people.entries()) {
        const previous = lastBefore(addCalendarDays(today, -12));
        // Every other participant was ordered community service at that hearing, so the bench card shows an order and what is done of it.
        const order = i % 2 === 1 ? { hours: 8, on: previous! } : null;
        // Someone awaiting their warning hearing has had no hearing yet: today's is that one.
        if (previous && previous >= p.enrolled_on && !p.awaiting_warning) await heardOn(manager, court.id, sessions.get(previous)!, p.id, judge?.id ?? null, order);
        const kind = p.awaiting_warning ? 'warning' : p.open_violations > 0 ? 'violation' : 'status';
        await hear(manager, court.id, sessions.get(today)!, p.id, kind, judge?.id ?? null);
        const next = p.status === 'active' ? firstFrom(addCalendarDays(today, 14)) : undefined;
        if (next) await hear(manager, court.id, sessions.get(next)!, p.id, 'status', judge?.id ?? null);
      }
    }
  },
};

async function hear(manager: EntityManager, courtId: string, sessionId: string, participantId: string, kind: string, by: string | null): Promise<string> {
  const [{ id }] = (await manager.query(
    `INSERT INTO hearings (court_id, participant_id, kind, scheduled_at, session_id, created_by)
     SELECT $1, $2, $3, starts_at, id, $5 FROM court_sessions WHERE id = $4 RETURNING id`,
    [courtId, participantId, kind, sessionId, by],
  )) as Array<{ id: string }>;
  return id;
}

/** A hearing already held, with the outcome the court recorded. */
async function heardOn(
  manager: EntityManager,
  courtId: string,
  sessionId: string,
  participantId: string,
  judgeId: string | null,
  order: { hours: number; on: string } | null,
): Promise<void> {
  const hearingId = await hear(manager, courtId, sessionId, participantId, 'status', judgeId);
  await manager.query(`UPDATE hearings SET status = 'held' WHERE id = $1`, [hearingId]);
  if (!judgeId) return;
  const request = { attendance: 'appeared', notes: 'Reviewed progress; keep up the testing and treatment.' };
  await manager.query(
    `INSERT INTO hearing_outcomes (hearing_id, participant_id, version, attendance, notes, fingerprint, request, effects, recorded_by, recorded_at)
     SELECT $1, $2, 1, 'appeared', $3, $4, $5, $6, $7, starts_at + interval '20 minutes' FROM court_sessions WHERE id = $8`,
    [
      hearingId,
      participantId,
      request.notes,
      outcomeFingerprint(request),
      JSON.stringify(request),
      JSON.stringify(noEffects()),
      judgeId,
      sessionId,
    ],
  );
  if (order) {
    await manager.query(
      `INSERT INTO court_responses (court_id, participant_id, catalogue_entry_id, kind, level, effect, amount, ordered_on, hearing_id, ordered_by, note)
       SELECT $1, p.id, e.id, e.kind, e.level, e.effect, $3, $4, $5, $6, 'ordered at the status hearing'
         FROM participants p JOIN response_catalogue_entries e ON e.program_id = p.program_id AND e.effect = 'community_service' AND e.active
        WHERE p.id = $2 ORDER BY e.level LIMIT 1`,
      [courtId, participantId, order.hours, order.on, hearingId, judgeId],
    );
  }
}
