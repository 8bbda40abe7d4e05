import { NestFastifyApplication } from '@nestjs/platform-fastify';
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
  dataSourceOf,
  expectProblem,
  fieldsOf,
  ParticipantFixture,
  referToProvider,
  signIn,
  signInParticipant,
} from './support/fixtures';

/** Noon on Monday 23 November 2026 in Chicago (court ALPHA). */
const NOW = '2026-11-23T18:00:00Z';
const TODAY = '2026-11-23';
/** 60 days before today: every test participant's enrolment. */
const ENROLLED_ON = '2026-09-24';

describe("the participant's running record", () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;
  let ds: DataSource;
  const clock = new TestClock(NOW);
  let alpha: CourtFixture;
  let bravo: CourtFixture;
  let riverside: string;
  let caseManagerId: string;
  let pat: ParticipantFixture;
  let sam: ParticipantFixture;
  let lee: ParticipantFixture;
  let referred: ParticipantFixture;
  let caseManager: ApiClient;
  let judge: ApiClient;
  let courtAdmin: ApiClient;
  let provider: ApiClient;
  let bravoCaseManager: ApiClient;
  let patClient: ApiClient;

  const url = (participant: ParticipantFixture, route: string) => `/api/v1/participants/${participant.id}/${route}`;
  const count = async (table: string, participant?: ParticipantFixture) =>
    Number(
      (await ds.query(`SELECT count(*) AS n FROM ${table}${participant ? ' WHERE participant_id = $1' : ''}`, participant ? [participant.id] : []))[0].n,
    );
  const auditRows = async (action: string, participant: ParticipantFixture) =>
    ds.query(
      `SELECT actor_role, court_id, entity_type, entity_ids, participant_ids, basis, consent_id, details
         FROM audit_events WHERE action = $1 AND $2 = ANY(participant_ids) ORDER BY id`,
      [action, participant.id],
    );
  const lastAudit = async (action: string, participant: ParticipantFixture) => (await auditRows(action, participant)).at(-1);
  const enrol = (participant: ParticipantFixture, on = ENROLLED_ON) => ds.query(`UPDATE participants SET enrolled_on = $2 WHERE id = $1`, [participant.id, on]);

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createTestApi(testConfig(db.url), clock);
    ds = dataSourceOf(app);
    alpha = await createCourt(ds, 'ALPHA', { timeZone: 'America/Chicago' });
    bravo = await createCourt(ds, 'BRAVO', { timeZone: 'Pacific/Honolulu' });
    riverside = await createOrganisation(ds, alpha.id, 'Riverside Recovery');
    caseManagerId = (await createStaff(ds, 'cm', 'case_manager', alpha.id)).id;
    await createStaff(ds, 'judge', 'judge', alpha.id);
    await createStaff(ds, 'cadmin', 'court_admin', alpha.id);
    await createStaff(ds, 'prov', 'treatment_provider', alpha.id, { organisationId: riverside });
    await createStaff(ds, 'cm-b', 'case_manager', bravo.id);
    pat = await createParticipant(ds, alpha, 'A-0001');
    sam = await createParticipant(ds, alpha, 'A-0002');
    lee = await createParticipant(ds, alpha, 'A-0003');
    referred = await createParticipant(ds, alpha, 'A-0004', { status: 'referred' });
    for (const participant of [pat, sam, lee]) await enrol(participant);
    await referToProvider(ds, sam.id, riverside);
    await referToProvider(ds, referred.id, riverside);
    [caseManager, judge, courtAdmin, provider, bravoCaseManager, patClient] = await Promise.all([
      signIn(app, 'cm'),
      signIn(app, 'judge'),
      signIn(app, 'cadmin'),
      signIn(app, 'prov'),
      signIn(app, 'cm-b'),
      signInParticipant(app, pat),
    ]);
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  beforeEach(() => clock.set(NOW));

  describe('community service', () => {
    const hours = (overrides: Record<string, unknown> = {}) => ({ performedOn: '2026-11-20', hours: 4.5, description: 'Food bank, Main St.', ...overrides });

    it('records hours and totals them, newest first, auditing each write with its row', async () => {
      const first = await caseManager.post(url(pat, 'community-service'), hours());
      expect(first.statusCode).toBe(201);
      expect(first.json()).toMatchObject({ participantId: pat.id, performedOn: '2026-11-20', hours: 4.5, correction: false, recordedBy: caseManagerId });
      const second = await caseManager.post(url(pat, 'community-service'), hours({ performedOn: '2026-11-21', hours: 3.25, description: '  Park clean-up  ' }));
      expect(second.statusCode).toBe(201);
      expect(second.json().description).toBe('Park clean-up');

      const ledger = await caseManager.get(url(pat, 'community-service'));
      expect(ledger.statusCode).toBe(200);
      expect(ledger.json().totalHours).toBe(7.75);
      expect(ledger.json().entries.map((e: { id: string }) => e.id)).toEqual([second.json().id, first.json().id]);

      const writes = await auditRows('community_service.write', pat);
      expect(writes).toHaveLength(2);
      expect(writes[0]).toMatchObject({ actor_role: 'case_manager', court_id: alpha.id, entity_type: 'community_service_entry', entity_ids: [first.json().id], basis: 'role:case_manager' });
      expect(await lastAudit('community_service.read', pat)).toMatchObject({ entity_ids: [second.json().id, first.json().id], basis: 'role:case_manager' });
    });

    it('takes a negative correction with its reason, but never below a running total of zero', async () => {
      const correction = await caseManager.post(url(pat, 'community-service'), hours({ performedOn: TODAY, hours: -1.25, description: 'Double-counted the park hours' }));
      expect(correction.statusCode).toBe(201);
      expect(correction.json()).toMatchObject({ hours: -1.25, correction: true });
      expect((await caseManager.get(url(pat, 'community-service'))).json().totalHours).toBe(6.5);

      const [entries, audits] = [await count('participant_ledger_entries', pat), (await auditRows('community_service.write', pat)).length];
      const belowZero = await caseManager.post(url(pat, 'community-service'), hours({ performedOn: TODAY, hours: -7, description: 'Too much' }));
      expectProblem(belowZero, 422, 'validation-failed');
      expect(fieldsOf(belowZero)).toEqual(['hours']);
      // Dated before the hours it would correct were done, it would dip below zero on that day.
      const backdated = await caseManager.post(url(pat, 'community-service'), hours({ performedOn: '2026-10-01', hours: -1, description: 'Wrong site' }));
      expectProblem(backdated, 422, 'validation-failed');
      expect(fieldsOf(backdated)).toEqual(['hours']);
      expect(await count('participant_ledger_entries', pat)).toBe(entries);
      expect(await auditRows('community_service.write', pat)).toHaveLength(audits);
    });

    it('refuses malformed entries: zero, over 24 hours, three decimals, no reason, unknown fields', async () => {
      const before = await count('participant_ledger_entries');
      for (const [body, field] of [
        [hours({ hours: 0 }), 'hours'],
        [hours({ hours: 24.5 }), 'hours'],
        [hours({ hours: -25 }), 'hours'],
        [hours({ hours: 1.234 }), 'hours'],
        [hours({ hours: '2' }), 'hours'],
        [hours({ description: '  a ' }), 'description'],
        [{ performedOn: '2026-11-20', hours: 2 }, 'description'],
        [hours({ performedOn: '2026-02-30' }), 'performedOn'],
        [hours({ recordedBy: caseManagerId }), 'recordedBy'],
      ] as const) {
        const response = await caseManager.post(url(pat, 'community-service'), body);
        expect(response.statusCode).toBe(422);
        expect(fieldsOf(response)).toContain(field);
      }
      expect(await count('participant_ledger_entries')).toBe(before);
    });

    it('refuses dates in the future (court time) or before enrolment', async () => {
      const future = await caseManager.post(url(pat, 'community-service'), hours({ performedOn: '2026-11-24' }));
      expectProblem(future, 422, 'validation-failed');
      expect(future.json().errors).toEqual([{ field: 'performedOn', message: 'is in the future (court time)' }]);
      const early = await caseManager.post(url(pat, 'community-service'), hours({ performedOn: '2026-09-23' }));
      expectProblem(early, 422, 'validation-failed');
      expect(early.json().errors).toEqual([{ field: 'performedOn', message: `is before the participant's enrolment (${ENROLLED_ON})` }]);
      expect((await caseManager.post(url(pat, 'community-service'), hours({ performedOn: ENROLLED_ON, hours: 1 }))).statusCode).toBe(201);
    });

    it('counts the court-local day: 04:00 UTC on the 24th is still the 23rd in Chicago', async () => {
      clock.set('2026-11-24T04:00:00Z');
      const client = await signIn(app, 'cm');
      expect((await client.post(url(pat, 'community-service'), hours({ performedOn: '2026-11-24' }))).statusCode).toBe(422);
      expect((await client.post(url(pat, 'community-service'), hours({ performedOn: TODAY, hours: 0.5 }))).statusCode).toBe(201);
    });

    it('refuses a participant who is not enrolled (409), writing nothing', async () => {
      const response = await caseManager.post(url(referred, 'community-service'), hours());
      expectProblem(response, 409, 'participant-not-enrolled');
      expect(response.json().participantStatus).toBe('referred');
      expect(await count('participant_ledger_entries', referred)).toBe(0);
    });
  });

  describe('fee payments', () => {
    const payment = (overrides: Record<string, unknown> = {}) => ({ paidOn: '2026-11-20', amount: 50, description: 'Receipt 2026-0412', ...overrides });

    it('records payments with their receipts and totals them', async () => {
      expect((await caseManager.post(url(sam, 'fee-payments'), payment())).statusCode).toBe(201);
      const second = await caseManager.post(url(sam, 'fee-payments'), payment({ paidOn: '2026-11-22', amount: 25.25, description: 'Receipt 2026-0450' }));
      expect(second.statusCode).toBe(201);
      expect(second.json()).toMatchObject({ paidOn: '2026-11-22', amount: 25.25, correction: false });
      const ledger = (await caseManager.get(url(sam, 'fee-payments'))).json();
      expect(ledger.totalPaid).toBe(75.25);
      expect(ledger.entries.map((e: { paidOn: string }) => e.paidOn)).toEqual(['2026-11-22', '2026-11-20']);
      expect(await auditRows('fee_payment.write', sam)).toHaveLength(2);
      expect(await lastAudit('fee_payment.read', sam)).toMatchObject({ entity_type: 'fee_payment', basis: 'role:case_manager' });
    });

    it('corrects a payment with a negative entry, never below zero paid', async () => {
      const correction = await caseManager.post(url(sam, 'fee-payments'), payment({ paidOn: TODAY, amount: -25.25, description: 'Cheque 2026-0450 bounced' }));
      expect(correction.statusCode).toBe(201);
      expect((await caseManager.get(url(sam, 'fee-payments'))).json().totalPaid).toBe(50);
      const belowZero = await caseManager.post(url(sam, 'fee-payments'), payment({ paidOn: TODAY, amount: -50.01, description: 'Refund' }));
      expectProblem(belowZero, 422, 'validation-failed');
      expect(fieldsOf(belowZero)).toEqual(['amount']);
    });

    it('refuses amounts over the limit, future dates, dates before enrolment and not-enrolled participants', async () => {
      expect(fieldsOf(await caseManager.post(url(sam, 'fee-payments'), payment({ amount: 100_000.01 })))).toEqual(['amount']);
      expect(fieldsOf(await caseManager.post(url(sam, 'fee-payments'), payment({ paidOn: '2026-11-24' })))).toEqual(['paidOn']);
      expect(fieldsOf(await caseManager.post(url(sam, 'fee-payments'), payment({ paidOn: '2026-09-01' })))).toEqual(['paidOn']);
      expectProblem(await caseManager.post(url(referred, 'fee-payments'), payment()), 409, 'participant-not-enrolled');
    });
  });

  describe('milestones', () => {
    const milestone = (overrides: Record<string, unknown> = {}) => ({
      name: 'employed or in school',
      achievedOn: '2026-11-02',
      evidence: 'Pay stub from Acme Ltd dated 2026-11-02',
      ...overrides,
    });

    it('records milestones with their evidence and lists them newest first', async () => {
      const first = await caseManager.post(url(pat, 'milestones'), milestone());
      expect(first.statusCode).toBe(201);
      expect(first.json()).toMatchObject({ participantId: pat.id, name: 'employed or in school', achievedOn: '2026-11-02', recordedBy: caseManagerId });
      const second = await caseManager.post(url(pat, 'milestones'), milestone({ name: 'housing', achievedOn: '2026-11-10', evidence: 'Lease' }));
      expect(second.statusCode).toBe(201);
      const list = await caseManager.get(url(pat, 'milestones'));
      expect(list.statusCode).toBe(200);
      expect(list.json().map((m: { name: string }) => m.name)).toEqual(['housing', 'employed or in school']);
      expect(await lastAudit('milestone.write', pat)).toMatchObject({ entity_type: 'milestone', entity_ids: [second.json().id] });
      expect(await lastAudit('milestone.read', pat)).toMatchObject({ entity_ids: [second.json().id, first.json().id] });
    });

    it('refuses a milestone before enrolment, in the future, without evidence, or for a participant not enrolled', async () => {
      expect(fieldsOf(await caseManager.post(url(pat, 'milestones'), milestone({ achievedOn: '2026-09-01' })))).toEqual(['achievedOn']);
      expect(fieldsOf(await caseManager.post(url(pat, 'milestones'), milestone({ achievedOn: '2026-12-01' })))).toEqual(['achievedOn']);
      expect(fieldsOf(await caseManager.post(url(pat, 'milestones'), milestone({ evidence: '   ' })))).toEqual(['evidence']);
      expectProblem(await caseManager.post(url(referred, 'milestones'), milestone()), 409, 'participant-not-enrolled');
    });
  });

  describe('admitted use', () => {
    it('records admitted use, dated today (court time) unless said otherwise', async () => {
      const response = await caseManager.post(url(pat, 'admitted-use'), { usedOn: '2026-11-21', substances: [' alcohol '], note: 'Told the case manager at the weekly meeting.' });
      expect(response.statusCode).toBe(201);
      expect(response.json()).toMatchObject({ usedOn: '2026-11-21', admittedOn: TODAY, substances: ['alcohol'], recordedBy: caseManagerId });
      const earlier = await caseManager.post(url(pat, 'admitted-use'), { usedOn: '2026-11-10', admittedOn: '2026-11-12', substances: ['cannabis'] });
      expect(earlier.statusCode).toBe(201);
      expect(earlier.json().note).toBeNull();
      const list = await caseManager.get(url(pat, 'admitted-use'));
      expect(list.json().map((a: { usedOn: string }) => a.usedOn)).toEqual(['2026-11-21', '2026-11-10']);
      expect(await lastAudit('admitted_use.write', pat)).toMatchObject({ entity_type: 'substance_use_admission', entity_ids: [earlier.json().id] });
      expect(await lastAudit('admitted_use.read', pat)).toMatchObject({ entity_ids: [response.json().id, earlier.json().id] });
    });

    it('refuses use after its admission, an admission in the future, and an empty list of substances', async () => {
      const before = await count('substance_use_admissions');
      const after = await caseManager.post(url(pat, 'admitted-use'), { usedOn: '2026-11-15', admittedOn: '2026-11-12', substances: ['alcohol'] });
      expect(after.statusCode).toBe(422);
      expect(fieldsOf(after)).toEqual(['usedOn']);
      expect(fieldsOf(await caseManager.post(url(pat, 'admitted-use'), { usedOn: '2026-11-20', admittedOn: '2026-11-24', substances: ['alcohol'] }))).toEqual([
        'admittedOn',
      ]);
      expect(fieldsOf(await caseManager.post(url(pat, 'admitted-use'), { usedOn: '2026-11-24', substances: ['alcohol'] }))).toEqual(['usedOn']);
      expect(fieldsOf(await caseManager.post(url(pat, 'admitted-use'), { usedOn: '2026-11-20', substances: [] }))).toEqual(['substances']);
      expect(fieldsOf(await caseManager.post(url(pat, 'admitted-use'), { usedOn: '2026-11-20', admittedOn: null, substances: ['alcohol'] }))).toEqual(['admittedOn']);
      expect(await count('substance_use_admissions')).toBe(before);
      expectProblem(await caseManager.post(url(referred, 'admitted-use'), { usedOn: '2026-11-20', substances: ['alcohol'] }), 409, 'participant-not-enrolled');
    });
  });

  describe('case notes', () => {
    const note = (overrides: Record<string, unknown> = {}) => ({ occurredOn: '2026-11-20', body: 'Met with Lee; housing search going well.', ...overrides });

    it('writes an open note, and refuses a confidential one without a consent covering it for the writer', async () => {
      const open = await caseManager.post(url(lee, 'case-notes'), note());
      expect(open.statusCode).toBe(201);
      expect(open.json()).toMatchObject({ authorId: caseManagerId, confidential: false, information: null });
      expect(await lastAudit('case_note.write', lee)).toMatchObject({ entity_type: 'case_note', entity_ids: [open.json().id], basis: 'role:case_manager' });

      const before = await count('case_notes', lee);
      const refused = await caseManager.post(url(lee, 'case-notes'), note({ body: 'Counsellor reports progress.', confidential: true }));
      expectProblem(refused, 403, 'consent-required');
      expect(await count('case_notes', lee)).toBe(before);
      expect(await lastAudit('treatment.read_refused', lee)).toMatchObject({ basis: 'denied' });
    });

    it('requires information only with confidential, and refuses future dates and participants not enrolled', async () => {
      const mismatch = await caseManager.post(url(lee, 'case-notes'), note({ confidential: false, information: 'treatment_progress' }));
      expect(mismatch.statusCode).toBe(422);
      expect(fieldsOf(mismatch)).toEqual(['information']);
      expect(fieldsOf(await caseManager.post(url(lee, 'case-notes'), note({ information: 'gossip' })))).toEqual(['information']);
      expect(fieldsOf(await caseManager.post(url(lee, 'case-notes'), note({ occurredOn: '2026-11-24' })))).toEqual(['occurredOn']);
      expectProblem(await caseManager.post(url(referred, 'case-notes'), note()), 409, 'participant-not-enrolled');
    });

    it('withholds confidential notes from a reader no consent covers, and says how many', async () => {
      // A confidential note written while a consent was valid (since revoked): inserted directly.
      await ds.query(
        `INSERT INTO case_notes (participant_id, author_id, occurred_on, body, confidential, information)
         VALUES ($1, $2, '2026-11-19', 'Counsellor: missed two groups.', TRUE, 'treatment_attendance')`,
        [lee.id, caseManagerId],
      );
      const read = await judge.get(url(lee, 'case-notes'));
      expect(read.statusCode).toBe(200);
      expect(read.json().items.map((n: { confidential: boolean }) => n.confidential)).toEqual([false]);
      expect(read.json().withheld).toBe(1);
      expect(read.json().redisclosureNotice).toBeNull();
      expect(await lastAudit('case_note.read', lee)).toMatchObject({ actor_role: 'judge', basis: 'role:judge', consent_id: null, details: expect.objectContaining({ withheld: 1 }) });
    });

    it('under a consent, writes a confidential note (treatment progress by default) and shows those it covers, with the notice', async () => {
      const consentId = await createConsent(ds, lee, alpha.id, { information: ['treatment_progress', 'treatment_attendance'], recordedBy: caseManagerId });
      const written = await caseManager.post(url(lee, 'case-notes'), note({ body: 'Counsellor reports steady progress.', confidential: true }));
      expect(written.statusCode).toBe(201);
      expect(written.json()).toMatchObject({ confidential: true, information: 'treatment_progress' });
      expect(await lastAudit('case_note.write', lee)).toMatchObject({ basis: `consent:${consentId}`, consent_id: consentId });
      // Information the consent does not cover stays out of reach, for writing and reading.
      expectProblem(await caseManager.post(url(lee, 'case-notes'), note({ information: 'diagnosis_and_assessment' })), 403, 'consent-required');
      await ds.query(
        `INSERT INTO case_notes (participant_id, author_id, occurred_on, body, confidential, information)
         VALUES ($1, $2, '2026-11-18', 'Assessment summary.', TRUE, 'diagnosis_and_assessment')`,
        [lee.id, caseManagerId],
      );

      const read = await judge.get(url(lee, 'case-notes'));
      expect(read.statusCode).toBe(200);
      expect(read.json().items.map((n: { information: string | null }) => n.information)).toEqual(['treatment_progress', null, 'treatment_attendance']);
      expect(read.json().withheld).toBe(1);
      expect(read.json().redisclosureNotice).toContain('42 CFR part 2');
      expect(await lastAudit('case_note.read', lee)).toMatchObject({ consent_id: consentId, details: expect.objectContaining({ withheld: 1, consentIds: [consentId] }) });
    });

    it('is not for the participant, nor for the court administrator (route permission)', async () => {
      expectProblem(await patClient.get(url(pat, 'case-notes')), 403, 'forbidden');
      expectProblem(await courtAdmin.get(url(lee, 'case-notes')), 403, 'forbidden');
      expectProblem(await provider.post(url(sam, 'case-notes'), note()), 403, 'forbidden');
    });
  });

  describe('treatment attendance', () => {
    const session = (overrides: Record<string, unknown> = {}) => ({ sessionOn: '2026-11-20', sessionType: 'group', attendance: 'attended', ...overrides });

    it('refuses a provider report without a consent, writing nothing', async () => {
      const response = await provider.post(url(sam, 'treatment-attendance'), session());
      expectProblem(response, 403, 'consent-required');
      expect(await count('treatment_attendance', sam)).toBe(0);
      expect(await lastAudit('treatment.write_refused', sam)).toMatchObject({ basis: 'denied' });
      // The team cannot read what no consent covers either.
      expectProblem(await caseManager.get(url(sam, 'treatment-attendance')), 403, 'consent-required');
    });

    it('accepts reports under a consent; the court team reads them with the redisclosure notice', async () => {
      const consentId = await createConsent(ds, sam, alpha.id, { discloserOrganisationId: riverside, information: ['treatment_attendance'], recordedBy: caseManagerId });
      const first = await provider.post(url(sam, 'treatment-attendance'), session());
      expect(first.statusCode).toBe(201);
      expect(first.json()).toMatchObject({ participantId: sam.id, organisationId: riverside, sessionOn: '2026-11-20', attendance: 'attended' });
      expect(await lastAudit('treatment_attendance.write', sam)).toMatchObject({ entity_ids: [first.json().id], basis: `consent:${consentId}`, consent_id: consentId });
      const second = await provider.post(url(sam, 'treatment-attendance'), session({ sessionOn: '2026-11-22', sessionType: 'individual counselling', attendance: 'absent' }));
      expect(second.statusCode).toBe(201);
      // A missed session is a violation, with its clock, named by the report's id only.
      const missed = await ds.query(`SELECT kind, evidence, source_key FROM violations WHERE participant_id = $1 AND kind = 'missed_treatment'`, [sam.id]);
      expect(missed).toEqual([{ kind: 'missed_treatment', evidence: { treatmentAttendanceId: second.json().id }, source_key: `treatment-attendance:${second.json().id}` }]);

      const read = await caseManager.get(url(sam, 'treatment-attendance'));
      expect(read.statusCode).toBe(200);
      // `absent` is the first version's word for a no-show: accepted, and answered as `no_show`.
      expect(second.json().attendance).toBe('no_show');
      expect(read.json().items.map((a: { attendance: string }) => a.attendance)).toEqual(['no_show', 'attended']);
      expect(read.json().redisclosureNotice).toContain('42 CFR part 2');
      expect(await lastAudit('treatment_attendance.read', sam)).toMatchObject({ basis: `consent:${consentId}`, consent_id: consentId, entity_ids: [second.json().id, first.json().id] });
      expect((await provider.get(url(sam, 'treatment-attendance'))).json().items).toHaveLength(2);
      expectProblem(await courtAdmin.get(url(sam, 'treatment-attendance')), 403, 'forbidden');
    });

    it('refuses sessions in the future or before enrolment, bad values, and participants not enrolled', async () => {
      expect(fieldsOf(await provider.post(url(sam, 'treatment-attendance'), session({ sessionOn: '2026-11-24' })))).toEqual(['sessionOn']);
      expect(fieldsOf(await provider.post(url(sam, 'treatment-attendance'), session({ sessionOn: '2026-09-20' })))).toEqual(['sessionOn']);
      expect(fieldsOf(await provider.post(url(sam, 'treatment-attendance'), session({ attendance: 'late' })))).toEqual(['attendance']);
      expect(fieldsOf(await provider.post(url(sam, 'treatment-attendance'), session({ organisationId: riverside })))).toEqual(['organisationId']);
      await createConsent(ds, referred, alpha.id, { discloserOrganisationId: riverside, information: ['treatment_attendance'], recordedBy: caseManagerId });
      expectProblem(await provider.post(url(referred, 'treatment-attendance'), session()), 409, 'participant-not-enrolled');
      expect(await count('treatment_attendance', sam)).toBe(2);
    });

    it('is out of reach for a provider the participant is not referred to (404) and for staff (route permission)', async () => {
      expectProblem(await provider.post(url(pat, 'treatment-attendance'), session()), 404, 'not-found');
      expectProblem(await caseManager.post(url(sam, 'treatment-attendance'), session()), 403, 'forbidden');
    });
  });

  describe('who may reach the record', () => {
    it('lets the participant read their own ledgers, milestones and admitted use, but not write them', async () => {
      for (const route of ['community-service', 'fee-payments', 'milestones', 'admitted-use']) {
        expect((await patClient.get(url(pat, route))).statusCode).toBe(200);
      }
      expect((await patClient.get(url(pat, 'community-service'))).json().totalHours).toBeGreaterThan(0);
      expect(await lastAudit('community_service.read', pat)).toMatchObject({ actor_role: 'participant', basis: 'self' });
      expectProblem(await patClient.get(url(sam, 'community-service')), 404, 'not-found');
      expectProblem(await patClient.post(url(pat, 'community-service'), { performedOn: TODAY, hours: 8, description: 'Trust me' }), 403, 'forbidden');
    });

    it("answers 404 for another court's participant, whether reading or writing, and writes nothing", async () => {
      const before = await count('participant_ledger_entries', pat);
      for (const route of ['community-service', 'fee-payments', 'milestones', 'admitted-use', 'case-notes']) {
        expectProblem(await bravoCaseManager.get(url(pat, route)), 404, 'not-found');
      }
      expectProblem(await bravoCaseManager.post(url(pat, 'community-service'), { performedOn: TODAY, hours: 1, description: 'Food bank' }), 404, 'not-found');
      expectProblem(await bravoCaseManager.post(url(pat, 'case-notes'), { occurredOn: TODAY, body: 'Hello' }), 404, 'not-found');
      expect(await count('participant_ledger_entries', pat)).toBe(before);
    });

    it('answers 404 for an unknown participant and 400 for a malformed id', async () => {
      expectProblem(await caseManager.get('/api/v1/participants/00000000-0000-4000-8000-000000000000/milestones'), 404, 'not-found');
      expect((await caseManager.get('/api/v1/participants/not-a-uuid/milestones')).statusCode).toBe(400);
    });
  });
});
