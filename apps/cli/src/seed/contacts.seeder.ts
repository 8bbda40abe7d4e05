import type { EntityManager } from 'typeorm';
import type { DemoSeeder } from './demo-seeder';

const HOUR_MS = 3_600_000;

/**
 * Contact log entries: participant number, hours before now, kind,
 * direction, whether it reached them, who, note. D-0010 (on a warrant) has
 * only attempts for three weeks, so "last contact" on the caseload shows how
 * long the team has not reached them; D-0004 has not been reached for weeks.
 */
const CONTACTS: Array<[string, number, string, string, boolean, string, string]> = [
  ['D-0001', 26, 'call', 'outgoing', true, 'casemanager', 'Confirmed the new work schedule.'],
  ['D-0001', 24 * 8, 'office_visit', 'incoming', true, 'casemanager', 'Brought the pay stubs.'],
  ['D-0002', 50, 'text_message', 'incoming', true, 'casemanager', 'Asked to move the Thursday appointment.'],
  ['D-0003', 24 * 4, 'home_visit', 'outgoing', true, 'coordinator', 'Curfew check, at home.'],
  ['D-0004', 24 * 2, 'call', 'outgoing', false, 'casemanager', 'No answer; left a message.'],
  ['D-0004', 24 * 19, 'call', 'outgoing', true, 'casemanager', 'Talked about the job search.'],
  ['D-0006', 30, 'video', 'outgoing', true, 'casemanager', 'Weekly check-in.'],
  ['D-0009', 24 * 3, 'email', 'incoming', true, 'casemanager', 'Sent the school enrolment letter.'],
  ['D-0010', 24 * 1, 'home_visit', 'outgoing', false, 'coordinator', 'Nobody home; neighbour has not seen them.'],
  ['D-0010', 24 * 6, 'call', 'outgoing', false, 'casemanager', 'Number out of service.'],
  ['D-0010', 24 * 23, 'in_person', 'incoming', true, 'casemanager', 'Came to the office after court.'],
  ['H-0001', 40, 'call', 'outgoing', true, 'casemanager2', 'Reminded of the hearing date.'],
];

/** A few weeks of the contact log, so the caseload's "last contact" and the participant page's log show something. */
export const contactsSeeder: DemoSeeder = {
  name: 'contacts',
  logins: [],

  async seed({ manager, now }) {
    for (const [number, hoursAgo, kind, direction, reached, staff, note] of CONTACTS) {
      await addContact(manager, number, new Date(now.getTime() - hoursAgo * HOUR_MS), { kind, direction, reached, staff, note });
    }
  },
};

/** Adds the entry unless the same one is there already, so seeding twice changes nothing. */
async function addContact(
  manager: EntityManager,
  participantNumber: string,
  at: Date,
  c: { kind: string; direction: string; reached: boolean; staff: string; note: string },
): Promise<void> {
  await manager.query(
    `INSERT INTO participant_contacts (participant_id, kind, direction, reached, occurred_at, staff_id, note)
     SELECT p.id, $2::text, $3::text, $4::boolean, $5::timestamptz, u.id, $7::text FROM participants p, users u
      WHERE p.participant_number = $1 AND u.username = $6
        AND NOT EXISTS (SELECT 1 FROM participant_contacts c WHERE c.participant_id = p.id AND c.note = $7::text)`,
    [participantNumber, c.kind, c.direction, c.reached, at, c.staff, c.note],
  );
}
