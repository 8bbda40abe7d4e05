import { randomUUID } from 'node:crypto';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { IdempotencyKeysPruner, TestClock } from '@app/core';
import type { LightMyRequestResponse } from 'fastify';
import { DataSource } from 'typeorm';
import { createTestApi } from './support/test-app';
import { createTestDatabase, eventually, testConfig, TestDatabase } from './support/test-env';
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
  ParticipantFixture,
  placeInProgram,
  referToProvider,
  signIn,
} from './support/fixtures';

/** Noon on Monday 23 November 2026 in Chicago; every date below is relative to it, none to real time. */
const NOW = '2026-11-23T18:00:00Z';
const api = (path: string) => `/api/v1${path}`;

/**
 * POST routes that do not take an Idempotency-Key, each for a reason:
 * signing in and out (credentials, not records), a public phone line with no
 * user to scope keys to, a check that writes nothing, account resets and
 * activations whose bodies or answers carry secrets and whose effect is the
 * same when repeated, and staff account creation, whose answer carries the
 * one-time activation link (a stored answer would keep it in the database;
 * the username refuses a repeat instead). Twilio's webhooks to the hotline
 * carry no key but their CallSid or MessageSid, which the hotline keys on;
 * its delivery reports of texts name their MessageSid, and a report applied
 * twice leaves the same status.
 */
const NOT_IDEMPOTENT = [
  'POST /api/v1/auth/activate',
  'POST /api/v1/auth/activation',
  'POST /api/v1/auth/change-secret',
  'POST /api/v1/auth/login',
  'POST /api/v1/auth/logout',
  'POST /api/v1/auth/participant-login',
  'POST /api/v1/auth/refresh',
  'POST /api/v1/auth/totp/confirm',
  'POST /api/v1/auth/totp/setup',
  'POST /api/v1/call-ins/phone',
  'POST /api/v1/hotline/sms',
  'POST /api/v1/hotline/voice',
  'POST /api/v1/hotline/voice/language',
  'POST /api/v1/hotline/voice/number',
  'POST /api/v1/hotline/voice/pin',
  'POST /api/v1/hotline/voice/repeat',
  'POST /api/v1/hotline/voice/status',
  'POST /api/v1/participants/{id}/responses/check',
  // A read that takes the reason to audit in its body; it creates nothing.
  'POST /api/v1/participants/{id}/sealed-record',
  // test/support's probe route, not part of the API.
  'POST /api/v1/probe',
  'POST /api/v1/users',
  'POST /api/v1/users/{userId}/deactivate',
  'POST /api/v1/users/{userId}/reactivate',
  'POST /api/v1/users/{userId}/reset-password',
  'POST /api/v1/users/{userId}/reset-pin',
  'POST /api/v1/users/{userId}/reset-second-factor',
  'POST /api/v1/webhooks/twilio/message-status',
];

describe('Idempotency-Key: a retried create answers the first response and writes nothing', () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;
  let ds: DataSource;
  const clock = new TestClock(NOW);
  let court: CourtFixture;
  let ana: ParticipantFixture;
  let ben: ParticipantFixture;
  let cal: ParticipantFixture;
  let provider: ApiClient;
  let caseManager: ApiClient;
  let otherCaseManager: ApiClient;
  let courtAdmin: ApiClient;

  const count = async (table: string, where = 'TRUE', params: unknown[] = []) =>
    Number((await ds.query(`SELECT count(*) AS n FROM ${table} WHERE ${where}`, params))[0].n);
  const withKey = (client: ApiClient, url: string, body: unknown, key: string) => client.request('POST', url, body, { 'idempotency-key': key });
  const violation = (description = 'Out after curfew.') => ({ kind: 'curfew', detectedAt: '2026-11-23T10:00:00Z', description });
  const hours = (extra: Record<string, unknown> = {}) => ({ performedOn: '2026-11-20', hours: 2, description: 'food bank', ...extra });
  const session = (attendance = 'attended') => ({ sessionOn: '2026-11-20', sessionType: 'individual counselling', attendance });
  /** The same response: status and body (a replay adds only the header saying so). */
  const sameResponse = (a: LightMyRequestResponse, b: LightMyRequestResponse) => {
    expect(b.statusCode).toBe(a.statusCode);
    expect(b.json()).toEqual(a.json());
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createTestApi(testConfig(db.url), clock);
    ds = dataSourceOf(app);
    court = await createCourt(ds, 'IDEM', { timeZone: 'America/Chicago' });
    const riverside = await createOrganisation(ds, court.id, 'Riverside Recovery');
    const caseManagerId = (await createStaff(ds, 'cm', 'case_manager', court.id)).id;
    await createStaff(ds, 'cm2', 'case_manager', court.id);
    await createStaff(ds, 'cadmin', 'court_admin', court.id);
    await createStaff(ds, 'judge', 'judge', court.id);
    await createStaff(ds, 'prov', 'treatment_provider', court.id, { organisationId: riverside });
    const program = await createTestingProgram(ds, court.id, 'ATC', { model: 'treatment_court' });
    ana = await createParticipant(ds, court, 'I-0001');
    ben = await createParticipant(ds, court, 'I-0002');
    cal = await createParticipant(ds, court, 'I-0003');
    for (const p of [ana, ben, cal]) {
      await placeInProgram(ds, p.id, program, '2026-09-24');
      await referToProvider(ds, p.id, riverside, '2026-10-01');
    }
    // Cal has no consent: the provider is refused, and the refusal is audited.
    for (const p of [ana, ben]) await createConsent(ds, p, court.id, { discloserOrganisationId: riverside, recordedBy: caseManagerId });
    [provider, caseManager, otherCaseManager, courtAdmin] = await Promise.all(['prov', 'cm', 'cm2', 'cadmin'].map((username) => signIn(app, username)));
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  beforeEach(() => clock.set(NOW));

  it('answers a retried manual violation with the first response, and starts one 72-hour clock', async () => {
    const url = api(`/participants/${ana.id}/violations`);
    const key = randomUUID();
    const before = await count('violations', 'participant_id = $1', [ana.id]);
    const first = await withKey(caseManager, url, violation(), key);
    expect(first.statusCode).toBe(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    // Time moves on between the two tries: the retry still gets the first answer, word for word.
    clock.advance(30_000);
    const retry = await withKey(caseManager, url, violation(), key);
    sameResponse(first, retry);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(await count('violations', 'participant_id = $1', [ana.id])).toBe(before + 1);
    expect(await count('violation_clock_events', 'violation_id = $1', [first.json().id])).toBeGreaterThan(0);
    expect(await count('outbox_events', 'job_key LIKE $1', [`violation:${first.json().id}:%`])).toBe(
      await count('violation_clock_events', 'violation_id = $1', [first.json().id]),
    );
    // The key and its answer were stored with the violation.
    const [stored] = await ds.query(`SELECT method, path, response_status, response_body FROM idempotency_keys WHERE key = $1`, [key]);
    expect(stored).toEqual({ method: 'POST', path: url, response_status: 201, response_body: first.json() });
  });

  it('takes the key in the draft’s quoted form as the same key', async () => {
    const url = api(`/participants/${ana.id}/community-service`);
    const key = randomUUID();
    const before = await count('participant_ledger_entries', 'participant_id = $1', [ana.id]);
    const first = await withKey(caseManager, url, hours(), key);
    expect(first.statusCode).toBe(201);
    const retry = await withKey(caseManager, url, hours(), `"${key}"`);
    sameResponse(first, retry);
    expect(await count('participant_ledger_entries', 'participant_id = $1', [ana.id])).toBe(before + 1);
  });

  it('treats the body by content: the same members in another order are the same request', async () => {
    const url = api(`/participants/${ben.id}/community-service`);
    const key = randomUUID();
    const before = await count('participant_ledger_entries', 'participant_id = $1', [ben.id]);
    const first = await withKey(caseManager, url, { performedOn: '2026-11-20', hours: 1.5, description: 'park' }, key);
    const retry = await withKey(caseManager, url, { description: 'park', hours: 1.5, performedOn: '2026-11-20' }, key);
    sameResponse(first, retry);
    expect(await count('participant_ledger_entries', 'participant_id = $1', [ben.id])).toBe(before + 1);
  });

  it('refuses the same key with a different body (409 problem+json) and writes nothing', async () => {
    const url = api(`/participants/${ana.id}/violations`);
    const key = randomUUID();
    expect((await withKey(caseManager, url, violation(), key)).statusCode).toBe(201);
    const before = await count('violations');
    const auditsBefore = await count('audit_events');
    const changed = await withKey(caseManager, url, violation('Out after curfew, twice.'), key);
    expectProblem(changed, 409, 'idempotency-key-reused');
    expect(await count('violations')).toBe(before);
    expect(await count('audit_events')).toBe(auditsBefore);
    // The same key on another route is another request too.
    expectProblem(await withKey(caseManager, api(`/participants/${ben.id}/violations`), violation(), key), 409, 'idempotency-key-reused');
    expect(await count('violations')).toBe(before);
    // In the reader's language, code unchanged.
    const es = await caseManager.request('POST', url, violation('otra'), { 'idempotency-key': key, 'accept-language': 'es' });
    expect(es.json()).toMatchObject({ code: 'idempotency-key-reused', title: 'Idempotency-Key reutilizada' });
  });

  it('counts the no-shows of a retried group session once: one violation each, one clock each', async () => {
    const url = api('/treatment-attendance/group-sessions');
    const body = {
      sessionOn: '2026-11-22',
      sessionType: 'relapse prevention group',
      entries: [
        { participantId: ana.id, attendance: 'no_show' },
        { participantId: ben.id, attendance: 'no_show' },
      ],
    };
    const missed = `kind = 'missed_treatment' AND participant_id = ANY($1)`;
    const violationsBefore = await count('violations', missed, [[ana.id, ben.id]]);
    const attendanceBefore = await count('treatment_attendance');
    const key = randomUUID();
    const first = await withKey(provider, url, body, key);
    expect(first.statusCode).toBe(201);
    expect(await count('violations', missed, [[ana.id, ben.id]])).toBe(violationsBefore + 2);
    const clocksAfterFirst = await count('violation_clock_events');

    // The clinic's Wi-Fi drops the answer; the tablet sends it again, twice.
    const retries = [await withKey(provider, url, body, key), await withKey(provider, url, body, key)];
    for (const retry of retries) sameResponse(first, retry);
    expect(await count('violations', missed, [[ana.id, ben.id]])).toBe(violationsBefore + 2);
    expect(await count('violation_clock_events')).toBe(clocksAfterFirst);
    expect(await count('treatment_attendance')).toBe(attendanceBefore + 2);
    expect(await count('treatment_attendance', 'group_session_id = $1', [first.json().groupSessionId])).toBe(2);
  });

  it('creates exactly one record for concurrent requests with the same key, and answers both alike', async () => {
    const url = api(`/participants/${ana.id}/treatment-attendance`);
    const before = await count('treatment_attendance', 'participant_id = $1', [ana.id]);
    const key = randomUUID();
    const answers = await Promise.all(Array.from({ length: 4 }, () => withKey(provider, url, session(), key)));
    expect(answers.map((a) => a.statusCode)).toEqual([201, 201, 201, 201]);
    for (const answer of answers.slice(1)) expect(answer.json()).toEqual(answers[0].json());
    expect(answers.filter((a) => a.headers['idempotent-replayed'] === 'true')).toHaveLength(3);
    expect(await count('treatment_attendance', 'participant_id = $1', [ana.id])).toBe(before + 1);
  });

  it('creates exactly one group session and its violations for concurrent retries', async () => {
    const url = api('/treatment-attendance/group-sessions');
    const body = { sessionOn: '2026-11-21', sessionType: 'group', entries: [{ participantId: ben.id, attendance: 'no_show' }] };
    const before = await count('violations', `participant_id = $1 AND kind = 'missed_treatment'`, [ben.id]);
    const key = randomUUID();
    const answers = await Promise.all(Array.from({ length: 3 }, () => withKey(provider, url, body, key)));
    expect(new Set(answers.map((a) => a.json().groupSessionId)).size).toBe(1);
    expect(await count('violations', `participant_id = $1 AND kind = 'missed_treatment'`, [ben.id])).toBe(before + 1);
  });

  it("keeps two users' keys apart: the same key from another user is that user's own request", async () => {
    const url = api(`/participants/${cal.id}/violations`);
    const key = `shared-${randomUUID()}`;
    const before = await count('violations', 'participant_id = $1', [cal.id]);
    const mine = await withKey(caseManager, url, violation(), key);
    const theirs = await withKey(otherCaseManager, url, violation(), key);
    expect([mine.statusCode, theirs.statusCode]).toEqual([201, 201]);
    expect(theirs.headers['idempotent-replayed']).toBeUndefined();
    expect(theirs.json().id).not.toBe(mine.json().id);
    expect(await count('violations', 'participant_id = $1', [cal.id])).toBe(before + 2);
    // And a different body under that key is refused only for its own user.
    expectProblem(await withKey(otherCaseManager, url, violation('Another.'), key), 409, 'idempotency-key-reused');
  });

  it('refuses a malformed key with a 400 problem, writing nothing', async () => {
    const url = api(`/participants/${ana.id}/community-service`);
    const before = await count('participant_ledger_entries');
    for (const key of ['', '   ', 'x'.repeat(256), 'clé-ü']) {
      const response = await withKey(caseManager, url, hours(), key);
      expectProblem(response, 400, 'idempotency-key-invalid');
    }
    expect((await withKey(caseManager, url, hours(), 'x'.repeat(255))).statusCode).toBe(201);
    expect(await count('participant_ledger_entries')).toBe(before + 1);
  });

  it('does not remember a failed request: a corrected retry under the same key runs, and an audited refusal stays audited', async () => {
    const url = api(`/participants/${ana.id}/community-service`);
    const key = randomUUID();
    const before = await count('participant_ledger_entries');
    expectProblem(await withKey(caseManager, url, hours({ hours: 99 }), key), 422, 'validation-failed');
    expect(await count('idempotency_keys', 'key = $1', [key])).toBe(0);
    // Refused inside the service's transaction (a correction below zero): rolled back, key not kept.
    const refused = await withKey(caseManager, url, hours({ hours: -24 }), key);
    expect(refused.statusCode).toBeGreaterThanOrEqual(400);
    expect(refused.statusCode).toBeLessThan(500);
    expect(await count('participant_ledger_entries')).toBe(before);
    expect(await count('idempotency_keys', 'key = $1', [key])).toBe(0);
    expect((await withKey(caseManager, url, hours({ hours: 3 }), key)).statusCode).toBe(201);
    expect(await count('participant_ledger_entries')).toBe(before + 1);

    // A provider with no consent for Cal: refused, the refusal written to the audit log all the same, the key not kept.
    const refusalKey = randomUUID();
    const refusalsBefore = await count('audit_events', `action = 'treatment.write_refused' AND $1 = ANY(participant_ids)`, [cal.id]);
    expectProblem(await withKey(provider, api(`/participants/${cal.id}/treatment-attendance`), session(), refusalKey), 403, 'consent-required');
    expect(await count('audit_events', `action = 'treatment.write_refused' AND $1 = ANY(participant_ids)`, [cal.id])).toBe(refusalsBefore + 1);
    expect(await count('idempotency_keys', 'key = $1', [refusalKey])).toBe(0);
  });

  it('forgets a key after 24 hours: the same request is then a new one', async () => {
    const url = api(`/participants/${ben.id}/community-service`);
    const key = randomUUID();
    const before = await count('participant_ledger_entries', 'participant_id = $1', [ben.id]);
    expect((await withKey(caseManager, url, hours({ description: 'library' }), key)).statusCode).toBe(201);
    // A day later the session has ended too: sign in again at the clock's time.
    clock.advance(23 * 3_600_000);
    let client = await signIn(app, 'cm');
    expect((await withKey(client, url, hours({ description: 'library' }), key)).headers['idempotent-replayed']).toBe('true');
    clock.advance(2 * 3_600_000);
    client = await signIn(app, 'cm');
    const later = await withKey(client, url, hours({ description: 'library' }), key);
    expect(later.statusCode).toBe(201);
    expect(later.headers['idempotent-replayed']).toBeUndefined();
    expect(await count('participant_ledger_entries', 'participant_id = $1', [ben.id])).toBe(before + 2);
    // The worker's maintenance job deletes keys once expired, and only those.
    const pruner = new IdempotencyKeysPruner(ds, clock);
    const live = await count('idempotency_keys', 'expires_at > $1', [clock.now()]);
    await pruner.prune();
    expect(await count('idempotency_keys')).toBe(live);
    expect(await count('idempotency_keys', 'key = $1', [key])).toBe(1);
    clock.advance(25 * 3_600_000);
    expect(await pruner.prune()).toBeGreaterThan(0);
    expect(await count('idempotency_keys', 'key = $1', [key])).toBe(0);
  });

  it('leaves nothing when the connection dies mid-request (as when the server is killed), and the retry that waited creates once', async () => {
    const url = api(`/participants/${cal.id}/violations`);
    const key = randomUUID();
    const before = await count('violations', 'participant_id = $1', [cal.id]);
    const blockedBy = async (pid: number) => {
      let waiting: number | undefined;
      await eventually(async () => {
        [waiting] = (await ds.query(`SELECT pid FROM pg_stat_activity WHERE $1 = ANY(pg_blocking_pids(pid))`, [pid])).map((r: { pid: number }) => r.pid);
        return waiting !== undefined;
      }, 10_000, `a backend blocked by ${pid}`);
      return waiting!;
    };
    // Hold the participant's row, so the request stops inside its transaction, after its key row and before its violation.
    const holder = ds.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    try {
      await holder.query(`SELECT id FROM participants WHERE id = $1 FOR UPDATE`, [cal.id]);
      const [{ pid: holderPid }] = await holder.query(`SELECT pg_backend_pid() AS pid`);
      const first = withKey(caseManager, url, violation('Curfew, first try.'), key);
      const firstPid = await blockedBy(holderPid);
      // A retry arrives while the first is in flight: it waits on the first's key.
      const retry = withKey(caseManager, url, violation('Curfew, first try.'), key);
      await blockedBy(firstPid);
      // The first request's server dies: its connection goes, and Postgres rolls back everything it wrote.
      await ds.query(`SELECT pg_terminate_backend($1)`, [firstPid]);
      expect((await first).statusCode).toBeGreaterThanOrEqual(500);
      // The waiting retry now runs as the first request with that key (and waits for the row in turn).
      await blockedBy(holderPid);
      await holder.rollbackTransaction();
      const answered = await retry;
      expect(answered.statusCode).toBe(201);
      expect(answered.headers['idempotent-replayed']).toBeUndefined();
      expect(await count('violations', 'participant_id = $1', [cal.id])).toBe(before + 1);
      const again = await withKey(caseManager, url, violation('Curfew, first try.'), key);
      sameResponse(answered, again);
      expect(await count('violations', 'participant_id = $1', [cal.id])).toBe(before + 1);
    } finally {
      if (holder.isTransactionActive) await holder.rollbackTransaction();
      await holder.release();
    }
  });

  it('refuses a retry with 409 idempotency-key-in-flight when the first request holds the key past the wait', async () => {
    const url = api(`/participants/${cal.id}/case-notes`);
    const key = randomUUID();
    const before = await count('case_notes', 'participant_id = $1', [cal.id]);
    const note = { occurredOn: '2026-11-20', body: 'Met at the office.' };
    const holder = ds.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    try {
      await holder.query(`SELECT id FROM participants WHERE id = $1 FOR UPDATE`, [cal.id]);
      const [{ pid: holderPid }] = await holder.query(`SELECT pg_backend_pid() AS pid`);
      const first = withKey(caseManager, url, note, key);
      await eventually(async () => (await ds.query(`SELECT 1 FROM pg_stat_activity WHERE $1 = ANY(pg_blocking_pids(pid))`, [holderPid])).length > 0);
      // The retry waits on the first's key (IDEMPOTENCY_WAIT_MS), then gives up without writing.
      const retry = await withKey(caseManager, url, note, key);
      expectProblem(retry, 409, 'idempotency-key-in-flight');
      expect(retry.headers['retry-after']).toBe('1');
      expect(await count('case_notes', 'participant_id = $1', [cal.id])).toBe(before);
      await holder.rollbackTransaction();
      const answered = await first;
      expect(answered.statusCode).toBe(201);
      expect(await count('case_notes', 'participant_id = $1', [cal.id])).toBe(before + 1);
      sameResponse(answered, await withKey(caseManager, url, note, key));
    } finally {
      if (holder.isTransactionActive) await holder.rollbackTransaction();
      await holder.release();
    }
  });

  it('replays the other creating routes too: fees, outages, collections and results, sessions, hearings and outcomes', async () => {
    /** Sends the request twice under one key: one new row in `table`, the same answer both times. */
    const twice = async (client: ApiClient, url: string, body: unknown, table: string) => {
      const key = randomUUID();
      const before = await count(table);
      const first = await withKey(client, url, body, key);
      expect({ url, status: first.statusCode, body: first.statusCode < 300 ? undefined : first.json() }).toEqual({ url, status: first.statusCode, body: undefined });
      const retry = await withKey(client, url, body, key);
      sameResponse(first, retry);
      expect(retry.headers['idempotent-replayed']).toBe('true');
      expect({ url, rows: await count(table) }).toEqual({ url, rows: before + 1 });
      return first.json();
    };
    await twice(caseManager, api(`/participants/${ana.id}/fee-payments`), { paidOn: '2026-11-20', amount: 10, description: 'receipt 1' }, 'participant_ledger_entries');
    await twice(
      courtAdmin,
      api('/outages'),
      { courtId: court.id, startsAt: '2026-11-22T16:00:00Z', endsAt: '2026-11-22T17:30:00Z', reason: 'Phone provider down' },
      'system_outages',
    );
    const collection = await twice(caseManager, api(`/participants/${ben.id}/collections`), { observed: true, specimenType: 'urine' }, 'drug_test_collections');
    const dilutesBefore = await count('violations', `participant_id = $1 AND kind <> 'missed_treatment'`, [ben.id]);
    await twice(caseManager, api(`/collections/${collection.id}/results`), { method: 'screen', results: [{ outcome: 'dilute' }] }, 'drug_test_results');
    // A dilute is a violation: one, with one clock.
    expect(await count('violations', `participant_id = $1 AND kind <> 'missed_treatment'`, [ben.id])).toBe(dilutesBefore + 1);
    // A session this afternoon (Chicago), a hearing in it, and once it has sat, the judge records its outcome.
    const session = await twice(courtAdmin, api(`/courts/${court.id}/court-sessions`), { date: '2026-11-23', startTime: '14:00', courtroom: 'Courtroom 2' }, 'court_sessions');
    const hearing = await twice(caseManager, api(`/participants/${ana.id}/hearings`), { sessionId: session.id, kind: 'status' }, 'hearings');
    clock.set('2026-11-23T21:00:00Z');
    const judgeNow = await signIn(app, 'judge');
    const failuresToAppear = await count('violations', `participant_id = $1 AND kind = 'failure_to_appear'`, [ana.id]);
    await twice(judgeNow, api(`/hearings/${hearing.id}/outcome`), { attendance: 'failed_to_appear', warrant: true }, 'hearing_outcomes');
    expect(await count('violations', `participant_id = $1 AND kind = 'failure_to_appear'`, [ana.id])).toBe(failuresToAppear + 1);
  });

  it('declares the optional header on every POST that creates or changes records', async () => {
    const document = (await app.inject({ method: 'GET', url: '/api/docs-json' })).json() as {
      paths: Record<string, Record<string, { parameters?: Array<{ name: string; in: string; required?: boolean }> }>>;
    };
    const withHeader: string[] = [];
    const without: string[] = [];
    for (const [path, operations] of Object.entries(document.paths)) {
      const post = operations.post;
      if (!post) continue;
      const header = post.parameters?.find((p) => p.in === 'header' && p.name === 'Idempotency-Key');
      if (header) expect(header.required).toBe(false);
      (header ? withHeader : without).push(`POST ${path}`);
    }
    expect(without.sort()).toEqual([...NOT_IDEMPOTENT].sort());
    expect(withHeader).toEqual(
      expect.arrayContaining([
        'POST /api/v1/participants/{id}/treatment-attendance',
        'POST /api/v1/treatment-attendance/group-sessions',
        'POST /api/v1/participants/{id}/violations',
        'POST /api/v1/participants/{id}/community-service',
        'POST /api/v1/participants/{id}/fee-payments',
        'POST /api/v1/participants/{id}/collections',
        'POST /api/v1/collections/{collectionId}/results',
        'POST /api/v1/participants/{id}/hearings',
        'POST /api/v1/outages',
      ]),
    );
  });
});
