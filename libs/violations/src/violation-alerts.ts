import { courtDateAt, courtTimeAt } from '@app/core';
import { sessionBeforeDeadlineSql } from '@app/hearings';
import { type AlertRole, type NewStaffAlert, raiseStaffAlerts } from '@app/notifications';
import type { EntityManager } from 'typeorm';
import { DEADLINE, HEARING_BEFORE_DEADLINE_SQL } from './violation-clock';

interface ViolationFacts {
  id: string;
  court_id: string;
  participant_id: string;
  participant_number: string | null;
  case_manager_id: string | null;
  deadline_at: Date;
  time_zone: string;
}

const FACTS_SQL = `
  SELECT v.id, v.court_id, v.participant_id, p.participant_number, p.case_manager_id, v.deadline_at, c.time_zone
    FROM violations v JOIN participants p ON p.id = v.participant_id JOIN courts c ON c.id = v.court_id`;

/** The deadline as the court's wall clock shows it, `2026-12-09 09:00` (the same in every language). */
const courtDeadline = (facts: ViolationFacts): string => `${courtDateAt(facts.deadline_at, facts.time_zone)} ${courtTimeAt(facts.deadline_at, facts.time_zone)}`;

function alertOf(
  facts: ViolationFacts,
  kind: NewStaffAlert['kind'],
  eventKey: string,
  to: { roles: AlertRole[]; caseManager: boolean },
  extra: Record<string, string | number> = {},
): NewStaffAlert {
  return {
    courtId: facts.court_id,
    kind,
    eventKey,
    params: { participantNumber: facts.participant_number ?? '—', deadline: courtDeadline(facts), ...extra },
    link: `/participants/${facts.participant_id}`,
    roles: to.roles,
    userId: to.caseManager ? facts.case_manager_id : null,
  };
}

/**
 * The staff alerts of a clock moment that fired, in its transaction: a
 * reminder goes to the participant's case manager and the coordinators, the
 * escalation at the deadline to the coordinators and the judges; a reminder that finds no court session before the deadline also
 * says so. Keyed by the moment, so each person hears of it once.
 */
export async function raiseClockAlerts(
  manager: EntityManager,
  violationId: string,
  event: string,
  situation: { hearingScheduled: boolean; sessionAvailable: boolean; now: Date },
): Promise<number> {
  const [facts] = (await manager.query(`${FACTS_SQL} WHERE v.id = $1`, [violationId])) as ViolationFacts[];
  if (!facts) return 0;
  const key = `violation:${violationId}:${event}`;
  if (event === DEADLINE) return raiseStaffAlerts(manager, [alertOf(facts, 'violation-escalated', key, { roles: ['coordinator', 'judge'], caseManager: false })]);
  // A reminder fired late, after its deadline (a worker down for days): the escalation says it better.
  if (situation.now >= facts.deadline_at) return 0;
  const hoursLeft = Math.max(1, Math.round((facts.deadline_at.getTime() - situation.now.getTime()) / 3_600_000));
  const alerts = [alertOf(facts, 'violation-reminder', key, { roles: ['coordinator'], caseManager: true }, { hoursLeft })];
  if (!situation.hearingScheduled && !situation.sessionAvailable) alerts.push(alertOf(facts, 'violation-no-session', `violation:${violationId}:no-session`, { roles: ['coordinator'], caseManager: true }));
  return raiseStaffAlerts(manager, alerts);
}

/**
 * "No court session before this deadline", as soon as it is known: for new
 * violations with no hearing scheduled before their deadline and no session
 * of their program that could take one, the coordinators (who keep the
 * calendar) and the case manager are told at once, in the recording's
 * transaction. The same alert a reminder would raise (one key), so once.
 */
export async function raiseNoSessionAlerts(manager: EntityManager, violationIds: readonly string[]): Promise<number> {
  if (violationIds.length === 0) return 0;
  const rows = (await manager.query(
    `${FACTS_SQL}
      WHERE v.id = ANY($1::uuid[]) AND v.status = 'open' AND NOT ${HEARING_BEFORE_DEADLINE_SQL}
        AND ${sessionBeforeDeadlineSql({ courtId: 'p.court_id', programId: 'p.program_id', deadline: 'v.deadline_at', now: 'v.detected_at' })} IS NULL`,
    [violationIds],
  )) as ViolationFacts[];
  return raiseStaffAlerts(
    manager,
    rows.map((facts) => alertOf(facts, 'violation-no-session', `violation:${facts.id}:no-session`, { roles: ['coordinator'], caseManager: true })),
  );
}
