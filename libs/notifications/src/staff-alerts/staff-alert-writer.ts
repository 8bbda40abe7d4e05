import { addToOutbox, JobName } from '@app/queue';
import type { EntityManager } from 'typeorm';
import type { StaffAlertKind, TemplateParams } from '../messages/message-templates';

/** The court roles an alert can be addressed to (by role, within the alert's court). */
export type AlertRole = 'court_admin' | 'judge' | 'coordinator' | 'case_manager';

export interface NewStaffAlert {
  courtId: string;
  kind: StaffAlertKind;
  /** The event, e.g. `violation:<id>:reminder:24h`: each recipient is alerted once per event. */
  eventKey: string;
  /** Ids and numbers only: a participant's number, a deadline in the court's time. */
  params: TemplateParams;
  /** The web application's path of the record (`/participants/<id>`). */
  link: string | null;
  /** Every active staff member of the court holding one of these roles… */
  roles: readonly AlertRole[];
  /** …and this user (a participant's case manager), if an active staff member of the court. */
  userId?: string | null;
}

/**
 * Writes staff alerts, one per recipient, in the transaction of `manager`
 * (the event's own), and for each the job that tells the recipient's open
 * screens and emails those who asked, through the outbox. A recipient
 * already alerted for the event is skipped, so a retried, replayed or
 * concurrent event alerts each person once. Returns how many alerts were
 * new. A plain function, so the domain modules (violations, drug testing,
 * treatment) raise alerts the same way inside their own transactions.
 */
export async function raiseStaffAlerts(manager: EntityManager, alerts: readonly NewStaffAlert[]): Promise<number> {
  if (alerts.length === 0) return 0;
  const rows = (await manager.query(
    `WITH input AS (
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::jsonb[], $5::text[], $6::text[], $7::uuid[])
         AS a(court_id, kind, event_key, params, link, roles, user_id))
     INSERT INTO staff_alerts (court_id, user_id, kind, event_key, params, link)
     SELECT DISTINCT ON (u.id, a.event_key) a.court_id, u.id, a.kind, a.event_key, a.params, a.link
       FROM input a
       JOIN court_memberships m ON m.court_id = a.court_id
       JOIN users u ON u.id = m.user_id
      WHERE u.active AND u.kind = 'staff' AND m.role <> 'participant'
        AND (m.role = ANY(string_to_array(a.roles, ',')) OR u.id = a.user_id)
     ON CONFLICT (user_id, event_key) DO NOTHING
     RETURNING id`,
    [
      alerts.map((a) => a.courtId),
      alerts.map((a) => a.kind),
      alerts.map((a) => a.eventKey),
      alerts.map((a) => JSON.stringify(a.params)),
      alerts.map((a) => a.link),
      alerts.map((a) => a.roles.join(',')),
      alerts.map((a) => a.userId ?? null),
    ],
  )) as Array<{ id: string }>;
  await addToOutbox(
    manager,
    rows.map((row) => ({ job: JobName.AlertRaised, key: `alert:${row.id}`, payload: { alertId: row.id } })),
  );
  return rows.length;
}
