import { ROLES_ALWAYS_REQUIRING_SECOND_FACTOR, SecretHasher, TotpService } from '@app/auth';
import { addCalendarDays, AppConfig, Clock, courtDateAt, type Language } from '@app/core';
import { Secret, TOTP } from 'otpauth';
import type { EntityManager } from 'typeorm';
import type { DemoSeeder } from './demo-seeder';

export const DEMO_PASSWORD = 'demo-password';
export const DEMO_PIN = '135790';
/**
 * The authenticator secret (base32) of the demo accounts that must have a
 * second factor (sysadmin, courtadmin, judge, judge2). Public like the demo
 * password: the demo is never seeded in production.
 */
export const DEMO_TOTP_SECRET = 'TREATMENTCOURTDEMOTOTPSECRETABCD';

/** The demo second factor's code at a moment (RFC 6238, as an authenticator app shows it). */
export function demoTotpCode(at: Date): string {
  return new TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(DEMO_TOTP_SECRET) }).generate({ timestamp: at.getTime() });
}

interface CourtSpec {
  code: string;
  name: string;
  timeZone: string;
  window: [string, string];
  /** The language of the court's screens (users may choose their own). */
  language: Language;
  holidays: Array<[string, string]>;
}

const COURTS: CourtSpec[] = [
  {
    code: 'DEMO',
    name: 'Demo County Treatment Court',
    timeZone: 'America/Chicago',
    // Open all day, so the demo works at any hour.
    window: ['00:00', '24:00'],
    // English; its deferred-judgment (BOT) participants read Spanish, their own choice (participants seeder).
    language: 'en',
    holidays: [
      ['2026-11-26', 'Thanksgiving Day'],
      ['2026-12-25', 'Christmas Day'],
      ['2027-01-01', "New Year's Day"],
    ],
  },
  {
    code: 'HOPE',
    name: 'Harbor City HOPE Court',
    timeZone: 'Pacific/Honolulu',
    window: ['05:00', '09:00'],
    language: 'en',
    holidays: [
      ['2026-11-26', 'Thanksgiving Day'],
      ['2026-12-25', 'Christmas Day'],
    ],
  },
];

/** username, display name, court code (null for the system administrator), role. */
const STAFF: Array<[string, string, string | null, string]> = [
  ['sysadmin', 'Sam Sysadmin', null, 'system_admin'],
  ['courtadmin', 'Carmen Alvarez (court administrator)', 'DEMO', 'court_admin'],
  ['judge', 'Judge Helen Ortiz', 'DEMO', 'judge'],
  ['coordinator', 'Marcus Lee (coordinator)', 'DEMO', 'coordinator'],
  ['casemanager', 'Dana Brooks (case manager)', 'DEMO', 'case_manager'],
  ['provider', 'Riley Chen (Riverside Recovery)', 'DEMO', 'treatment_provider'],
  ['collector', 'Pat Kim (County Testing Center)', 'DEMO', 'testing_site'],
  ['judge2', 'Judge Keoni Kahale', 'HOPE', 'judge'],
  ['casemanager2', 'Leilani Akana (case manager)', 'HOPE', 'case_manager'],
];

/** Staff who work in a second court too (the court switcher's demo): username, court code, role. */
const SECOND_MEMBERSHIPS: Array<[string, string, string]> = [['courtadmin', 'HOPE', 'court_admin']];

const FIRST_NAMES = ['Alex', 'Jordan', 'Taylor', 'Morgan', 'Casey', 'Riley', 'Jamie', 'Avery', 'Quinn', 'Rowan', 'Skyler', 'Drew'];
const LAST_NAMES = ['Garcia', 'Johnson', 'Nguyen', 'Smith', 'Martinez', 'Brown', 'Davis', 'Lopez', 'Wilson', 'Moore', 'Clark', 'Young'];
const DEMO_STATUSES = ['active', 'active', 'active', 'active', 'active', 'active', 'active', 'in_custody', 'active', 'warrant', 'screening', 'referred'];
const HOPE_STATUSES = ['active', 'active', 'active', 'active', 'medical_leave', 'active'];

/** Participants referred to Riverside Recovery, and those of them who signed a consent. */
const REFERRED = new Set(['D-0001', 'D-0002', 'D-0003', 'D-0004', 'D-0005', 'D-0006', 'D-0007', 'D-0008']);
// D-0007 and D-0008 are referred but have no consent, so the provider is refused their treatment notes.
const CONSENTED = new Set(['D-0001', 'D-0002', 'D-0003', 'D-0004', 'D-0005', 'D-0006']);

const NOTES: Array<[string, string]> = [
  ['treatment_attendance', 'Attended both group sessions this week and one individual session.'],
  ['treatment_progress', 'Engaged in group; working on relapse-prevention plan. No concerns reported.'],
];

async function insertReturningId(manager: EntityManager, sql: string, params: unknown[]): Promise<string> {
  const [row] = (await manager.query(sql, params)) as Array<{ id: string }>;
  return row.id;
}

/**
 * Courts, their provider organisation and holidays, the demo staff, the
 * participants with their sign-in PINs, provider referrals, consents (some
 * participants without one) and a few treatment notes.
 */
export const accessSeeder: DemoSeeder = {
  name: 'courts, users, participants and consents',
  logins: [
    { who: 'staff (DEMO): courtadmin (also HOPE), judge, coordinator, casemanager, provider, collector (testing site)', credentials: `password ${DEMO_PASSWORD}` },
    { who: 'staff (HOPE): judge2, casemanager2; system administrator: sysadmin', credentials: `password ${DEMO_PASSWORD}` },
    {
      who: 'second factor of sysadmin, courtadmin, judge, judge2 (authenticator app, or `npm run cli -- demo-totp` for the current code)',
      credentials: `TOTP secret ${DEMO_TOTP_SECRET}`,
    },
    { who: 'participants D-0001…D-0012 (court DEMO), H-0001…H-0006 (court HOPE)', credentials: `PIN ${DEMO_PIN}` },
  ],

  async seed({ app, manager, now }) {
    const hasher = new SecretHasher();
    // Encrypted under this install's AUTH_SECRET, as enrolment through the API stores it.
    const totp = new TotpService(app.get(AppConfig), app.get(Clock));
    const courtIds = new Map<string, string>();
    for (const court of COURTS) {
      const id = await insertReturningId(
        manager,
        `INSERT INTO courts (code, name, time_zone, call_in_window_start, call_in_window_end, language) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [court.code, court.name, court.timeZone, court.window[0], court.window[1], court.language],
      );
      courtIds.set(court.code, id);
      for (const [date, name] of court.holidays) {
        await manager.query(`INSERT INTO court_holidays (court_id, date, name) VALUES ($1, $2, $3)`, [id, date, name]);
      }
    }
    const demoCourt = courtIds.get('DEMO') as string;
    const riverside = await insertReturningId(manager, `INSERT INTO provider_organisations (court_id, name) VALUES ($1, $2) RETURNING id`, [
      demoCourt,
      'Riverside Recovery',
    ]);

    const passwordHash = (secret: string) => hasher.hash(secret);
    const staffIds = new Map<string, string>();
    for (const [username, displayName, courtCode, role] of STAFF) {
      const userId = await insertReturningId(
        manager,
        `INSERT INTO users (kind, username, display_name, secret_hash, secret_changed_at, system_role)
         VALUES ('staff', $1, $2, $3, $4, $5) RETURNING id`,
        [username, displayName, await passwordHash(DEMO_PASSWORD), now, role === 'system_admin' ? role : null],
      );
      staffIds.set(username, userId);
      if (role === 'system_admin' || ROLES_ALWAYS_REQUIRING_SECOND_FACTOR.includes(role)) {
        // Enrolled already, so the demo logins of those who decide work at once (with the documented secret's code).
        await manager.query(`UPDATE users SET totp_secret_encrypted = $2, totp_enabled_at = $3 WHERE id = $1`, [userId, totp.encrypt(DEMO_TOTP_SECRET), now]);
      }
      if (courtCode) {
        await manager.query(`INSERT INTO court_memberships (user_id, court_id, role, organisation_id) VALUES ($1, $2, $3, $4)`, [
          userId,
          courtIds.get(courtCode),
          role,
          role === 'treatment_provider' ? riverside : null,
        ]);
      }
    }
    for (const [username, courtCode, role] of SECOND_MEMBERSHIPS) {
      await manager.query(`INSERT INTO court_memberships (user_id, court_id, role) VALUES ($1, $2, $3)`, [staffIds.get(username), courtIds.get(courtCode), role]);
    }

    const demoToday = courtDateAt(now, 'America/Chicago');
    const participants: Array<{ court: string; number: string; status: string; caseManager: string }> = [
      ...DEMO_STATUSES.map((status, i) => ({ court: 'DEMO', number: `D-${String(i + 1).padStart(4, '0')}`, status, caseManager: 'casemanager' })),
      ...HOPE_STATUSES.map((status, i) => ({ court: 'HOPE', number: `H-${String(i + 1).padStart(4, '0')}`, status, caseManager: 'casemanager2' })),
    ];
    for (const [i, spec] of participants.entries()) {
      const courtId = courtIds.get(spec.court) as string;
      const userId = await insertReturningId(
        manager,
        `INSERT INTO users (kind, display_name, secret_hash, secret_changed_at) VALUES ('participant', $1, $2, $3) RETURNING id`,
        [spec.number, await passwordHash(DEMO_PIN), now],
      );
      await manager.query(`INSERT INTO court_memberships (user_id, court_id, role) VALUES ($1, $2, 'participant')`, [userId, courtId]);
      const participantId = await insertReturningId(
        manager,
        `INSERT INTO participants (court_id, participant_number, first_name, last_name, status, user_id, case_manager_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [courtId, spec.number, FIRST_NAMES[i % 12], LAST_NAMES[(i * 5) % 12], spec.status, userId, staffIds.get(spec.caseManager)],
      );
      if (!REFERRED.has(spec.number)) continue;
      await manager.query(`INSERT INTO provider_referrals (participant_id, organisation_id, referred_on, created_by) VALUES ($1, $2, $3, $4)`, [
        participantId,
        riverside,
        addCalendarDays(demoToday, -90),
        staffIds.get('casemanager'),
      ]);
      if (!CONSENTED.has(spec.number)) continue;
      await manager.query(
        `INSERT INTO consents (court_id, participant_id, discloser_organisation_id, recipient_type, recipient_description,
                               information, information_description, purpose, expiry_event, signed_on, signed_by, recorded_by)
         VALUES ($1, $2, $3, 'court_team', 'Demo County Treatment Court team (judge, coordinator, case managers)',
                 $4, 'attendance, progress, treatment plan and level of care', 'Monitoring participation in the treatment court program',
                 'program_discharge', $5, $6, $7)`,
        [
          demoCourt,
          participantId,
          riverside,
          ['treatment_attendance', 'treatment_progress', 'treatment_plan', 'level_of_care'],
          addCalendarDays(demoToday, -90),
          `${FIRST_NAMES[i % 12]} ${LAST_NAMES[(i * 5) % 12]}`,
          staffIds.get('casemanager'),
        ],
      );
      for (const [n, [category, body]] of NOTES.entries()) {
        await manager.query(
          `INSERT INTO treatment_notes (participant_id, organisation_id, author_id, category, occurred_on, body)
           VALUES ($1, $2, $3, $4, $5, $6)`,
          [participantId, riverside, staffIds.get('provider'), category, addCalendarDays(demoToday, -3 - 7 * n), body],
        );
      }
    }
  },
};
