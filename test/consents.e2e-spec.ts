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
  ParticipantFixture,
  referToProvider,
  signIn,
  signInParticipant,
} from './support/fixtures';

const PROBLEM = 'application/problem+json';
/** 09:00 on Monday 23 November 2026 in Chicago (court ALPHA). */
const NOW = '2026-11-23T15:00:00Z';

describe('consents', () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;
  let ds: DataSource;
  const clock = new TestClock(NOW);
  let alpha: CourtFixture;
  let bravo: CourtFixture;
  let riverside: string;
  let lakeside: string;
  let bravoClinic: string;
  let judgeId: string;
  let caseManagerId: string;
  let bravoStaffId: string;
  let pat: ParticipantFixture;
  let sam: ParticipantFixture;
  let bravoParticipant: ParticipantFixture;
  let caseManager: ApiClient;
  let judge: ApiClient;
  let courtAdmin: ApiClient;
  let provider: ApiClient;
  let otherProvider: ApiClient;
  let bravoCaseManager: ApiClient;
  let bravoAdmin: ApiClient;
  let systemAdmin: ApiClient;
  let patClient: ApiClient;

  const count = async (table: 'consents' | 'audit_events') => Number((await ds.query(`SELECT count(*) AS n FROM ${table}`))[0].n);
  const form = (overrides: Record<string, unknown> = {}) => ({
    discloserOrganisationId: riverside,
    recipientType: 'court_team',
    information: ['treatment_attendance', 'treatment_progress'],
    purpose: 'monitoring of treatment court participation',
    expiryEvent: 'program_discharge',
    signedOn: '2026-11-20',
    signedBy: 'Pat Doe',
    ...overrides,
  });
  const lastAudit = async (action: string) =>
    (await ds.query(`SELECT * FROM audit_events WHERE action = $1 ORDER BY id DESC LIMIT 1`, [action]))[0];

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createTestApi(testConfig(db.url), clock);
    ds = dataSourceOf(app);
    alpha = await createCourt(ds, 'ALPHA', { timeZone: 'America/Chicago' });
    bravo = await createCourt(ds, 'BRAVO', { timeZone: 'Pacific/Honolulu' });
    riverside = await createOrganisation(ds, alpha.id, 'Riverside Recovery');
    lakeside = await createOrganisation(ds, alpha.id, 'Lakeside Clinic');
    bravoClinic = await createOrganisation(ds, bravo.id, 'Harbor Clinic');
    caseManagerId = (await createStaff(ds, 'cm', 'case_manager', alpha.id)).id;
    judgeId = (await createStaff(ds, 'judge', 'judge', alpha.id)).id;
    await createStaff(ds, 'cadmin', 'court_admin', alpha.id);
    await createStaff(ds, 'prov', 'treatment_provider', alpha.id, { organisationId: riverside });
    await createStaff(ds, 'prov2', 'treatment_provider', alpha.id, { organisationId: lakeside });
    bravoStaffId = (await createStaff(ds, 'cm-b', 'case_manager', bravo.id)).id;
    await createStaff(ds, 'cadmin-b', 'court_admin', bravo.id);
    await createStaff(ds, 'root', 'system_admin', null);
    pat = await createParticipant(ds, alpha, 'A-0001');
    sam = await createParticipant(ds, alpha, 'A-0002');
    bravoParticipant = await createParticipant(ds, bravo, 'B-0001');
    await referToProvider(ds, pat.id, riverside);
    [caseManager, judge, courtAdmin, provider, otherProvider, bravoCaseManager, bravoAdmin, systemAdmin, patClient] = await Promise.all([
      signIn(app, 'cm'),
      signIn(app, 'judge'),
      signIn(app, 'cadmin'),
      signIn(app, 'prov'),
      signIn(app, 'prov2'),
      signIn(app, 'cm-b'),
      signIn(app, 'cadmin-b'),
      signIn(app, 'root'),
      signInParticipant(app, pat),
    ]);
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  beforeEach(() => clock.set(NOW));

  describe('recording', () => {
    it('records a consent with an audit row in the same transaction', async () => {
      const [consentsBefore, auditBefore] = [await count('consents'), await count('audit_events')];
      const response = await caseManager.post(`/api/v1/participants/${pat.id}/consents`, form({ informationDescription: 'attendance and progress' }));
      expect(response.statusCode).toBe(201);
      const consent = response.json();
      expect(consent).toMatchObject({
        participantId: pat.id,
        courtId: alpha.id,
        status: 'valid',
        discloserOrganisationId: riverside,
        recipientType: 'court_team',
        recipientDescription: 'the treatment court team of ALPHA Court',
        information: ['treatment_attendance', 'treatment_progress'],
        informationDescription: 'attendance and progress',
        expiresOn: null,
        expiryEvent: 'program_discharge',
        signedOn: '2026-11-20',
        signedBy: 'Pat Doe',
        revokedAt: null,
      });
      expect(consent).not.toHaveProperty('redisclosureNotice');
      expect(await count('consents')).toBe(consentsBefore + 1);
      expect(await count('audit_events')).toBe(auditBefore + 1);
      const audit = await lastAudit('consent.write');
      expect(audit).toMatchObject({ court_id: alpha.id, participant_ids: [pat.id], entity_ids: [consent.id], basis: 'role:case_manager', actor_role: 'case_manager' });
    });

    it('names a person or organisation recipient from the court when the form gives no description', async () => {
      const toJudge = await caseManager.post(`/api/v1/participants/${pat.id}/consents`, form({ recipientType: 'person', recipientUserId: judgeId }));
      expect(toJudge.statusCode).toBe(201);
      expect(toJudge.json()).toMatchObject({ recipientUserId: judgeId, recipientDescription: 'Test judge' });
      const toOrganisation = await caseManager.post(
        `/api/v1/participants/${pat.id}/consents`,
        form({ recipientType: 'organisation', recipientOrganisationId: lakeside, expiryEvent: undefined, expiresOn: '2027-06-30' }),
      );
      expect(toOrganisation.statusCode).toBe(201);
      expect(toOrganisation.json()).toMatchObject({ recipientDescription: 'Lakeside Clinic', expiresOn: '2027-06-30', expiryEvent: null });
    });

    it.each([
      ['no information', { information: [] }, 'information'],
      ['duplicate information', { information: ['treatment_plan', 'treatment_plan'] }, 'information'],
      ['unknown information', { information: ['everything'] }, 'information'],
      ['an unknown field', { admin: true }, 'admin'],
      ['an unknown recipient type', { recipientType: 'anyone' }, 'recipientType'],
      ['no expiry date or event', { expiryEvent: undefined }, 'expiresOn'],
      ['an impossible expiry date', { expiresOn: '2027-02-30' }, 'expiresOn'],
      ['a signature date that is not a date', { signedOn: '20/11/2026' }, 'signedOn'],
      ['a signature in the future', { signedOn: '2026-11-24' }, 'signedOn'],
      ['an expiry before the signature', { expiresOn: '2026-11-19' }, 'expiresOn'],
      ['an organisation recipient without the organisation', { recipientType: 'organisation' }, 'recipientOrganisationId'],
      ['a person recipient without a name', { recipientType: 'person' }, 'recipientDescription'],
      ['a discloser from another court', () => ({ discloserOrganisationId: bravoClinic }), 'discloserOrganisationId'],
      ['a recipient organisation from another court', () => ({ recipientType: 'organisation', recipientOrganisationId: bravoClinic }), 'recipientOrganisationId'],
      ['a recipient user from another court', () => ({ recipientType: 'person', recipientUserId: bravoStaffId }), 'recipientUserId'],
      ['a participant as recipient user', () => ({ recipientType: 'person', recipientUserId: sam.userId }), 'recipientUserId'],
      ['a blank purpose', { purpose: '' }, 'purpose'],
    ])('refuses %s with 422 problem+json naming the field, and writes nothing', async (_what, overrides, field) => {
      const [consentsBefore, auditBefore] = [await count('consents'), await count('audit_events')];
      const body = form(typeof overrides === 'function' ? overrides() : overrides);
      const response = await caseManager.post(`/api/v1/participants/${pat.id}/consents`, body);
      expect(response.statusCode).toBe(422);
      expect(response.headers['content-type']).toContain(PROBLEM);
      expect(response.json().code).toBe('validation-failed');
      expect(response.json().errors.map((e: { field: string }) => e.field)).toContain(field);
      expect(await count('consents')).toBe(consentsBefore);
      expect(await count('audit_events')).toBe(auditBefore);
    });

    it("judges 'in the future' by the court's calendar, not UTC's", async () => {
      // 03:00 UTC on the 24th is still the evening of the 23rd in Chicago.
      // (A session does not outlive a jump of hours: sign in again at each instant.)
      clock.set('2026-11-24T03:00:00Z');
      const tomorrow = await (await signIn(app, 'cm')).post(`/api/v1/participants/${pat.id}/consents`, form({ signedOn: '2026-11-24' }));
      expect(tomorrow.statusCode).toBe(422);
      clock.set('2026-11-24T06:00:00Z');
      const today = await (await signIn(app, 'cm')).post(`/api/v1/participants/${pat.id}/consents`, form({ signedOn: '2026-11-24' }));
      expect(today.statusCode).toBe(201);
    });

    it('is for case staff of the participant’s court only', async () => {
      const before = await count('consents');
      expect((await bravoCaseManager.post(`/api/v1/participants/${pat.id}/consents`, form())).statusCode).toBe(404);
      expect((await judge.post(`/api/v1/participants/${pat.id}/consents`, form())).statusCode).toBe(403);
      expect((await patClient.post(`/api/v1/participants/${pat.id}/consents`, form())).statusCode).toBe(403);
      expect((await systemAdmin.post(`/api/v1/participants/${pat.id}/consents`, form())).statusCode).toBe(403);
      const anonymous = await app.inject({ method: 'POST', url: `/api/v1/participants/${pat.id}/consents`, payload: form() });
      expect(anonymous.statusCode).toBe(401);
      expect(anonymous.headers['content-type']).toContain(PROBLEM);
      expect(await count('consents')).toBe(before);
    });
  });

  describe('reading', () => {
    let patConsent: string;
    let samConsent: string;

    beforeAll(async () => {
      patConsent = (await caseManager.post(`/api/v1/participants/${pat.id}/consents`, form())).json().id;
      samConsent = (await caseManager.post(`/api/v1/participants/${sam.id}/consents`, form({ signedBy: 'Sam Doe' }))).json().id;
    });

    it('lists a participant’s consents for the court team, a referred provider and the participant, and audits it', async () => {
      for (const client of [caseManager, judge, courtAdmin, provider, patClient]) {
        const response = await client.get(`/api/v1/participants/${pat.id}/consents`);
        expect(response.statusCode).toBe(200);
        const ids = response.json().map((c: { id: string }) => c.id);
        expect(ids).toContain(patConsent);
        expect(ids).not.toContain(samConsent);
      }
      const audit = await lastAudit('consent.list');
      expect(audit).toMatchObject({ participant_ids: [pat.id], basis: 'self', actor_role: 'participant' });
      expect(audit.entity_ids).toContain(patConsent);
    });

    it('answers 404 to anyone else, and 403 or 401 without the permission or a session', async () => {
      expect((await otherProvider.get(`/api/v1/participants/${pat.id}/consents`)).statusCode).toBe(404);
      expect((await bravoCaseManager.get(`/api/v1/participants/${pat.id}/consents`)).statusCode).toBe(404);
      expect((await bravoAdmin.get(`/api/v1/participants/${pat.id}/consents`)).statusCode).toBe(404);
      expect((await patClient.get(`/api/v1/participants/${sam.id}/consents`)).statusCode).toBe(404);
      expect((await patClient.get(`/api/v1/participants/${bravoParticipant.id}/consents`)).statusCode).toBe(404);
      expect((await systemAdmin.get(`/api/v1/participants/${pat.id}/consents`)).statusCode).toBe(403);
      expect((await app.inject({ method: 'GET', url: `/api/v1/participants/${pat.id}/consents` })).statusCode).toBe(401);
    });

    it('shows one consent only to those who may see its participant', async () => {
      const mine = await patClient.get(`/api/v1/consents/${patConsent}`);
      expect(mine.statusCode).toBe(200);
      expect(mine.json()).toMatchObject({ id: patConsent, status: 'valid' });
      expect((await lastAudit('consent.read')).entity_ids).toEqual([patConsent]);

      for (const [client, id] of [
        [patClient, samConsent],
        [bravoCaseManager, patConsent],
        [bravoAdmin, patConsent],
        [otherProvider, patConsent],
        [caseManager, '00000000-0000-4000-8000-000000000000'],
      ] as const) {
        const response = await client.get(`/api/v1/consents/${id}`);
        expect(response.statusCode).toBe(404);
        expect(response.headers['content-type']).toContain(PROBLEM);
      }
      expect((await systemAdmin.get(`/api/v1/consents/${patConsent}`)).statusCode).toBe(403);
      expect((await app.inject({ method: 'GET', url: `/api/v1/consents/${patConsent}` })).statusCode).toBe(401);
    });

    it("computes expiry on the court's local date", async () => {
      const id = await createConsent(ds, pat, alpha.id, { expiresOn: '2026-11-23', expiryEvent: null, recordedBy: caseManagerId });
      // A fresh session at each instant: sessions do not outlive a jump of hours.
      const status = async () => (await (await signIn(app, 'cm')).get(`/api/v1/consents/${id}`)).json().status;
      expect(await status()).toBe('valid');
      clock.set('2026-11-24T05:59:00Z'); // 23:59 on the 23rd in Chicago
      expect(await status()).toBe('valid');
      clock.set('2026-11-24T06:00:00Z'); // midnight: the 24th
      expect(await status()).toBe('expired');
    });
  });

  describe('revoking', () => {
    it('lets the participant revoke their own consent at once; a second revocation conflicts', async () => {
      const id = (await caseManager.post(`/api/v1/participants/${pat.id}/consents`, form())).json().id;
      // Until revoked, the consent lets the provider report attendance.
      const note = { category: 'treatment_attendance', occurredOn: '2026-11-20', body: 'Attended group.' };
      expect((await provider.post(`/api/v1/participants/${pat.id}/treatment-notes`, note)).statusCode).toBe(201);
      // (Other consents of Pat's from earlier tests cover the same disclosure: revoke those first.)
      for (const other of await ds.query(`SELECT id FROM consents WHERE participant_id = $1 AND id <> $2 AND revoked_at IS NULL`, [pat.id, id])) {
        expect((await caseManager.post(`/api/v1/consents/${other.id}/revoke`, {})).statusCode).toBe(200);
      }

      const response = await patClient.post(`/api/v1/consents/${id}/revoke`, { reason: 'I changed my mind.' });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ id, status: 'revoked', revokedAt: new Date(NOW).toISOString(), revocationReason: 'I changed my mind.' });
      expect(await lastAudit('consent.revoke')).toMatchObject({ entity_ids: [id], participant_ids: [pat.id], basis: 'self' });
      expect((await provider.post(`/api/v1/participants/${pat.id}/treatment-notes`, note)).statusCode).toBe(403);

      const auditBefore = await count('audit_events');
      const again = await caseManager.post(`/api/v1/consents/${id}/revoke`, {});
      expect(again.statusCode).toBe(409);
      expect(again.headers['content-type']).toContain(PROBLEM);
      expect(again.json().code).toBe('consent-already-revoked');
      expect(await count('audit_events')).toBe(auditBefore);
    });

    it('takes no reason, but refuses an unknown field', async () => {
      const id = (await caseManager.post(`/api/v1/participants/${sam.id}/consents`, form())).json().id;
      const bad = await caseManager.post(`/api/v1/consents/${id}/revoke`, { reason: 'x', revokeAll: true });
      expect(bad.statusCode).toBe(422);
      expect((await caseManager.get(`/api/v1/consents/${id}`)).json().status).toBe('valid');
      const response = await caseManager.request('POST', `/api/v1/consents/${id}/revoke`);
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ status: 'revoked', revocationReason: null });
    });

    it('is not for other participants, other courts, or roles without the permission', async () => {
      const id = (await caseManager.post(`/api/v1/participants/${sam.id}/consents`, form())).json().id;
      expect((await patClient.post(`/api/v1/consents/${id}/revoke`, {})).statusCode).toBe(404);
      expect((await bravoCaseManager.post(`/api/v1/consents/${id}/revoke`, {})).statusCode).toBe(404);
      expect((await judge.post(`/api/v1/consents/${id}/revoke`, {})).statusCode).toBe(403);
      expect((await provider.post(`/api/v1/consents/${id}/revoke`, {})).statusCode).toBe(403);
      expect((await systemAdmin.post(`/api/v1/consents/${id}/revoke`, {})).statusCode).toBe(403);
      expect((await app.inject({ method: 'POST', url: `/api/v1/consents/${id}/revoke`, payload: {} })).statusCode).toBe(401);
      expect((await caseManager.get(`/api/v1/consents/${id}`)).json().status).toBe('valid');
    });
  });
});
