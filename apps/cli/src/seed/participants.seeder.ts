import { randomUUID } from 'node:crypto';
import { addCalendarDays, courtDateAt, type Language } from '@app/core';
import { insertPlanVersion, PlanWithPhases, ProgramModel, programTemplate } from '@app/programs';
import { DEFAULT_CATALOGUES, insertCatalogueEntries, recordViolations } from '@app/violations';
import type { Ethnicity, Gender, PrimaryLanguage, Race, Sex } from '@app/participants';
import type { EntityManager } from 'typeorm';
import { DEMO_PIN } from './access.seeder';
import type { DemoSeeder } from './demo-seeder';

/**
 * Programs per court: code, model, and the language its participants chose
 * for themselves, if not the court's (BOT's read Spanish, so the demo shows both).
 */
const PROGRAMS: Array<{ court: string; code: string; model: ProgramModel; participantLanguage?: Language }> = [
  { court: 'DEMO', code: 'ATC', model: 'treatment_court' },
  { court: 'DEMO', code: 'BOT', model: 'deferred_judgment', participantLanguage: 'es' },
  { court: 'HOPE', code: 'HOPE', model: 'hope_probation' },
];

/**
 * Where each demo participant stands: program, phase, days since enrolment
 * and days in the current phase. Participants not listed are still being
 * referred or screened.
 */
const PATHS: Record<string, { program: string; phase: number; enrolledDaysAgo: number; phaseDaysAgo: number }> = {
  'D-0001': { program: 'ATC', phase: 1, enrolledDaysAgo: 40, phaseDaysAgo: 40 },
  'D-0002': { program: 'ATC', phase: 2, enrolledDaysAgo: 130, phaseDaysAgo: 65 },
  'D-0003': { program: 'ATC', phase: 3, enrolledDaysAgo: 260, phaseDaysAgo: 70 },
  'D-0004': { program: 'ATC', phase: 4, enrolledDaysAgo: 420, phaseDaysAgo: 100 },
  'D-0005': { program: 'ATC', phase: 5, enrolledDaysAgo: 560, phaseDaysAgo: 120 },
  'D-0006': { program: 'BOT', phase: 1, enrolledDaysAgo: 30, phaseDaysAgo: 30 },
  'D-0007': { program: 'ATC', phase: 1, enrolledDaysAgo: 75, phaseDaysAgo: 75 },
  'D-0008': { program: 'ATC', phase: 2, enrolledDaysAgo: 150, phaseDaysAgo: 80 },
  'D-0009': { program: 'BOT', phase: 2, enrolledDaysAgo: 200, phaseDaysAgo: 150 },
  'D-0010': { program: 'ATC', phase: 1, enrolledDaysAgo: 50, phaseDaysAgo: 50 },
  'H-0001': { program: 'HOPE', phase: 1, enrolledDaysAgo: 45, phaseDaysAgo: 45 },
  'H-0002': { program: 'HOPE', phase: 1, enrolledDaysAgo: 90, phaseDaysAgo: 90 },
  'H-0003': { program: 'HOPE', phase: 2, enrolledDaysAgo: 240, phaseDaysAgo: 60 },
  'H-0004': { program: 'HOPE', phase: 1, enrolledDaysAgo: 20, phaseDaysAgo: 20 },
  'H-0005': { program: 'HOPE', phase: 2, enrolledDaysAgo: 300, phaseDaysAgo: 110 },
  'H-0006': { program: 'HOPE', phase: 1, enrolledDaysAgo: 60, phaseDaysAgo: 60 },
};
const SCREENING_ONLY: Record<string, string> = { 'D-0011': 'ATC', 'D-0012': 'BOT' };

/** The HOPE participant whose warning hearing is still to come: enrolled, in no draw, owing no call-in until it is held. */
export const AWAITING_WARNING_HEARING = 'H-0004';

/** Treatment episodes: ASAM level of care and modality, by participant. */
const EPISODES: Array<{ levelOfCare: string; modality: string }> = [
  { levelOfCare: '2.1', modality: 'group_counselling' },
  { levelOfCare: '1', modality: 'individual_counselling' },
  { levelOfCare: '2.5', modality: 'mixed' },
  { levelOfCare: '1', modality: 'medication_assisted' },
];

/** A provider's progress reports: engagement and narrative, oldest first. */
const PROGRESS_REPORTS: Array<[string, string]> = [
  ['fair', 'Intake complete; attending most groups, still guarded in sessions.'],
  ['good', 'Engaged in group and individual sessions; relapse-prevention plan drafted.'],
];

/**
 * Demographics of the demo participants, in participant-number order (the
 * twelve of DEMO, then the six of HOPE): mixed enough that the equity
 * figures have groups of five or more and groups small enough to suppress.
 */
const DEMOGRAPHICS: Array<{ sex: Sex | null; gender: Gender | null; ethnicity: Ethnicity | null; races: Race[]; raceDeclined?: boolean; language: PrimaryLanguage | null }> = [
  { sex: 'female', gender: 'woman', ethnicity: 'not_hispanic_latino', races: ['white'], language: 'en' },
  { sex: 'male', gender: 'man', ethnicity: 'hispanic_latino', races: ['white'], language: 'es' },
  { sex: 'male', gender: 'man', ethnicity: 'not_hispanic_latino', races: ['black_african_american'], language: 'en' },
  { sex: 'female', gender: 'woman', ethnicity: 'not_hispanic_latino', races: ['white'], language: 'en' },
  { sex: 'male', gender: 'man', ethnicity: 'not_hispanic_latino', races: ['black_african_american', 'white'], language: 'en' },
  { sex: 'male', gender: 'man', ethnicity: 'hispanic_latino', races: [], raceDeclined: true, language: 'es' },
  { sex: 'male', gender: 'woman', ethnicity: 'not_hispanic_latino', races: ['white'], language: 'en' },
  { sex: 'female', gender: 'woman', ethnicity: 'not_hispanic_latino', races: ['black_african_american'], language: 'en' },
  { sex: 'male', gender: 'man', ethnicity: 'hispanic_latino', races: ['american_indian_alaska_native'], language: 'es' },
  { sex: 'female', gender: 'non_binary', ethnicity: 'not_hispanic_latino', races: ['white'], language: 'pt' },
  // Referred before the answers were codes: what did not map is in demographic_migration_issues (below).
  { sex: null, gender: null, ethnicity: 'hispanic_latino', races: [], language: null },
  { sex: 'male', gender: 'man', ethnicity: null, races: [], language: 'es' },
  { sex: 'male', gender: 'man', ethnicity: 'not_hispanic_latino', races: ['native_hawaiian_pacific_islander'], language: 'en' },
  { sex: 'female', gender: 'woman', ethnicity: 'not_hispanic_latino', races: ['asian'], language: 'tl' },
  { sex: 'male', gender: 'man', ethnicity: 'not_hispanic_latino', races: ['native_hawaiian_pacific_islander', 'asian'], language: 'en' },
  { sex: 'male', gender: 'man', ethnicity: 'not_hispanic_latino', races: ['white'], language: 'en' },
  { sex: 'female', gender: 'woman', ethnicity: 'declined', races: [], raceDeclined: true, language: 'en' },
  { sex: 'male', gender: 'man', ethnicity: 'not_hispanic_latino', races: ['native_hawaiian_pacific_islander'], language: 'en' },
];

/** Free text recorded before the codes that the migration could not map: participant number, field, text. */
const UNMAPPED_DEMOGRAPHICS: Array<[string, 'gender' | 'race' | 'ethnicity', string]> = [
  ['D-0011', 'gender', 'Masc.'],
  ['D-0011', 'race', 'Mixed'],
  ['D-0012', 'race', 'Moreno'],
  ['D-0012', 'ethnicity', 'Mexican-American?'],
];
const CHARGES = [
  { statute: '720 ILCS 570/402(c)', description: 'Possession of a controlled substance', level: 'felony', category: 'drug_possession' },
  { statute: '625 ILCS 5/11-501', description: 'Driving under the influence', level: 'misdemeanor', category: 'dui' },
  { statute: '720 ILCS 5/16-1', description: 'Theft', level: 'misdemeanor', category: 'property' },
];

interface ParticipantRow {
  id: string;
  court_id: string;
  participant_number: string;
  status: string;
  case_manager_id: string | null;
  time_zone: string;
}

/**
 * Programs from the three templates, and each demo participant's path:
 * referral, screening and decisions, enrolment, phase history, status
 * history, community service, fees, milestones, admitted use, case notes,
 * and treatment attendance (drug testing comes from the testing seeder),
 * so readiness shows a mix of met and unmet requirements.
 */
export const participantsSeeder: DemoSeeder = {
  name: 'programs and participants’ paths',
  logins: [{ who: 'participants reading Spanish (program BOT): D-0006, D-0009, D-0012 (court DEMO); all others read English', credentials: `PIN ${DEMO_PIN}` }],

  async seed({ manager, now }) {
    const courts = new Map(((await manager.query(`SELECT id, code FROM courts`)) as Array<{ id: string; code: string }>).map((c) => [c.code, c.id]));
    const plans = new Map<string, { programId: string; plan: PlanWithPhases; model: ProgramModel }>();
    for (const spec of PROGRAMS) {
      const template = programTemplate(spec.model);
      const [{ id }] = (await manager.query(
        `INSERT INTO programs (court_id, code, name, model, excluded_charge_categories, required_approvals, warning_hearing_required)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [courts.get(spec.court), spec.code, template.name, spec.model, template.excludedChargeCategories, template.requiredApprovals, spec.model === 'hope_probation'],
      )) as Array<{ id: string }>;
      const plan = await insertPlanVersion(manager, { programId: id, version: 1, note: `copied from the ${spec.model} template`, createdBy: null, phases: template.phases });
      await insertCatalogueEntries(manager, id, DEFAULT_CATALOGUES[spec.model]);
      plans.set(spec.code, { programId: id, plan, model: spec.model });
    }
    const staff = new Map(((await manager.query(`SELECT id, username FROM users WHERE kind = 'staff'`)) as Array<{ id: string; username: string }>).map((u) => [u.username, u.id]));
    const participants = (await manager.query(
      `SELECT p.id, p.court_id, p.participant_number, p.status, p.case_manager_id, c.time_zone
         FROM participants p JOIN courts c ON c.id = p.court_id ORDER BY p.participant_number`,
    )) as ParticipantRow[];

    for (const [i, p] of participants.entries()) {
      const today = courtDateAt(now, p.time_zone);
      const path = PATHS[p.participant_number];
      const programCode = path?.program ?? SCREENING_ONLY[p.participant_number];
      const program = programCode ? plans.get(programCode)! : undefined;
      const enrolledOn = path ? addCalendarDays(today, -path.enrolledDaysAgo) : null;
      const referredOn = addCalendarDays(enrolledOn ?? today, -21);
      const by = p.case_manager_id;
      const demographics = DEMOGRAPHICS[i % DEMOGRAPHICS.length];
      await manager.query(
        `UPDATE participants SET program_id = $2, referral_source = $3, referred_on = $4, arrested_on = $5, case_numbers = $6, charges = $7,
                date_of_birth = $8, gender = $9, sex = $10, ethnicity = $11, races = $12, race_declined = $13, primary_language = $14, contact = $15 WHERE id = $1`,
        [
          p.id,
          program?.programId ?? null,
          ['prosecutor', 'defense', 'judge', 'probation'][i % 4],
          referredOn,
          addCalendarDays(referredOn, -30),
          [`${referredOn.slice(0, 4)}-CF-${String(1000 + i)}`],
          JSON.stringify([CHARGES[i % CHARGES.length]]),
          `${1975 + (i % 25)}-0${1 + (i % 9)}-1${i % 10}`,
          demographics.gender,
          demographics.sex,
          demographics.ethnicity,
          demographics.races,
          demographics.raceDeclined ?? false,
          demographics.language,
          JSON.stringify({ phone: `+1 555 01${String(i).padStart(2, '0')}`, city: p.time_zone === 'Pacific/Honolulu' ? 'Honolulu' : 'Springfield' }),
        ],
      );
      const statusChange = (from: string | null, to: string, reason: string, on: string) =>
        manager.query(`INSERT INTO participant_status_changes (participant_id, from_status, to_status, reason, effective_on, changed_by) VALUES ($1, $2, $3, $4, $5, $6)`, [
          p.id,
          from,
          to,
          reason,
          on,
          by,
        ]);
      await statusChange(null, 'referred', 'referred to the court', referredOn);
      if (p.status === 'referred') continue;
      await manager.query(
        `INSERT INTO screenings (participant_id, legally_eligible, assessed_on, instrument, score, risk_level, need_level, recorded_by)
         VALUES ($1, true, $2, 'RANT', $3, 'high', 'high', $4)`,
        [p.id, addCalendarDays(referredOn, 3), 10 + (i % 8), by],
      );
      await statusChange('referred', 'screening', 'screening started', addCalendarDays(referredOn, 3));
      if (p.status === 'screening' || !path || !program || !enrolledOn) continue;
      for (const party of ['team', 'prosecutor', 'defense']) {
        await manager.query(`INSERT INTO screening_decisions (participant_id, party, decision, decided_on, recorded_by) VALUES ($1, $2, 'approve', $3, $4)`, [
          p.id,
          party,
          addCalendarDays(referredOn, 10),
          by,
        ]);
      }
      await statusChange('screening', 'accepted', 'eligible; approved by the team, prosecutor and defense', addCalendarDays(referredOn, 14));
      await statusChange('accepted', 'active', `enrolled in ${programCode}`, enrolledOn);
      if (p.status !== 'active') await statusChange('active', p.status, { in_custody: 'arrested on a new charge', warrant: 'failed to appear', medical_leave: 'inpatient treatment' }[p.status] ?? 'order', addCalendarDays(today, -3));
      await seedPhases(manager, p.id, program.plan, path.phase, enrolledOn, addCalendarDays(today, -path.phaseDaysAgo), by);
      // HOPE testing begins after the warning hearing: given at enrolment, but one participant still waits for theirs (today's docket).
      if (program.model === 'hope_probation' && p.participant_number !== AWAITING_WARNING_HEARING) {
        await manager.query(`UPDATE participants SET warning_hearing_on = $2 WHERE id = $1`, [p.id, enrolledOn]);
      }
      await seedRecord(manager, p, i, enrolledOn, today, staff);
      // Hearings come with the court calendar (calendar.seeder.ts).
      // One violation past its 72-hour deadline, one with the clock running.
      const violationAgeHours = { 'D-0003': 90, 'D-0002': 20 }[p.participant_number];
      if (violationAgeHours) {
        await recordViolations(manager, [
          {
            courtId: p.court_id,
            participantId: p.id,
            kind: 'missed_test',
            detectedAt: new Date(now.getTime() - violationAgeHours * 3_600_000),
            sourceKey: `demo:${p.participant_number}:missed-test`,
            evidence: {},
          },
        ]);
      }
    }
    for (const spec of PROGRAMS) {
      if (!spec.participantLanguage) continue;
      await manager.query(`UPDATE users u SET language = $2 FROM participants p WHERE p.user_id = u.id AND p.program_id = $1`, [
        plans.get(spec.code)!.programId,
        spec.participantLanguage,
      ]);
    }
    await seedGroupSession(manager, now, staff.get('provider'));
    await seedUnmappedDemographics(manager);
  },
};

/** The court administrator's report of what did not map has something to show; once per participant and field. */
async function seedUnmappedDemographics(manager: EntityManager) {
  for (const [number, field, text] of UNMAPPED_DEMOGRAPHICS) {
    await manager.query(
      `INSERT INTO demographic_migration_issues (participant_id, court_id, field, original_value)
       SELECT p.id, p.court_id, $2::text, $3::text FROM participants p
        WHERE p.participant_number = $1
          AND NOT EXISTS (SELECT 1 FROM demographic_migration_issues i WHERE i.participant_id = p.id AND i.field = $2::text)`,
      [number, field, text],
    );
  }
}

/** One group session two days ago for everyone in the program referred to the demo provider, entered together. */
async function seedGroupSession(manager: EntityManager, now: Date, provider: string | undefined) {
  if (!provider) return;
  await manager.query(
    `INSERT INTO treatment_attendance (participant_id, organisation_id, session_on, session_type, attendance, group_session_id, recorded_by)
     SELECT r.participant_id, r.organisation_id, s.session_on, 'relapse prevention group',
            CASE WHEN row_number() OVER (ORDER BY p.participant_number) = 2 THEN 'excused' ELSE 'attended' END, $2, $3
       FROM provider_referrals r
       JOIN participants p ON p.id = r.participant_id
       JOIN courts c ON c.id = p.court_id
       CROSS JOIN LATERAL (SELECT ($1::timestamptz AT TIME ZONE c.time_zone)::date - 2 AS session_on) s
      WHERE r.ended_at IS NULL AND p.status = 'active' AND p.enrolled_on <= s.session_on`,
    [now, randomUUID(), provider],
  );
}

async function seedPhases(manager: EntityManager, participantId: string, { plan, phases }: PlanWithPhases, position: number, enrolledOn: string, phaseStartedOn: string, by: string | null) {
  // Earlier phases share the time between enrolment and the current phase's start.
  const span = Math.max(1, Math.floor((Date.parse(phaseStartedOn) - Date.parse(enrolledOn)) / 86_400_000 / Math.max(1, position - 1)));
  for (let n = 1; n <= position; n++) {
    const startedOn = n === 1 ? enrolledOn : n === position ? phaseStartedOn : addCalendarDays(enrolledOn, span * (n - 1));
    const endedOn = n === position ? null : n + 1 === position ? phaseStartedOn : addCalendarDays(enrolledOn, span * n);
    await manager.query(
      `INSERT INTO participant_phases (participant_id, phase_plan_id, phase_id, started_on, ended_on, start_reason, end_reason, order_note, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [participantId, plan.id, phases[n - 1].id, startedOn, endedOn, n === 1 ? 'enrolment' : 'promotion', endedOn ? 'promotion' : null, n === 1 ? null : 'promoted at a status hearing', by],
    );
  }
  await manager.query(`UPDATE participants SET phase_plan_id = $2, phase_id = $3, phase_started_on = $4, enrolled_on = $5 WHERE id = $1`, [
    participantId,
    plan.id,
    phases[position - 1].id,
    phaseStartedOn,
    enrolledOn,
  ]);
}

/** A few months of the participant's record, varied by `i` so readiness differs between participants. */
async function seedRecord(manager: EntityManager, p: ParticipantRow, i: number, enrolledOn: string, today: string, staff: Map<string, string>) {
  const since = (days: number) => (addCalendarDays(today, -days) < enrolledOn ? enrolledOn : addCalendarDays(today, -days));
  const by = p.case_manager_id;
  for (let week = 1; week <= 1 + (i % 5); week++) {
    await manager.query(`INSERT INTO participant_ledger_entries (participant_id, kind, occurred_on, amount, description, recorded_by) VALUES ($1, 'community_service', $2, $3, 'Springfield food bank', $4)`, [
      p.id,
      since(7 * week),
      4 + (i % 3) * 2,
      by,
    ]);
  }
  await manager.query(`INSERT INTO participant_ledger_entries (participant_id, kind, occurred_on, amount, description, recorded_by) VALUES ($1, 'fee_payment', $2, $3, $4, $5)`, [
    p.id,
    since(20),
    50 * (1 + (i % 4)),
    `receipt R-${1000 + i}`,
    by,
  ]);
  if (i % 2 === 0) {
    await manager.query(`INSERT INTO participant_milestones (participant_id, name, achieved_on, evidence, recorded_by) VALUES ($1, 'assessment completed', $2, 'assessment report on file', $3)`, [
      p.id,
      since(200),
      by,
    ]);
  }
  if (i % 4 === 1) {
    await manager.query(`INSERT INTO substance_use_admissions (participant_id, used_on, admitted_on, substances, note, recorded_by) VALUES ($1, $2, $3, '{alcohol}', 'admitted at the status hearing', $4)`, [
      p.id,
      since(9),
      since(8),
      by,
    ]);
  }
  await manager.query(`INSERT INTO case_notes (participant_id, author_id, occurred_on, body) VALUES ($1, $2, $3, $4)`, [
    p.id,
    by,
    since(6),
    'Met at the office; employment search going well, bus pass renewed.',
  ]);
  const provider = staff.get('provider');
  if (p.time_zone === 'America/Chicago' && provider) {
    const [organisation] = (await manager.query(`SELECT id, organisation_id FROM provider_referrals WHERE participant_id = $1 AND ended_at IS NULL`, [p.id])) as Array<{
      id: string;
      organisation_id: string;
    }>;
    if (organisation) {
      // The episode: its level of care and modality.
      await manager.query(`UPDATE provider_referrals SET level_of_care = $2, modality = $3 WHERE id = $1`, [
        organisation.id,
        EPISODES[i % EPISODES.length].levelOfCare,
        EPISODES[i % EPISODES.length].modality,
      ]);
      await manager.query(`INSERT INTO case_notes (participant_id, author_id, occurred_on, body, confidential, information) VALUES ($1, $2, $3, $4, true, 'treatment_progress')`, [
        p.id,
        by,
        since(4),
        'Provider reports good engagement in group; relapse-prevention plan in progress.',
      ]);
      for (let day = 1; day <= 6; day += 2) {
        await manager.query(`INSERT INTO treatment_attendance (participant_id, organisation_id, session_on, session_type, attendance, recorded_by) VALUES ($1, $2, $3, 'group', $4, $5)`, [
          p.id,
          organisation.organisation_id,
          since(day),
          day === 5 && i % 2 === 1 ? 'no_show' : 'attended',
          provider,
        ]);
      }
      // Sessions booked ahead, which the provider reports once they have happened.
      for (const days of [3, 10]) {
        await manager.query(
          `INSERT INTO treatment_attendance (participant_id, organisation_id, session_on, session_type, attendance, recorded_by) VALUES ($1, $2, $3, 'individual counselling', 'scheduled', $4)`,
          [p.id, organisation.organisation_id, addCalendarDays(today, days), provider],
        );
      }
      // Progress reports where a consent lets the provider disclose them.
      const [consented] = (await manager.query(`SELECT 1 FROM consents WHERE participant_id = $1 AND 'treatment_progress' = ANY(information) AND revoked_at IS NULL`, [
        p.id,
      ])) as unknown[];
      if (consented) {
        for (const [n, [engagement, narrative]] of PROGRESS_REPORTS.entries()) {
          await manager.query(
            `INSERT INTO treatment_progress_reports (participant_id, organisation_id, referral_id, reported_on, engagement, level_of_care_recommendation, narrative, author_id)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
            [p.id, organisation.organisation_id, organisation.id, since(17 - 14 * n), engagement, EPISODES[i % EPISODES.length].levelOfCare, narrative, provider],
          );
        }
      }
    }
  }
}
