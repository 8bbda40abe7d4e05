import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { courtDateAt } from '@app/core';
import { DataSource } from 'typeorm';
import { createHash } from 'node:crypto';
import { createTestApi } from './support/test-app';
import { createTestDatabase, testConfig, TestDatabase } from './support/test-env';
import { ApiClient, CourtFixture, createCourt, createParticipant, createStaff, createTestingProgram, dataSourceOf, expectProblem, fieldsOf, signIn } from './support/fixtures';

const ZONE = 'America/Chicago';
/** A 1×1 transparent PNG: what a signature drawn on a tablet is sent as. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const PDF = Buffer.from('%PDF-1.4\n% a scanned consent form\n%%EOF\n');

/**
 * What the intake screens rely on: the role's permissions in /me (a screen
 * offers only what the API allows), the participant's signature stored with
 * a consent, and an accepted participant's first hearing proposed from the
 * court calendar. Real time throughout (sessions are in the future).
 */
describe('intake: permissions, consent signatures, the first hearing', () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;
  let ds: DataSource;
  let court: CourtFixture;
  let other: CourtFixture;
  let coordinator: ApiClient;
  let collector: ApiClient;
  let elsewhere: ApiClient;
  let caseManager: ApiClient;
  let judge: ApiClient;

  const consentForm = (extra: Record<string, unknown> = {}) => ({
    recipientType: 'court_team',
    information: ['treatment_attendance', 'drug_test_results'],
    purpose: 'monitoring of treatment court participation',
    expiryEvent: 'program_discharge',
    signedOn: courtDateAt(new Date(), ZONE),
    signedBy: 'Rosa Intake',
    ...extra,
  });
  const count = async (sql: string, params: unknown[] = []) => Number((await ds.query(sql, params))[0].n);

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createTestApi(testConfig(db.url));
    ds = dataSourceOf(app);
    court = await createCourt(ds, 'INTK', { timeZone: ZONE });
    other = await createCourt(ds, 'INTO', { timeZone: ZONE });
    await createStaff(ds, 'icoord', 'coordinator', court.id);
    await createStaff(ds, 'icollector', 'testing_site', court.id);
    await createStaff(ds, 'ielsewhere', 'coordinator', other.id);
    await createStaff(ds, 'icasemgr', 'case_manager', court.id);
    await createStaff(ds, 'ijudge', 'judge', court.id);
    [coordinator, collector, elsewhere, caseManager, judge] = await Promise.all([
      signIn(app, 'icoord'),
      signIn(app, 'icollector'),
      signIn(app, 'ielsewhere'),
      signIn(app, 'icasemgr'),
      signIn(app, 'ijudge'),
    ]);
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it("lists each membership's permissions in /me, the role's and no more", async () => {
    const mine = (await coordinator.get('/api/v1/me')).json().memberships;
    expect(mine).toHaveLength(1);
    expect(mine[0].permissions).toEqual(expect.arrayContaining(['participant.write', 'consent.write', 'consent.revoke', 'court_session.manage']));
    const site = (await collector.get('/api/v1/me')).json().memberships[0].permissions;
    expect(site).toEqual(expect.arrayContaining(['drug_test.record_result']));
    expect(site).not.toContain('participant.write');
    expect(site).not.toContain('consent.write');
  });

  describe('a consent with the participant’s signature', () => {
    let participantId: string;

    beforeAll(async () => {
      participantId = (await createParticipant(ds, court, 'I-0001', { status: 'accepted' })).id;
    });

    it('stores a drawn signature with the consent, tells its hash and size, and gives the file back to readers, audited', async () => {
      const response = await coordinator.post(`/api/v1/participants/${participantId}/consents`, consentForm({ signature: { method: 'drawn', mediaType: 'image/png', data: PNG.toString('base64') } }));
      expect(response.statusCode).toBe(201);
      const consent = response.json();
      const sha256 = createHash('sha256').update(PNG).digest('hex');
      expect(consent.signature).toEqual({ method: 'drawn', mediaType: 'image/png', sha256, bytes: PNG.length });
      expect((await coordinator.get(`/api/v1/participants/${participantId}/consents`)).json()[0].signature).toMatchObject({ sha256 });

      const file = await coordinator.get(`/api/v1/consents/${consent.id}/signature`);
      expect(file.statusCode).toBe(200);
      expect(file.json()).toEqual({ method: 'drawn', mediaType: 'image/png', sha256, data: PNG.toString('base64') });
      expect(await count(`SELECT count(*) AS n FROM audit_events WHERE action = 'consent.signature_read' AND $1 = ANY(entity_ids)`, [consent.id])).toBe(1);
      expect(await count(`SELECT count(*) AS n FROM audit_events WHERE action = 'consent.write' AND $1 = ANY(entity_ids) AND details->>'signature' = 'drawn'`, [consent.id])).toBe(1);
    });

    it('keeps a scanned signed form as a PDF; a consent recorded without a signature has none to give', async () => {
      const scanned = await coordinator.post(`/api/v1/participants/${participantId}/consents`, consentForm({ signature: { method: 'scanned', mediaType: 'application/pdf', data: PDF.toString('base64') } }));
      expect(scanned.statusCode).toBe(201);
      expect(scanned.json().signature).toMatchObject({ method: 'scanned', mediaType: 'application/pdf', bytes: PDF.length });
      const unsigned = await coordinator.post(`/api/v1/participants/${participantId}/consents`, consentForm());
      expect(unsigned.statusCode).toBe(201);
      expect(unsigned.json().signature).toBeNull();
      expectProblem(await coordinator.get(`/api/v1/consents/${unsigned.json().id}/signature`), 404, 'not-found');
    });

    it('refuses a file that is not what it says, bad base64 or an unknown kind, naming the field, and stores nothing', async () => {
      const before = await count(`SELECT count(*) AS n FROM consents WHERE participant_id = $1`, [participantId]);
      const mislabelled = await coordinator.post(`/api/v1/participants/${participantId}/consents`, consentForm({ signature: { method: 'drawn', mediaType: 'image/png', data: PDF.toString('base64') } }));
      expectProblem(mislabelled, 422, 'validation-failed');
      expect(fieldsOf(mislabelled)).toEqual(['signature.data']);
      const garbled = await coordinator.post(`/api/v1/participants/${participantId}/consents`, consentForm({ signature: { method: 'drawn', mediaType: 'image/png', data: 'not base64 at all!' } }));
      expectProblem(garbled, 422, 'validation-failed');
      expect(fieldsOf(garbled)).toEqual(['signature.data']);
      const unknown = await coordinator.post(`/api/v1/participants/${participantId}/consents`, consentForm({ signature: { method: 'faxed', mediaType: 'image/gif', data: PNG.toString('base64') } }));
      expectProblem(unknown, 422, 'validation-failed');
      expect(fieldsOf(unknown).sort()).toEqual(['signature.mediaType', 'signature.method']);
      expect(await count(`SELECT count(*) AS n FROM consents WHERE participant_id = $1`, [participantId])).toBe(before);
    });

    it('gives the signature to nobody outside the court, and refuses a role without consent access', async () => {
      const [consent] = (await coordinator.get(`/api/v1/participants/${participantId}/consents`)).json().filter((c: { signature: unknown }) => c.signature);
      expectProblem(await elsewhere.get(`/api/v1/consents/${consent.id}/signature`), 404, 'not-found');
      expectProblem(await collector.get(`/api/v1/consents/${consent.id}/signature`), 403, 'forbidden');
      expectProblem(await collector.post(`/api/v1/participants/${participantId}/consents`, consentForm()), 403, 'forbidden');
    });
  });

  it("proposes an accepted participant's first hearing at the soonest session hearing their program, and enrolment puts it there", async () => {
    const program = await createTestingProgram(ds, court.id, 'IHOPE', { model: 'hope_probation' });
    const otherProgram = await createTestingProgram(ds, court.id, 'IOTH');
    const participant = await createParticipant(ds, court, 'I-0002', { status: 'accepted' });
    await ds.query(`UPDATE participants SET program_id = $2, participant_number = NULL, user_id = NULL WHERE id = $1`, [participant.id, program.id]);
    const session = async (days: number, programIds: string[]) => {
      const date = courtDateAt(new Date(Date.now() + days * 86_400_000), ZONE);
      const response = await coordinator.post(`/api/v1/courts/${court.id}/court-sessions`, { date, startTime: '09:00', courtroom: `Room ${days}`, programIds });
      if (response.statusCode !== 201) throw new Error(response.body);
      return response.json();
    };
    await session(2, [otherProgram.id]);
    const soonest = await session(3, [program.id]);
    const later = await session(5, []);

    const proposal = (await coordinator.get(`/api/v1/participants/${participant.id}/hearing-proposal`)).json();
    expect(proposal).toMatchObject({ kind: 'first', due: courtDateAt(new Date(), ZONE), basis: 'enrolment', reason: null, alreadyScheduled: null });
    expect(proposal.session).toMatchObject({ id: soonest.id, startsAt: soonest.startsAt });
    expect(proposal.alternatives.map((s: { id: string }) => s.id)).toEqual([later.id]);

    await coordinator.post(`/api/v1/participants/${participant.id}/consents`, consentForm());
    const enrolled = await coordinator.post(`/api/v1/participants/${participant.id}/enrolment`, { participantNumber: 'I-0102', pin: '802461', firstHearingAt: proposal.session.startsAt, language: 'es' });
    expect(enrolled.statusCode).toBe(201);
    expect(enrolled.json()).toMatchObject({ firstHearingKind: 'warning' });
    const [hearing] = await ds.query(`SELECT session_id, kind FROM hearings WHERE id = $1`, [enrolled.json().firstHearingId]);
    expect(hearing).toEqual({ session_id: soonest.id, kind: 'warning' });
    // The participant's own language, chosen at enrolment, is their account's from the first sign-in.
    expect((await ds.query(`SELECT u.language FROM users u JOIN participants p ON p.user_id = u.id WHERE p.id = $1`, [participant.id]))[0]).toEqual({ language: 'es' });
    const other = await createParticipant(ds, court, 'I-0003', { status: 'accepted' });
    await ds.query(`UPDATE participants SET program_id = $2, participant_number = NULL, user_id = NULL WHERE id = $1`, [other.id, program.id]);
    await coordinator.post(`/api/v1/participants/${other.id}/consents`, consentForm());
    const klingon = await coordinator.post(`/api/v1/participants/${other.id}/enrolment`, { participantNumber: 'I-0103', pin: '802461', firstHearingAt: proposal.session.startsAt, language: 'tlh' });
    expectProblem(klingon, 422, 'validation-failed');
    expect(fieldsOf(klingon)).toEqual(['language']);
    expect((await ds.query(`SELECT status FROM participants WHERE id = $1`, [other.id]))[0]).toEqual({ status: 'accepted' });
  });

  it('refuses a forged request for an action the screens do not offer the role, and changes nothing', async () => {
    const referred = await createParticipant(ds, court, 'I-0004', { status: 'screening' });
    const before = await count(`SELECT count(*) AS n FROM audit_events WHERE $1 = ANY(participant_ids) AND action NOT LIKE '%read%'`, [referred.id]);
    const date = courtDateAt(new Date(Date.now() + 9 * 86_400_000), ZONE);
    // The calendar is the coordinator's and the court administrator's: a case manager reads it only.
    expectProblem(await caseManager.post(`/api/v1/courts/${court.id}/court-sessions`, { date, startTime: '09:00', courtroom: 'Forged' }), 403, 'forbidden');
    // A judge orders from the bench but does no intake: no referral, screening, decision, consent or enrolment.
    expectProblem(await judge.post('/api/v1/participants', { courtId: court.id, referralSource: 'judge', referredOn: courtDateAt(new Date(), ZONE), firstName: 'F', lastName: 'Orged' }), 403, 'forbidden');
    expectProblem(await judge.put(`/api/v1/participants/${referred.id}/screening`, { assessedOn: courtDateAt(new Date(), ZONE), instrument: 'RANT', riskLevel: 'high', needLevel: 'high' }), 403, 'forbidden');
    expectProblem(await judge.post(`/api/v1/participants/${referred.id}/screening/decisions`, { party: 'team', decision: 'approve' }), 403, 'forbidden');
    expectProblem(await judge.post(`/api/v1/participants/${referred.id}/consents`, consentForm()), 403, 'forbidden');
    expectProblem(await judge.post(`/api/v1/participants/${referred.id}/enrolment`, { participantNumber: 'I-0199', pin: '802461', firstHearingAt: new Date(Date.now() + 86_400_000).toISOString() }), 403, 'forbidden');
    // The testing site sees no participant record at all.
    expectProblem(await collector.post(`/api/v1/participants/${referred.id}/status`, { status: 'accepted', reason: 'forged' }), 403, 'forbidden');
    expect(await count(`SELECT count(*) AS n FROM court_sessions WHERE courtroom = 'Forged'`)).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM participants WHERE last_name = 'Orged'`)).toBe(0);
    expect((await ds.query(`SELECT status FROM participants WHERE id = $1`, [referred.id]))[0]).toEqual({ status: 'screening' });
    expect(await count(`SELECT count(*) AS n FROM audit_events WHERE $1 = ANY(participant_ids) AND action NOT LIKE '%read%'`, [referred.id])).toBe(before);
  });
});
