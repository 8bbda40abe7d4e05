import { addCalendarDays, courtDateAt } from '@app/core';
import type { EntityManager } from 'typeorm';
import type { DemoSeeder } from './demo-seeder';

/** How far a past referral went: graduated, terminated, or turned away at screening (and why). */
type Way =
  | { ended: 'graduated' | 'terminated' }
  | { ended: 'rejected'; excluded: 'violent' | 'weapons' }
  | { ended: 'rejected'; outsideTarget: true }
  | { ended: 'rejected'; rejectedBy: 'prosecutor' | 'team'; reason: string };

interface PastReferral {
  firstName: string;
  lastName: string;
  /** Days before today the referral came in (within the last year, so the funnel's default period shows it). */
  referredDaysAgo: number;
  way: Way;
  ethnicity: 'hispanic_latino' | 'not_hispanic_latino';
  races: string[];
  sex: 'female' | 'male';
  gender: 'woman' | 'man';
  language: string;
  born: string;
}

const GRADUATED: Way = { ended: 'graduated' };
const TERMINATED: Way = { ended: 'terminated' };

/**
 * People referred to the demo treatment court (ATC) in the past year whose
 * way ended: graduates, terminations and referrals turned away, with their
 * demographics, so the referral funnel has every stage and its rejection
 * reasons, and the equity view has groups large and small (a small one is
 * shown as "<5" when published). No participant number or sign-in: none
 * was issued, or it was given up at discharge.
 */
const PAST_REFERRALS: PastReferral[] = [
  { firstName: 'Dana', lastName: 'Whitfield', referredDaysAgo: 340, way: GRADUATED, ethnicity: 'not_hispanic_latino', races: ['white'], sex: 'female', gender: 'woman', language: 'en', born: '1988-03-14' },
  { firstName: 'Marcus', lastName: 'Bell', referredDaysAgo: 335, way: GRADUATED, ethnicity: 'not_hispanic_latino', races: ['white'], sex: 'male', gender: 'man', language: 'en', born: '1979-07-02' },
  { firstName: 'Rosa', lastName: 'Delgado', referredDaysAgo: 330, way: GRADUATED, ethnicity: 'hispanic_latino', races: ['white'], sex: 'female', gender: 'woman', language: 'es', born: '1991-11-20' },
  { firstName: 'Kevin', lastName: 'Marsh', referredDaysAgo: 325, way: GRADUATED, ethnicity: 'not_hispanic_latino', races: ['white'], sex: 'male', gender: 'man', language: 'en', born: '1985-01-30' },
  { firstName: 'Tanya', lastName: 'Brooks', referredDaysAgo: 320, way: GRADUATED, ethnicity: 'not_hispanic_latino', races: ['black_african_american'], sex: 'female', gender: 'woman', language: 'en', born: '1990-05-09' },
  { firstName: 'Paul', lastName: 'Novak', referredDaysAgo: 315, way: GRADUATED, ethnicity: 'not_hispanic_latino', races: ['white'], sex: 'male', gender: 'man', language: 'en', born: '1983-09-17' },
  { firstName: 'Andre', lastName: 'Coleman', referredDaysAgo: 300, way: TERMINATED, ethnicity: 'not_hispanic_latino', races: ['black_african_american'], sex: 'male', gender: 'man', language: 'en', born: '1995-02-11' },
  { firstName: 'Luis', lastName: 'Herrera', referredDaysAgo: 290, way: TERMINATED, ethnicity: 'hispanic_latino', races: [], sex: 'male', gender: 'man', language: 'es', born: '1993-08-25' },
  { firstName: 'Jamal', lastName: 'Price', referredDaysAgo: 200, way: { ended: 'rejected', excluded: 'violent' }, ethnicity: 'not_hispanic_latino', races: ['black_african_american'], sex: 'male', gender: 'man', language: 'en', born: '1997-04-03' },
  { firstName: 'Terrence', lastName: 'Hayes', referredDaysAgo: 180, way: { ended: 'rejected', excluded: 'weapons' }, ethnicity: 'not_hispanic_latino', races: ['black_african_american'], sex: 'male', gender: 'man', language: 'en', born: '1992-12-19' },
  { firstName: 'Carmen', lastName: 'Ortiz', referredDaysAgo: 160, way: { ended: 'rejected', outsideTarget: true }, ethnicity: 'hispanic_latino', races: ['white'], sex: 'female', gender: 'woman', language: 'es', born: '1989-06-08' },
  { firstName: 'Darnell', lastName: 'Wright', referredDaysAgo: 140, way: { ended: 'rejected', rejectedBy: 'prosecutor', reason: 'Pending case in another county' }, ethnicity: 'not_hispanic_latino', races: ['black_african_american'], sex: 'male', gender: 'man', language: 'en', born: '1990-10-28' },
  { firstName: 'Brian', lastName: 'Foster', referredDaysAgo: 120, way: { ended: 'rejected', outsideTarget: true }, ethnicity: 'not_hispanic_latino', races: ['white'], sex: 'male', gender: 'man', language: 'en', born: '1987-03-22' },
  { firstName: 'Keisha', lastName: 'Moore', referredDaysAgo: 100, way: { ended: 'rejected', rejectedBy: 'team', reason: 'Declined residential treatment' }, ethnicity: 'not_hispanic_latino', races: ['black_african_american'], sex: 'female', gender: 'woman', language: 'en', born: '1994-07-15' },
];

export const referralsSeeder: DemoSeeder = {
  name: 'past referrals (the referral funnel and equity view)',
  logins: [],
  async seed({ manager, now }) {
    const [court] = (await manager.query(
      `SELECT c.id, c.time_zone, pr.id AS program_id FROM courts c JOIN programs pr ON pr.court_id = c.id AND pr.code = 'ATC' WHERE c.code = 'DEMO'`,
    )) as Array<{ id: string; time_zone: string; program_id: string }>;
    const [coordinator] = (await manager.query(`SELECT id FROM users WHERE username = 'coordinator'`)) as Array<{ id: string }>;
    if (!court) return;
    const today = courtDateAt(now, court.time_zone);
    for (const person of PAST_REFERRALS) await seedReferral(manager, court, person, today, coordinator?.id ?? null);
  },
};

async function seedReferral(manager: EntityManager, court: { id: string; program_id: string }, person: PastReferral, today: string, by: string | null): Promise<void> {
  const referredOn = addCalendarDays(today, -person.referredDaysAgo);
  const way = person.way;
  const excluded = 'excluded' in way ? [{ statute: '720 ILCS 5/12-3.05', description: 'Aggravated battery', level: 'felony', category: way.excluded }] : [];
  const charges = [{ statute: '720 ILCS 570/402(c)', description: 'Possession of a controlled substance', level: 'felony', category: 'drug_possession' }, ...excluded];
  const enrolledOn = way.ended === 'rejected' ? null : addCalendarDays(referredOn, 21);
  const dischargedOn = way.ended === 'graduated' ? addCalendarDays(referredOn, 300) : way.ended === 'terminated' ? addCalendarDays(referredOn, 150) : null;
  const [{ id }] = (await manager.query(
    `INSERT INTO participants (court_id, first_name, last_name, status, program_id, referral_source, referred_on, charges, enrolled_on, discharged_on,
                               date_of_birth, ethnicity, races, sex, gender, primary_language, case_manager_id)
     VALUES ($1, $2, $3, $4, $5, 'prosecutor', $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, NULL) RETURNING id`,
    [
      court.id,
      person.firstName,
      person.lastName,
      way.ended,
      court.program_id,
      referredOn,
      JSON.stringify(charges),
      enrolledOn,
      dischargedOn,
      person.born,
      person.ethnicity,
      person.races,
      person.sex,
      person.gender,
      person.language,
    ],
  )) as Array<{ id: string }>;
  const statusChange = (from: string | null, to: string, reason: string, on: string) =>
    manager.query(`INSERT INTO participant_status_changes (participant_id, from_status, to_status, reason, effective_on, changed_by) VALUES ($1, $2, $3, $4, $5, $6)`, [
      id,
      from,
      to,
      reason,
      on,
      by,
    ]);
  await statusChange(null, 'referred', 'referred by the prosecutor', referredOn);
  const assessedOn = addCalendarDays(referredOn, 3);
  await manager.query(
    `INSERT INTO screenings (participant_id, excluded_charges, legally_eligible, assessed_on, instrument, score, risk_level, need_level, recorded_by)
     VALUES ($1, $2, $3, $4, 'RANT', 12, $5, 'high', $6)`,
    [id, JSON.stringify(excluded), excluded.length === 0, assessedOn, 'outsideTarget' in way ? 'moderate' : 'high', by],
  );
  await statusChange('referred', 'screening', 'screening started', assessedOn);
  const decidedOn = addCalendarDays(referredOn, 10);
  if ('rejectedBy' in way) {
    await manager.query(`INSERT INTO screening_decisions (participant_id, party, decision, reason, decided_on, recorded_by) VALUES ($1, $2, 'reject', $3, $4, $5)`, [
      id,
      way.rejectedBy,
      way.reason,
      decidedOn,
      by,
    ]);
  }
  if (way.ended === 'rejected') {
    await statusChange('screening', 'rejected', 'not admitted', decidedOn);
    return;
  }
  for (const party of ['team', 'prosecutor', 'defense']) {
    await manager.query(`INSERT INTO screening_decisions (participant_id, party, decision, decided_on, recorded_by) VALUES ($1, $2, 'approve', $3, $4)`, [id, party, decidedOn, by]);
  }
  await statusChange('screening', 'accepted', 'eligible; approved by the team, prosecutor and defense', addCalendarDays(referredOn, 14));
  await statusChange('accepted', 'active', 'enrolled in ATC', enrolledOn!);
  await statusChange('active', way.ended, way.ended === 'graduated' ? 'completed the program' : 'terminated at a hearing', dischargedOn!);
}
