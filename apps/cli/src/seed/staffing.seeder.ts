import { issueCourtOrder } from '@app/violations';
import type { DemoSeeder } from './demo-seeder';

/**
 * Due process in the demo: every sanction of the seeded history has its
 * written order (as recording one through the API makes it), and today's
 * DEMO session has the team's staffing for the participant with the most
 * open violations: a curfew recommended by the coordinator, with a
 * treatment adjustment, and the case manager's dissent. The others are left
 * for the team to staff on the screen.
 */
export const staffingSeeder: DemoSeeder = {
  name: 'staffing and court orders',
  logins: [],

  async seed({ manager, now }) {
    const sanctions = (await manager.query(
      `SELECT r.id FROM court_responses r WHERE r.kind = 'sanction' AND NOT EXISTS (SELECT 1 FROM court_orders o WHERE o.response_id = r.id) ORDER BY r.created_at, r.id`,
    )) as Array<{ id: string }>;
    for (const sanction of sanctions) await issueCourtOrder(manager, sanction.id, undefined);

    const [court] = (await manager.query(`SELECT id, time_zone FROM courts WHERE code = 'DEMO'`)) as Array<{ id: string; time_zone: string }>;
    if (!court) return;
    const [session] = (await manager.query(
      `SELECT id FROM court_sessions WHERE court_id = $1 AND session_date = ($2::timestamptz AT TIME ZONE $3)::date AND status <> 'cancelled' ORDER BY starts_at LIMIT 1`,
      [court.id, now, court.time_zone],
    )) as Array<{ id: string }>;
    const users = new Map(
      ((await manager.query(`SELECT username, id FROM users WHERE username IN ('coordinator', 'casemanager')`)) as Array<{ username: string; id: string }>).map((u) => [
        u.username,
        u.id,
      ]),
    );
    if (!session || !users.get('coordinator') || !users.get('casemanager')) return;
    const people = (await manager.query(
      `SELECT p.id, p.program_id, array_agg(v.id ORDER BY v.detected_at) AS violation_ids
         FROM hearings h JOIN participants p ON p.id = h.participant_id JOIN violations v ON v.participant_id = p.id AND v.status = 'open'
        WHERE h.session_id = $1 AND h.status = 'scheduled'
        GROUP BY p.id, p.program_id, p.participant_number ORDER BY count(*) DESC, p.participant_number DESC LIMIT 1`,
      [session.id],
    )) as Array<{ id: string; program_id: string; violation_ids: string[] }>;
    for (const person of people) {
      const [curfew] = (await manager.query(`SELECT id FROM response_catalogue_entries WHERE program_id = $1 AND active AND code = 'CURFEW'`, [person.program_id])) as Array<{
        id: string;
      }>;
      const proposal = {
        responses: curfew ? [{ catalogueEntryId: curfew.id, violationIds: person.violation_ids, amount: null, testsPerWeek: null, reason: 'Out after 22:00 twice this month' }] : [],
        phaseChange: null,
        statusChange: null,
        treatmentAdjustment: 'Add one individual session a week',
      };
      const [{ id }] = (await manager.query(
        `INSERT INTO staffing_recommendations (court_id, session_id, participant_id, proposal, reasons, recorded_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [court.id, session.id, person.id, JSON.stringify(proposal), 'Open violations to answer; otherwise engaged in treatment.', users.get('coordinator')],
      )) as Array<{ id: string }>;
      await manager.query(
        `INSERT INTO staffing_positions (recommendation_id, user_id, role, position, reason) VALUES ($1, $2, 'coordinator', 'agree', NULL), ($1, $3, 'case_manager', 'dissent', $4)`,
        [id, users.get('coordinator'), users.get('casemanager'), 'A curfew is too much for now: a writing assignment first.'],
      );
    }
  },
};
