import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppConfig } from '@app/core';
import { HotlineCaller } from './support/hotline-caller';
import { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { ApiClient, createCourt, createStaff, CourtFixture, dataSourceOf, expectProblem, signIn, StaffFixture } from './support/fixtures';
import { createTestApi } from './support/test-app';
import { createTestDatabase, eventually, testConfig, TestDatabase } from './support/test-env';

/** The bell over HTTP: one's own alerts in one's language, marking them read, the live stream, preferences, and the court's messages. */
describe('alerts, preferences and messages over HTTP', () => {
  let db: TestDatabase;
  let config: AppConfig;
  let app: NestFastifyApplication;
  let second: NestFastifyApplication;
  let ds: DataSource;
  let court: CourtFixture;
  let coordinator: StaffFixture;
  let judge: StaffFixture;
  let coordinatorApi: ApiClient;
  let judgeApi: ApiClient;

  const alert = async (userId: string, key: string, read = false) =>
    (
      await ds.query(
        `INSERT INTO staff_alerts (court_id, user_id, kind, event_key, params, link, read_at)
         VALUES ($1, $2, 'violation-escalated', $3, '{"participantNumber": "H-0042", "deadline": "2026-12-09 09:00"}', '/participants/x', $4) RETURNING id`,
        [court.id, userId, key, read ? new Date() : null],
      )
    )[0].id as string;

  beforeAll(async () => {
    db = await createTestDatabase();
    config = testConfig(db.url);
    app = await createTestApi(config);
    // A second API instance on the same Postgres and Redis: its screens must hear what the first changes.
    second = await createTestApi(config);
    ds = dataSourceOf(app);
    court = await createCourt(ds, 'BELL');
    coordinator = await createStaff(ds, 'bell-coord', 'coordinator', court.id);
    judge = await createStaff(ds, 'bell-judge', 'judge', court.id);
    await createStaff(ds, 'bell-admin', 'court_admin', court.id);
    coordinatorApi = await signIn(app, coordinator.username);
    judgeApi = await signIn(app, judge.username);
  });

  afterAll(async () => {
    await second?.close();
    await app?.close();
    await db?.drop();
  });

  it("lists one's own alerts newest first in the reader's language, with the unread count, and marks them read", async () => {
    const first = await alert(coordinator.id, 'test:1');
    await alert(coordinator.id, 'test:2', true);
    await alert(judge.id, 'test:3');
    const listed = await coordinatorApi.request('GET', '/api/v1/me/alerts', undefined, { 'accept-language': 'es' });
    expect(listed.statusCode).toBe(200);
    expect(listed.headers['content-language']).toBe('es');
    const body = listed.json();
    expect(body.unread).toBe(1);
    expect(body.items).toHaveLength(2);
    expect(body.items.find((a: { id: string }) => a.id === first)).toMatchObject({ title: 'Infracción vencida: H-0042', link: '/participants/x', readAt: null });
    expect((await coordinatorApi.get('/api/v1/me/alerts?unreadOnly=true')).json().items).toHaveLength(1);
    // Another person's alert is not found, and changes nothing.
    const judgesAlert = (await judgeApi.get('/api/v1/me/alerts')).json().items[0].id;
    expectProblem(await coordinatorApi.post(`/api/v1/me/alerts/${judgesAlert}/read`), 404, 'not-found');
    expect((await judgeApi.get('/api/v1/me/alerts/unread-count')).json()).toEqual({ unread: 1 });
    expect((await coordinatorApi.post(`/api/v1/me/alerts/${first}/read`)).statusCode).toBe(204);
    expect((await coordinatorApi.post(`/api/v1/me/alerts/${first}/read`)).statusCode).toBe(204);
    expect((await coordinatorApi.get('/api/v1/me/alerts/unread-count')).json()).toEqual({ unread: 0 });
    expect((await judgeApi.post('/api/v1/me/alerts/read-all')).statusCode).toBe(204);
    expect((await judgeApi.get('/api/v1/me/alerts/unread-count')).json()).toEqual({ unread: 0 });
  });

  it('refuses a malformed id, query or preference with a problem, changing nothing', async () => {
    expectProblem(await coordinatorApi.post('/api/v1/me/alerts/not-a-uuid/read'), 400, 'bad-request');
    expectProblem(await coordinatorApi.get('/api/v1/me/alerts?limit=5000'), 422, 'validation-failed');
    expectProblem(await coordinatorApi.get('/api/v1/me/alerts?colour=red'), 422, 'validation-failed');
    expectProblem(await coordinatorApi.put('/api/v1/me/notification-preferences', { emailAlerts: 'hourly' }), 422, 'validation-failed');
    expectProblem(await coordinatorApi.put('/api/v1/me/notification-preferences', { emailAlerts: 'each', sms: true }), 422, 'validation-failed');
    expect((await coordinatorApi.get('/api/v1/me/notification-preferences')).json()).toEqual({ emailAlerts: 'off', email: null, emailConfigured: false });
    const saved = await coordinatorApi.put('/api/v1/me/notification-preferences', { emailAlerts: 'daily_digest' });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().emailAlerts).toBe('daily_digest');
    expect((await coordinatorApi.get('/api/v1/me/notification-preferences')).json().emailAlerts).toBe('daily_digest');
  });

  it("streams the unread count at once and whenever it changes, from whichever API instance changed it", async () => {
    await second.listen({ port: 0, host: '127.0.0.1' });
    const port = (second.getHttpServer().address() as AddressInfo).port;
    const controller = new AbortController();
    const response = await fetch(`http://127.0.0.1:${port}/api/v1/me/alerts/stream`, {
      headers: { authorization: `Bearer ${coordinatorApi.accessToken}`, 'x-background-refresh': '1' },
      signal: controller.signal,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const events: number[] = [];
    const reader = response.body!.getReader();
    const reading = (async () => {
      const decoder = new TextDecoder();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        for (const match of buffer.matchAll(/event: alerts\ndata: (\{.*\})\n\n/g)) events.push(JSON.parse(match[1]).unread);
        buffer = buffer.slice(buffer.lastIndexOf('\n\n') + 2);
      }
    })();
    try {
      await eventually(() => events.length === 1, 5_000, 'the first event');
      expect(events[0]).toBe(0);
      // A new alert, told through Redis as the worker tells it, and one read through the other instance.
      const id = await alert(coordinator.id, 'test:stream');
      const redis = new (await import('ioredis')).default(config.redis.url);
      await redis.publish(`${config.queue.prefix}:staff-alerts`, coordinator.id);
      await redis.quit();
      await eventually(() => events.at(-1) === 1, 5_000, 'the count after a new alert');
      expect((await coordinatorApi.post(`/api/v1/me/alerts/${id}/read`)).statusCode).toBe(204);
      await eventually(() => events.at(-1) === 0, 5_000, 'the count after reading it');
    } finally {
      controller.abort();
      await reading;
    }
  });

  it("shows the court's undeliverable messages to case staff, audited, and to nobody outside the court", async () => {
    await ds.query(
      `INSERT INTO notification_messages (court_id, channel, address, language, template, body, dedup_key, status, status_reason)
       VALUES ($1, 'sms', '+13125550100', 'en', 'sms.missed-call-in', 'You did not call in today', 'test:failed', 'failed', 'retries-exhausted'),
              ($1, 'sms', '+13125550101', 'en', 'sms.missed-call-in', 'You did not call in today', 'test:sent', 'sent', NULL)`,
      [court.id],
    );
    const listed = await coordinatorApi.get(`/api/v1/courts/${court.id}/messages?status=undeliverable`);
    expect(listed.statusCode).toBe(200);
    expect(listed.json().map((m: { address: string }) => m.address)).toEqual(['+13125550100']);
    expectProblem(await coordinatorApi.get(`/api/v1/courts/${court.id}/messages?status=lost`), 422, 'validation-failed');
    expectProblem(await judgeApi.get(`/api/v1/courts/${court.id}/messages`), 403, 'forbidden');
    const other = await createCourt(ds, 'ELSE');
    expectProblem(await coordinatorApi.get(`/api/v1/courts/${other.id}/messages`), 404, 'not-found');
    const [audit] = await ds.query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'messages.list' AND court_id = $1`, [court.id]);
    expect(audit.n).toBeGreaterThanOrEqual(1);
  });

  it("stores Twilio's delivery report of a text, refusing an unsigned or wrongly signed one", async () => {
    const [message] = await ds.query(
      `INSERT INTO notification_messages (court_id, channel, address, language, template, body, dedup_key, status, provider, provider_id)
       VALUES ($1, 'sms', '+13125550102', 'en', 'sms.missed-call-in', 'You did not call in today', 'test:twilio', 'sent', 'twilio', 'SM0123456789abcdef') RETURNING id`,
      [court.id],
    );
    const twilio = new HotlineCaller(app, config.telephony.publicBaseUrl, config.telephony.authToken!);
    const path = '/api/v1/webhooks/twilio/message-status';
    const report = { MessageSid: 'SM0123456789abcdef', MessageStatus: 'undelivered', ErrorCode: '30003' };
    expectProblem(await twilio.post(path, report, { signature: null }), 403, 'hotline-signature-invalid');
    expectProblem(await twilio.post(path, report, { signature: 'bm90IGEgc2lnbmF0dXJl' }), 403, 'hotline-signature-invalid');
    expect((await ds.query(`SELECT status FROM notification_messages WHERE id = $1`, [message.id]))[0].status).toBe('sent');
    expectProblem(await twilio.post(path, { MessageStatus: 'delivered' }), 422, 'validation-failed');
    expect((await twilio.post(path, report)).statusCode).toBe(204);
    expect((await ds.query(`SELECT status, status_reason FROM notification_messages WHERE id = $1`, [message.id]))[0]).toEqual({
      status: 'undelivered',
      status_reason: 'twilio-error-30003',
    });
    // An undelivered text is on the staff screen of undeliverable messages.
    const listed = await coordinatorApi.get(`/api/v1/courts/${court.id}/messages?status=undeliverable`);
    expect(listed.json().map((m: { address: string }) => m.address)).toContain('+13125550102');
  });

  it('alerts the coordinators and administrators of the court when an outage is recorded', async () => {
    const admin = await signIn(app, 'bell-admin');
    const endsAt = new Date(Date.now() - 60_000);
    const recorded = await admin.post('/api/v1/outages', {
      courtId: court.id,
      startsAt: new Date(endsAt.getTime() - 3600_000).toISOString(),
      endsAt: endsAt.toISOString(),
      reason: 'Telephone provider outage',
    });
    expect(recorded.statusCode).toBe(201);
    const rows = await ds.query(
      `SELECT u.username FROM staff_alerts a JOIN users u ON u.id = a.user_id WHERE a.kind = 'outage-recorded' AND a.event_key = $1 ORDER BY u.username`,
      [`outage:${recorded.json().id}`],
    );
    expect(rows.map((r: { username: string }) => r.username)).toEqual(['bell-admin', 'bell-coord']);
  });

  it("lets the court administrator choose a program's texts, refusing bad input and other courts", async () => {
    const [program] = await ds.query(`INSERT INTO programs (court_id, code, name, model) VALUES ($1, 'TXT', 'Texts program', 'hope_probation') RETURNING id`, [court.id]);
    const admin = await signIn(app, 'bell-admin');
    const path = `/api/v1/programs/${program.id}/message-settings`;
    expect((await coordinatorApi.get(path)).json()).toEqual({ programId: program.id, courtDateReminders: true, missedCallInNotice: false, appointmentReminders: false, testNotice: 'call_in' });
    expectProblem(await coordinatorApi.put(path, { courtDateReminders: true, missedCallInNotice: true }), 403, 'forbidden');
    expectProblem(await admin.put(path, { courtDateReminders: 'yes', missedCallInNotice: true }), 422, 'validation-failed');
    expectProblem(await admin.put(path, { courtDateReminders: true, missedCallInNotice: true, testToday: true }), 422, 'validation-failed');
    const saved = await admin.put(path, { courtDateReminders: false, missedCallInNotice: true });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toEqual({ programId: program.id, courtDateReminders: false, missedCallInNotice: true, appointmentReminders: false, testNotice: 'call_in' });
    expectProblem(await admin.put(path, { courtDateReminders: true, missedCallInNotice: true, appointmentReminders: 'yes' }), 422, 'validation-failed');
    const other = await createCourt(ds, 'OTHP');
    const [elsewhere] = await ds.query(`INSERT INTO programs (court_id, code, name, model) VALUES ($1, 'OTH', 'Other', 'hope_probation') RETURNING id`, [other.id]);
    expectProblem(await admin.put(`/api/v1/programs/${elsewhere.id}/message-settings`, { courtDateReminders: false, missedCallInNotice: true }), 404, 'not-found');
  });

  it("emails a new account's activation link, and a reset's, to its owner where email is configured, and not otherwise", async () => {
    const withEmail = await createTestApi(testConfig(db.url, { SMTP_URL: 'smtp://127.0.0.1:2' }));
    try {
      const admin = await signIn(withEmail, 'bell-admin');
      const created = await admin.post('/api/v1/users', { username: 'mailed-cm', displayName: 'Mailed', courtId: court.id, role: 'case_manager', email: 'mailed@court.example' });
      expect(created.statusCode).toBe(201);
      const reset = await admin.post(`/api/v1/users/${created.json().id}/reset-password`, {});
      expect(reset.statusCode).toBe(200);
      const mails = await ds.query(`SELECT template, address, body FROM notification_messages WHERE user_id = $1 ORDER BY created_at`, [created.json().id]);
      expect(mails.map((m: { template: string }) => m.template)).toEqual(['email.account-activation', 'email.account-reset']);
      expect(mails[0].address).toBe('mailed@court.example');
      expect(mails[0].body).toContain(created.json().activation.url);
      expect(mails[1].body).toContain(reset.json().url);
    } finally {
      await withEmail.close();
    }
    // This API has no SMTP relay: the link is shown to the administrator only, as before.
    const admin = await signIn(app, 'bell-admin');
    const plain = await admin.post('/api/v1/users', { username: 'unmailed-cm', displayName: 'Unmailed', courtId: court.id, role: 'case_manager', email: 'unmailed@court.example' });
    expect(plain.statusCode).toBe(201);
    expect(await ds.query(`SELECT 1 FROM notification_messages WHERE user_id = $1`, [plain.json().id])).toEqual([]);
  });

  it('opens the development outbox to court administrators only while it is on', async () => {
    const admin = await signIn(app, 'bell-admin');
    await ds.query(
      `INSERT INTO hotline_interactions (court_id, channel, provider_sid, from_number, outcome, started_at, steps)
       VALUES ($1, 'voice', 'CA0123456789abcdef', '+13125550199', 'test_today', now(), $2)`,
      [court.id, JSON.stringify([{ at: new Date().toISOString(), step: 'greeting', twiml: '<Response><Say>Welcome to the court line.</Say></Response>' }])],
    );
    const outbox = await admin.get('/api/v1/dev-outbox');
    expect(outbox.statusCode).toBe(200);
    expect(outbox.json().messages.length).toBeGreaterThanOrEqual(2);
    expect(outbox.json().calls[0]).toMatchObject({ channel: 'voice', fromNumber: '+13125550199', steps: [{ step: 'greeting', said: ['Welcome to the court line.'] }] });
    expectProblem(await coordinatorApi.get('/api/v1/dev-outbox'), 403, 'forbidden');
    const production = await createTestApi(testConfig(db.url, { DEV_OUTBOX: 'false' }));
    try {
      const adminThere = await signIn(production, 'bell-admin');
      expectProblem(await adminThere.get('/api/v1/dev-outbox'), 404, 'not-found');
    } finally {
      await production.close();
    }
  });
});
