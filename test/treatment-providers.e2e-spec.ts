import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AuditService } from '@app/audit';
import { TestClock } from '@app/core';
import { DataSource } from 'typeorm';
import { createTestApi } from './support/test-app';
import { createTestDatabase, testConfig, TestDatabase } from './support/test-env';
import {
  ApiClient,
  CourtFixture,
  createConsent,
  createCourt,
  createOrganisation,
  createParticipant,
  createStaff,
  createTestingProgram,
  dataSourceOf,
  expectProblem,
  fieldsOf,
  ParticipantFixture,
  placeInProgram,
  ProgramFixture,
  signIn,
} from './support/fixtures';

/** Noon on Monday 23 November 2026 in Chicago. */
const NOW = '2026-11-23T18:00:00Z';
const TODAY = '2026-11-23';
const ENROLLED_ON = '2026-09-24';
const REFERRED_ON = '2026-10-01';
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

describe('treatment providers: episodes, sessions, group sessions, progress reports and clients', () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;
  let ds: DataSource;
  const clock = new TestClock(NOW);
  let court: CourtFixture;
  let riverside: string;
  let lakeside: string;
  let caseManagerId: string;
  let counting: ProgramFixture;
  let lenient: ProgramFixture;
  /** Referred to Riverside, consent on file (any provider may disclose). */
  let ana: ParticipantFixture;
  /** Referred to Riverside, consent from Riverside. */
  let ben: ParticipantFixture;
  /** Referred to Riverside, no consent. */
  let cal: ParticipantFixture;
  /** Not referred to anyone. */
  let dee: ParticipantFixture;
  /** Referred to Riverside, consent, in the program where no-shows are not violations. */
  let eve: ParticipantFixture;
  const referralOf: Record<string, string> = {};
  let provider: ApiClient;
  let otherProvider: ApiClient;
  let caseManager: ApiClient;
  let judge: ApiClient;
  let courtAdmin: ApiClient;
  let foreignJudge: ApiClient;

  const api = (path: string) => `/api/v1${path}`;
  const count = async (table: string, where = 'TRUE', params: unknown[] = []) => Number((await ds.query(`SELECT count(*) AS n FROM ${table} WHERE ${where}`, params))[0].n);
  const violationsFor = (participant: ParticipantFixture) =>
    ds.query(`SELECT id, status, source_key, evidence FROM violations WHERE participant_id = $1 AND kind = 'missed_treatment' ORDER BY detected_at`, [participant.id]);
  const lastAudit = async (action: string, participant: ParticipantFixture) =>
    (
      await ds.query(
        `SELECT court_id, entity_type, entity_ids, participant_ids, basis, consent_id, details FROM audit_events
          WHERE action = $1 AND $2 = ANY(participant_ids) ORDER BY id DESC LIMIT 1`,
        [action, participant.id],
      )
    )[0];
  const enrolled = async (number: string, program: ProgramFixture) => {
    const participant = await createParticipant(ds, court, number);
    await placeInProgram(ds, participant.id, program, ENROLLED_ON);
    return participant;
  };
  const refer = async (participant: ParticipantFixture, organisationId: string, extra: Record<string, unknown> = {}) => {
    const response = await caseManager.post(api(`/participants/${participant.id}/provider-referrals`), { organisationId, referredOn: REFERRED_ON, ...extra });
    expect(response.statusCode).toBe(201);
    return response.json();
  };
  const session = (participant: ParticipantFixture, overrides: Record<string, unknown> = {}) =>
    provider.post(api(`/participants/${participant.id}/treatment-attendance`), { sessionOn: '2026-11-20', sessionType: 'individual counselling', attendance: 'attended', ...overrides });

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createTestApi(testConfig(db.url), clock);
    ds = dataSourceOf(app);
    court = await createCourt(ds, 'PROV', { timeZone: 'America/Chicago' });
    const elsewhere = await createCourt(ds, 'ELSE', { timeZone: 'America/Chicago' });
    riverside = await createOrganisation(ds, court.id, 'Riverside Recovery');
    lakeside = await createOrganisation(ds, court.id, 'Lakeside Clinic');
    caseManagerId = (await createStaff(ds, 'cm', 'case_manager', court.id)).id;
    await createStaff(ds, 'judge', 'judge', court.id);
    await createStaff(ds, 'cadmin', 'court_admin', court.id);
    await createStaff(ds, 'prov', 'treatment_provider', court.id, { organisationId: riverside });
    await createStaff(ds, 'prov2', 'treatment_provider', court.id, { organisationId: lakeside });
    await createStaff(ds, 'judge-else', 'judge', elsewhere.id);
    counting = await createTestingProgram(ds, court.id, 'ATC', { model: 'treatment_court' });
    lenient = await createTestingProgram(ds, court.id, 'LEN', { model: 'treatment_court' });
    [provider, otherProvider, caseManager, judge, courtAdmin, foreignJudge] = await Promise.all(
      ['prov', 'prov2', 'cm', 'judge', 'cadmin', 'judge-else'].map((username) => signIn(app, username)),
    );
    ana = await enrolled('P-0001', counting);
    ben = await enrolled('P-0002', counting);
    cal = await enrolled('P-0003', counting);
    dee = await enrolled('P-0004', counting);
    eve = await enrolled('P-0005', lenient);
    referralOf.ana = (await refer(ana, riverside, { levelOfCare: '2.1', modality: 'group_counselling' })).id;
    referralOf.ben = (await refer(ben, riverside, { levelOfCare: '1', modality: 'individual_counselling' })).id;
    referralOf.cal = (await refer(cal, riverside)).id;
    referralOf.eve = (await refer(eve, riverside, { levelOfCare: '2.5' })).id;
    await createConsent(ds, ana, court.id, { discloserOrganisationId: null, recordedBy: caseManagerId });
    await createConsent(ds, ben, court.id, { discloserOrganisationId: riverside, recordedBy: caseManagerId });
    await createConsent(ds, eve, court.id, { discloserOrganisationId: riverside, recordedBy: caseManagerId });
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  beforeEach(() => clock.set(NOW));

  describe('treatment episodes', () => {
    it('records level of care and modality with the referral, and changes them while the episode is open', async () => {
      const [listed] = (await caseManager.get(api(`/participants/${ana.id}/provider-referrals`))).json();
      expect(listed).toEqual({
        id: referralOf.ana,
        participantId: ana.id,
        organisationId: riverside,
        organisationName: 'Riverside Recovery',
        referredOn: REFERRED_ON,
        levelOfCare: '2.1',
        modality: 'group_counselling',
        endedAt: null,
        endedOn: null,
        dischargeReason: null,
      });
      const changed = await caseManager.patch(api(`/provider-referrals/${referralOf.ana}`), { levelOfCare: '3.1' });
      expect(changed.statusCode).toBe(200);
      expect(changed.json()).toMatchObject({ levelOfCare: '3.1', modality: 'group_counselling' });
      expect(await lastAudit('provider_referral.update', ana)).toMatchObject({
        entity_type: 'provider_referral',
        entity_ids: [referralOf.ana],
        basis: 'role:case_manager',
        details: { changedFields: ['levelOfCare'] },
      });
      // Providers do not change the episode; another court's staff cannot reach it.
      expectProblem(await provider.patch(api(`/provider-referrals/${referralOf.ana}`), { levelOfCare: '4' }), 403, 'forbidden');
      expectProblem(await foreignJudge.patch(api(`/provider-referrals/${referralOf.ana}`), { levelOfCare: '4' }), 403, 'forbidden');
      expectProblem(await caseManager.patch(api(`/provider-referrals/${UNKNOWN_ID}`), { levelOfCare: '4' }), 404, 'not-found');
    });

    it('refuses a bad level of care, modality or unknown field, writing nothing', async () => {
      const before = await count('provider_referrals', 'participant_id = $1', [dee.id]);
      const bad = await caseManager.post(api(`/participants/${dee.id}/provider-referrals`), { organisationId: riverside, referredOn: REFERRED_ON, levelOfCare: '2.2' });
      expectProblem(bad, 422, 'validation-failed');
      expect(fieldsOf(bad)).toEqual(['levelOfCare']);
      expect(fieldsOf(await caseManager.post(api(`/participants/${dee.id}/provider-referrals`), { organisationId: riverside, referredOn: REFERRED_ON, modality: 'hypnosis' }))).toEqual([
        'modality',
      ]);
      expect(await count('provider_referrals', 'participant_id = $1', [dee.id])).toBe(before);
      expect(fieldsOf(await caseManager.patch(api(`/provider-referrals/${referralOf.ben}`), { levelOfCare: '9' }))).toEqual(['levelOfCare']);
      expect(fieldsOf(await caseManager.patch(api(`/provider-referrals/${referralOf.ben}`), { endedAt: TODAY }))).toEqual(['endedAt']);
      const [ben1] = (await caseManager.get(api(`/participants/${ben.id}/provider-referrals`))).json();
      expect(ben1).toMatchObject({ levelOfCare: '1', endedAt: null });
    });

    it('ends an episode with its last day and discharge reason, then refuses to change it', async () => {
      const participant = await enrolled('P-0101', counting);
      const { id } = await refer(participant, lakeside, { levelOfCare: '1', modality: 'mixed' });
      const url = api(`/provider-referrals/${id}/end`);
      expect(fieldsOf(await caseManager.post(url, { endedOn: '2026-11-24' }))).toEqual(['endedOn']);
      expect(fieldsOf(await caseManager.post(url, { endedOn: '2026-09-30' }))).toEqual(['endedOn']);
      expect(fieldsOf(await caseManager.post(url, { dischargeReason: 'program_discharge' }))).toEqual(['dischargeReason']);
      expect(fieldsOf(await caseManager.post(url, { dischargeReason: 'bored' }))).toEqual(['dischargeReason']);
      expect(await count('provider_referrals', 'id = $1 AND ended_at IS NULL', [id])).toBe(1);

      const ended = await caseManager.post(url, { dischargeReason: 'completed', endedOn: '2026-11-20' });
      expect(ended.statusCode).toBe(200);
      expect(ended.json()).toMatchObject({ id, endedOn: '2026-11-20', dischargeReason: 'completed', levelOfCare: '1', modality: 'mixed' });
      expect(ended.json().endedAt).toBe(new Date(NOW).toISOString());
      expect(await lastAudit('provider_referral.end', participant)).toMatchObject({ entity_ids: [id], details: { changedFields: ['endedOn', 'dischargeReason'] } });
      expectProblem(await caseManager.patch(api(`/provider-referrals/${id}`), { levelOfCare: '2.1' }), 409, 'referral-ended');
      expectProblem(await caseManager.post(url), 409, 'referral-ended');
    });

    it('still ends an episode with no body at all: today, court time, and no reason', async () => {
      const participant = await enrolled('P-0102', counting);
      const { id } = await refer(participant, lakeside);
      const ended = await caseManager.request('POST', api(`/provider-referrals/${id}/end`));
      expect(ended.statusCode).toBe(200);
      expect(ended.json()).toMatchObject({ endedOn: TODAY, dischargeReason: null });
    });

    it('ends every open episode on program discharge, on the discharge date, as a program discharge', async () => {
      const participant = await enrolled('P-0103', counting);
      const { id } = await refer(participant, lakeside, { levelOfCare: '2.1' });
      const discharged = await judge.post(api(`/participants/${participant.id}/status`), { status: 'withdrawn', reason: 'moved out of state', effectiveOn: '2026-11-22' });
      expect(discharged.statusCode).toBe(200);
      const [row] = await ds.query(`SELECT ended_at, ended_on::text, discharge_reason FROM provider_referrals WHERE id = $1`, [id]);
      expect(row).toMatchObject({ ended_on: '2026-11-22', discharge_reason: 'program_discharge' });
      expect(row.ended_at).not.toBeNull();
    });
  });

  describe('treatment sessions', () => {
    it('schedules a session ahead, refuses to report it before it happens, and reports it after', async () => {
      const scheduled = await session(ana, { sessionOn: '2026-12-01', attendance: 'scheduled' });
      expect(scheduled.statusCode).toBe(201);
      expect(scheduled.json()).toMatchObject({ attendance: 'scheduled', sessionOn: '2026-12-01', groupSessionId: null });
      expect(fieldsOf(await session(ana, { sessionOn: '2026-12-01', attendance: 'attended' }))).toEqual(['sessionOn']);
      expect(fieldsOf(await session(ana, { sessionOn: '2027-06-01', attendance: 'scheduled' }))).toEqual(['sessionOn']);
      expect(fieldsOf(await session(ana, { sessionOn: '2026-09-01', attendance: 'scheduled' }))).toEqual(['sessionOn']);

      const url = api(`/treatment-attendance/${scheduled.json().id}`);
      const early = await provider.patch(url, { attendance: 'no_show' });
      expectProblem(early, 422, 'validation-failed');
      expect(fieldsOf(early)).toEqual(['attendance']);
      expect((await provider.patch(url, { attendance: 'excused' })).json().attendance).toBe('excused');
      expect(await violationsFor(ana)).toEqual([]);

      clock.set('2026-12-02T18:00:00Z');
      const later = await signIn(app, 'prov');
      const reported = await later.patch(url, { attendance: 'attended', sessionType: 'group' });
      expect(reported.statusCode).toBe(200);
      expect(reported.json()).toMatchObject({ attendance: 'attended', sessionType: 'group', sessionOn: '2026-12-01' });
    });

    it('raises one violation when a scheduled session turns out a no-show, and dismisses it when corrected', async () => {
      const { id } = (await session(ana, { sessionOn: '2026-11-21', attendance: 'scheduled' })).json();
      const url = api(`/treatment-attendance/${id}`);
      const missed = await provider.patch(url, { attendance: 'no_show' });
      expect(missed.statusCode).toBe(200);
      expect(missed.json().attendance).toBe('no_show');
      // Reported twice (the second time with the old word), still one violation, named by the row's id only.
      expect((await provider.patch(url, { attendance: 'absent' })).json().attendance).toBe('no_show');
      const raised = await ds.query(`SELECT status, evidence FROM violations WHERE source_key = $1`, [`treatment-attendance:${id}`]);
      expect(raised).toEqual([{ status: 'open', evidence: { treatmentAttendanceId: id } }]);
      expect(await lastAudit('treatment_attendance.update', ana)).toMatchObject({
        entity_type: 'treatment_attendance',
        entity_ids: [id],
        details: { changedFields: [], violationsRaised: [], violationsDismissed: [] },
      });

      const corrected = await provider.patch(url, { attendance: 'attended' });
      expect(corrected.json().attendance).toBe('attended');
      const [dismissed] = await ds.query(`SELECT id, status FROM violations WHERE source_key = $1`, [`treatment-attendance:${id}`]);
      expect(dismissed.status).toBe('dismissed');
      const audit = await lastAudit('treatment_attendance.update', ana);
      expect(audit).toMatchObject({ details: { changedFields: ['attendance'], violationsDismissed: [dismissed.id] } });
      expect(audit.basis).toMatch(/^consent:/);
    });

    it("keeps what a session's attendance was out of the audit log a court administrator reads (no treatment access)", async () => {
      const { id } = (await session(ana, { sessionOn: '2026-11-22', attendance: 'scheduled' })).json();
      expect((await provider.patch(api(`/treatment-attendance/${id}`), { attendance: 'no_show' })).statusCode).toBe(200);
      // A row as writers recorded them before: the values themselves in `details`.
      await app.get(AuditService).record({ userId: caseManagerId, role: 'treatment_provider', requestId: null }, {
        courtId: court.id,
        action: 'treatment_attendance.update',
        entityType: 'treatment_attendance',
        entityIds: [id],
        participantIds: [ana.id],
        basis: 'consent:legacy',
        details: { changes: { attendance: { from: 'scheduled', to: 'no_show' } }, violationsRaised: [], violationsDismissed: [] },
      });

      const read = await courtAdmin.get(api(`/audit-events?participantId=${ana.id}&limit=100`));
      expect(read.statusCode).toBe(200);
      const updates = (read.json().items as Array<{ action: string; entityIds: string[]; details: Record<string, unknown> }>).filter(
        (e) => e.action === 'treatment_attendance.update' && e.entityIds.includes(id),
      );
      expect(updates.map((e) => e.details)).toEqual([
        { changedFields: ['attendance'], violationsRaised: [], violationsDismissed: [] },
        { changedFields: ['attendance'], violationsRaised: [expect.any(String)], violationsDismissed: [] },
      ]);
      expect(read.body).not.toMatch(/no_show|"scheduled"|"attended"|"excused"|levelOfCare":|dischargeReason":/);
    });

    it('raises no violation where the program does not count no-shows (set through the programs API)', async () => {
      const setting = await courtAdmin.patch(api(`/programs/${lenient.id}`), { noShowViolation: false });
      expect(setting.statusCode).toBe(200);
      expect(setting.json().noShowViolation).toBe(false);
      expect(fieldsOf(await courtAdmin.patch(api(`/programs/${lenient.id}`), { noShowViolation: null }))).toEqual(['noShowViolation']);
      const missed = await session(eve, { attendance: 'no_show' });
      expect(missed.statusCode).toBe(201);
      const { id } = (await session(eve, { sessionOn: '2026-11-21', attendance: 'scheduled' })).json();
      expect((await provider.patch(api(`/treatment-attendance/${id}`), { attendance: 'no_show' })).statusCode).toBe(200);
      expect(await violationsFor(eve)).toEqual([]);
      // The counting program still counts them.
      const counted = await session(ben, { attendance: 'absent' });
      expect(counted.json().attendance).toBe('no_show');
      expect(await violationsFor(ben)).toHaveLength(1);
    });

    it("answers 404 for a session of someone else's, one without a consent, and a participant not referred; writes nothing", async () => {
      const { id } = (await session(ana)).json();
      expectProblem(await otherProvider.patch(api(`/treatment-attendance/${id}`), { attendance: 'no_show' }), 404, 'not-found');
      expectProblem(await caseManager.patch(api(`/treatment-attendance/${id}`), { attendance: 'no_show' }), 403, 'forbidden');
      expectProblem(await provider.patch(api(`/treatment-attendance/${UNKNOWN_ID}`), { attendance: 'no_show' }), 404, 'not-found');
      const [uncovered] = await ds.query(
        `INSERT INTO treatment_attendance (participant_id, organisation_id, session_on, session_type, attendance) VALUES ($1, $2, '2026-11-19', 'group', 'scheduled') RETURNING id`,
        [cal.id, riverside],
      );
      expectProblem(await provider.patch(api(`/treatment-attendance/${uncovered.id}`), { attendance: 'no_show' }), 404, 'not-found');
      expect(await count('treatment_attendance', `id = $1 AND attendance = 'scheduled'`, [uncovered.id])).toBe(1);
      const before = await count('treatment_attendance');
      expectProblem(await session(dee), 404, 'not-found');
      expect(await count('treatment_attendance')).toBe(before);
    });

    it('refuses bad input with 422, writing nothing', async () => {
      const before = await count('treatment_attendance');
      expect(fieldsOf(await session(ana, { sessionOn: '2026-11-24' }))).toEqual(['sessionOn']);
      expect(fieldsOf(await session(ana, { attendance: 'late' }))).toEqual(['attendance']);
      expect(fieldsOf(await session(ana, { organisationId: riverside }))).toEqual(['organisationId']);
      const { id } = (await ds.query(`SELECT id FROM treatment_attendance WHERE participant_id = $1 LIMIT 1`, [ana.id]))[0];
      expect(fieldsOf(await provider.patch(api(`/treatment-attendance/${id}`), { attendance: 'no_show', sessionOn: '2026-11-01' }))).toEqual(['sessionOn']);
      expect(fieldsOf(await provider.patch(api(`/treatment-attendance/${id}`), {}))).toEqual(['attendance']);
      expect(await count('treatment_attendance')).toBe(before);
    });
  });

  describe('group sessions', () => {
    const url = api('/treatment-attendance/group-sessions');

    it('writes one row per participant sharing a group session id, with violations for counted no-shows and one audit row', async () => {
      const response = await provider.post(url, {
        sessionOn: '2026-11-22',
        sessionType: 'relapse prevention group',
        entries: [
          { participantId: ana.id, attendance: 'no_show' },
          { participantId: ben.id, attendance: 'attended' },
          { participantId: eve.id, attendance: 'absent' },
        ],
      });
      expect(response.statusCode).toBe(201);
      const { groupSessionId, items } = response.json();
      expect(groupSessionId).toMatch(/^[0-9a-f-]{36}$/);
      expect(items.map((i: { participantId: string; attendance: string; groupSessionId: string }) => [i.participantId, i.attendance, i.groupSessionId])).toEqual([
        [ana.id, 'no_show', groupSessionId],
        [ben.id, 'attended', groupSessionId],
        [eve.id, 'no_show', groupSessionId],
      ]);
      expect(await count('treatment_attendance', 'group_session_id = $1', [groupSessionId])).toBe(3);
      const anaMissed = items[0].id;
      expect(await ds.query(`SELECT evidence FROM violations WHERE source_key = $1`, [`treatment-attendance:${anaMissed}`])).toEqual([
        { evidence: { treatmentAttendanceId: anaMissed } },
      ]);
      expect(await count('violations', 'source_key = $1', [`treatment-attendance:${items[2].id}`])).toBe(0);
      const audits = await ds.query(`SELECT court_id, participant_ids, entity_ids, details, basis FROM audit_events WHERE details->>'groupSessionId' = $1`, [groupSessionId]);
      expect(audits).toHaveLength(1);
      expect(audits[0]).toMatchObject({ court_id: court.id, entity_ids: items.map((i: { id: string }) => i.id) });
      expect([...audits[0].participant_ids].sort()).toEqual([ana.id, ben.id, eve.id].sort());
      expect(audits[0].basis).toMatch(/^consent:.+\+2$/);
      // The court team reads them like any session.
      const read = (await caseManager.get(api(`/participants/${ben.id}/treatment-attendance`))).json();
      expect(read.items.find((i: { id: string }) => i.id === items[1].id)).toMatchObject({ groupSessionId });
    });

    it('writes nothing when one participant is not referred, one has no consent, or one does not exist, naming each entry alike', async () => {
      const before = await count('treatment_attendance');
      const violationsBefore = await count('violations');
      const response = await provider.post(url, {
        sessionOn: '2026-11-22',
        sessionType: 'group',
        entries: [
          { participantId: ana.id, attendance: 'no_show' },
          { participantId: dee.id, attendance: 'attended' },
          { participantId: cal.id, attendance: 'attended' },
          { participantId: UNKNOWN_ID, attendance: 'attended' },
        ],
      });
      expectProblem(response, 422, 'validation-failed');
      const errors = response.json().errors as Array<{ field: string; message: string }>;
      expect(errors.map((e) => e.field)).toEqual(['entries.1.participantId', 'entries.2.participantId', 'entries.3.participantId']);
      // Out of reach and nonexistent read the same.
      expect(errors[0].message).toBe(errors[2].message);
      expect(errors[1].message).toContain('consent');
      expect(await count('treatment_attendance')).toBe(before);
      expect(await count('violations')).toBe(violationsBefore);
      expect(await lastAudit('treatment.write_refused', cal)).toMatchObject({ basis: 'denied' });
    });

    it('refuses repeated participants, empty or oversized lists, unknown fields and a reported session ahead of time', async () => {
      const before = await count('treatment_attendance');
      const entry = { participantId: ana.id, attendance: 'attended' };
      const body = (overrides: Record<string, unknown>) => ({ sessionOn: '2026-11-22', sessionType: 'group', entries: [entry], ...overrides });
      expect(fieldsOf(await provider.post(url, body({ entries: [entry, { participantId: ben.id, attendance: 'attended' }, entry] })))).toEqual([
        'entries.2.participantId',
      ]);
      expect(fieldsOf(await provider.post(url, body({ entries: [] })))).toEqual(['entries']);
      const many = Array.from({ length: 101 }, (_, i) => ({ participantId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, attendance: 'attended' }));
      expect(fieldsOf(await provider.post(url, body({ entries: many })))).toEqual(['entries']);
      expect(fieldsOf(await provider.post(url, body({ entries: [{ ...entry, attendance: 'late' }] })))).toEqual(['entries.0.attendance']);
      expect(fieldsOf(await provider.post(url, body({ organisationId: riverside })))).toEqual(['organisationId']);
      expect(fieldsOf(await provider.post(url, body({ sessionOn: '2026-11-30' })))).toEqual(['entries.0.attendance']);
      expectProblem(await caseManager.post(url, body({})), 403, 'forbidden');
      expect(await count('treatment_attendance')).toBe(before);
      const ahead = await provider.post(url, body({ sessionOn: '2026-11-30', entries: [{ ...entry, attendance: 'scheduled' }] }));
      expect(ahead.statusCode).toBe(201);
    });
  });

  describe('progress reports', () => {
    const report = (overrides: Record<string, unknown> = {}) => ({
      reportedOn: '2026-11-20',
      engagement: 'good',
      levelOfCareRecommendation: '2.1',
      narrative: 'Attends group regularly; working on a relapse-prevention plan.',
      ...overrides,
    });
    const reports = (participant: ParticipantFixture) => api(`/participants/${participant.id}/progress-reports`);

    it('refuses a report without a consent (403) and for a participant not referred (404), writing nothing', async () => {
      const before = await count('treatment_progress_reports');
      expectProblem(await provider.post(reports(cal), report()), 403, 'consent-required');
      expect(await lastAudit('treatment.write_refused', cal)).toMatchObject({ basis: 'denied' });
      expectProblem(await provider.post(reports(dee), report()), 404, 'not-found');
      expectProblem(await caseManager.get(reports(cal)), 403, 'consent-required');
      expect(await count('treatment_progress_reports')).toBe(before);
    });

    it('accepts a report on the open episode under a consent and serves it newest first with the notice', async () => {
      const first = await provider.post(reports(ana), report());
      expect(first.statusCode).toBe(201);
      expect(first.json()).toMatchObject({ participantId: ana.id, organisationId: riverside, referralId: referralOf.ana, engagement: 'good', levelOfCareRecommendation: '2.1' });
      const second = await provider.post(reports(ana), report({ reportedOn: TODAY, engagement: 'fair', levelOfCareRecommendation: undefined }));
      expect(second.json().levelOfCareRecommendation).toBeNull();
      expect(await lastAudit('treatment_progress.write', ana)).toMatchObject({ entity_type: 'treatment_progress_report', entity_ids: [second.json().id] });

      const read = await caseManager.get(reports(ana));
      expect(read.statusCode).toBe(200);
      expect(read.json().items.map((r: { id: string }) => r.id)).toEqual([second.json().id, first.json().id]);
      expect(read.json().redisclosureNotice).toContain('42 CFR part 2');
      const audit = await lastAudit('treatment_progress.read', ana);
      expect(audit).toMatchObject({ entity_ids: [second.json().id, first.json().id] });
      expect(audit.basis).toBe(`consent:${audit.consent_id}`);
      expect(audit.details.consentIds).toEqual([audit.consent_id]);
      expectProblem(await courtAdmin.get(reports(ana)), 403, 'forbidden');
    });

    it("shows a provider only its own organisation's reports", async () => {
      await refer(ana, lakeside);
      const theirs = await otherProvider.post(reports(ana), report({ narrative: 'Lakeside: intake done.' }));
      expect(theirs.statusCode).toBe(201);
      const ours = (await provider.get(reports(ana))).json().items.map((r: { organisationId: string }) => r.organisationId);
      expect(ours.length).toBeGreaterThan(0);
      expect(new Set(ours)).toEqual(new Set([riverside]));
      expect((await otherProvider.get(reports(ana))).json().items.map((r: { id: string }) => r.id)).toEqual([theirs.json().id]);
      expect((await caseManager.get(reports(ana))).json().items).toHaveLength(ours.length + 1);
    });

    it('refuses bad input with 422, writing nothing', async () => {
      const before = await count('treatment_progress_reports');
      expect(fieldsOf(await provider.post(reports(ana), report({ reportedOn: '2026-11-24' })))).toEqual(['reportedOn']);
      expect(fieldsOf(await provider.post(reports(ana), report({ reportedOn: '2026-09-30' })))).toEqual(['reportedOn']);
      expect(fieldsOf(await provider.post(reports(ana), report({ engagement: 'great' })))).toEqual(['engagement']);
      expect(fieldsOf(await provider.post(reports(ana), report({ levelOfCareRecommendation: '5' })))).toEqual(['levelOfCareRecommendation']);
      expect(fieldsOf(await provider.post(reports(ana), report({ narrative: '   ' })))).toEqual(['narrative']);
      expect(fieldsOf(await provider.post(reports(ana), report({ narrative: 'x'.repeat(10_001) })))).toEqual(['narrative']);
      expect(fieldsOf(await provider.post(reports(ana), report({ referralId: referralOf.ana })))).toEqual(['referralId']);
      expect(await count('treatment_progress_reports')).toBe(before);
    });
  });

  describe("a provider's clients", () => {
    const clients = (organisationId: string) => api(`/provider-organisations/${organisationId}/clients`);
    type Client = { participant: { id: string; participantNumber: string; programCode: string; phase: unknown }; episode: Record<string, unknown>; consents: Record<string, unknown> };

    it('lists the current episodes with whether a consent lets the provider report and read', async () => {
      const response = await provider.get(clients(riverside));
      expect(response.statusCode).toBe(200);
      const items = response.json().items as Client[];
      expect(response.json()).toMatchObject({ organisationId: riverside, organisationName: 'Riverside Recovery' });
      expect(items.map((c) => c.participant.participantNumber).sort()).toEqual(['P-0001', 'P-0002', 'P-0003', 'P-0005']);
      const byNumber = (n: string) => items.find((c) => c.participant.participantNumber === n)!;
      expect(byNumber('P-0001')).toMatchObject({
        participant: { id: ana.id, status: 'active', programCode: 'ATC', phase: { position: 1, name: 'Phase 1' } },
        episode: { referralId: referralOf.ana, levelOfCare: '3.1', modality: 'group_counselling', referredOn: REFERRED_ON },
        consents: { treatmentAttendance: { write: true, read: true }, treatmentProgress: { write: true, read: true } },
      });
      expect(byNumber('P-0003').consents).toEqual({ treatmentAttendance: { write: false, read: false }, treatmentProgress: { write: false, read: false } });
      expect(await lastAudit('participant.list', ana)).toMatchObject({ entity_type: 'participant', details: { providerOrganisationId: riverside } });
    });

    it("gives each client's latest reported session and progress report where a consent lets the caller read them, and audits that disclosure", async () => {
      const sessions = (await provider.get(api(`/participants/${ana.id}/treatment-attendance`))).json().items as Array<{ sessionOn: string; attendance: string }>;
      const reported = sessions.filter((a) => a.attendance !== 'scheduled').sort((a, b) => b.sessionOn.localeCompare(a.sessionOn));
      const reports = (await provider.get(api(`/participants/${ana.id}/progress-reports`))).json().items as Array<{ id: string; reportedOn: string; engagement: string }>;
      const latestReport = [...reports].sort((a, b) => b.reportedOn.localeCompare(a.reportedOn))[0];
      expect(reported.length).toBeGreaterThan(0);
      expect(latestReport).toBeDefined();

      const items = (await provider.get(clients(riverside))).json().items as Array<Client & { lastAttendance: unknown; lastProgressReport: unknown }>;
      const ana1 = items.find((c) => c.participant.id === ana.id)!;
      expect(ana1.lastAttendance).toMatchObject({ sessionOn: reported[0].sessionOn, attendance: reported[0].attendance });
      expect(ana1.lastProgressReport).toEqual({ id: latestReport.id, reportedOn: latestReport.reportedOn, engagement: latestReport.engagement });
      // No consent: nothing about treatment, not even that there is none.
      const withoutConsent = items.find((c) => c.participant.participantNumber === 'P-0003')!;
      expect(withoutConsent).toMatchObject({ lastAttendance: null, lastProgressReport: null });
      const audit = await lastAudit('treatment.provider_clients_read', ana);
      expect(audit).toMatchObject({ entity_type: 'provider_organisation', details: { information: ['treatment_attendance', 'treatment_progress'] } });
      expect(audit!.basis).toMatch(/^consent:/);
    });

    it('lets the court team list it (reading, not writing), and nobody else', async () => {
      const response = await caseManager.get(clients(riverside));
      expect(response.statusCode).toBe(200);
      const cal1 = (response.json().items as Client[]).find((c) => c.participant.id === cal.id)!;
      const ana1 = (response.json().items as Client[]).find((c) => c.participant.id === ana.id)!;
      expect(ana1.consents).toEqual({ treatmentAttendance: { write: false, read: true }, treatmentProgress: { write: false, read: true } });
      expect(cal1.consents).toEqual({ treatmentAttendance: { write: false, read: false }, treatmentProgress: { write: false, read: false } });
      expect((await judge.get(clients(riverside))).statusCode).toBe(200);
      expectProblem(await otherProvider.get(clients(riverside)), 404, 'not-found');
      expectProblem(await foreignJudge.get(clients(riverside)), 404, 'not-found');
      expectProblem(await provider.get(clients(UNKNOWN_ID)), 404, 'not-found');
      expectProblem(await courtAdmin.get(clients(riverside)), 403, 'forbidden');
      expect((await caseManager.get(api('/provider-organisations/not-a-uuid/clients'))).statusCode).toBe(400);
    });

    it('shows a provider with no consent on file only what finds the client: no charges, screening or admitted use', async () => {
      const charge = { statute: '720 ILCS 570/402(c)', description: 'Possession of a controlled substance', level: 'felony' };
      await ds.query(`UPDATE participants SET charges = $2::jsonb, case_numbers = ARRAY['2026-CF-1234'], date_of_birth = '1990-04-01' WHERE id = ANY($1::uuid[])`, [
        [cal.id, ana.id],
        JSON.stringify([charge]),
      ]);
      for (const who of [cal, ana]) {
        await ds.query(
          `INSERT INTO screenings (participant_id, legally_eligible, assessed_on, instrument, score, risk_level, need_level)
           VALUES ($1, TRUE, '2026-09-01', 'RANT', 17, 'high', 'high')`,
          [who.id],
        );
        const admitted = await caseManager.post(api(`/participants/${who.id}/admitted-use`), { usedOn: '2026-11-19', admittedOn: '2026-11-20', substances: ['methamphetamine'] });
        expect(admitted.statusCode).toBe(201);
      }

      // Cal: referred to the provider, no consent.
      const limited = await provider.get(api(`/participants/${cal.id}`));
      expect(limited.statusCode).toBe(200);
      expect(limited.json()).toMatchObject({
        id: cal.id,
        participantNumber: 'P-0003',
        firstName: 'Pat',
        limited: true,
        charges: [],
        caseNumbers: [],
        dateOfBirth: null,
        screening: null,
        readiness: null,
      });
      expect(limited.body).not.toMatch(/Possession|570\/402|2026-CF-1234|1990-04-01|RANT|methamphetamine/);
      expect((await provider.get(api(`/participants/${cal.id}/provider-referrals`))).json()).toEqual([expect.objectContaining({ id: referralOf.cal })]);
      for (const path of ['admitted-use', 'readiness', 'status-changes', 'phases', 'hearings', 'milestones', 'community-service', 'fee-payments']) {
        expectProblem(await provider.get(api(`/participants/${cal.id}/${path}`)), 404, 'not-found');
      }
      expect((await provider.get(api('/participants?pageSize=100'))).json().items.map((p: { id: string }) => p.id)).not.toContain(cal.id);
      expect(await lastAudit('participant.read', cal)).toMatchObject({ details: { view: 'minimum' } });

      // Ana: a consent on file, so the record as the role allows it.
      const full = await provider.get(api(`/participants/${ana.id}`));
      expect(full.json()).toMatchObject({ limited: false, charges: [charge], caseNumbers: ['2026-CF-1234'], screening: { score: 17 } });
      expect((await provider.get(api(`/participants/${ana.id}/admitted-use`))).statusCode).toBe(200);
      // The case team is not limited by a provider's consent.
      expect((await caseManager.get(api(`/participants/${cal.id}`))).json()).toMatchObject({ limited: false, charges: [charge] });
    });
  });
});
