import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppConfig, TestClock } from '@app/core';
import { ParticipantRemindersService } from '@app/notifications';
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
  referToProvider,
  signIn,
} from './support/fixtures';

/**
 * Treatment appointments: booked and cancelled by the provider under a
 * consent, read by the team a consent covers, and texted the evening before
 * (time and address only) where the program chose it, once, to numbers the
 * participant registered with their consent, in their language.
 */
describe('treatment appointments', () => {
  let db: TestDatabase;
  let config: AppConfig;
  let app: NestFastifyApplication;
  let ds: DataSource;
  // Noon in Chicago on 9 December: the fixed clock is the only clock any assertion reads.
  const clock = new TestClock(new Date('2026-12-09T18:00:00Z'));
  let court: CourtFixture;
  let program: ProgramFixture;
  let organisation: string;
  let consenting: ParticipantFixture;
  let noConsent: ParticipantFixture;
  let elsewhere: ParticipantFixture;
  let provider: ApiClient;
  let otherProvider: ApiClient;
  let caseManager: ApiClient;
  let courtAdmin: ApiClient;

  const appointment = { appointmentOn: '2026-12-10', startTime: '10:00', place: '12 Main St', note: 'Intake with Dr. Ruiz' };
  const countAppointments = async () => Number((await ds.query(`SELECT count(*) AS n FROM treatment_appointments`))[0].n);

  beforeAll(async () => {
    db = await createTestDatabase();
    config = testConfig(db.url);
    app = await createTestApi(config, clock);
    ds = dataSourceOf(app);
    court = await createCourt(ds, 'APPT');
    program = await createTestingProgram(ds, court.id, 'APPT');
    organisation = await createOrganisation(ds, court.id, 'Riverside Recovery');
    const otherOrganisation = await createOrganisation(ds, court.id, 'Lakeside Clinic');
    const caseManagerId = (await createStaff(ds, 'appt-cm', 'case_manager', court.id)).id;
    await createStaff(ds, 'appt-prov', 'treatment_provider', court.id, { organisationId: organisation });
    await createStaff(ds, 'appt-prov2', 'treatment_provider', court.id, { organisationId: otherOrganisation });
    await createStaff(ds, 'appt-admin', 'court_admin', court.id);
    consenting = await createParticipant(ds, court, 'A-0001');
    noConsent = await createParticipant(ds, court, 'A-0002');
    for (const p of [consenting, noConsent]) {
      await placeInProgram(ds, p.id, program, '2026-01-01');
      await referToProvider(ds, p.id, organisation);
    }
    await createConsent(ds, consenting, court.id, { discloserOrganisationId: organisation, recordedBy: caseManagerId });
    // The same provider organisation's name in another court: its participant is out of reach.
    const otherCourt = await createCourt(ds, 'APPT2');
    const otherCourtOrganisation = await createOrganisation(ds, otherCourt.id, 'Riverside Recovery');
    elsewhere = await createParticipant(ds, otherCourt, 'B-0001');
    await referToProvider(ds, elsewhere.id, otherCourtOrganisation);
    [provider, otherProvider, caseManager, courtAdmin] = await Promise.all([
      signIn(app, 'appt-prov'),
      signIn(app, 'appt-prov2'),
      signIn(app, 'appt-cm'),
      signIn(app, 'appt-admin'),
    ]);
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('books an appointment under a consent, once for a retried request, and lists it to the team with the redisclosure notice', async () => {
    const headers = { 'idempotency-key': 'appt-book-1' };
    const first = await provider.request('POST', `/api/v1/participants/${consenting.id}/treatment-appointments`, appointment, headers);
    expect(first.statusCode).toBe(201);
    // 10:00 in Chicago on 10 December is 16:00 UTC.
    expect(first.json()).toMatchObject({ ...appointment, status: 'scheduled', startsAt: '2026-12-10T16:00:00.000Z', organisationId: organisation });
    const retry = await provider.request('POST', `/api/v1/participants/${consenting.id}/treatment-appointments`, appointment, headers);
    expect(retry.json().id).toBe(first.json().id);
    expect(await countAppointments()).toBe(1);

    const list = await caseManager.get(`/api/v1/participants/${consenting.id}/treatment-appointments`);
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((a: { id: string }) => a.id)).toEqual([first.json().id]);
    expect(list.json().redisclosureNotice).toContain('42 CFR part 2');
    const [audit] = await ds.query(`SELECT entity_ids, basis FROM audit_events WHERE action = 'treatment_appointment.read' ORDER BY id DESC LIMIT 1`);
    expect(audit.entity_ids).toEqual([first.json().id]);
    expect(audit.basis).toMatch(/^consent:/);
  });

  it('refuses a provider without a consent, another organisation, another court and the court administrator, and writes nothing', async () => {
    const before = await countAppointments();
    expectProblem(await provider.post(`/api/v1/participants/${noConsent.id}/treatment-appointments`, appointment), 403, 'consent-required');
    expectProblem(await otherProvider.post(`/api/v1/participants/${consenting.id}/treatment-appointments`, appointment), 404, 'not-found');
    expectProblem(await provider.post(`/api/v1/participants/${elsewhere.id}/treatment-appointments`, appointment), 404, 'not-found');
    expect((await caseManager.post(`/api/v1/participants/${consenting.id}/treatment-appointments`, appointment)).statusCode).toBe(403);
    expect((await courtAdmin.get(`/api/v1/participants/${consenting.id}/treatment-appointments`)).statusCode).toBe(403);
    expectProblem(await provider.get(`/api/v1/participants/${noConsent.id}/treatment-appointments`), 403, 'consent-required');
    expect(await countAppointments()).toBe(before);
  });

  it('answers bad input with a problem naming the field, and writes nothing', async () => {
    const before = await countAppointments();
    const url = `/api/v1/participants/${consenting.id}/treatment-appointments`;
    const bad = await provider.post(url, { ...appointment, startTime: '25:00', place: '', extra: 1 });
    expect(bad.statusCode).toBe(422);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(fieldsOf(bad)).toEqual(expect.arrayContaining(['startTime', 'place', 'extra']));
    // 11:00 today in Chicago is already past at noon.
    const past = await provider.post(url, { ...appointment, appointmentOn: '2026-12-09', startTime: '11:00' });
    expectProblem(past, 422, 'validation-failed');
    expect(fieldsOf(past)).toEqual(['startTime']);
    expect(fieldsOf(await provider.post(url, { ...appointment, appointmentOn: '2028-01-01' }))).toEqual(['appointmentOn']);
    expect(await countAppointments()).toBe(before);
  });

  it('cancels only for the booking organisation, and a repeated cancel changes nothing', async () => {
    const booked = (await provider.post(`/api/v1/participants/${consenting.id}/treatment-appointments`, { ...appointment, appointmentOn: '2026-12-15' })).json();
    expectProblem(await otherProvider.post(`/api/v1/treatment-appointments/${booked.id}/cancel`), 404, 'not-found');
    expect((await caseManager.post(`/api/v1/treatment-appointments/${booked.id}/cancel`)).statusCode).toBe(403);
    const cancelled = await provider.post(`/api/v1/treatment-appointments/${booked.id}/cancel`);
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', cancelledAt: clock.now().toISOString() });
    const again = await provider.post(`/api/v1/treatment-appointments/${booked.id}/cancel`);
    expect(again.json()).toEqual(cancelled.json());
    expectProblem(await provider.post(`/api/v1/treatment-appointments/00000000-0000-4000-8000-000000000000/cancel`), 404, 'not-found');
  });

  it("texts the time and address the evening before, once, in the participant's language, to consenting numbers only, where the program chose it", async () => {
    await ds.query(`UPDATE users SET language = 'es' WHERE id = $1`, [consenting.userId]);
    for (const [phone, optIn] of [['+13125550301', true], ['+13125550302', false]] as const) {
      await ds.query(`INSERT INTO participant_phone_numbers (court_id, participant_id, phone_e164, sms_opt_in) VALUES ($1, $2, $3, $4)`, [
        court.id,
        consenting.id,
        phone,
        optIn,
      ]);
    }
    const texts = async () =>
      (await ds.query(`SELECT template, address, language, body FROM notification_messages WHERE participant_id = $1 ORDER BY created_at`, [consenting.id])) as Array<{
        template: string;
        address: string;
        language: string;
        body: string;
      }>;
    // The worker's sweep service itself, on the same database and clock.
    const reminders = new ParticipantRemindersService(ds, config, clock);
    clock.set('2026-12-10T00:30:00Z'); // 18:30 the day before in Chicago
    // The program has not chosen appointment reminders: nothing.
    await reminders.writeDue();
    expect(await texts()).toEqual([]);

    // Hours later on the test clock: a fresh sign-in.
    courtAdmin = await signIn(app, 'appt-admin');
    const settings = await courtAdmin.put(`/api/v1/programs/${program.id}/message-settings`, {
      courtDateReminders: true,
      missedCallInNotice: false,
      appointmentReminders: true,
    });
    expect(settings.json()).toMatchObject({ appointmentReminders: true });
    // A client that does not send the new choice leaves it as it was.
    expect((await courtAdmin.put(`/api/v1/programs/${program.id}/message-settings`, { courtDateReminders: true, missedCallInNotice: false })).json()).toMatchObject({
      appointmentReminders: true,
    });

    clock.set('2026-12-09T23:30:00Z'); // 17:30 the day before: not yet
    await reminders.writeDue();
    expect(await texts()).toEqual([]);
    clock.set('2026-12-10T00:30:00Z');
    await reminders.writeDue();
    await reminders.writeDue();
    expect(await texts()).toEqual([
      {
        template: 'sms.appointment-tomorrow',
        address: '+13125550301',
        language: 'es',
        body: 'Recordatorio: tiene una cita mañana, 2026-12-10, a las 10:00, 12 Main St. Responda HELP para ayuda, STOP para no recibir más mensajes.',
      },
    ]);
    // The note, the provider and the kind of appointment never reach the phone.
    expect((await texts())[0].body).not.toMatch(/Ruiz|Riverside|treatment|tratamiento/i);
  });
});
