import { INestApplicationContext } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { AppConfig, Clock, CoreModule, TestClock } from '@app/core';
import { DayCloseService, DrawMaker, DrugTestingJobsModule, TestNoticesService } from '@app/drug-testing';
import { MessageDeliveryService, NotificationsJobsModule } from '@app/notifications';
import { OutboxRelayService, QueueModule } from '@app/queue';
import { SCHEMA } from '@app/schema';
import { DataSource } from 'typeorm';
import {
  createCourt,
  createParticipant,
  createStaff,
  createTestingProgram,
  dataSourceOf,
  expectProblem,
  ParticipantFixture,
  placeInProgram,
  ProgramFixture,
  signIn,
  signInParticipant,
} from './support/fixtures';
import { createTestApi } from './support/test-app';
import { createTestDatabase, testConfig, TestDatabase } from './support/test-env';

/*
 * Chicago, window 09:00-12:00 on Tuesday 2026-11-24: 15:00Z-18:00Z, outside
 * quiet hours. Nothing here runs BullMQ: the services are called as the
 * worker's jobs call them, on the test's clock.
 */
const BEFORE_WINDOW = '2026-11-24T14:00:00Z';
const WINDOW_OPEN = '2026-11-24T15:00:30Z';
const AFTER_CLOSE = '2026-11-24T18:00:31Z';
const DAY = '2026-11-24';

/** The worker's services (drug testing and messages), without its schedulers: one "worker process". */
async function startWorker(config: AppConfig, clock: Clock): Promise<INestApplicationContext> {
  const moduleRef = await Test.createTestingModule({
    imports: [CoreModule.forRoot({ service: 'worker', schema: SCHEMA, config, clock }), QueueModule, DrugTestingJobsModule, NotificationsJobsModule],
    providers: [OutboxRelayService],
  }).compile();
  await moduleRef.init();
  return moduleRef;
}

/**
 * A program that tells its selected participants by text: one "test today"
 * text each at the window's opening, whatever the worker does; no missed
 * call-in for them; and no missed test for one the system could not tell.
 */
describe('"test today" by text instead of call-in', () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;
  let worker: INestApplicationContext;
  let ds: DataSource;
  const clock = new TestClock(BEFORE_WINDOW);
  let textAlways: ProgramFixture;
  let textNever: ProgramFixture;
  let callAlways: ProgramFixture;
  const p: Record<'told' | 'caller' | 'noNumber' | 'optedOut' | 'undelivered' | 'notSelected' | 'callProgram', ParticipantFixture> = {} as never;

  const texts = async (participant: ParticipantFixture) =>
    (await ds.query(`SELECT id, address, language, body, dedup_key, status FROM notification_messages WHERE participant_id = $1 AND template = 'sms.test-today'`, [
      participant.id,
    ])) as Array<{ id: string; address: string; language: string; body: string; dedup_key: string; status: string }>;
  const violations = async (participant: ParticipantFixture, kind: string) =>
    Number((await ds.query(`SELECT count(*) AS n FROM violations WHERE participant_id = $1 AND kind = $2`, [participant.id, kind]))[0].n);
  const missedResults = async (participant: ParticipantFixture) =>
    Number((await ds.query(`SELECT count(*) AS n FROM drug_test_results WHERE participant_id = $1 AND outcome = 'missed'`, [participant.id]))[0].n);
  const notCharged = async (participant: ParticipantFixture) =>
    ((await ds.query(`SELECT reasons FROM not_charged_call_ins WHERE participant_id = $1 AND court_day = $2`, [participant.id, DAY]))[0]?.reasons ?? null) as string[] | null;

  beforeAll(async () => {
    db = await createTestDatabase();
    const config = testConfig(db.url, { AUTH_SIGN_IN_PER_MINUTE: '10000', AUTH_SIGN_IN_PER_MINUTE_PER_ACCOUNT: '10000' });
    app = await createTestApi(config, clock);
    worker = await startWorker(config, clock);
    ds = dataSourceOf(app);
    const court = await createCourt(ds, 'TXTDAY', { timeZone: 'America/Chicago', window: ['09:00', '12:00'] });
    textAlways = await createTestingProgram(ds, court.id, 'TXT', { testsPerWeek: 7 });
    textNever = await createTestingProgram(ds, court.id, 'TXTNEVER', { testsPerWeek: 0 });
    callAlways = await createTestingProgram(ds, court.id, 'CALL', { testsPerWeek: 7 });
    const [site] = await ds.query(
      `INSERT INTO testing_sites (court_id, name, address, hours, active) VALUES ($1, 'Alpha Lab', '12 Lake St', 'Mon-Sun 06:00-17:00', true) RETURNING id`,
      [court.id],
    );
    await ds.query(`INSERT INTO program_testing_sites (program_id, testing_site_id) VALUES ($1, $2)`, [textAlways.id, site.id]);
    const enrol = async (number: string, program: ProgramFixture, phones: string[] = []) => {
      const participant = await createParticipant(ds, court, number);
      await placeInProgram(ds, participant.id, program, '2026-10-01');
      for (const phone of phones) {
        await ds.query(`INSERT INTO participant_phone_numbers (court_id, participant_id, phone_e164, sms_opt_in) VALUES ($1, $2, $3, true)`, [court.id, participant.id, phone]);
      }
      return participant;
    };
    // Two consenting numbers: still one text.
    p.told = await enrol('T-0001', textAlways, ['+13125550101', '+13125550102']);
    await ds.query(`UPDATE users SET language = 'es' WHERE id = $1`, [p.told.userId]);
    p.caller = await enrol('T-0002', textAlways, ['+13125550103']);
    p.noNumber = await enrol('T-0003', textAlways);
    p.optedOut = await enrol('T-0004', textAlways, ['+13125550104']);
    await ds.query(`INSERT INTO sms_opt_outs (court_id, phone_e164, opted_out_at) VALUES ($1, '+13125550104', now())`, [court.id]);
    p.undelivered = await enrol('T-0005', textAlways, ['+13125550105']);
    p.notSelected = await enrol('T-0006', textNever, ['+13125550106']);
    p.callProgram = await enrol('T-0007', callAlways, ['+13125550107']);
    await createStaff(ds, 'txtadmin', 'court_admin', court.id);
  });

  afterAll(async () => {
    await worker?.close();
    await app?.close();
    await db?.drop();
  });

  it('lets the court administrator choose texts for a program, and refuses an unknown choice without changing anything', async () => {
    const admin = await signIn(app, 'txtadmin');
    const url = `/api/v1/programs/${textAlways.id}/message-settings`;
    expect((await admin.get(url)).json()).toMatchObject({ testNotice: 'call_in' });
    expectProblem(await admin.put(url, { courtDateReminders: true, missedCallInNotice: false, testNotice: 'pager' }), 422, 'validation-failed');
    expect((await admin.get(url)).json()).toMatchObject({ testNotice: 'call_in' });
    for (const program of [textAlways, textNever]) {
      const saved = await admin.put(`/api/v1/programs/${program.id}/message-settings`, { courtDateReminders: true, missedCallInNotice: false, testNotice: 'text' });
      expect(saved.statusCode).toBe(200);
      expect(saved.json()).toMatchObject({ testNotice: 'text' });
    }
    // A body without the choice (an older form) leaves it as it is.
    await admin.put(url, { courtDateReminders: true, missedCallInNotice: false });
    expect((await admin.get(url)).json()).toMatchObject({ testNotice: 'text' });
  });

  it('texts each selected participant of a text program once at the window\'s opening, across replays and a worker restart, in their language', async () => {
    clock.set(BEFORE_WINDOW);
    expect(await new DrawMaker(ds, clock).drawDueDays((await ds.query(`SELECT court_id FROM participants WHERE id = $1`, [p.told.id]))[0].court_id)).toHaveLength(1);
    expect(await worker.get(TestNoticesService).writeDue()).toBe(0);
    expect(await texts(p.told)).toEqual([]);

    clock.set(WINDOW_OPEN);
    await worker.get(TestNoticesService).writeDue();
    await worker.get(TestNoticesService).writeDue();
    await worker.close();
    worker = await startWorker(testConfig(db.url), clock);
    expect(await worker.get(TestNoticesService).writeDue()).toBe(0);

    const [told, ...more] = await texts(p.told);
    expect(more).toEqual([]);
    expect(told).toMatchObject({
      address: '+13125550101',
      language: 'es',
      dedup_key: `test-today:${p.told.id}:${DAY}`,
    });
    expect(told.body).toMatch(/^Debe hacerse la prueba hoy, 2026-11-24, en Alpha Lab, 12 Lake St, antes de las \d\d:\d\d\. Responda HELP para ayuda/);
    for (const participant of [p.caller, p.undelivered]) expect(await texts(participant)).toHaveLength(1);
    for (const participant of [p.noNumber, p.optedOut, p.notSelected, p.callProgram]) expect(await texts(participant)).toEqual([]);

    // The send job replayed: handed over once.
    const delivery = worker.get(MessageDeliveryService);
    expect(await delivery.deliver(told.id, false)).toEqual({ outcome: 'sent', provider: 'dev-outbox' });
    expect(await delivery.deliver(told.id, false)).toEqual({ outcome: 'already_done', status: 'sent' });
    expect(await delivery.deliver((await texts(p.caller))[0].id, false)).toMatchObject({ outcome: 'sent' });
    const [undelivered] = await texts(p.undelivered);
    expect(await delivery.deliver(undelivered.id, false)).toMatchObject({ outcome: 'sent' });
    // The carrier's status callback: not delivered.
    await ds.query(`UPDATE notification_messages SET status = 'undelivered', status_at = now() WHERE id = $1`, [undelivered.id]);
  });

  it('still answers a text program\'s participant who calls in, as any caller', async () => {
    const answer = await (await signInParticipant(app, p.caller)).post('/api/v1/call-ins', {});
    expect(answer.statusCode).toBe(200);
    expect(answer.json()).toMatchObject({ status: 'selected', courtDay: DAY });
  });

  it('charges no missed call-in to a text program\'s participants at the close; a call-in program is unchanged', async () => {
    clock.set(AFTER_CLOSE);
    await worker.get(DayCloseService).closeDueWindows();
    for (const participant of [p.told, p.noNumber, p.optedOut, p.undelivered, p.notSelected]) expect(await violations(participant, 'missed_call_in')).toBe(0);
    expect(await violations(p.callProgram, 'missed_call_in')).toBe(1);
  });

  it('charges a missed test only to those the system told, and records why the others were not charged', async () => {
    const [{ report_by: reportBy }] = await ds.query(`SELECT report_by FROM draws WHERE court_day = $1`, [DAY]);
    clock.set(new Date(new Date(reportBy).getTime() + 1000));
    await worker.get(DayCloseService).passDueDeadlines();
    await worker.get(DayCloseService).passDueDeadlines();
    // Told by text (sent), told by their call-in, and the call-in program's silent participant.
    for (const participant of [p.told, p.caller, p.callProgram]) expect(await missedResults(participant)).toBe(1);
    // No consenting number, STOP, a text not delivered: not charged, for staff review.
    for (const participant of [p.noNumber, p.optedOut, p.undelivered, p.notSelected]) {
      expect(await missedResults(participant)).toBe(0);
      expect(await violations(participant, 'missed_test')).toBe(0);
    }
    expect(await notCharged(p.noNumber)).toEqual(['no-text-number']);
    expect(await notCharged(p.optedOut)).toEqual(['no-text-number']);
    expect(await notCharged(p.undelivered)).toEqual(['text-not-delivered']);
    expect(await notCharged(p.notSelected)).toBeNull();
  });
});
