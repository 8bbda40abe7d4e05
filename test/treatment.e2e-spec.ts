import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { STANDARD_REDISCLOSURE_NOTICES } from '@app/audit';
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
} from './support/fixtures';

const PROBLEM = 'application/problem+json';

describe('treatment information under consent', () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;
  let ds: DataSource;
  const clock = new TestClock(new Date('2026-11-23T18:00:00Z'));
  let court: CourtFixture;
  let organisation: string;
  let otherOrganisation: string;
  let referred: ParticipantFixture;
  let notReferred: ParticipantFixture;
  let caseManagerId: string;
  let provider: ApiClient;
  let otherProvider: ApiClient;
  let caseManager: ApiClient;
  let courtAdmin: ApiClient;

  const countNotes = async () => Number((await ds.query(`SELECT count(*) AS n FROM treatment_notes`))[0].n);
  const note = (category = 'treatment_attendance') => ({ category, occurredOn: '2026-11-20', body: 'Attended group twice.' });

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createTestApi(testConfig(db.url), clock);
    ds = dataSourceOf(app);
    court = await createCourt(ds, 'TREAT');
    organisation = await createOrganisation(ds, court.id, 'Riverside Recovery');
    otherOrganisation = await createOrganisation(ds, court.id, 'Lakeside Clinic');
    caseManagerId = (await createStaff(ds, 'cm', 'case_manager', court.id)).id;
    await createStaff(ds, 'prov', 'treatment_provider', court.id, { organisationId: organisation });
    await createStaff(ds, 'prov2', 'treatment_provider', court.id, { organisationId: otherOrganisation });
    await createStaff(ds, 'cadmin', 'court_admin', court.id);
    referred = await createParticipant(ds, court, 'T-0001');
    notReferred = await createParticipant(ds, court, 'T-0002');
    await referToProvider(ds, referred.id, organisation);
    [provider, otherProvider, caseManager, courtAdmin] = await Promise.all([signIn(app, 'prov'), signIn(app, 'prov2'), signIn(app, 'cm'), signIn(app, 'cadmin')]);
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('shows a provider only the participants referred to its organisation, and without a consent only what finds them', async () => {
    // No consent on file yet: the caseload leaves the client out, and the record is the minimum (see the consent test below).
    const list = await provider.get('/api/v1/participants');
    expect(list.json().items.map((p: { id: string }) => p.id)).toEqual([]);
    expect((await provider.get(`/api/v1/participants/${referred.id}`)).json()).toMatchObject({ id: referred.id, limited: true, charges: [] });
    expect((await provider.get(`/api/v1/participants/${notReferred.id}`)).statusCode).toBe(404);
    expect((await otherProvider.get(`/api/v1/participants/${referred.id}`)).statusCode).toBe(404);
  });

  it('refuses a provider report without a consent, and writes nothing', async () => {
    const before = await countNotes();
    const response = await provider.post(`/api/v1/participants/${referred.id}/treatment-notes`, note());
    expect(response.statusCode).toBe(403);
    expect(response.headers['content-type']).toContain(PROBLEM);
    expect(response.json().code).toBe('consent-required');
    expect(await countNotes()).toBe(before);
    const [refusal] = await ds.query(`SELECT basis FROM audit_events WHERE action = 'treatment.write_refused' AND $1 = ANY(participant_ids)`, [referred.id]);
    expect(refusal.basis).toBe('denied');
  });

  it('accepts a report under a consent, serves it with the redisclosure notice, and audits the consent relied on', async () => {
    const consentId = await createConsent(ds, referred, court.id, { discloserOrganisationId: organisation, recordedBy: caseManagerId });
    // With it, the provider's caseload shows the client, and the record is no longer limited.
    expect((await provider.get('/api/v1/participants')).json().items.map((p: { id: string }) => p.id)).toEqual([referred.id]);
    expect((await provider.get(`/api/v1/participants/${referred.id}`)).json().limited).toBe(false);
    const written = await provider.post(`/api/v1/participants/${referred.id}/treatment-notes`, note());
    expect(written.statusCode).toBe(201);

    const read = await caseManager.get(`/api/v1/participants/${referred.id}/treatment-notes`);
    expect(read.statusCode).toBe(200);
    expect(read.json().items).toHaveLength(1);
    expect(read.json().redisclosureNotice).toContain('42 CFR part 2');
    expect(read.json().lawName).toBe('42 CFR Part 2');
    // In the reader's language: the standard notice in Portuguese, said so in Content-Language.
    const pt = await caseManager.request('GET', `/api/v1/participants/${referred.id}/treatment-notes`, undefined, { 'accept-language': 'pt' });
    expect(pt.headers['content-language']).toBe('pt');
    expect(pt.json()).toMatchObject({ redisclosureNotice: STANDARD_REDISCLOSURE_NOTICES.pt, lawName: '42 CFR Part 2' });
    const [audit] = await ds.query(
      `SELECT basis, consent_id FROM audit_events WHERE action = 'treatment.read' AND $1 = ANY(participant_ids) ORDER BY id DESC LIMIT 1`,
      [referred.id],
    );
    expect(audit).toEqual({ basis: `consent:${consentId}`, consent_id: consentId });
  });

  it("withholds another provider's notes that no consent lets it disclose", async () => {
    await ds.query(
      `INSERT INTO treatment_notes (participant_id, organisation_id, author_id, category, occurred_on, body)
       VALUES ($1, $2, (SELECT id FROM users WHERE username = 'prov2'), 'treatment_attendance', '2026-11-19', 'Lakeside note')`,
      [referred.id, otherOrganisation],
    );
    const read = await caseManager.get(`/api/v1/participants/${referred.id}/treatment-notes`);
    expect(read.statusCode).toBe(200);
    expect(read.json().items.map((n: { body: string }) => n.body)).not.toContain('Lakeside note');
  });

  it('never shows treatment information to a court administrator, who is not on the treatment team', async () => {
    const response = await courtAdmin.get(`/api/v1/participants/${referred.id}/treatment-notes`);
    expect(response.statusCode).toBe(403);
  });

  it('withholds kinds of information the consent does not cover', async () => {
    const response = await provider.post(`/api/v1/participants/${referred.id}/treatment-notes`, note('diagnosis_and_assessment'));
    expect(response.statusCode).toBe(403);
    const read = await caseManager.get(`/api/v1/participants/${referred.id}/treatment-notes?category=diagnosis_and_assessment`);
    expect(read.statusCode).toBe(403);
  });

  it('rejects a note dated in the future (court time) or of an unknown kind, writing nothing', async () => {
    const before = await countNotes();
    const future = await provider.post(`/api/v1/participants/${referred.id}/treatment-notes`, { ...note(), occurredOn: '2026-11-24' });
    expect(future.statusCode).toBe(422);
    expect(future.json().errors).toEqual([{ field: 'occurredOn', message: 'is in the future (court time)' }]);
    const unknown = await provider.post(`/api/v1/participants/${referred.id}/treatment-notes`, { ...note(), category: 'gossip' });
    expect(unknown.statusCode).toBe(422);
    const extra = await provider.post(`/api/v1/participants/${referred.id}/treatment-notes`, { ...note(), author: 'someone else' });
    expect(extra.statusCode).toBe(422);
    expect(await countNotes()).toBe(before);
  });

  it('ends access when the consent expires (court-local date)', async () => {
    const participant = await createParticipant(ds, court, 'T-0003');
    await referToProvider(ds, participant.id, organisation);
    await createConsent(ds, participant, court.id, { discloserOrganisationId: organisation, recordedBy: caseManagerId, expiresOn: '2026-11-23', expiryEvent: null });
    const notesAt = async (instant: string) => {
      clock.set(instant);
      const client = await signIn(app, 'cm');
      return (await client.get(`/api/v1/participants/${participant.id}/treatment-notes`)).statusCode;
    };
    try {
      // 05:59 UTC on the 24th is still the 23rd in Chicago; 06:00 UTC is midnight there.
      expect(await notesAt('2026-11-24T05:59:00Z')).toBe(200);
      expect(await notesAt('2026-11-24T06:00:00Z')).toBe(403);
    } finally {
      clock.set('2026-11-23T18:00:00Z');
    }
  });

  it('ends a provider’s access to the participant when the referral ends', async () => {
    const participant = await createParticipant(ds, court, 'T-0004');
    const referralResponse = await caseManager.post(`/api/v1/participants/${participant.id}/provider-referrals`, {
      organisationId: organisation,
      referredOn: '2026-11-01',
    });
    expect(referralResponse.statusCode).toBe(201);
    expect((await provider.get(`/api/v1/participants/${participant.id}`)).statusCode).toBe(200);
    const duplicate = await caseManager.post(`/api/v1/participants/${participant.id}/provider-referrals`, {
      organisationId: organisation,
      referredOn: '2026-11-02',
    });
    expect(duplicate.statusCode).toBe(409);
    const ended = await caseManager.post(`/api/v1/provider-referrals/${referralResponse.json().id}/end`);
    expect(ended.statusCode).toBe(200);
    expect((await provider.get(`/api/v1/participants/${participant.id}`)).statusCode).toBe(404);
  });

  it('refuses a referral to another court’s organisation', async () => {
    const elsewhere = await createCourt(ds, 'ELSE');
    const foreign = await createOrganisation(ds, elsewhere.id, 'Elsewhere Clinic');
    const response = await caseManager.post(`/api/v1/participants/${notReferred.id}/provider-referrals`, { organisationId: foreign, referredOn: '2026-11-01' });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors[0].field).toBe('organisationId');
  });
});
