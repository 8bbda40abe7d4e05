import { INestApplicationContext } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import { Test } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import { AppConfig, Clock, CoreModule, redisOptions, TestClock } from '@app/core';
import { AlertFanoutService, MessageDeliveryService, NotificationsJobsModule, NotificationsSweepService, ParticipantRemindersService } from '@app/notifications';
import { DrawMaker, DrugTestingJobsModule } from '@app/drug-testing';
import { raiseNoShowViolations } from '@app/treatment/attendance-violations';
import { OutboxRelayService, QueueModule, QueueName } from '@app/queue';
import { SCHEMA } from '@app/schema';
import { recordViolations, ViolationClockService, ViolationsJobsModule } from '@app/violations';
import type { Queue } from 'bullmq';
import Redis from 'ioredis';
import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { DataSource } from 'typeorm';
import { createCourt, createOrganisation, createParticipant, createStaff, createTestingProgram, CourtFixture, placeInProgram, ParticipantFixture, StaffFixture } from './support/fixtures';
import { createTestDatabase, eventually, testConfig, TestDatabase } from './support/test-env';

const HOUR = 3_600_000;
/** The clock starts at the real hour: BullMQ and Postgres run on real time (see violation-clock.e2e-spec). */
const DETECTED = new Date(Math.floor(Date.now() / HOUR) * HOUR);
const after = (hours: number) => new Date(DETECTED.getTime() + hours * HOUR);

/** The worker's services for violations' clocks and notifications, without its real-time schedulers: one "worker process". */
async function startWorker(config: AppConfig, clock: Clock): Promise<INestApplicationContext> {
  const moduleRef = await Test.createTestingModule({
    imports: [CoreModule.forRoot({ service: 'worker', schema: SCHEMA, config, clock }), QueueModule, ViolationsJobsModule, NotificationsJobsModule],
    providers: [OutboxRelayService],
  }).compile();
  await moduleRef.init();
  return moduleRef;
}

/**
 * A violation left unanswered alerts the right people at 24 h, at 48 h and at
 * its deadline, each once, whatever the worker does in between (restarts,
 * replays, dies mid-transaction), and an alert reaches the recipient's screens
 * through Redis and their inbox through SMTP when they asked for email.
 */
describe('staff alerts of the 72-hour clock', () => {
  let db: TestDatabase;
  let config: AppConfig;
  let worker: INestApplicationContext;
  let ds: DataSource;
  let court: CourtFixture;
  let participant: ParticipantFixture;
  let staff: Record<'caseManager' | 'otherCaseManager' | 'coordinator' | 'judge' | 'courtAdmin' | 'outsider', StaffFixture>;
  const clock = new TestClock(DETECTED);
  const received: Array<{ to: string; raw: string }> = [];
  let smtp: SMTPServer;

  const alertsOf = async (violationId: string) =>
    (await ds.query(
      `SELECT a.kind, a.event_key, u.username FROM staff_alerts a JOIN users u ON u.id = a.user_id
        WHERE a.event_key LIKE $1 ORDER BY a.event_key, u.username`,
      [`violation:${violationId}:%`],
    )) as Array<{ kind: string; event_key: string; username: string }>;
  const recipients = async (violationId: string, event: string) =>
    (await alertsOf(violationId)).filter((a) => a.event_key === `violation:${violationId}:${event}`).map((a) => a.username);

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        let raw = '';
        stream.on('data', (chunk: Buffer) => (raw += chunk.toString()));
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), raw });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const port = (smtp.server.address() as AddressInfo).port;
    db = await createTestDatabase();
    config = testConfig(db.url, { SMTP_URL: `smtp://127.0.0.1:${port}` });
    worker = await startWorker(config, clock);
    ds = worker.get<DataSource>(getDataSourceToken());
    court = await createCourt(ds, 'ALRT');
    const other = await createCourt(ds, 'OTHR');
    staff = {
      caseManager: await createStaff(ds, 'alert-cm', 'case_manager', court.id),
      otherCaseManager: await createStaff(ds, 'alert-cm2', 'case_manager', court.id),
      coordinator: await createStaff(ds, 'alert-coord', 'coordinator', court.id),
      judge: await createStaff(ds, 'alert-judge', 'judge', court.id),
      courtAdmin: await createStaff(ds, 'alert-admin', 'court_admin', court.id),
      outsider: await createStaff(ds, 'alert-outsider', 'coordinator', other.id),
    };
    const program = await createTestingProgram(ds, court.id, 'ALRT');
    participant = await createParticipant(ds, court, 'A-0001', { caseManagerId: staff.caseManager.id });
    await placeInProgram(ds, participant.id, program, '2026-01-01');
  });

  afterAll(async () => {
    for (const queue of [QueueName.Violations, QueueName.Notifications, QueueName.EmailDelivery]) {
      await worker?.get<Queue>(getQueueToken(queue))?.obliterate({ force: true });
    }
    await worker?.close();
    await db?.drop();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  it('alerts at 24 h and 48 h the case manager and coordinators, at the deadline the coordinators and judges, each once, across restarts and a death mid-transaction', async () => {
    clock.set(DETECTED);
    const [violationId] = await ds.transaction((manager) =>
      recordViolations(manager, [{ courtId: court.id, participantId: participant.id, kind: 'missed_call_in', detectedAt: DETECTED, sourceKey: 'test:alerts:1', evidence: {} }]),
    );
    // No court session exists before its deadline: the coordinators and case manager are told at once.
    expect(await recipients(violationId, 'no-session')).toEqual(['alert-cm', 'alert-coord']);

    // 24 hours on, the sweep (what a worker coming back does first) and a replayed job fire the reminder: one alert each.
    clock.set(after(24));
    await worker.get(ViolationClockService).sweep();
    await Promise.all([1, 2, 3].map(() => worker.get(ViolationClockService).fire(violationId, 'reminder:24h')));
    expect(await recipients(violationId, 'reminder:24h')).toEqual(['alert-cm', 'alert-coord']);

    // The worker restarts; the 48-hour reminder's first try dies inside its transaction.
    await worker.close();
    worker = await startWorker(config, clock);
    ds = worker.get<DataSource>(getDataSourceToken());
    clock.set(after(48));
    await ds
      .transaction(async (manager) => {
        await manager.query(`UPDATE violation_clock_events SET fired_at = $2 WHERE violation_id = $1 AND event = 'reminder:48h'`, [violationId, clock.now()]);
        await manager.query(
          `INSERT INTO staff_alerts (court_id, user_id, kind, event_key) VALUES ($1, $2, 'violation-reminder', $3)`,
          [court.id, staff.coordinator.id, `violation:${violationId}:reminder:48h`],
        );
        throw new Error('worker killed');
      })
      .catch(() => undefined);
    expect(await recipients(violationId, 'reminder:48h')).toEqual([]);
    const outcomes = await Promise.all([1, 2, 3].map(() => worker.get(ViolationClockService).fire(violationId, 'reminder:48h')));
    expect(outcomes.filter((o) => o === 'reminded')).toHaveLength(1);
    expect(await recipients(violationId, 'reminder:48h')).toEqual(['alert-cm', 'alert-coord']);

    // Restarted again, after the deadline: the escalation goes to the coordinators and the judges.
    await worker.close();
    worker = await startWorker(config, clock);
    ds = worker.get<DataSource>(getDataSourceToken());
    clock.set(after(73));
    await worker.get(ViolationClockService).sweep();
    await worker.get(ViolationClockService).sweep();
    expect(await worker.get(ViolationClockService).fire(violationId, 'deadline')).toBe('already_fired');
    expect(await recipients(violationId, 'deadline')).toEqual(['alert-coord', 'alert-judge']);

    // Each alert, and only those, has its fan-out job in the outbox, keyed by the alert.
    const all = await ds.query(`SELECT id FROM staff_alerts WHERE event_key LIKE $1`, [`violation:${violationId}:%`]);
    expect(all).toHaveLength(2 + 2 + 2 + 2);
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM outbox_events WHERE job_key = ANY($1)`, [all.map((a: { id: string }) => `alert:${a.id}`)]);
    expect(n).toBe(8);
    // Nobody of another court, no other case manager, no court administrator.
    const names = new Set((await alertsOf(violationId)).map((a) => a.username));
    for (const user of ['alert-cm2', 'alert-admin', 'alert-outsider']) expect(names.has(user)).toBe(false);
  });

  it('does not alert for a violation answered before its reminder', async () => {
    clock.set(DETECTED);
    const [violationId] = await ds.transaction((manager) =>
      recordViolations(manager, [{ courtId: court.id, participantId: participant.id, kind: 'missed_call_in', detectedAt: DETECTED, sourceKey: 'test:alerts:met', evidence: {} }]),
    );
    await ds.query(`UPDATE violations SET status = 'answered', answered_at = $2 WHERE id = $1`, [violationId, after(1)]);
    clock.set(after(73));
    await worker.get(ViolationClockService).sweep();
    expect((await alertsOf(violationId)).filter((a) => a.event_key !== `violation:${violationId}:no-session`)).toEqual([]);
  });

  it("tells the recipient's screens through Redis and emails one who asked, once, through SMTP", async () => {
    await ds.query(`UPDATE users SET email = 'coordinator@court.example', language = 'es' WHERE id = $1`, [staff.coordinator.id]);
    await ds.query(`INSERT INTO notification_preferences (user_id, email_alerts) VALUES ($1, 'each')`, [staff.coordinator.id]);
    const [alert] = await ds.query(
      `SELECT id FROM staff_alerts WHERE user_id = $1 AND kind = 'violation-escalated' ORDER BY created_at DESC LIMIT 1`,
      [staff.coordinator.id],
    );
    const subscriber = new Redis(redisOptions(config.redis.url, 'queue'));
    const heard: string[] = [];
    subscriber.on('message', (_channel, userId: string) => heard.push(userId));
    await subscriber.subscribe(`${config.queue.prefix}:staff-alerts`);
    try {
      const fanout = worker.get(AlertFanoutService);
      expect(await fanout.fanOut(alert.id)).toEqual({ emailed: true, found: true });
      expect(await fanout.fanOut(alert.id)).toEqual({ emailed: true, found: true }); // a replayed job
      await eventually(() => heard.filter((id) => id === staff.coordinator.id).length === 2, 5_000, 'the notices');
    } finally {
      await subscriber.quit();
    }
    const messages = await ds.query(`SELECT id, subject, body, language, status FROM notification_messages WHERE dedup_key = $1`, [`alert:${alert.id}:email`]);
    expect(messages).toHaveLength(1);
    expect(messages[0].language).toBe('es');
    expect(messages[0].subject).toMatch(/^Infracción vencida: A-0001$/);
    expect(messages[0].body).toContain(`/participants/${participant.id}`);
    const delivery = worker.get(MessageDeliveryService);
    expect(await delivery.deliver(messages[0].id, false)).toEqual({ outcome: 'sent', provider: 'smtp' });
    expect(await delivery.deliver(messages[0].id, false)).toEqual({ outcome: 'already_done', status: 'sent' });
    expect(received.filter((mail) => mail.to === 'coordinator@court.example')).toHaveLength(1);
    expect(received[0].raw).toContain('Subject: =?UTF-8?');
  });

  it('keeps no activation token once its email is handed over', async () => {
    const [message] = await ds.query(
      `INSERT INTO notification_messages (channel, user_id, address, language, template, subject, body, dedup_key)
       VALUES ('email', $1, 'owner@court.example', 'en', 'email.account-activation', 'Set your password', 'Link: http://localhost/activate#Tok3n_abcdefghijklmnopqrstu', 'test:activation') RETURNING id`,
      [staff.caseManager.id],
    );
    expect(await worker.get(MessageDeliveryService).deliver(message.id, false)).toEqual({ outcome: 'sent', provider: 'smtp' });
    expect(received.some((mail) => mail.to === 'owner@court.example' && mail.raw.includes('activate#Tok3n_abcdefghijklmnopqrstu'))).toBe(true);
    const [row] = await ds.query(`SELECT body FROM notification_messages WHERE id = $1`, [message.id]);
    expect(row.body).toBe('Link: http://localhost/activate#(sent)');
  });

  it('records a failed send for a retry, and after the last attempt marks the message failed for the staff screen', async () => {
    const [cm] = await ds.query(`SELECT id FROM users WHERE username = 'alert-cm'`);
    await ds.query(`UPDATE users SET email = 'cm@court.example' WHERE id = $1`, [cm.id]);
    const broken = await startWorker(testConfig(db.url, { SMTP_URL: 'smtp://127.0.0.1:1' }), clock);
    try {
      const [message] = await ds.query(
        `INSERT INTO notification_messages (court_id, channel, user_id, address, language, template, subject, body, dedup_key)
         VALUES ($1, 'email', $2, 'cm@court.example', 'en', 'email.alert', 's', 'b', 'test:broken') RETURNING id`,
        [court.id, cm.id],
      );
      const delivery = broken.get(MessageDeliveryService);
      await expect(delivery.deliver(message.id, false)).rejects.toThrow();
      expect((await ds.query(`SELECT status, attempts FROM notification_messages WHERE id = $1`, [message.id]))[0]).toEqual({ status: 'queued', attempts: 1 });
      await expect(delivery.deliver(message.id, true)).rejects.toThrow();
      const [row] = await ds.query(`SELECT status, status_reason, attempts, last_error FROM notification_messages WHERE id = $1`, [message.id]);
      expect(row).toMatchObject({ status: 'failed', status_reason: 'retries-exhausted', attempts: 2 });
      expect(row.last_error).toBeTruthy();
    } finally {
      await broken.close();
    }
  });
});

describe('texts and consent', () => {
  let db: TestDatabase;
  let worker: INestApplicationContext;
  let ds: DataSource;
  const clock = new TestClock(new Date('2026-12-08T18:00:00Z')); // noon in Chicago: outside quiet hours

  beforeAll(async () => {
    db = await createTestDatabase();
    worker = await startWorker(testConfig(db.url), clock);
    ds = worker.get<DataSource>(getDataSourceToken());
  });

  afterAll(async () => {
    await worker?.close();
    await db?.drop();
  });

  it('never sends a text to a number without the participant\'s consent, removed, or that replied STOP', async () => {
    const court = await createCourt(ds, 'TXT');
    const participant = await createParticipant(ds, court, 'T-0001');
    const number = async (phone: string, optIn: boolean, removed = false) =>
      ds.query(`INSERT INTO participant_phone_numbers (court_id, participant_id, phone_e164, sms_opt_in, removed_at) VALUES ($1, $2, $3, $4, $5)`, [
        court.id,
        participant.id,
        phone,
        optIn,
        removed ? new Date() : null,
      ]);
    await number('+13125550001', true);
    await number('+13125550002', false);
    await number('+13125550003', true, true);
    await number('+13125550004', true);
    await ds.query(`INSERT INTO sms_opt_outs (court_id, phone_e164, opted_out_at) VALUES ($1, '+13125550004', now())`, [court.id]);
    const text = async (phone: string, key = `test:text:${phone}`) =>
      (
        await ds.query(
          `INSERT INTO notification_messages (court_id, channel, participant_id, address, language, template, body, dedup_key)
           VALUES ($1, 'sms', $2, $3, 'en', 'sms.missed-call-in', 'You did not call in today', $4) RETURNING id`,
          [court.id, participant.id, phone, key],
        )
      )[0].id as string;
    const delivery = worker.get(MessageDeliveryService);
    expect(await delivery.deliver(await text('+13125550001'), false)).toEqual({ outcome: 'sent', provider: 'dev-outbox' });
    for (const phone of ['+13125550002', '+13125550003', '+13125550004', '+13125550009']) {
      expect(await delivery.deliver(await text(phone), false)).toEqual({ outcome: 'suppressed', reason: 'no-sms-consent' });
    }
    // Quiet hours on the court's clock: a text due at 22:30 in Chicago waits for 08:00.
    clock.set(new Date('2026-12-09T04:30:00Z'));
    const late = await text('+13125550001', 'test:text:late');
    expect(await delivery.deliver(late, false)).toEqual({ outcome: 'deferred', until: new Date('2026-12-09T14:00:00Z') });
  });
});

describe("participants' reminders", () => {
  let db: TestDatabase;
  let worker: INestApplicationContext;
  let ds: DataSource;
  const clock = new TestClock(new Date('2026-12-09T18:00:00Z'));

  beforeAll(async () => {
    db = await createTestDatabase();
    worker = await startWorker(testConfig(db.url), clock);
    ds = worker.get<DataSource>(getDataSourceToken());
  });

  afterAll(async () => {
    await worker?.close();
    await db?.drop();
  });

  const texts = async (participantId: string) =>
    (await ds.query(`SELECT template, address, language, body FROM notification_messages WHERE participant_id = $1 ORDER BY created_at, dedup_key`, [
      participantId,
    ])) as Array<{ template: string; address: string; language: string; body: string }>;

  it('texts a court date the evening before and the morning of, in the participant\'s language, once, to consenting numbers only, as the program chose', async () => {
    const court = await createCourt(ds, 'REM');
    const program = await createTestingProgram(ds, court.id, 'REM');
    const participant = await createParticipant(ds, court, 'R-0001');
    await placeInProgram(ds, participant.id, program, '2026-01-01');
    await ds.query(`UPDATE users SET language = 'es' WHERE id = $1`, [participant.userId]);
    for (const [phone, optIn] of [['+13125550201', true], ['+13125550202', false], ['+13125550203', true]] as const) {
      await ds.query(`INSERT INTO participant_phone_numbers (court_id, participant_id, phone_e164, sms_opt_in) VALUES ($1, $2, $3, $4)`, [court.id, participant.id, phone, optIn]);
    }
    await ds.query(`INSERT INTO sms_opt_outs (court_id, phone_e164, opted_out_at) VALUES ($1, '+13125550203', now())`, [court.id]);
    // A hearing at 09:00 on 10 December in Chicago (15:00 UTC), in Courtroom 3A.
    const [session] = await ds.query(
      `INSERT INTO court_sessions (court_id, session_date, start_time, starts_at, courtroom) VALUES ($1, '2026-12-10', '09:00', '2026-12-10T15:00:00Z', 'Courtroom 3A') RETURNING id`,
      [court.id],
    );
    await ds.query(`INSERT INTO hearings (court_id, participant_id, kind, scheduled_at, session_id) VALUES ($1, $2, 'status', '2026-12-10T15:00:00Z', $3)`, [
      court.id,
      participant.id,
      session.id,
    ]);
    const reminders = worker.get(ParticipantRemindersService);
    clock.set('2026-12-09T23:30:00Z'); // 17:30 the day before: not yet
    await reminders.writeDue();
    expect(await texts(participant.id)).toEqual([]);
    clock.set('2026-12-10T00:30:00Z'); // 18:30 the day before
    await reminders.writeDue();
    await reminders.writeDue();
    expect(await texts(participant.id)).toEqual([
      {
        template: 'sms.court-date-tomorrow',
        address: '+13125550201',
        language: 'es',
        body: 'Recordatorio del tribunal: tiene una cita en el tribunal mañana, 2026-12-10, a las 09:00, Courtroom 3A. Responda HELP para ayuda, STOP para no recibir más mensajes.',
      },
    ]);
    clock.set('2026-12-10T14:05:00Z'); // 08:05 the morning of, when quiet hours end
    await reminders.writeDue();
    await reminders.writeDue();
    expect((await texts(participant.id)).map((t) => t.template)).toEqual(['sms.court-date-tomorrow', 'sms.court-date-today']);
    const [outbox] = await ds.query(`SELECT count(*)::int AS n FROM outbox_events WHERE job_name = 'sms-delivery.send'`);
    expect(outbox.n).toBe(2);

    // The program turns court-date texts off and the missed call-in notice on.
    await ds.query(`INSERT INTO program_message_settings (program_id, court_date_reminders, missed_call_in_notice) VALUES ($1, false, true)`, [program.id]);
    const [later] = await ds.query(
      `INSERT INTO court_sessions (court_id, session_date, start_time, starts_at, courtroom) VALUES ($1, '2026-12-11', '09:00', '2026-12-11T15:00:00Z', 'Courtroom 3A') RETURNING id`,
      [court.id],
    );
    await ds.query(`INSERT INTO hearings (court_id, participant_id, kind, scheduled_at, session_id) VALUES ($1, $2, 'status', '2026-12-11T15:00:00Z', $3)`, [
      court.id,
      participant.id,
      later.id,
    ]);
    clock.set('2026-12-11T00:30:00Z');
    await ds.transaction((manager) =>
      recordViolations(manager, [
        { courtId: court.id, participantId: participant.id, kind: 'missed_call_in', detectedAt: clock.now(), sourceKey: `call-in:${participant.id}:2026-12-10:missed`, evidence: {} },
      ]),
    );
    await reminders.writeDue();
    await reminders.writeDue();
    const all = await texts(participant.id);
    expect(all.map((t) => t.template)).toEqual(['sms.court-date-tomorrow', 'sms.court-date-today', 'sms.missed-call-in']);
    expect(all[2].body).toContain('2026-12-10');
  });
});

describe('alerts of the testing day, sign-in and treatment', () => {
  let db: TestDatabase;
  let worker: INestApplicationContext;
  let ds: DataSource;
  let court: CourtFixture;
  let participant: ParticipantFixture;
  let caseManager: StaffFixture;
  const clock = new TestClock(new Date());

  beforeAll(async () => {
    db = await createTestDatabase();
    const moduleRef = await Test.createTestingModule({
      imports: [
        CoreModule.forRoot({ service: 'worker', schema: SCHEMA, config: testConfig(db.url), clock }),
        QueueModule,
        ViolationsJobsModule,
        NotificationsJobsModule,
        DrugTestingJobsModule,
      ],
    }).compile();
    worker = await moduleRef.init();
    ds = worker.get<DataSource>(getDataSourceToken());
    // The window opens at 00:00 in Honolulu: any time of the real day is after it.
    court = await createCourt(ds, 'DAYS', { timeZone: 'Pacific/Honolulu', window: ['00:00', '24:00'] });
    await createStaff(ds, 'days-coord', 'coordinator', court.id);
    caseManager = await createStaff(ds, 'days-cm', 'case_manager', court.id);
    await createStaff(ds, 'days-cm2', 'case_manager', court.id);
    participant = await createParticipant(ds, court, 'Y-0001', { caseManagerId: caseManager.id });
  });

  afterAll(async () => {
    await worker?.close();
    await db?.drop();
  });

  const alerts = async (kind: string) =>
    ((await ds.query(`SELECT u.username FROM staff_alerts a JOIN users u ON u.id = a.user_id WHERE a.kind = $1 ORDER BY u.username`, [kind])) as Array<{ username: string }>).map(
      (r) => r.username,
    );

  it("alerts the coordinators once when the day's draw is missing after its window opened", async () => {
    await worker.get(DrawMaker).drawDueDays(court.id);
    expect(await alerts('draw-missing')).toEqual(['days-coord']);
    await worker.get(DrawMaker).drawDueDays(court.id);
    expect(await alerts('draw-missing')).toEqual(['days-coord']);
  });

  it('turns an account alert of repeated wrong PINs into one alert to the case manager and coordinators', async () => {
    await ds.query(
      `INSERT INTO account_alerts (user_id, court_id, participant_id, kind, failures, blocked_sources, first_at, last_at) VALUES ($1, $2, $3, 'failed-sign-ins', 12, 2, $4, $4)`,
      [participant.userId, court.id, participant.id, clock.now()],
    );
    const sweeps = worker.get(NotificationsSweepService);
    expect(await sweeps.alertFailedPins()).toBe(2);
    expect(await sweeps.alertFailedPins()).toBe(0);
    expect(await alerts('failed-pins')).toEqual(['days-cm', 'days-coord']);
  });

  it("alerts the case manager and coordinators of a provider's no-show report, once per report", async () => {
    const organisation = await createOrganisation(ds, court.id, 'Clinic');
    const [row] = await ds.query(
      `INSERT INTO treatment_attendance (participant_id, organisation_id, session_on, session_type, attendance) VALUES ($1, $2, '2026-12-01', 'group', 'no_show') RETURNING id`,
      [participant.id, organisation],
    );
    for (let i = 0; i < 2; i++) {
      await ds.transaction((manager) => raiseNoShowViolations(manager, [{ attendanceId: row.id, participantId: participant.id, courtId: court.id }], clock.now()));
    }
    expect(await alerts('provider-no-show')).toEqual(['days-cm', 'days-coord']);
    const [alert] = await ds.query(`SELECT params FROM staff_alerts WHERE kind = 'provider-no-show' LIMIT 1`);
    expect(alert.params).toEqual({ participantNumber: 'Y-0001', date: '2026-12-01' });
  });
});
